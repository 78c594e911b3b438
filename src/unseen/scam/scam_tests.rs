//! Each family, positive and negative, in Bangla, English and romanised Bangla.

use super::money::has_phone_number;
use super::reading::has_word;
use super::scam_cases::{look_alike_requests, scams};
use super::sender::{host, lookalike_host};
use super::*;
use crate::mail::parse::Link;

const OFFICE: &str = "office.test";

pub(super) fn mail(from: &str, name: &str, subject: &str, text: &str) -> ParsedMail {
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

#[test]
fn scams_of_every_family_are_never_acknowledged() {
    let all = scams();
    assert!(all.len() >= 20);
    let mut spam = 0;
    for c in &all {
        match verdict(&c.mail()) {
            Verdict::Clean => panic!("scam taken for a request: {:?}", c.subject),
            Verdict::Spam { .. } => spam += 1,
            Verdict::Doubtful { .. } => {}
        }
    }
    // Most carry several signals and need no officer at all.
    assert!(
        spam * 4 >= all.len() * 3,
        "only {spam} of {} spam",
        all.len()
    );
}

#[test]
fn look_alike_genuine_requests_stay_clean() {
    let all = look_alike_requests();
    assert!(all.len() >= 20);
    for c in &all {
        assert_eq!(verdict(&c.mail()), Verdict::Clean, "{:?}", c.subject);
    }
}

/// Several weak signals together hold the acknowledgement; one alone does not.
#[test]
fn weak_signals_add_up() {
    let one = mail(
        "x@shop.example",
        "Shop",
        "offer",
        "Congratulations on your new office building.",
    );
    assert_eq!(verdict(&one), Verdict::Clean);
    let many = mail(
        "x@shop.example",
        "Shop",
        "offer",
        "Dear customer, congratulations, you have won a free gift! Claim it today only, immediately. Keep this confidential.",
    );
    assert!(!matches!(verdict(&many), Verdict::Clean));
}

#[test]
fn phone_numbers_in_both_scripts() {
    assert!(has_phone_number("bkash 01712-345678 e"));
    assert!(has_phone_number("নম্বর ০১৮১২৩৪৫৬৭৮"));
    assert!(has_phone_number("+8801712345678"));
    assert!(!has_phone_number("nid 1987654321012"));
    assert!(!has_phone_number("2026-12-07"));
}

#[test]
fn look_alike_hosts() {
    assert!(lookalike_host("teamviewr-remote.example", OFFICE).is_some());
    assert!(lookalike_host("0ffice.test", OFFICE).is_some());
    assert!(lookalike_host("e-nothi-gov.example", OFFICE).is_some());
    assert!(lookalike_host("melandahaup.gov.bd", OFFICE).is_none());
    assert!(lookalike_host("dhakagovtschool.edu.bd", OFFICE).is_none());
    assert!(lookalike_host("office.test", OFFICE).is_none());
    assert!(lookalike_host("bkash.com", OFFICE).is_none());
}

/// Vendor pitches for services beside the charter's (marketing, bulk SMS, ERP), written
/// for this test; and a citizen who names a price and a package without offering anything.
#[test]
fn vendor_pitches_for_other_services_and_a_citizen_who_names_a_package() {
    let m = mail(
        "sales@growfast-media.example",
        "GrowFast Media",
        "Digital marketing for your office",
        "Dear Sir, we are pleased to offer our digital marketing and bulk SMS packages to \
         government offices. Our package starts from 4,999 taka per month with a free trial. \
         Order now, limited seats this month.",
    );
    assert!(!matches!(verdict(&m), Verdict::Clean), "{:?}", verdict(&m));
    let m = mail(
        "offer@erp-bd.example",
        "ERP BD",
        "অফিস অটোমেশন",
        "আমরা দিচ্ছি সরকারি অফিসের জন্য ERP ও attendance system, আমাদের প্যাকেজ মাত্র ১৫,০০০ টাকা। বিশেষ ছাড় চলছে, আজই অর্ডার করুন।",
    );
    assert!(!matches!(verdict(&m), Verdict::Clean), "{:?}", verdict(&m));
    let m = mail(
        "rina@mail.example",
        "Rina",
        "UDC internet",
        "Our UDC internet package is 1,500 taka per month but the speed is very low. Which \
         provider should the centre use?",
    );
    assert!(matches!(verdict(&m), Verdict::Clean), "{:?}", verdict(&m));
}

/// The generalisation round of issue 18: mechanisms, not texts. Remote-control codes asked
/// for, investment promises, paid domain-renewal notices, a fee and its payment a long
/// Bangla clause apart, mixed-script pay imperatives. Each is held or spam; the citizen's
/// side of each stays clean.
#[test]
fn remote_access_investment_renewal_and_far_apart_fees() {
    let held = |m: &ParsedMail| !matches!(verdict(m), Verdict::Clean);
    assert!(held(&mail(
        "helpdesk@fix-it-now.example",
        "Support Desk",
        "Your computer reported errors",
        "Dear user, our monitoring found errors on your office computer. Install AnyDesk and reply with the 9 digit ID so our engineer can repair it today.",
    )));
    assert!(held(&mail(
        "team@server-guard.example",
        "Server Guard",
        "apnar server e somossa",
        "sir apnader server e virus dhukeche. teamviewer er id ar password ta amader din, amra thik kore dibo.",
    )));
    assert!(held(&mail(
        "advisor@yield-club.example",
        "Wealth Advisor",
        "Grow your savings",
        "Hello friend, our trading platform pays 2% daily profit on a minimum deposit of 50 USDT. Withdraw any time.",
    )));
    assert!(held(&mail(
        "notice@registrar-renewals.example",
        "Registrar Notice",
        "Domain expiration notice",
        "The domain of your office website expires on 30 December. Renew now for BDT 6,200 to keep your website and e-mail working.",
    )));
    // A fee and the act of paying it, a long Bangla clause apart (bytes are not characters).
    assert!(held(&mail(
        "prokolpo@bina-mulle-tab.example",
        "বিনামূল্যে ট্যাব প্রকল্প",
        "শিক্ষার্থীদের ট্যাব",
        "প্রতিটি শিক্ষার্থীর জন্য নিবন্ধন বাবদ ২৫০ টাকা মোবাইল ব্যাংকিংয়ে জমা দিয়ে শিক্ষার্থীদের নামের তালিকা এই ঠিকানায় পাঠান।",
    )));
    // Mixed-script imperative.
    assert!(held(&mail(
        "loan@easy-rin.example",
        "সহজ ঋণ",
        "ঋণ অনুমোদন",
        "আপনার ঋণ অনুমোদিত। service charge ৮০০ টাকা আজই bKash করুন।",
    )));
    // The citizen's side: asking about a tool, asking when a domain expires, money sent.
    for (subject, text) in [
        (
            "AnyDesk safe?",
            "My son installed AnyDesk on our home computer. Is it safe to keep it?",
        ),
        (
            "ডোমেইনের মেয়াদ",
            "আমাদের ইউনিয়নের ওয়েবসাইটের ডোমেইনের মেয়াদ শেষ কবে হবে জানাবেন?",
        ),
        (
            "Website domain",
            "Our school's website domain expired last week and the page does not open. What should we do?",
        ),
        (
            "taka daily",
            "amar ma er boyosko bhata protimashe ashto, ei mashe ashe ni. ki korbo?",
        ),
    ] {
        let m = mail("citizen@gmail.example", "Citizen", subject, text);
        assert_eq!(verdict(&m), Verdict::Clean, "{subject}");
    }
}
