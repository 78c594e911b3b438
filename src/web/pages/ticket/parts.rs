//! The parts of the ticket page: the thread (the citizen's mail, our mail to the citizen,
//! internal notes, in time order), the event history, the attachments, how the deadline was
//! counted, the service choices and the confirmation after an action.

use crate::config::charter::{Charter, Service};
use crate::domain::Ticket;
use crate::sla::Calendar;
use crate::store::attachments::StoredAttachment;
use crate::store::tickets::Event;
use crate::text::safety::{block, cut, one_line};
use crate::web::WebDesk;
use crate::web::pages::WebError;
use crate::web::view::Lang;

/// Longest text shown of one mail (the rest is cut with an ellipsis).
const MAX_MAIL_CHARS: usize = 20_000;
/// Messages and mails shown per ticket.
const MAX_THREAD: i64 = 200;

/// One entry of the thread, oldest first.
pub struct Entry {
    /// The stored timestamp, by which the thread is sorted (never shown).
    pub at_sort: String,
    /// When, in the office's time zone and the user's language.
    pub at: String,
    /// `citizen`, `ours`, `note`: the CSS class (and the label says it in words).
    pub class: &'static str,
    /// What the entry is, in the user's language (the citizen's request, our mail, a note).
    pub label: String,
    /// Who: the citizen's address, `→ recipient` for our mail, or the note's author.
    pub from: String,
    /// The mail's subject, on one line; empty for a note.
    pub subject: String,
    /// The mail's plain text (cut at 20,000 characters) or the note.
    pub text: String,
}

/// One line of the ticket's event history.
pub struct EventLine {
    /// When, in the office's time zone and the user's language.
    pub at: String,
    /// The stored event kind (`created`, `resolved`, `reopened`…).
    pub kind: String,
    /// The event's detail, on one line (cut at 400 characters).
    pub detail: String,
}

/// A citizen's attachment as the ticket page lists it.
pub struct AttachmentLine {
    /// The attachment's number within the ticket, as its download URL names it.
    pub n: i64,
    /// The file name as the citizen's mail gave it, on one line.
    pub name: String,
    /// The declared content type, on one line.
    pub content_type: String,
    /// The size in KB, in the user's language and digits.
    pub size: String,
}

/// One option of the reclassify form's service list.
pub struct ServiceChoice {
    /// The charter service code, or `none` for outside the charter.
    pub code: String,
    /// The service's name in the user's language.
    pub label: String,
    /// The ticket's current service.
    pub selected: bool,
}

impl EventLine {
    /// One stored event, its detail on one line.
    pub fn of(e: &Event, l: Lang, cal: &Calendar) -> EventLine {
        EventLine {
            at: l.time(&e.at, cal),
            kind: e.kind.clone(),
            detail: one_line(&e.detail.to_string(), 400),
        }
    }
}

impl AttachmentLine {
    /// One stored attachment, its size in KB in the user's digits.
    pub fn of(a: &StoredAttachment, l: Lang) -> AttachmentLine {
        let kb = l.num_grouped((a.size.max(0) as u64).div_ceil(1024) as i64);
        AttachmentLine {
            n: a.n,
            name: one_line(&a.name, 120),
            content_type: one_line(&a.content_type, 80),
            size: match l {
                Lang::Bn => format!("{kb} কেবি"),
                Lang::En => format!("{kb} KB"),
            },
        }
    }
}

/// How the deadline was counted: the receipt day, the service's working days, the due time,
/// and each day skipped (weekend or holiday) with its reason.
pub fn how_counted(
    l: Lang,
    cal: &Calendar,
    service: &Service,
    received: jiff::Timestamp,
) -> Vec<String> {
    let d = cal.deadline(received, service.sla_working_days);
    let n = i64::from(d.working_days);
    let due = l.time(&crate::store::db_time(d.due.timestamp()), cal);
    let mut lines = vec![match l {
        Lang::Bn => format!(
            "প্রাপ্তির দিন {}; সেবার সময় {} কর্মদিবস; শেষ সময় {} (অফিস বন্ধের সময়)।",
            l.date(d.receipt_day),
            l.num(n),
            due
        ),
        Lang::En => format!(
            "Receipt day {}; the service takes {n} working days; due {} (closing time).",
            l.date(d.receipt_day),
            due
        ),
    }];
    for skipped in &d.skipped {
        lines.push(format!(
            "{}: {} — {}",
            l.t("বাদ", "Skipped"),
            l.date(skipped.date),
            skipped.reason
        ));
    }
    lines
}

/// The thread, oldest first: the citizen's mails, our mails to the citizen, and the
/// internal notes. Only the mails to the citizen: the officer's notices carry the ticket's
/// command token, which a supervisor or admin must not read here.
pub async fn thread(
    web: &WebDesk,
    t: &Ticket,
    l: Lang,
    cal: &Calendar,
    events: &[Event],
) -> Result<Vec<Entry>, WebError> {
    let subject_and_text = |raw: Option<&[u8]>| {
        raw.and_then(crate::mail::parse::parse)
            .map(|p| (p.subject, p.text))
            .unwrap_or_default()
    };
    let mut thread = Vec::new();
    for m in web.store.web_thread_messages(t.id, MAX_THREAD).await? {
        let (subject, text) = subject_and_text(m.raw.as_deref());
        thread.push(Entry {
            at: l.time(&m.received_at, cal),
            at_sort: m.received_at.clone(),
            class: "citizen",
            label: match m.disposition.as_str() {
                "new" => l.t("নাগরিকের আবেদন", "The citizen's request").into(),
                "followup" => l.t("নাগরিকের পরের ই-মেইল", "The citizen's follow-up").into(),
                other => format!("{} ({other})", l.t("প্রাপ্ত ই-মেইল", "Mail received")),
            },
            from: one_line(m.from_address.as_deref().unwrap_or(""), 200),
            subject: one_line(&subject, 300),
            text: cut(&block(&text), MAX_MAIL_CHARS),
        });
    }
    let citizen_mails = web
        .store
        .web_thread_mails(t.id, MAX_THREAD)
        .await?
        .into_iter()
        .filter(|m| m.rcpt_to.eq_ignore_ascii_case(t.citizen_email.trim()));
    for m in citizen_mails {
        let (subject, text) = subject_and_text(m.raw.as_deref());
        let at = m.sent_at.clone().unwrap_or_else(|| m.created_at.clone());
        thread.push(Entry {
            at: l.time(&at, cal),
            at_sort: at,
            class: "ours",
            label: format!(
                "{} ({}, {})",
                l.t("আমাদের ই-মেইল", "Our mail"),
                m.kind,
                m.status
            ),
            from: format!("→ {}", m.rcpt_to),
            subject: one_line(&subject, 300),
            text: cut(&block(&text), MAX_MAIL_CHARS),
        });
    }
    for e in events.iter().filter(|e| e.kind == "note") {
        thread.push(Entry {
            at: l.time(&e.at, cal),
            at_sort: e.at.clone(),
            class: "note",
            label: l
                .t(
                    "অভ্যন্তরীণ নোট — নাগরিককে পাঠানো হয়নি",
                    "Internal note — not sent to the citizen",
                )
                .into(),
            from: e.detail["by"].as_str().unwrap_or("").to_string(),
            subject: String::new(),
            text: block(e.detail["text"].as_str().unwrap_or("")),
        });
    }
    thread.sort_by(|a, b| a.at_sort.cmp(&b.at_sort));
    Ok(thread)
}

/// The confirmation shown after a form's redirect (`?done=ACTION`); empty for none.
pub fn done_message(done: &str, l: Lang) -> &'static str {
    match done {
        "note" => l.t("নোট যোগ করা হয়েছে।", "Note added."),
        "resolve" => l.t(
            "নিষ্পত্তি করা হয়েছে; নাগরিককে জানানো হচ্ছে।",
            "Resolved; the citizen is being notified.",
        ),
        "reopen" => l.t("আবার খোলা হয়েছে।", "Reopened."),
        "reply" => l.t(
            "উত্তর নাগরিককে পাঠানো হচ্ছে।",
            "The reply is being sent to the citizen.",
        ),
        "service" => l.t(
            "সেবা বদলানো হয়েছে; সময়সীমা নতুন করে গোনা হয়েছে।",
            "Service changed; the deadline was counted again.",
        ),
        "escalate" => l.t(
            "আবেদনটির দায়িত্ব আপনি নিয়েছেন; কর্মকর্তাকে ই-মেইলে জানানো হচ্ছে।",
            "You have taken the ticket over; the officer is being told by e-mail.",
        ),
        "escalate-again" => l.t(
            "আবেদনটি আগেই আপনার কাছে আছে; কিছু বদলায়নি।",
            "The ticket was already escalated to you; nothing changed.",
        ),
        _ => "",
    }
}

/// The reclassify form's choices: every charter service, then "outside the charter";
/// the ticket's current one selected.
pub fn service_choices(charter: &Charter, current: Option<&str>, l: Lang) -> Vec<ServiceChoice> {
    let mut services: Vec<ServiceChoice> = charter
        .services()
        .iter()
        .map(|s| ServiceChoice {
            code: s.code.clone(),
            label: l.t(&s.name_bn, &s.name_en).to_string(),
            selected: current == Some(s.code.as_str()),
        })
        .collect();
    services.push(ServiceChoice {
        code: "none".into(),
        label: l
            .t("চার্টারের সেবার বাইরে", "Outside the charter's services")
            .into(),
        selected: current.is_none(),
    });
    services
}
