//! Is a citizen's follow-up only a question about where their request stands ("status?",
//! "কী অবস্থা?", "ki obostha", `#status`, `#অবস্থা`)? Pure. Such a mail from the ticket's
//! citizen gets an automatic status answer (see `tickets::status_answer`); anything more
//! than the question (a sentence with details, an answer to the officer) is an ordinary
//! follow-up for the officer.
//!
//! The new text (quoted history and `-- ` signature removed) must be one question, perhaps
//! after a greeting line and before a few short sign-off lines ("Thanks", "Rahim").

/// The questions, folded as [`fold`] folds the citizen's line.
const QUESTIONS: &[&str] = &[
    // Commands
    "#status",
    "#অবস্থা",
    // English
    "status",
    "status please",
    "status pls",
    "status update",
    "any update",
    "any updates",
    "update",
    "update please",
    "what is the status",
    "whats the status",
    "what is the status of my request",
    "what is the status of my application",
    "what is the update",
    "status of my request",
    "status of my application",
    // Bangla (ী folded to ি, য় to য)
    "অবস্থা",
    "কি অবস্থা",
    "অবস্থা কি",
    "আবেদনের অবস্থা",
    "আবেদনের কি অবস্থা",
    "আবেদনের অবস্থা কি",
    "আমার আবেদনের কি অবস্থা",
    "আমার আবেদনের অবস্থা কি",
    "আবেদনটির কি অবস্থা",
    "কাজের কি অবস্থা",
    "কাজ কতদূর",
    "কোনো আপডেট",
    "কোন আপডেট",
    "আপডেট কি",
    "অগ্রগতি কি",
    // Romanised Bangla
    "ki obostha",
    "ki obosta",
    "ki abostha",
    "obostha ki",
    "abedoner ki obostha",
    "amar abedoner ki obostha",
    "kono update",
    "update ki",
    "kaj kotodur",
];

/// Greetings that may stand on a line before the question.
const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "dear sir",
    "sir",
    "dear officer",
    "স্যার",
    "জনাব",
    "আসসালামু আলাইকুম",
    "সালাম",
    "নমস্কার",
    "assalamu alaikum",
    "salam",
];

/// Sign-off lines after the question: at most this many, of at most this many words.
const MAX_SIGNOFF_LINES: usize = 3;
const MAX_SIGNOFF_WORDS: usize = 4;

/// Lower case, Bengali digits and punctuation gone, ী as ি and য় as য (both spellings are
/// common), a ticket reference (`MEL-2026-000001`, in any digits) dropped, blanks collapsed.
fn fold(line: &str) -> String {
    let lower = line.to_lowercase();
    let chars: String = lower
        .chars()
        .filter(|c| *c != '\u{09BC}')
        .map(|c| match c {
            'ী' => 'ি',
            '\u{09DF}' => 'য',
            '?' | '!' | '.' | ',' | ':' | ';' | '।' | '\'' | '’' | '(' | ')' | '[' | ']' => ' ',
            c => c,
        })
        .collect();
    chars
        .split_whitespace()
        .filter(|w| !looks_like_reference(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `MEL-2026-000001`, `mel-২০২৬-১`, with or without a `/token`.
fn looks_like_reference(word: &str) -> bool {
    let folded = crate::text::bangla::fold_digits(word);
    let head = folded.split('/').next().unwrap_or("");
    crate::domain::TicketRef::parse(head).is_some()
}

/// Whether `body` (a follow-up's text, quoted history and all) asks only for the status.
pub fn is_status_question(body: &str) -> bool {
    let own = super::normalize::strip_quoted_and_signature(body);
    let lines: Vec<String> = own.lines().map(fold).filter(|l| !l.is_empty()).collect();
    let mut rest = lines.as_slice();
    if rest.len() > 1 && GREETINGS.contains(&rest[0].as_str()) {
        rest = &rest[1..];
    }
    let Some((question, signoff)) = rest.split_first() else {
        return false;
    };
    QUESTIONS.contains(&question.as_str())
        && signoff.len() <= MAX_SIGNOFF_LINES
        && signoff
            .iter()
            .all(|l| l.split(' ').count() <= MAX_SIGNOFF_WORDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_questions_in_three_scripts_and_as_commands() {
        for q in [
            "status?",
            "Status?",
            "কী অবস্থা?",
            "কি অবস্থা?",
            "ki obostha",
            "Ki obostha?",
            "#status",
            "#অবস্থা",
            "#status MEL-2026-000012",
            "আমার আবেদনের কী অবস্থা?",
            "Any update?",
            "What is the status of my request?",
            "Hello,\nstatus?\n\nThanks\nRahim",
            "স্যার,\nকী অবস্থা?\nধন্যবাদ",
            "status?\n\nOn Mon, 7 Dec 2026 at 10:00, office wrote:\n> long text\n> more",
            "কী অবস্থা?\n-- \nমোঃ রহিম উদ্দিন\nপ্রধান শিক্ষক, মেলান্দহ পাইলট উচ্চ বিদ্যালয়",
        ] {
            assert!(is_status_question(q), "{q:?}");
        }
    }

    #[test]
    fn other_follow_ups_are_not_status_questions() {
        for q in [
            "",
            "   \n",
            "The EIIN is 123456. What is the status?",
            "status? also the projector in room 2 is broken now, please send someone today",
            "কী অবস্থা? আর প্রজেক্টরটাও নষ্ট হয়ে গেছে, আজকে কাউকে পাঠান",
            "Thanks, the portal works now.",
            "#resolve",
            "update the notice board please",
            "status?\nalso the printer in the lab is broken since yesterday\nand the projector\nand the router\nand more",
            "> status?",
        ] {
            assert!(!is_status_question(q), "{q:?}");
        }
    }
}
