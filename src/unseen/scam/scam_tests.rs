//! Each family, positive and negative, in Bangla, English and romanised Bangla.

use super::*;
use crate::intake::parse::Link;

const OFFICE: &str = "office.test";

fn mail(from: &str, name: &str, subject: &str, text: &str) -> ParsedMail {
    ParsedMail {
        from_address: Some(from.into()),
        from_name: Some(name.into()),
        subject: subject.into(),
        text: text.into(),
        ..Default::default()
    }
}

fn verdict(m: &ParsedMail) -> Verdict {
    assess(m, OFFICE)
}

fn is_spam(m: &ParsedMail) -> bool {
    matches!(verdict(m), Verdict::Spam { .. })
}

#[test]
fn free_data_asking_nid_and_mobile_banking_pin_bangla() {
    let m = mail(
        "offer@gp-free-data.example",
        "ফ্রি ইন্টারনেট অফার",
        "অভিনন্দন! আপনি পেয়েছেন ৫০ জিবি ফ্রি ইন্টারনেট",
        "অফারটি চালু করতে উত্তরে আপনার জাতীয় পরিচয়পত্র নম্বর, মোবাইল নম্বর, বিকাশ/নগদ অ্যাকাউন্টের পিন পাঠিয়ে দিন। ২৪ ঘণ্টার মধ্যে",
    );
    assert!(is_spam(&m));
}

#[test]
fn refund_asking_pin_romanised_and_grant_with_fee_english() {
    assert!(is_spam(&mail(
        "bkash.refund.center@mail.example",
        "bKash Refund Center",
        "apnar account e 12,500 taka refund pending",
        "refund pete nicher link e giye apnar number ar PIN din. 24 ghontar moddhe na korle taka ferot jabe na."
    )));
    let mut grant = mail(
        "grants@un-youth-fund.example",
        "Global Youth Digital Grant",
        "Grant approval",
        "Dear Beneficiary, your office has been selected for the grant. Send the NID number and a processing fee of BDT 4,500.",
    );
    grant.reply_to = Some("grant.bd.coordinator@mail.example".into());
    assert!(is_spam(&grant));
}

#[test]
fn a_registration_fee_course_romanised() {
    assert!(is_spam(&mail(
        "freelancing.bd.academy@mail.example",
        "Freelancing Academy BD",
        "ghore boshe mashe 50,000 taka income!!",
        "free freelancing training! sudhu registration fee 1,500 taka. 100% job guarantee. bKash korun 01XXXXXXXXX (personal). seat limited"
    )));
}

#[test]
fn look_alike_enothi_reset_with_a_lying_link() {
    let mut m = mail(
        "support@e-nothi-gov.example",
        "ই-নথি সাপোর্ট",
        "জরুরি: আপনার ই-নথি পাসওয়ার্ড আজ মেয়াদোত্তীর্ণ হবে",
        "নিচের বাটনে ক্লিক করে বর্তমান পাসওয়ার্ড দিয়ে যাচাই করুন।",
    );
    m.links = vec![Link {
        text: "https://e-nothi.gov.bd/login".into(),
        href: "http://e-nothi-gov.example/login".into(),
    }];
    assert!(is_spam(&m));
    // The look-alike alone, with nothing else, is doubtful: the officer decides.
    let alone = mail("x@nothi-gov-bd.example", "x", "hello", "hello");
    assert!(matches!(verdict(&alone), Verdict::Doubtful { .. }));
}

#[test]
fn seo_pitch_and_invoice_lure() {
    assert!(is_spam(&mail(
        "growth@rankboost-seo.example",
        "RankBoost",
        "Your union web portal deserves page 1 on Google",
        "Package for your office: web portal redesign 25,000 BDT. Pay 50% advance by bKash to 01XXXXXXXXX (merchant). Reply YES."
    )));
    let mut inv = mail(
        "billing@supplies.example",
        "Accounts",
        "Invoice #INV-20871 overdue",
        "Please find attached invoice. Kindly open the attached file and arrange payment to avoid legal action.",
    );
    inv.attachment_names = vec!["INV-20871.zip".into()];
    assert!(is_spam(&inv));
}

#[test]
fn citizens_who_mention_passwords_fees_bkash_or_leave_are_clean() {
    for (from, name, s, t) in [
        (
            "clerk@gov.example.test",
            "Clerk",
            "ই-নথি পাসওয়ার্ড",
            "আমার ই-নথির পাসওয়ার্ড ভুলে গেছি, OTP পাঠানো হচ্ছে না। রিসেট করে দিন।",
        ),
        (
            "rahim@gmail.example",
            "Rahim",
            "bkash e vul number e taka",
            "ami bkash e vul number e 5000 taka pathiyechi, ferot pete ki korbo? jorori.",
        ),
        (
            "udc.nangla@udc.example.test",
            "Nangla UDC",
            "training fee koto?",
            "UDC udyokta training er registration kivabe korbo? fee lagbe ki? amader website o update korte chai.",
        ),
        (
            "head@school.example.test",
            "Headmaster",
            "Lab",
            "Our lab laptops need servicing. The headmaster is on leave; please help. We can pay 2,000 taka if needed?",
        ),
        (
            "citizen@yahoo.example",
            "নাগরিক",
            "এনআইডি সংশোধন",
            "আমার এনআইডি নম্বরে নামের বানান ভুল, কোথায় আবেদন করবো?",
        ),
    ] {
        assert_eq!(verdict(&mail(from, name, s, t)), Verdict::Clean, "{s}");
    }
}

#[test]
fn the_office_itself_and_real_government_domains_are_not_look_alikes() {
    let m = mail("uno@gov.example.test", "UNO", "e-Nothi", "meeting");
    assert_eq!(verdict(&m), Verdict::Clean);
    let own = mail("desk@office.test", "e-Nothi desk", "x", "x");
    assert_eq!(verdict(&own), Verdict::Clean);
}

#[test]
fn whole_words_only() {
    assert!(has_word("pin din", "pin"));
    assert!(!has_word("shopping", "pin"));
    assert!(!has_word("পাঠানো হচ্ছে", "পাঠান"));
    assert_eq!(
        host("https://E-Nothi.gov.bd/x"),
        Some("e-nothi.gov.bd".into())
    );
    assert_eq!(host("click here"), None);
}
