//! Tests of splitting a mail body into the request, what is set aside, and the context.

use super::*;

#[test]
fn plain_request_is_all_request() {
    let s = segment("Our lab projector is broken. Please send someone.");
    assert_eq!(
        s.request,
        normalize("Our lab projector is broken Please send someone")
    );
    assert!(!s.has_context());
}

#[test]
fn dismissed_clause_is_set_aside() {
    let s = segment("The website issue is already solved, but now the e-Nothi dak will not open.");
    assert_eq!(
        s.set_aside,
        normalize("The website issue is already solved")
    );
    assert!(s.request.contains("e nothi dak"));
    let s = segment("স্যার, ল্যাবের বিষয়টা মিটে গেছে। এখন ই-নথিতে লগইন হয় না।");
    assert!(s.set_aside.contains("ল্যাবের"));
    assert!(!s.request.contains("ল্যাবের"));
    let s = segment("lab er kotha na, lab thik ache. amar gmail khulche na");
    assert!(s.set_aside.contains("lab"));
    assert!(s.request.contains("gmail"));
}

#[test]
fn ignore_takes_the_clause_before_it() {
    let s =
        segment("I got this lab schedule by mistake, ignore it. How do I reset the UDC router?");
    assert!(s.set_aside.contains("lab schedule"));
    assert!(!s.request.contains("lab"));
    // A plain "X is broken, the rest is fine" keeps X.
    let s = segment("Five lab PCs are dead, the rest are fine.");
    assert!(s.request.contains("five lab pcs"));
}

#[test]
fn a_question_is_never_set_aside() {
    let s = segment("Is it ok to share the UDC router with two PCs?");
    assert!(s.set_aside.is_empty());
    assert!(s.request.contains("router"));
}

#[test]
fn signoff_after_closing_and_role_lines() {
    let s = segment(
        "Please update the notice on our union website today.\nRegards,\nKarim\nHeadmaster, Char High School",
    );
    assert!(s.request.contains("website"));
    assert!(s.signoff.contains("headmaster"));
    assert!(!s.request.contains("headmaster"));
    let s = segment("আমার ই-নথি আইডি কীভাবে পাব জানাবেন।\nপ্রধান শিক্ষক");
    assert_eq!(s.signoff, normalize("প্রধান শিক্ষক"));
    // Short lines alone are the request, not a sign-off.
    let s = segment("sir\nlab projector nosto\nRahim");
    assert!(s.request.contains("projector"));
    assert!(s.signoff.is_empty());
}

#[test]
fn forward_under_own_request_is_context() {
    let body = "Please ignore the schedule below, it came to me by mistake. My real question: how do I share our UDC router with a second computer?\n\n---------- Forwarded message ---------\nFrom: a@school.test\nSubject: Lab training\nThe digital lab training is on Sunday.";
    let s = segment(body);
    assert!(s.forwarded.contains("digital lab"));
    assert!(!s.forwarded.contains("subject"));
    assert!(s.request.contains("router"));
    assert!(!s.request.contains("digital lab"));
}

#[test]
fn forward_under_covering_note_is_the_request() {
    let body =
        "see below\n---------- Forwarded message ---------\nFrom: a\nDate: b\nThe lab is locked.";
    let s = segment(body);
    assert!(s.request.contains("the lab is locked"));
    assert!(s.forwarded.is_empty());
}

#[test]
fn a_turn_to_a_new_topic_keeps_the_old_one_apart() {
    let s = segment(
        "Sir, your technician's visit to our lab helped a lot, thank you.\n\nNow a different trouble: my e-filing account shows the old school name.",
    );
    assert!(s.before_turn.contains("our lab helped"), "{s:?}");
    assert!(!s.request.contains("lab"), "{s:?}");
    assert!(s.request.contains("e filing account"), "{s:?}");
    let s = segment(
        "স্যার, ই-নথির প্রশিক্ষণটা খুব কাজে লেগেছে। তবে যে কারণে লিখছি: বিদ্যালয়ের ওয়েব পাতায় পুরনো ছবি।",
    );
    assert!(s.before_turn.contains(&normalize("ই-নথির")), "{s:?}");
    assert!(s.request.contains(&normalize("ওয়েব পাতায়")), "{s:?}");
    // A turn in the first clause has nothing before it.
    let s = segment("একটা অনুরোধ: আমাদের ল্যাবের প্রজেক্টর নষ্ট।");
    assert!(s.before_turn.is_empty(), "{s:?}");
    assert!(s.request.contains(&normalize("ল্যাবের")), "{s:?}");
    // A Bangla cue may end inside a word, so "নিয়ে নানা" must not read as "নিয়ে না".
    let s = segment("ল্যাব নিয়ে নানা সমস্যা হচ্ছে");
    assert!(s.set_aside.is_empty(), "{s:?}");
}

#[test]
fn a_self_introduction_is_context() {
    let s =
        segment("ami kalikapur udc er uddokta. amader union er website e notun notice dite hobe.");
    assert!(s.introduction.contains("uddokta"), "{s:?}");
    assert!(!s.request.contains("uddokta"));
    assert!(s.request.contains("website"));
    let s = segment("আমি হরিপুর উচ্চ বিদ্যালয়ের প্রধান শিক্ষক। আমার ই-নথি আইডি চালু হয়নি।");
    assert!(s.introduction.contains("প্রধান শিক্ষক"), "{s:?}");
    assert!(s.request.contains("ই নথি"));
    // A clause that asks or names a problem stays in the request.
    let s = segment("I am the UDC entrepreneur and our UDC printer is not working.");
    assert!(s.request.contains("udc printer"), "{s:?}");
    // An introduction alone is all the sender wrote: it is the request.
    let s = segment("I am the UDC entrepreneur of Char Union.");
    assert!(s.request.contains("udc"), "{s:?}");
}
