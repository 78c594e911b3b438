//! Scams of our own writing and the genuine requests that look like them, as mails for
//! `scam_tests`.

use super::scam_tests::mail;
use crate::mail::ParsedMail;
use crate::mail::parse::Link;

/// A scam of our own writing: sender, display name, subject, text, and what else it carries.
pub(super) struct Case {
    from: &'static str,
    name: &'static str,
    pub(super) subject: &'static str,
    text: &'static str,
    reply_to: Option<&'static str>,
    link: Option<(&'static str, &'static str)>,
    attachment: Option<&'static str>,
}

const fn case(
    from: &'static str,
    name: &'static str,
    subject: &'static str,
    text: &'static str,
) -> Case {
    Case {
        from,
        name,
        subject,
        text,
        reply_to: None,
        link: None,
        attachment: None,
    }
}

impl Case {
    pub(super) fn mail(&self) -> ParsedMail {
        let mut m = mail(self.from, self.name, self.subject, self.text);
        m.reply_to = self.reply_to.map(Into::into);
        if let Some((text, href)) = self.link {
            m.links = vec![Link {
                text: text.into(),
                href: href.into(),
            }];
        }
        if let Some(a) = self.attachment {
            m.attachment_names = vec![a.into()];
        }
        m
    }
}

/// Scams written from the families (not from any evaluation set), in the three languages.
/// Each must never be acknowledged: spam, or at least doubtful (acknowledgement held).
pub(super) fn scams() -> Vec<Case> {
    vec![
        // SEO / web design / vendor pitches naming the office's services.
        case(
            "hello@topranker-digital.example",
            "TopRanker Digital",
            "Guaranteed ranking for your Upazila website",
            "Dear Sir, we offer guaranteed ranking on the first page of Google for your upazila web portal. Our SEO package starts from BDT 9,999 per month. Reply YES for a free audit.",
        ),
        case(
            "info@webghor-it.example",
            "WebGhor IT",
            "আপনার অফিসের ওয়েবসাইট নতুন করে তৈরি করুন",
            "সম্মানিত স্যার, আমাদের প্রতিষ্ঠান সরকারি অফিসের ওয়েবসাইট ও ই-নথি সাপোর্ট দিয়ে থাকি। বিশেষ অফার: মাত্র ১৫,০০০ টাকায় সম্পূর্ণ প্যাকেজ, ২০% ছাড়। আগ্রহী হলে কল করুন।",
        ),
        case(
            "sales@labcare-bd.example",
            "LabCare BD",
            "digital lab er laptop servicing offer",
            "Assalamualaikum sir, amader company digital lab er sob laptop servicing ar antivirus kore dey. Package price matro 500 taka per laptop, group discount ache. Sob school er headmaster der number diben, amra jogajog korbo.",
        ),
        // Free data, grants, lotteries asking for NID, PIN, OTP or a mobile-banking number.
        case(
            "offer@freenet-bd.example",
            "Free Internet Offer",
            "অভিনন্দন! ৩০ জিবি ফ্রি ডাটা",
            "সরকারি ডিজিটাল বাংলাদেশ কর্মসূচির আওতায় আপনি ৩০ জিবি ফ্রি ইন্টারনেট পেয়েছেন। চালু করতে আপনার এনআইডি নম্বর ও বিকাশ নম্বর লিখে উত্তর দিন। আজ রাতের মধ্যে না দিলে অফার বাতিল হবে।",
        ),
        case(
            "grant.office@youth-fund.example",
            "Youth Development Grant",
            "Congratulations: your institution has been selected for a grant",
            "Your school has been selected for a digital lab grant of BDT 5,00,000. To receive the grant, send your NID number and the OTP you will receive, and pay a processing fee of 2,500 taka via Nagad within 48 hours.",
        ),
        case(
            "lucky@draw-winners.example",
            "Mobile Lucky Draw",
            "apni 50,000 taka jitechen!",
            "Priyo grahok, apnar mobile number lottery te 50,000 taka puroskar jitechen. Taka pete apnar bKash PIN ar OTP code din. Kauke bolben na.",
        ),
        case(
            "bonus@nagad-cashback.example",
            "নগদ ক্যাশব্যাক",
            "নগদ বোনাস ৫০০ টাকা",
            "প্রিয় গ্রাহক, আপনার নগদ অ্যাকাউন্টে ৫০০ টাকা বোনাস এসেছে। বোনাস পেতে OTP কোড দিন এবং পিন নম্বর পাঠান।",
        ),
        // Freelancing / outsourcing courses with a registration or admission fee.
        case(
            "admission@outsourcing-academy.example",
            "Outsourcing Academy",
            "ফ্রিল্যান্সিং কোর্সে ভর্তি চলছে",
            "ঘরে বসে মাসে ৫০ হাজার টাকা আয় করুন! ৩ মাসের ফ্রিল্যান্সিং কোর্স, নিবন্ধন ফি মাত্র ১,২০০ টাকা। সীমিত আসন, আজই বিকাশ করুন ০১৭১২৩৪৫৬৭৮ নম্বরে।",
        ),
        case(
            "join@skillup-freelance.example",
            "SkillUp Freelance",
            "Free outsourcing training - limited seats",
            "Free outsourcing training for the youth of your upazila! Only the registration fee of 1,000 tk. Limited seats. Pay via bKash to 01812345678 (personal) and send the screenshot. 100% job guarantee.",
        ),
        case(
            "course.bd@mail.example",
            "Course BD",
            "graphic design course e vorti cholche",
            "apnar upazila r jubo der jonno graphic design course. vorti fee 800 taka, nagad korun 01912345678 e. seat limited, aj i shesh din. certificate deya hobe.",
        ),
        // Invoice and payment lures with an attachment.
        Case {
            attachment: Some("Invoice_88213.zip"),
            ..case(
                "accounts@supplier-billing.example",
                "Accounts Department",
                "Outstanding invoice 88213",
                "Dear customer, please find the attached invoice for the last quarter. Kindly open the attachment and complete the payment today.",
            )
        },
        Case {
            attachment: Some("bill_payment.html"),
            ..case(
                "billing@power-bd.example",
                "বিল শাখা",
                "বকেয়া বিল পরিশোধের নোটিশ",
                "আপনার অফিসের বকেয়া বিল সংযুক্ত করা হলো। সংযুক্ত ফাইল খুলে আজকের মধ্যে পরিশোধ করুন, নইলে সংযোগ বিচ্ছিন্ন হবে।",
            )
        },
        // e-Nothi / portal password reset and account suspension from look-alikes.
        Case {
            link: Some((
                "https://www.enothi.gov.bd/reset",
                "http://enothi-reset.example/login",
            )),
            ..case(
                "no-reply@enothi-support.example",
                "e-Nothi Support",
                "Your e-Nothi password expires today",
                "Your e-Nothi password will expire today. Click here to verify your account and keep your mailbox active.",
            )
        },
        Case {
            link: Some(("এখানে ক্লিক করুন", "http://192.0.2.77/nothi/login")),
            ..case(
                "admin@nothi-gov-bd.example",
                "ই-নথি প্রশাসক",
                "আপনার ই-নথি অ্যাকাউন্ট স্থগিত করা হবে",
                "আপনার ই-নথি অ্যাকাউন্টে অস্বাভাবিক লগইন পাওয়া গেছে। ২৪ ঘণ্টার মধ্যে যাচাই না করলে আপনার অ্যাকাউন্ট বন্ধ হয়ে যাবে। নিচের লিংকে ক্লিক করে পাসওয়ার্ড দিয়ে যাচাই করুন।",
            )
        },
        Case {
            link: Some(("verify", "http://mygov-portal-bd.example/verify")),
            ..case(
                "support@mygov-portal-bd.example",
                "Portal Team",
                "apnar portal account bondho hoye jabe",
                "Apnar portal account e somossa dhora poreche. 24 ghontar moddhe verify na korle apnar account bondho hoye jabe. Niche link e click kore apnar password diye login korun.",
            )
        },
        Case {
            link: Some(("Upgrade mailbox", "https://bit.ly/3xQuota")),
            ..case(
                "postmaster@0ffice.test",
                "Mail Administrator",
                "Mailbox quota exceeded",
                "Dear email user, your mailbox has exceeded its quota and will be suspended. Click the link below to validate your mailbox immediately.",
            )
        },
        // Links whose visible text and target disagree.
        Case {
            link: Some((
                "https://bkash.com/refund",
                "http://refund-centre.example/claim",
            )),
            ..case(
                "refund@service-desk.example",
                "Refund Desk",
                "Refund of 3,200 taka",
                "A refund is waiting for you. Visit the link to claim your refund.",
            )
        },
        // Reply-To at free mail, different from From.
        Case {
            reply_to: Some("director.procurement.bd@gmail.example"),
            ..case(
                "procurement@tender-notice.example",
                "Procurement Cell",
                "Tender documents for digital lab equipment",
                "The tender documents are ready. A tender fee of 5,000 taka must be paid by bKash before we send them. Reply to this mail with your office name.",
            )
        },
        // A display name claiming an authority from an unrelated domain.
        Case {
            reply_to: Some("ictd.secretary.office@yahoo.example"),
            ..case(
                "notice@circular-board.example",
                "ICT Division, Government of Bangladesh",
                "জরুরি নির্দেশনা: সকল উদ্যোক্তার তথ্য",
                "মন্ত্রণালয়ের নির্দেশ অনুযায়ী সকল উদ্যোক্তার মোবাইল নম্বরের তালিকা ও জাতীয় পরিচয়পত্রের কপি আজকের মধ্যে পাঠান।",
            )
        },
        case(
            "security@alerts-mailer.example",
            "Bangladesh Bank Security",
            "Your account has been limited",
            "Dear account holder, unusual activity was found. Your account has been limited. Confirm your identity by replying with your account number and card number.",
        ),
        case(
            "a2i.training@gmail.example",
            "a2i Training Cell",
            "UDC udyokta der jonno badhyotamulok training",
            "Sob udyoktar jonno e-Nothi training badhyotamulok. Registration fee 2,000 taka, bKash korun 01612345678 (personal). Ei mail er kotha kauke bolben na.",
        ),
        case(
            "jobs@remote-hiring.example",
            "HR Desk",
            "Part-time online job for government staff",
            "Earn up to USD 25 per hour from home. To activate your account, pay a refundable security deposit of BDT 1,500 and send your NID photo.",
        ),
    ]
}

/// Genuine requests that look like scams on the surface: a fee a UDC charged, the writer's
/// own NID, a forgotten password, a link to their own portal, money sent to a wrong number.
pub(super) fn look_alike_requests() -> Vec<Case> {
    vec![
        case(
            "karim.citizen@gmail.example",
            "Karim",
            "Fee for birth registration",
            "The UDC charges a fee of 100 taka for birth registration. Is that allowed?",
        ),
        case(
            "rina@yahoo.example",
            "রিনা",
            "জন্মনিবন্ধনে অতিরিক্ত টাকা",
            "আমাদের ইউনিয়ন ডিজিটাল সেন্টারের উদ্যোক্তা জন্মনিবন্ধনের জন্য ৩০০ টাকা চাইছেন। সরকারি ফি কত? এটা কি নিয়ম?",
        ),
        case(
            "sumon@gmail.example",
            "Sumon",
            "UDC te taka beshi nicche",
            "UDC theke bolche NID correction er jonno 500 taka dite hobe. eta ki thik? sorkari fee koto?",
        ),
        case(
            "hasan@gmail.example",
            "Hasan",
            "NID correction",
            "My NID number is 1987654321012 and my name is spelled wrong on it. Where do I apply for the correction?",
        ),
        case(
            "nasrin@school.example.test",
            "নাসরিন",
            "এনআইডি দিয়ে নিবন্ধন",
            "আমার এনআইডি নম্বর ১২৩৪৫৬৭৮৯০। এই নম্বর দিয়ে ইউডিসি উদ্যোক্তা নিবন্ধন করতে পারছি না, সাহায্য করুন।",
        ),
        case(
            "clerk@upazila.example.test",
            "Office Assistant",
            "I forgot my e-Nothi password",
            "I forgot my e-Nothi password and the reset link does not arrive. Please reset it for me.",
        ),
        case(
            "clerk2@upazila.example.test",
            "অফিস সহকারী",
            "ই-নথি পাসওয়ার্ড",
            "আমার ই-নথির পাসওয়ার্ড ভুলে গেছি। আপনার পাঠানো OTP আসছে না, দয়া করে আবার পাঠিয়ে দিন।",
        ),
        case(
            "upsec@up.example.test",
            "UP Secretary",
            "e-nothi password kaj korche na",
            "amar e-nothi password kaj korche na, account lock hoye geche. unlock kore din please.",
        ),
        Case {
            link: Some(("https://melandahaup.gov.bd", "https://melandahaup.gov.bd/")),
            ..case(
                "chairman@up.example.test",
                "Chairman",
                "Our union portal is not updating",
                "Our union portal https://melandahaup.gov.bd still shows the old chairman's photo. Please click here and check the notice page, it has not changed for a month.",
            )
        },
        case(
            "teacher@school.example.test",
            "শিক্ষক",
            "ল্যাবের ল্যাপটপ সার্ভিসিং",
            "আমাদের স্কুলের ডিজিটাল ল্যাবের ৩টি ল্যাপটপ নষ্ট। সার্ভিসিংয়ের জন্য কত টাকা লাগবে এবং কোথায় পাঠাব জানাবেন?",
        ),
        case(
            "rahim@gmail.example",
            "Rahim",
            "bkash e vul number e taka",
            "ami bkash e vul number e 5000 taka pathiyechi 01712345678 number e, ferot pete ki korbo?",
        ),
        case(
            "youth@gmail.example",
            "Jubayer",
            "freelancing training",
            "Is the government freelancing training free or is there a registration fee? How can I apply?",
        ),
        case(
            "mitu@gmail.example",
            "মিতু",
            "ফ্রিল্যান্সিং প্রশিক্ষণ",
            "উপজেলা আইসিটি অফিসের ফ্রিল্যান্সিং প্রশিক্ষণে ভর্তি হতে চাই। নিবন্ধন ফি আছে কি? কবে থেকে কোর্স শুরু?",
        ),
        case(
            "headmaster@school.example.test",
            "Headmaster",
            "lab er internet",
            "Amader school er digital lab e internet nai. Amra 2,000 taka monthly dite parbo, kon provider bhalo hobe janaben?",
        ),
        case(
            "udc.x@udc.example.test",
            "UDC Entrepreneur",
            "website update",
            "We need our union website updated with the new fee list: birth certificate 50 taka, trade licence 200 taka. Please update the page.",
        ),
        case(
            "officer@gov.example.test",
            "ICT Division",
            "e-Nothi training for the upazila",
            "Please arrange an e-Nothi training for the upazila officers next week.",
        ),
        case(
            "someone@gmail.example",
            "Ministry of Education official (personal)",
            "school website",
            "Our school's website is down since Sunday. Could you look into it?",
        ),
        case(
            "citizen.leave@gmail.example",
            "Shafiq",
            "account bondho",
            "amar e-nothi account bondho hoye geche, ki korbo? ami transfer hoye notun office e esechi.",
        ),
        case(
            "mahmud@yahoo.example",
            "Mahmud",
            "Invoice for the lab equipment",
            "The supplier gave us a paper invoice for the lab projector. Do we need to send a copy to your office for the records?",
        ),
        case(
            "shirin@gmail.example",
            "শিরিন",
            "অনুদান",
            "স্কুলের ডিজিটাল ল্যাবের জন্য সরকারি অনুদান পাওয়ার কোনো উপায় আছে কি? কোথায় আবেদন করব জানাবেন।",
        ),
        case(
            "kabir@gmail.example",
            "Kabir",
            "OTP not coming",
            "When I log in to e-Nothi the OTP is not coming to my phone. Can you check my account?",
        ),
        case(
            "ruma@gmail.example",
            "Ruma",
            "বিকাশে ভুল নম্বরে টাকা",
            "আমি বিকাশ অ্যাপ দিয়ে ভুল নম্বরে ৩,৫০০ টাকা সেন্ড মানি করেছি। ট্রানজেকশন আইডি 7HX2K9. টাকা ফেরত পাওয়ার উপায় কী?",
        ),
        case(
            "tarek@youth.example.test",
            "Tarek",
            "app login",
            "e-nothi er mobile app e login korte gele network error dekhay, kintu same id password diye laptop er browser e login hoy.",
        ),
        case(
            "kazi@gmail.example",
            "Kazi",
            "Is this SMS genuine?",
            "I got an SMS: \"Your account will be blocked in 24 hours. Update your KYC at http://kyc-update.example.net\". How can I check whether it is genuine, and where do I report it?",
        ),
        case(
            "jahid@gmail.example",
            "Jahid",
            "udc training fee",
            "UDC udyokta training er registration kivabe korbo? fee koto? amader website o update korte chai.",
        ),
    ]
}
