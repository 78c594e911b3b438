//! Tests of the auto-reply phrase families, in Bangla, English and romanised Bangla.

use super::*;

fn is_auto(subject: &str, text: &str) -> bool {
    let m = ParsedMail {
        subject: subject.into(),
        text: text.into(),
        ..Default::default()
    };
    auto_reply_by_words(&m).is_some()
}

#[test]
fn out_of_office_in_english_bangla_and_banglish() {
    assert!(is_auto(
        "Re: Wrong phone number on website",
        "I'm currently travelling with limited connectivity. I will get back to you as soon as possible.\n\nSent from my phone"
    ));
    assert!(is_auto(
        "Re: Training",
        "আসসালামু আলাইকুম। আমি ২৬ তারিখ পর্যন্ত মাতৃত্বকালীন ছুটিতে আছি। জরুরি হলে রবিউলকে ফোন করুন।"
    ));
    assert!(is_auto(
        "Auto reply",
        "ami ekhon bairer deshe achi (hajj), january te firbo. jorori hole amar chhele ke phone korun."
    ));
    assert!(is_auto(
        "x",
        "I am on leave until 20 December. For urgent matters please contact the engineer.\n\n> Your e-mail has been received. Ticket: MEL-2026-000087"
    ));
}

#[test]
fn dead_mailboxes_and_other_desks_receipts() {
    assert!(is_auto(
        "This mailbox is no longer monitored",
        "This mailbox is no longer monitored. Please send your message to contact@new.example."
    ));
    assert!(is_auto(
        "ঠিকানা পরিবর্তন",
        "এই ই-মেইল ঠিকানাটি আর ব্যবহার করা হয় না। নতুন ঠিকানা: up@up.example.test"
    ));
    assert!(is_auto(
        "আপনার অনুরোধ গৃহীত হয়েছে",
        "প্রিয় গ্রাহক, আপনার ই-মেইল আমাদের গ্রাহক সেবা কেন্দ্রে পৌঁছেছে। রেফারেন্স নম্বর: CS-2026-120554। এই ই-মেইলের উত্তর দেবেন না।"
    ));
    assert!(is_auto(
        "We have received your request [#SR-771204]",
        "Your request has been logged with reference number SR-771204. Our team will get back to you within 3 working days."
    ));
    assert!(is_auto(
        "auto: apnar mail peyechi",
        "apnar mail peyechi. kal shokale reply dibo. (automatic message)"
    ));
}

#[test]
fn requests_that_mention_leave_or_receipts_stay_requests() {
    assert!(!is_auto(
        "lab setup",
        "The headmaster is on leave, please help us set up the lab."
    ));
    assert!(!is_auto(
        "ছুটিতে থাকাকালীন দায়িত্ব",
        "আমি ছুটিতে আছি, এই সময়ে ই-নথিতে অতিরিক্ত দায়িত্ব কীভাবে দেবো জানাবেন।"
    ));
    assert!(!is_auto(
        "lab",
        "ami chutite achi, kintu lab er projector kaj korche na, help korben"
    ));
    assert!(!is_auto(
        "I am away but",
        "I am away until Monday. Can you reset the e-Nothi password for our clerk?"
    ));
    // Our acknowledgement quoted under a thank-you is the citizen's follow-up.
    assert!(!is_auto(
        "Re: x",
        "ধন্যবাদ, ল্যাবের বিষয়টি দেখবেন।\n\n> আপনার ই-মেইলটি গৃহীত হয়েছে। উত্তর দেওয়া হবে।"
    ));
    assert!(!is_auto(
        "website",
        "Our union website has been down since Monday. This mailbox is monitored by the secretary."
    ));
}

/// A writer's text longer than a notice is given up on as soon as it is (it used to be
/// lowered, collapsed and searched whole, up to 256 KB, to come to the same answer).
#[test]
fn a_long_letter_is_not_read_past_the_length_of_a_notice() {
    let notice = "I am on leave until 20 December.";
    assert!(is_auto("x", notice));
    assert_eq!(
        writer_text(notice, SHORT_NOTICE).as_deref(),
        Some("I am on leave until 20 December.\n")
    );
    let letter = format!("{notice}\n").repeat(8 * 1024);
    assert_eq!(writer_text(&letter, SHORT_NOTICE), None);
    assert!(!is_auto("x", &letter));
    // Quoted lines do not count: a short notice above a long quote is still one.
    let above_quote = format!("{notice}\n{}", "> quoted line\n".repeat(4096));
    assert!(is_auto("x", &above_quote));
}

/// Notices written for this test from how auto-replies are worded, not from any
/// evaluation set: out of office, vacation, leave, dead mailboxes, other desks' receipts.
#[test]
fn auto_replies_in_other_words() {
    for (subject, text) in [
        (
            "Re: Digital lab",
            "Thank you for your email. I am on annual leave until 15 January with no access to email. In my absence please contact the assistant programmer.",
        ),
        (
            "Automatic reply: Website",
            "I am out of the office this week. I will respond upon my return.",
        ),
        ("Re: e-Nothi", "I'm on vacation and will be back on Sunday."),
        (
            "Re: UDC",
            "This address is not monitored. Please write to the new address of the union office.",
        ),
        ("Notice", "This mailbox is not being monitored any more."),
        (
            "Re: প্রশিক্ষণ",
            "আমি ৫ তারিখ পর্যন্ত ছুটিতে থাকব। ফিরে এসে উত্তর দেব।",
        ),
        (
            "Re: ল্যাব",
            "আমি বর্তমানে অফিসের বাইরে আছি। আমার অনুপস্থিতিতে সহকারী প্রোগ্রামারের সাথে যোগাযোগ করুন।",
        ),
        ("স্বয়ংক্রিয় উত্তর", "এই ঠিকানাটি আর ব্যবহৃত হয় না। নতুন ঠিকানায় লিখুন।"),
        (
            "Re: ওয়েবসাইট",
            "এটি একটি স্বয়ংক্রিয় বার্তা। আপনার ই-মেইল পেয়েছি, তিন কার্যদিবসের মধ্যে উত্তর দেওয়া হবে।",
        ),
        (
            "Re: portal",
            "apnar mail peyechi. ami ekhon chhutite thakbo, office e fire eshe reply dibo.",
        ),
        (
            "Re: training",
            "ami ekhon station er baire. amar onupasthitite office sohokari ke phone korun.",
        ),
        (
            "Re: e-nothi",
            "ei mailbox ar check kora hoy na. notun thikanay mail korun.",
        ),
        (
            "Your enquiry",
            "We have received your e-mail and will respond within two working days.",
        ),
        (
            "Re: lab",
            "Your message has been received by the district helpdesk and will be reviewed as soon as possible.",
        ),
        ("Out of Office", "Back on Monday."),
    ] {
        assert!(is_auto(subject, text), "{subject}: {text}");
    }
}

/// Requests that speak of leave, absence or receipts in the writer's own voice.
#[test]
fn requests_in_the_words_of_auto_replies_stay_requests() {
    for (subject, text) in [
        (
            "lab printer",
            "I was on leave last week, now please help with the lab printer, it does not print.",
        ),
        (
            "e-Nothi",
            "I am on leave from tomorrow. How do I give my e-Nothi charge to the assistant?",
        ),
        (
            "ছুটি",
            "আমি আগামী সপ্তাহে ছুটিতে থাকব, ই-নথিতে দায়িত্ব হস্তান্তর কীভাবে করব?",
        ),
        (
            "অফিসের বাইরে থেকে লগইন",
            "অফিসের বাইরে থেকে ই-নথিতে লগইন করতে পারছি না।",
        ),
        (
            "Out of office reply",
            "The out of office reply on my office mail is not working, can you set it?",
        ),
        (
            "website",
            "Our union website has been closed since Monday. The notice page is empty.",
        ),
        (
            "Re: ticket",
            "We have received your reply, thank you. The lab is working now.",
        ),
        (
            "chuti",
            "ami chhutite thakbo, lab er chabi kake dibo? janaben.",
        ),
        (
            "mail",
            "This mailbox is not monitored by anyone in our UP, how can we get the password reset?",
        ),
        (
            "e-Nothi",
            "My e-Nothi account is no longer working after the transfer. I need it moved to the new office.",
        ),
    ] {
        assert!(!is_auto(subject, text), "{subject}: {text}");
    }
}

#[test]
fn new_text_drops_quotes() {
    let t = new_text("new words\n> quoted\nOn Mon, A wrote:\nold words");
    assert_eq!(t, "new words\n");
}

/// Dead or moved mailboxes and other kinds of leave, written for this test (issue 18,
/// second round): no RFC 3834 header, only the words.
#[test]
fn moved_mailboxes_and_training_leave() {
    for (subject, text) in [
        (
            "Re: union website",
            "This mailbox has been deactivated. Please write to our new address at union@office.test.",
        ),
        (
            "Re: lab",
            "The officer has been transferred. This address is no longer in service.",
        ),
        (
            "Re: ই-নথি",
            "আমি বদলি হয়েছি, এই ঠিকানা আর সক্রিয় নয়। নতুন ঠিকানায় লিখুন।",
        ),
        (
            "Re: UDC",
            "ami ২০ তারিখ porjonto training e achi, office e thakbo na. pore kotha hobe.",
        ),
        (
            "Re: প্রশিক্ষণ",
            "আমি ১৫ ডিসেম্বর পর্যন্ত প্রশিক্ষণে আছি। ফিরে এসে উত্তর দেব।",
        ),
        (
            "Re: portal",
            "I am attending a training in Dhaka and will be back in the office on Sunday.",
        ),
    ] {
        assert!(is_auto(subject, text), "{subject}: {text}");
    }
    // A citizen who writes about a transfer or training asks for something.
    // Someone else's transfer is news in a request, not a dead mailbox.
    assert!(!is_auto(
        "ওয়েবসাইট",
        "আগের সচিব বদলি হয়েছেন, ওয়েবসাইটে নতুন সচিবের নাম দিন।"
    ));
    assert!(!is_auto(
        "transfer",
        "I have been transferred to this upazila. How do I move my e-Nothi ID here?"
    ));
    assert!(!is_auto(
        "training",
        "আমি প্রশিক্ষণে আছি, ল্যাবের চাবি কার কাছে দেব জানাবেন?"
    ));
}

/// A notice that says it is automatic and that its writer is away keeps its "I can't read
/// mail now" or "if anything is needed, call X": those words describe the notice, not a
/// problem (issue 18, sixth round). Written for this test.
#[test]
fn declared_notices_with_trouble_words_are_still_notices() {
    for (subject, text) in [
        (
            "Re: lab",
            "ami ekhon upazila te meeting e achi, mail check korte parchi na. 15 tarikh er por uttor debo. (auto reply)",
        ),
        (
            "স্বয়ংক্রিয় উত্তর",
            "আমি এ সপ্তাহে জেলা সদরে আছি, অফিস বন্ধ থাকবে। খুব দরকার হলে অফিস সহায়ককে ফোন দিন।",
        ),
        (
            "স্বয়ংক্রিয় জবাব",
            "ঈদের ছুটিতে অফিস ২০ তারিখ পর্যন্ত বন্ধ থাকবে। অফিস খোলার পর মেইলের উত্তর দেওয়া হবে।",
        ),
        (
            "Re: portal",
            "I am at a workshop and cannot access e-mail, which is a problem I know. I will reply after the 12th.\n\n[auto-reply]",
        ),
        (
            "Re: training",
            "Thank you for your mail. I'll answer once my exams end next week.\n\n-- sent automatically from my phone",
        ),
        (
            "Re: notice",
            "This mailbox has been closed. Mail sent here is not read by anyone; please use the office's main address.",
        ),
    ] {
        assert!(is_auto(subject, text), "{subject}: {text}");
    }
}

/// A citizen who writes about auto-replies, or whose request has a trouble word and an
/// absence in it, asks for something: acknowledged as a request.
#[test]
fn requests_about_auto_replies_stay_requests() {
    for (subject, text) in [
        (
            "auto reply",
            "আমাদের ইউডিসির মেইলে অটো রিপ্লাই চালু হয়ে আছে, বন্ধ করতে পারছি না।",
        ),
        (
            "school mail",
            "The (auto reply) on our school mail keeps answering everyone and we cannot turn it off.",
        ),
        (
            "স্বয়ংক্রিয় উত্তর",
            "স্বয়ংক্রিয় উত্তর চালু করে দিন, আমি ২০ তারিখ পর্যন্ত ছুটিতে থাকব।",
        ),
        (
            "lab",
            "Our lab will be closed until the 20th because the UPS is not working. The computers need a check.",
        ),
        (
            "ওয়েবসাইট",
            "পোর্টালে নোটিশ দেওয়া যাচ্ছে না, অফিস বন্ধ থাকবে সেটা জানাতে হবে।",
        ),
        (
            "account",
            "My e-Nothi account has been closed after the transfer, I cannot log in.",
        ),
    ] {
        assert!(!is_auto(subject, text), "{subject}: {text}");
    }
}
