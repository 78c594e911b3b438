//! Asks for money: fees paid to a mobile-banking number, course fees, advance fees.

use super::reading::{first_word, is_question_at, places};
use super::secrets::MOBILE_BANKING;
use super::*;

pub(super) static FEES: Phrases = Phrases::folded(&[
    "fee",
    "charge",
    "deposit",
    "advance",
    "amount",
    "taka",
    "tk",
    "bdt",
    "usd",
    "৳",
    "$",
    "ফি",
    "ফী",
    "চার্জ",
    "জামানত",
    "অগ্রিম",
    "টাকা",
    "টাকার",
]);

/// Acts of paying addressed to the reader (imperatives and obligations).
pub(super) static PAY: Phrases = Phrases::folded(&[
    "please pay",
    "kindly pay",
    "pay now",
    "pay the",
    "pay a",
    "pay only",
    "pay via",
    "pay by",
    "pay through",
    "pay to",
    "pay us",
    "pay your",
    "pay 50%",
    "pay in advance",
    "must pay",
    "need to pay",
    "required to pay",
    "have to pay",
    "send the amount",
    "send the fee",
    "make payment",
    "make the payment",
    "make a payment",
    "complete the payment",
    "complete payment",
    "payment accepted",
    "payment via",
    "payment through",
    "payment must",
    "arrange payment",
    "must be paid",
    "should be paid",
    "to be paid",
    "be paid by",
    "be paid via",
    "be paid through",
    "be deposited",
    "deposit the",
    "transfer the",
    "জমা দিন",
    "জমা দিতে হবে",
    "জমা করুন",
    "জমা দেওয়ার",
    "পরিশোধ করুন",
    "পরিশোধ করতে হবে",
    "পরিশোধ করে",
    "প্রদান করুন",
    "প্রদান করতে হবে",
    "পাঠিয়ে দিন",
    "পাঠিয়ে রসিদ",
    "পাঠাতে হবে",
    "পাঠান",
    "দিতে হবে",
    "আগে দিতে হবে",
    "পেমেন্ট করুন",
    "পেমেন্ট করে",
    "সেন্ড মানি",
    "ক্যাশ ইন",
    "বিকাশ করুন",
    "সেন্ড মানি করুন",
    "send money করুন",
    "নগদ করুন",
    "ফি নগদ",
    "bkash korun",
    "bkash করুন",
    "bkash করে",
    "বিকাশ korun",
    "nagad করুন",
    "send money করুন",
    "pay করুন",
    "payment করুন",
    "nagad korun",
    "rocket korun",
    "send money korun",
    "payment korun",
    "pay korun",
    "jama din",
    "joma din",
    "joma dite hobe",
    "jama dite hobe",
    "dite hobe",
    "pathate hobe",
    "pathan",
    "pathiye din",
    "tax বাবদ",
]);

pub(super) static MOBILE_BANKING_NAMED: Phrases = Phrases::folded(MOBILE_BANKING);

/// A number to pay to: a phone number written out or masked, a merchant or personal account.
pub(super) static NUMBER_TO_PAY: Phrases = Phrases::folded(&[
    "01xxxxxxxxx",
    "০১xxxxxxxxx",
    "+880",
    "merchant",
    "মার্চেন্ট",
    "(personal)",
    "personal number",
    "পার্সোনাল",
    "agent number",
    "এজেন্ট",
]);

/// Asks the reader to pay: a fee or an amount near an act of paying (pay, send, deposit, a
/// mobile-banking number to pay to), not in a question. A fee asked about ("does the UDC
/// charge a fee, is that allowed?", "fee দিতে হবে কি?") is a citizen's question.
pub(super) fn asks_for_money(words: &Found) -> Option<Signal> {
    let text = words.text();
    if words.hits(&FEES).is_empty() {
        return None;
    }
    let fees = places(&FEES, text);
    if fees.is_empty() {
        return None;
    }
    // A citizen reporting what someone charged them, or asking whether it is allowed.
    if let Some(c) = first_word(words, &COMPLAINT) {
        tracing::trace!(complaint = c, "a fee reported, not asked for");
        return None;
    }
    if !words.hits(&PAY).is_empty() {
        for (pay, at, _) in places(&PAY, text) {
            if is_question_at(text, at) {
                continue;
            }
            if let Some((fee, _, _)) = fees
                .iter()
                .find(|(_, f, _)| chars_apart(text, *f, at) < 100)
            {
                return signal(STRONG, format!("asks for money: {fee:?} and {pay:?}"));
            }
        }
    }
    // A mobile-banking account to send the money to.
    let to_number = first_word(words, &MOBILE_BANKING_NAMED).is_some()
        && (words.first(&NUMBER_TO_PAY).is_some() || has_phone_number(text));
    to_number
        .then(|| Signal {
            weight: STRONG,
            reason: format!("asks for money: {:?} to a mobile-banking number", fees[0].0),
            learnt: false,
        })
        .filter(|_| fees.iter().any(|(_, at, _)| !is_question_at(text, *at)))
}

/// How many characters lie between two byte offsets of `text` (a window in bytes is a
/// third as wide in Bangla, whose letters take three bytes: "ফি … বিকাশে পাঠিয়ে … পাঠান"
/// fell outside one).
fn chars_apart(text: &str, a: usize, b: usize) -> usize {
    let (lo, hi) = (a.min(b), a.max(b).min(text.len()));
    text.get(lo..hi).map_or(hi - lo, |s| s.chars().count())
}

/// A fee someone else charged, reported or questioned: "the UDC charges …, is that
/// allowed?", "উদ্যোক্তা ২০০ টাকা নিচ্ছেন", "UDC theke taka chaiche".
pub(super) static COMPLAINT: Phrases = Phrases::folded(&[
    "charges",
    "charged",
    "charging",
    "asked me to pay",
    "asked us to pay",
    "asks me to pay",
    "asking me to pay",
    "asking us to pay",
    "told me to pay",
    "told us to pay",
    "demanded",
    "demanding",
    "is that allowed",
    "is this allowed",
    "is it allowed",
    "is that legal",
    "is this legal",
    "is it legal",
    "is it correct",
    "is that correct",
    "is this correct",
    "is it right",
    "overcharg",
    "extra money",
    "বলছে",
    "বলেছে",
    "বলেছেন",
    "বলছেন",
    "চাইছে",
    "চাইছেন",
    "চেয়েছে",
    "চেয়েছেন",
    "নিচ্ছে",
    "নিচ্ছেন",
    "নিয়েছে",
    "নিয়েছেন",
    "দাবি করছে",
    "দাবি করছেন",
    "বৈধ কি",
    "কি বৈধ",
    "কি নিয়ম",
    "কি ঠিক",
    "নিয়ম আছে",
    "অতিরিক্ত টাকা",
    "bolche",
    "boleche",
    "chaiche",
    "cheyeche",
    "nicche",
    "niche taka",
    "niyeche",
    "ki thik",
    "ki niyom",
    "ki boidho",
    "beshi taka",
    "extra taka",
    // The writer's own payment gone wrong: "ভুল নম্বরে টাকা পাঠিয়েছি".
    "i paid",
    "we paid",
    "i have paid",
    "we have paid",
    "i sent",
    "i have sent",
    "wrong number",
    "ভুল নম্বরে",
    "পাঠিয়েছি",
    "দিয়েছি",
    "করেছি",
    "vul number",
    "bhul number",
    "pathiyechi",
    "pathiyesi",
    "diyechi",
    "korechi",
]);

/// A Bangladeshi mobile number, written in Latin or Bangla digits ("01712-345678",
/// "০১৭১২৩৪৫৬৭৮"): eleven digits in one run (dashes allowed), 01 then 3 to 9.
pub(super) fn has_phone_number(text: &str) -> bool {
    let mut run: Vec<u32> = Vec::with_capacity(16);
    let mut found = false;
    let mut check = |run: &mut Vec<u32>| {
        let at = run.len().checked_sub(11);
        let tail = at.map(|a| &run[a..]);
        if let Some(d) = tail
            && (run.len() == 11 || (run.len() == 13 && run[..2] == [8, 8]))
            && d[0] == 0
            && d[1] == 1
            && d[2] >= 3
        {
            found = true;
        }
        run.clear();
    };
    for c in text.chars() {
        let digit = c.to_digit(10).or_else(|| {
            ('\u{9E6}'..='\u{9EF}')
                .contains(&c)
                .then(|| c as u32 - 0x9E6)
        });
        match digit {
            Some(d) => run.push(d),
            None if c == '-' && !run.is_empty() => {}
            None => check(&mut run),
        }
    }
    check(&mut run);
    found
}

pub(super) static COURSE: Phrases = Phrases::folded(&[
    "course",
    "training",
    "freelancing",
    "outsourcing",
    "বিনামূল্যে প্রশিক্ষণ",
    "প্রশিক্ষণ",
    "কোর্স",
    "ফ্রিল্যান্সিং",
    "আউটসোর্সিং",
    "certificate",
    "সার্টিফিকেট",
    "batch",
    "ব্যাচ",
    "class",
]);

pub(super) static COURSE_FEES: Phrases = Phrases::folded(&[
    "registration fee",
    "admission fee",
    "enrolment fee",
    "enrollment fee",
    "course fee",
    "seat booking",
    "seat confirm",
    "নিবন্ধন ফি",
    "রেজিস্ট্রেশন ফি",
    "ভর্তি ফি",
    "কোর্স ফি",
    "সিট বুকিং",
    "আসন নিশ্চিত",
    "registration fi",
    "vorti fee",
    "bhorti fee",
    "limited seats",
    "limited seat",
    "seat limited",
    "সীমিত আসন",
    "আসন সীমিত",
]);

/// A course, a freelancing or outsourcing training, sold with a registration or admission
/// fee, or with "limited seats": the office's own trainings are free and announced by it.
pub(super) fn course_fee(words: &Found) -> Option<Signal> {
    let course = first_word(words, &COURSE)?;
    let fee = first_word(words, &COURSE_FEES)?;
    // A citizen asking whether a training has a fee asks in a question.
    let text = words.text();
    let asked = places(&COURSE_FEES, text)
        .iter()
        .all(|(_, at, _)| is_question_at(text, *at));
    (!asked).then(|| Signal {
        weight: MEDIUM,
        reason: format!("paid course: {course:?} with {fee:?}"),
        learnt: false,
    })
}

/// Fees that release something promised (a grant, a prize, a job, a parcel): the advance-fee
/// scam's own vocabulary.
pub(super) static ADVANCE_FEES: Phrases = Phrases::folded(&[
    "processing fee",
    "clearance fee",
    "release fee",
    "activation fee",
    "unlock fee",
    "handling fee",
    "handling charge",
    "transfer fee",
    "transfer charge",
    "delivery charge",
    "courier charge",
    "security deposit",
    "refundable deposit",
    "tax clearance",
    "প্রসেসিং ফি",
    "ছাড়করণ ফি",
    "সক্রিয়করণ ফি",
    "জামানত",
    "processing fi",
    "activation charge",
]);

/// Names a fee that releases something promised.
pub(super) fn advance_fee(words: &Found) -> Option<Signal> {
    first_word(words, &ADVANCE_FEES).and_then(|p| signal(MEDIUM, format!("advance fee: {p:?}")))
}
