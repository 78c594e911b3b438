//! Triage: what kind of message is this, and may we answer it?
//!
//! Pure: reads the parsed message and the office's identity, no I/O. The order of the checks
//! matters and follows what the mail itself says most reliably: our own mail first, then
//! bounces (which also carry `Auto-Submitted`), auto-replies, list/bulk mail, spam, and only
//! then follow-ups and new requests. Whatever is not a new request or a follow-up is never
//! acknowledged (RFC 3834).

pub mod auth_results;
pub mod bounce;
pub mod officer;

use crate::domain::{LOOP_HEADER, TicketRef, ticket_of_our_message_id};
use crate::mail::ParsedMail;
use crate::unseen::scam::Verdict;

/// What a message is, and so what is done with it; its kebab-case name is stored on the message's
/// journal row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Disposition {
    /// A request from a person: open a ticket and acknowledge it.
    New,
    /// Belongs to an existing ticket: append, no new acknowledgement.
    Followup,
    /// An automatic answer (out-of-office, vacation, an auto-acknowledgement): recorded, never
    /// answered, so two robots do not talk for ever.
    AutoReply,
    /// A delivery failure report or an abuse report: never answered; a bounce of our mail is
    /// recorded on its ticket.
    Bounce,
    /// Mailing-list, newsletter or other bulk mail: recorded, never answered.
    Bulk,
    /// Spam or a scam by its headers or content: recorded, never answered.
    Spam,
    /// Sent by the office itself or by sebadesk: never answered.
    OwnMail,
}

impl Disposition {
    /// The kebab-case name, as stored and as the CLI's JSON shows it.
    pub fn as_str(self) -> &'static str {
        match self {
            Disposition::New => "new",
            Disposition::Followup => "followup",
            Disposition::AutoReply => "auto-reply",
            Disposition::Bounce => "bounce",
            Disposition::Bulk => "bulk",
            Disposition::Spam => "spam",
            Disposition::OwnMail => "own-mail",
        }
    }
}

/// Triage's verdict on one message.
#[derive(Debug, Clone, PartialEq)]
pub struct Triage {
    /// What the message is.
    pub disposition: Disposition,
    /// For a follow-up candidate: the ticket named in the subject or in a Message-ID of ours.
    /// The pipeline checks that the ticket exists; an unknown reference is a new request.
    pub ticket_ref: Option<TicketRef>,
    /// Why, one phrase per rule that decided (for the journal and the officer).
    pub reasons: Vec<String>,
    /// A new request that the content stage finds doubtful: why its acknowledgement is held
    /// for the officer ([`crate::unseen::scam`]).
    pub hold_ack: Option<String>,
}

/// Who "we" are, for loop protection and follow-up threading.
#[derive(Debug, Clone)]
pub struct OfficeIdentity {
    /// The office's code, to recognise its ticket references in subjects.
    pub code: String,
    /// The desk's mailbox address, to recognise our own mail and our domain.
    pub address: String,
    /// The officer's address, as configured; triage itself does not read it (the pipeline tells the
    /// officer's mail apart).
    pub officer_email: String,
}

fn lower(v: Option<&str>) -> String {
    v.unwrap_or("").trim().to_ascii_lowercase()
}

/// What kind of message `mail` is: the rules of [`RULES`] in order, the first that
/// recognises it decides; else a follow-up if it names one of this office's tickets; else new.
pub fn triage(mail: &ParsedMail, office: &OfficeIdentity) -> Triage {
    triage_learnt(mail, office, &|| None)
}

/// [`triage`] with the learnt spam model's reading as one more signal of the content scam
/// stage; `learnt` is asked only when the content stage runs (not for a bounce, an
/// auto-reply or our own mail).
pub fn triage_learnt(
    mail: &ParsedMail,
    office: &OfficeIdentity,
    learnt: &dyn Fn() -> Option<crate::unseen::scam::Learnt>,
) -> Triage {
    let facts = Facts::of(mail);
    let verdict = |disposition, reason: String| Triage {
        disposition,
        ticket_ref: None,
        reasons: vec![reason],
        hold_ack: None,
    };
    for rule in RULES {
        if let Some((disposition, reason)) = rule(&facts, mail, office) {
            return verdict(disposition, reason);
        }
    }
    // The content scam stage: spam whatever it claims to be; a doubtful new request is
    // ticketed with its acknowledgement held.
    let hold_ack = match content_verdict(&facts, mail, office, learnt().as_ref()) {
        Verdict::Spam { reasons } => return verdict(Disposition::Spam, reasons.join("; ")),
        Verdict::Doubtful { reasons } => Some(reasons.join("; ")),
        Verdict::Clean => None,
    };
    followup(mail, office).unwrap_or_else(|| Triage {
        disposition: Disposition::New,
        ticket_ref: None,
        reasons: vec!["written by a person, not automatic".into()],
        hold_ack,
    })
}

/// The content scam stage ([`crate::unseen::scam`]) with the office's own domain.
fn content_verdict(
    facts: &Facts,
    mail: &ParsedMail,
    office: &OfficeIdentity,
    learnt: Option<&crate::unseen::scam::Learnt>,
) -> Verdict {
    let domain = office.address.rsplit_once('@').map_or("", |(_, d)| d);
    crate::unseen::scam::assess_with_learnt(mail, domain, facts.folded(mail), learnt)
}

/// One triage rule: the disposition and why, or `None` to let the next rule look.
type Rule = fn(&Facts, &ParsedMail, &OfficeIdentity) -> Option<(Disposition, String)>;

/// The order matters (see the module doc): our own mail first, then bounces (which also
/// carry `Auto-Submitted`), auto-replies, list/bulk mail, spam.
const RULES: &[Rule] = &[
    own_mail,
    bounce,
    abuse_report,
    auto_reply,
    auto_reply_by_words,
    bulk,
    spam,
];

/// 2b. Abuse reports in the shapes that are not a multipart/report ([`crate::unseen::abuse_report`]).
fn abuse_report(
    facts: &Facts,
    mail: &ParsedMail,
    office: &OfficeIdentity,
) -> Option<(Disposition, String)> {
    crate::unseen::abuse_report::abuse_report_folded(mail, &office.address, facts.folded(mail))
        .map(|why| (Disposition::Bounce, why))
}

/// 3b. Auto-replies without their headers, recognised by their words
/// ([`crate::unseen::auto_reply_words`]).
fn auto_reply_by_words(
    _facts: &Facts,
    mail: &ParsedMail,
    _office: &OfficeIdentity,
) -> Option<(Disposition, String)> {
    crate::unseen::auto_reply_words::auto_reply_by_words(mail)
        .map(|why| (Disposition::AutoReply, why))
}

/// What several rules read, lower-cased once.
struct Facts {
    from: String,
    precedence: String,
    /// The subject and the start of the body folded for the content rules (abuse reports and
    /// the scam stage), made on first use and shared: folding 8 KB once per rule was a third
    /// of triage's time.
    folded: std::cell::OnceCell<String>,
}

impl Facts {
    fn of(mail: &ParsedMail) -> Facts {
        Facts {
            from: lower(mail.from_address.as_deref()),
            precedence: lower(mail.header("precedence")),
            folded: std::cell::OnceCell::new(),
        }
    }

    /// [`crate::unseen::folded_text`] of `mail`, the one this `Facts` was made of.
    fn folded(&self, mail: &ParsedMail) -> &str {
        self.folded.get_or_init(|| crate::unseen::folded_text(mail))
    }

    /// The sender address's local part.
    fn local(&self) -> &str {
        self.from.split('@').next().unwrap_or("")
    }
}

/// 1. Our own mail, or mail that went round a loop.
fn own_mail(
    facts: &Facts,
    mail: &ParsedMail,
    office: &OfficeIdentity,
) -> Option<(Disposition, String)> {
    if let Some(v) = mail.header(LOOP_HEADER) {
        return Some((Disposition::OwnMail, format!("{LOOP_HEADER}: {v}")));
    }
    if mail
        .message_id
        .as_deref()
        .is_some_and(|id| ticket_of_our_message_id(id).is_some())
    {
        return Some((
            Disposition::OwnMail,
            "Message-ID written by sebadesk".into(),
        ));
    }
    if facts.from == office.address.to_ascii_lowercase() {
        return Some((
            Disposition::OwnMail,
            format!("From is the office address {}", facts.from),
        ));
    }
    None
}

/// 2. Bounces (RFC 3464), before auto-replies: bounces carry Auto-Submitted too.
fn bounce(
    facts: &Facts,
    mail: &ParsedMail,
    _office: &OfficeIdentity,
) -> Option<(Disposition, String)> {
    if mail.content_type == "multipart/report" {
        // delivery-status (RFC 3464), disposition-notification (read receipts, RFC 8098),
        // feedback-report (ARF abuse reports): all machine-made reports, never answered.
        let kind = mail.report_type.as_deref().unwrap_or("unknown");
        return Some((
            Disposition::Bounce,
            format!("multipart/report; report-type={kind}"),
        ));
    }
    let return_path = lower(mail.header("return-path"));
    if return_path == "<>" {
        return Some((Disposition::Bounce, "Return-Path: <> (null sender)".into()));
    }
    if facts.from.is_empty() && mail.header("from").is_some_and(|f| f.contains("<>")) {
        return Some((Disposition::Bounce, "From: <> (null sender)".into()));
    }
    if matches!(
        facts.local(),
        "mailer-daemon"
            | "mailer_daemon"
            | "maildaemon"
            | "mail-daemon"
            | "postmaster"
            | "post_master"
    ) {
        return Some((Disposition::Bounce, format!("sender {}", facts.from)));
    }
    if mail.has_delivery_status {
        return Some((Disposition::Bounce, "a message/delivery-status part".into()));
    }
    if let Some(phrase) = bounce_subject(&mail.subject) {
        return Some((Disposition::Bounce, format!("bounce subject {phrase:?}")));
    }
    None
}

/// 3. Auto-replies (RFC 3834 and the de-facto headers).
fn auto_reply(
    facts: &Facts,
    mail: &ParsedMail,
    _office: &OfficeIdentity,
) -> Option<(Disposition, String)> {
    let auto_submitted = lower(mail.header("auto-submitted"));
    if !auto_submitted.is_empty() && auto_submitted != "no" {
        // A digest or notice generated by a system (Auto-Submitted: auto-generated) with a
        // list/bulk precedence is bulk mail; everything else automatic is an auto-reply.
        if auto_submitted.starts_with("auto-generated")
            && (facts.precedence == "bulk" || facts.precedence == "list")
        {
            return Some((
                Disposition::Bulk,
                format!(
                    "Auto-Submitted: {auto_submitted}, Precedence: {}",
                    facts.precedence
                ),
            ));
        }
        return Some((
            Disposition::AutoReply,
            format!("Auto-Submitted: {auto_submitted}"),
        ));
    }
    for h in [
        "x-autoreply",
        "x-autorespond",
        "x-autogenerated",
        "x-auto-response-suppress",
    ] {
        if let Some(v) = mail.header(h) {
            return Some((Disposition::AutoReply, format!("{h}: {v}")));
        }
    }
    if matches!(facts.precedence.as_str(), "auto_reply" | "junk") {
        return Some((
            Disposition::AutoReply,
            format!("Precedence: {}", facts.precedence),
        ));
    }
    if is_automated_sender(facts.local()) {
        return Some((
            Disposition::AutoReply,
            format!("automated sender {}", facts.from),
        ));
    }
    if let Some(prefix) = auto_reply_subject(&mail.subject) {
        return Some((
            Disposition::AutoReply,
            format!("subject starts with {prefix:?}"),
        ));
    }
    None
}

/// 4. Lists and bulk mail.
fn bulk(
    facts: &Facts,
    mail: &ParsedMail,
    _office: &OfficeIdentity,
) -> Option<(Disposition, String)> {
    for h in ["list-id", "list-unsubscribe", "list-post"] {
        if mail.has_header(h) {
            return Some((Disposition::Bulk, format!("{h} header")));
        }
    }
    if matches!(facts.precedence.as_str(), "bulk" | "list") {
        return Some((
            Disposition::Bulk,
            format!("Precedence: {}", facts.precedence),
        ));
    }
    None
}

/// 5. Spam: the upstream filter's verdict, then conservative content signals.
fn spam(
    _facts: &Facts,
    mail: &ParsedMail,
    _office: &OfficeIdentity,
) -> Option<(Disposition, String)> {
    if lower(mail.header("x-spam-flag")) == "yes" {
        return Some((Disposition::Spam, "X-Spam-Flag: YES".into()));
    }
    if lower(mail.header("x-spam-status")).starts_with("yes") {
        return Some((Disposition::Spam, "X-Spam-Status: Yes".into()));
    }
    // Rspamd: "default: True [16.20 / 15.00]; …" — True is its spam verdict.
    if lower(mail.header("x-spamd-result")).starts_with("default: true") {
        return Some((Disposition::Spam, "X-Spamd-Result: default: True".into()));
    }
    if let Some(reason) = spam_content(mail) {
        return Some((Disposition::Spam, reason));
    }
    None
}

/// 6. Follow-ups: a reference in the subject, or a reply to one of our Message-IDs.
fn followup(mail: &ParsedMail, office: &OfficeIdentity) -> Option<Triage> {
    let from_subject = TicketRef::find_in(&mail.subject, &office.code);
    let from_thread = mail
        .in_reply_to
        .iter()
        .chain(mail.references.iter())
        .find_map(|id| ticket_of_our_message_id(id))
        .filter(|r| r.office.eq_ignore_ascii_case(&office.code));
    if let Some(r) = from_thread.clone().or(from_subject.clone()) {
        let how = if from_thread.is_some() {
            "replies to our Message-ID"
        } else {
            "reference in the subject"
        };
        return Some(Triage {
            disposition: Disposition::Followup,
            reasons: vec![format!("{how}: {r}")],
            ticket_ref: Some(r),
            hold_ack: None,
        });
    }
    None
}

/// Local parts that robots use: answering them reaches nobody, or a robot.
fn is_automated_sender(local: &str) -> bool {
    matches!(
        local,
        "no-reply"
            | "noreply"
            | "no_reply"
            | "do-not-reply"
            | "donotreply"
            | "do_not_reply"
            | "bounce"
            | "bounces"
    ) || local.starts_with("bounce-")
        || local.starts_with("bounces+")
        || local.starts_with("owner-")
        || local.ends_with("-admin")
        || local.ends_with("-bounces")
        || local.ends_with("-request")
        || local.ends_with("-owner")
}

/// A subject reduced to what identifies the topic: reply/forward prefixes (English and
/// Bangla), ticket brackets and case removed, whitespace collapsed.
pub fn subject_key(subject: &str) -> String {
    const PREFIXES: &[&str] = &[
        "re:",
        "aw:",
        "sv:",
        "fw:",
        "fwd:",
        "উত্তর:",
        "প্রতিউত্তর:",
        "ফরওয়ার্ড:",
    ];
    let mut s = subject.trim().to_lowercase();
    loop {
        let before = s.len();
        for p in PREFIXES {
            if let Some(rest) = s.strip_prefix(p) {
                s = rest.trim_start().to_string();
            }
        }
        if s.len() == before {
            break;
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Subjects that bounce formats without a DSN use (qmail, Exchange, Exim, Sendmail, Gmail…).
fn bounce_subject(subject: &str) -> Option<&'static str> {
    const PHRASES: &[&str] = &[
        "undelivered mail returned to sender",
        "delivery status notification (failure)",
        "delivery status notification (delay)",
        "mail delivery failed",
        "mail delivery failure",
        "delivery failure",
        "undeliverable:",
        "undeliverable mail",
        "returned mail:",
        "failure notice",
        "non-delivery report",
        "delivery has failed",
        "could not be delivered",
        "delivery status",
        "delivery notification",
    ];
    let s = subject.trim().to_lowercase();
    PHRASES.iter().copied().find(|p| s.contains(p))
}

/// Out-of-office subjects in English and Bangla.
fn auto_reply_subject(subject: &str) -> Option<&'static str> {
    const PREFIXES: &[&str] = &[
        "automatic reply",
        "auto reply",
        "autoreply",
        "auto-reply",
        "auto response",
        "out of office",
        "out of the office",
        "vacation reply",
        "away from the office",
        "স্বয়ংক্রিয় উত্তর",
        "স্বয়ংক্রিয় উত্তর",
        "অফিসের বাইরে",
        "ছুটিতে আছি",
    ];
    let s = subject.trim().to_lowercase();
    PREFIXES.iter().copied().find(|p| s.starts_with(p))
}

/// Content signals of advance-fee, lottery and credential-phishing mail. Each phrase belongs
/// to a family; a message is spam only when it hits two different families, because a real
/// citizen may well mention a password or a fee once.
fn spam_content(mail: &ParsedMail) -> Option<String> {
    const SIGNALS: &[(&str, &str)] = &[
        ("fee", "processing fee"),
        ("fee", "registration fee"),
        ("fee", "রেজিস্ট্রেশন ফি"),
        ("fee", "transaction id"),
        ("prize", "lottery"),
        ("prize", "লটারি"),
        ("prize", "you have won"),
        ("prize", "has won"),
        ("prize", "জিতেছেন"),
        ("prize", "পুরস্কার"),
        ("prize", "has been selected for"),
        ("prize", "income korun"),
        ("prize", "100% guaranteed"),
        ("urgency", "within 24 hours"),
        ("urgency", "within 72 hours"),
        ("urgency", "২৪ ঘণ্টার মধ্যে"),
        ("urgency", "will be removed from the list"),
        ("urgency", "suspension of your account"),
        ("urgency", "permanently block"),
        ("urgency", "offer sudhu"),
        ("secret", "keep this award confidential"),
        ("secret", "গোপন রাখুন"),
        ("credentials", "sign in with your email password"),
        ("credentials", "verify your account"),
        ("credentials", "account verify"),
        ("credentials", "re-validate your mailbox"),
        ("credentials", "password ও mobile এ আসা otp"),
        ("credentials", "otp দিন"),
    ];
    let text = format!("{}\n{}", mail.subject, mail.text).to_lowercase();
    let mut families: Vec<&str> = Vec::new();
    let mut hits: Vec<&str> = Vec::new();
    for (family, phrase) in SIGNALS {
        if text.contains(phrase) {
            hits.push(phrase);
            if !families.contains(family) {
                families.push(family);
            }
        }
    }
    (families.len() >= 2).then(|| format!("spam content signals: {}", hits.join(", ")))
}

#[cfg(test)]
mod tests;
