//! Sample mails: every mail kind rendered with fixed sample data (a fixed clock, fixed
//! references and tokens) for an office. `sebadesk templates check` renders them all for every
//! office (so every shared template and every office's override is compiled *and* run), and
//! `templates preview` prints one; the golden test compares them with the fixtures.

use jiff::Timestamp;
use jiff::civil::{Weekday, time};

use super::attachments::Listing;
use super::conversation::{self, FollowupItem, Reply, RequestView, StatusView};
use super::officer_mail::{self, Flood, Notice, TicketLine};
use super::render::{self, Acknowledgement, RenderError, RenderedMail};
use crate::config::OfficeConfig;
use crate::config::charter::Service;
use crate::domain::{EmailAddress, TicketRef, TicketStatus};
use crate::sla::Calendar;

/// One sample: its name, the template it shows (`NAME` of `NAME.txt`), and the result.
pub struct Sample {
    /// Which case the sample shows (the same template may show several).
    pub name: &'static str,
    /// The template it renders.
    pub template: &'static str,
    /// The rendered mail, or why it did not render.
    pub mail: Result<RenderedMail, RenderError>,
}

/// The office without an officer's name or phone (the templates' other branch).
fn bare(office: &OfficeConfig) -> OfficeConfig {
    OfficeConfig {
        officer_name: String::new(),
        officer_name_bn: String::new(),
        officer_phone: String::new(),
        ..office.clone()
    }
}

/// Sunday 29 November 2026, 10:00 in Dhaka.
const NOW: Timestamp = Timestamp::constant(1_795_924_800, 0);

/// A fixed time (seconds after 1970) in the office's time zone.
fn zoned(office: &OfficeConfig, seconds: i64) -> jiff::ZonedDateTime {
    Timestamp::constant(seconds, 0).to_zoned_datetime(office.timezone.clone())
}

fn reference(office: &OfficeConfig, seq: i64) -> TicketRef {
    TicketRef {
        office: office.code.clone(),
        year: 2026,
        seq,
    }
}

fn address(a: &str) -> EmailAddress {
    EmailAddress::parse(a).expect("a fixed sample address")
}

fn service() -> Service {
    Service {
        code: "web-portal".into(),
        name_bn: "ওয়েব পোর্টাল হালনাগাদ করার বিষয়ে সহায়তা প্রদান".into(),
        name_en: "Support for updating the office web portal".into(),
        sla_working_days: 3,
    }
}

fn line(office: &OfficeConfig, with_service: bool) -> TicketLine {
    TicketLine {
        reference: reference(office, 7),
        token: "k3x9mn2pqr".into(),
        service_bn: with_service.then(|| service().name_bn),
        service_en: with_service.then(|| service().name_en),
        citizen: "citizen1@example.test".into(),
        subject: "ইউপি ওয়েব পোর্টাল হালনাগাদ".into(),
        due: with_service.then(|| zoned(office, DUE)),
    }
}

/// Wednesday 2 December 2026, 17:00 in Dhaka.
const DUE: i64 = 1_796_209_200;

fn listing(office: &OfficeConfig) -> Listing {
    Listing::plan(
        &reference(office, 7).to_string(),
        [
            (
                1,
                "আবেদন.pdf".to_string(),
                "application/pdf".to_string(),
                2_000_000,
            ),
            (
                2,
                "setup.exe".to_string(),
                "application/x-msdownload".to_string(),
                4_096,
            ),
        ],
        1,
        7_000_000,
    )
}

/// A follow-up's attachments, numbered after the request's own.
fn followup_listing(office: &OfficeConfig) -> Listing {
    Listing::plan(
        &reference(office, 7).to_string(),
        [
            (
                3,
                "ল্যাবের ছবি.jpg".to_string(),
                "image/jpeg".to_string(),
                350_000,
            ),
            (
                4,
                "photos.zip".to_string(),
                "application/zip".to_string(),
                1_200_000,
            ),
        ],
        0,
        7_000_000,
    )
}

/// Every mail kind rendered for `office` (each a sample name and its template's name).
pub fn all(office: &OfficeConfig) -> Vec<Sample> {
    let f = Fixture::new(office);
    let mut mails = f.citizen_mails();
    mails.extend(f.officer_mails());
    mails.extend(f.alerts());
    mails.push(("monthly-report", f.monthly_report()));
    mails
        .into_iter()
        .map(|(name, mail)| Sample {
            name,
            template: template_of(name),
            mail,
        })
        .collect()
}

/// A sample's name and its rendered mail.
type Rendered = (&'static str, Result<RenderedMail, RenderError>);

/// The fixed data every sample is rendered from: one ticket of one citizen, at a fixed time.
struct Fixture<'a> {
    office: &'a OfficeConfig,
    /// The office without the officer's name and phone (the templates' other branch).
    bare: OfficeConfig,
    now: Timestamp,
    deadline: crate::sla::Deadline,
    reference: TicketRef,
    citizen: EmailAddress,
    service: Service,
    refs: Vec<String>,
}

impl<'a> Fixture<'a> {
    fn new(office: &'a OfficeConfig) -> Fixture<'a> {
        let cal = Calendar::new(
            office.timezone.clone(),
            vec![Weekday::Friday, Weekday::Saturday],
            time(17, 0, 0, 0),
        );
        Fixture {
            office,
            bare: bare(office),
            now: NOW,
            deadline: cal.deadline(NOW, 3),
            reference: reference(office, 7),
            citizen: address("citizen1@example.test"),
            service: service(),
            refs: vec!["older@example.test".to_string()],
        }
    }

    /// The mails to the citizen: acknowledgements, resolutions, replies, status answers.
    fn citizen_mails(&self) -> Vec<Rendered> {
        let office = self.office;
        let status_full = StatusView {
            service_bn: Some(self.service.name_bn.clone()),
            service_en: Some(self.service.name_en.clone()),
            status: TicketStatus::Open,
            due: Some(zoned(office, DUE)),
            last_action: Some((
                zoned(office, 1_796_014_800),
                "কর্মকর্তা উত্তর দিয়েছেন".into(),
                "the officer replied".into(),
            )),
        };
        let status_unset = StatusView {
            service_bn: None,
            service_en: None,
            status: TicketStatus::Waiting,
            due: None,
            last_action: None,
        };
        vec![
            (
                "acknowledgement",
                self.ack(office, true, Some("রহিম উদ্দিন")),
            ),
            (
                "acknowledgement-no-service",
                self.ack(&self.bare, false, None),
            ),
            (
                "resolution",
                self.resolution(Some("পোর্টাল হালনাগাদ করা হয়েছে।\nThe portal is updated.")),
            ),
            ("resolution-no-note", self.resolution(None)),
            ("reply", self.reply(false, &self.bare)),
            ("reply-wait", self.reply(true, office)),
            ("status-answer", self.status(&status_full, office)),
            (
                "status-answer-unset",
                self.status(&status_unset, &self.bare),
            ),
        ]
    }

    fn ack(
        &self,
        office: &OfficeConfig,
        with_service: bool,
        name: Option<&str>,
    ) -> Result<RenderedMail, RenderError> {
        render::acknowledgement(
            &Acknowledgement {
                office,
                reference: &self.reference,
                service: with_service.then_some(&self.service),
                deadline: with_service.then_some(&self.deadline),
                citizen: &self.citizen,
                citizen_name: name,
                original_subject: "ইউপি ওয়েব পোর্টাল হালনাগাদ",
                original_message_id: Some("abc@example.test"),
                original_references: &self.refs,
            },
            self.now,
        )
    }

    fn resolution(&self, note: Option<&str>) -> Result<RenderedMail, RenderError> {
        render::resolution(
            self.office,
            &self.reference,
            &self.citizen,
            Some("রহিম উদ্দিন"),
            "ইউপি ওয়েব পোর্টাল হালনাগাদ",
            Some("abc@example.test"),
            note,
            self.now,
        )
    }

    fn reply(&self, wait: bool, office: &OfficeConfig) -> Result<RenderedMail, RenderError> {
        conversation::reply(
            &Reply {
                office,
                reference: &self.reference,
                citizen: &self.citizen,
                citizen_name: wait.then_some("রহিম উদ্দিন"),
                subject: "ইউপি ওয়েব পোর্টাল হালনাগাদ",
                text: "অনুগ্রহ করে বিদ্যালয়ের EIIN পাঠান।\nPlease send the school's EIIN.",
                wait,
                in_reply_to: Some("latest@example.test"),
                references: &self.refs,
            },
            self.now,
        )
    }

    fn status(
        &self,
        view: &StatusView,
        office: &OfficeConfig,
    ) -> Result<RenderedMail, RenderError> {
        conversation::status_answer(
            office,
            &self.reference,
            &self.citizen,
            "কী অবস্থা?",
            view,
            Some("q@example.test"),
            &[],
            self.now,
        )
    }

    /// The mails to the officer (and the supervisor): new-ticket notices, reminders,
    /// escalations, the digest, follow-ups, command confirmations.
    fn officer_mails(&self) -> Vec<Rendered> {
        let (office, now) = (self.office, self.now);
        let to = &office.officer_email;
        let view = RequestView {
            citizen_name: Some("মোঃ রহিম উদ্দিন".into()),
            text: "আমাদের ইউনিয়নের ওয়েব পোর্টালে নতুন চেয়ারম্যানের নাম হালনাগাদ করা প্রয়োজন।\n\nধন্যবাদ".into(),
            cut: true,
            confidence: 0.87,
            reasons: vec![
                "subject: \"পোর্টাল\" → web-portal +2".into(),
                "keyword scores: web-portal 4, min_score 2".into(),
            ],
        };
        let opened = |held: Option<&str>, request: Option<&RequestView>, files: &Listing| {
            officer_mail::opened(office, to, &line(office, true), held, request, files, now)
        };
        let notice = |n: Notice| officer_mail::notice(office, to, &line(office, true), &n, now);
        let supervisor = address("dc@office.test");
        vec![
            ("opened", opened(None, None, &Listing::default())),
            (
                "opened-held-request-attachments",
                opened(
                    Some("sender not verified (SPF fail)"),
                    Some(&view),
                    &listing(office),
                ),
            ),
            ("due-today", notice(Notice::DueToday)),
            ("overdue", notice(Notice::Overdue { working_days: 2 })),
            (
                "escalation",
                officer_mail::notice(
                    office,
                    &supervisor,
                    &line(office, true),
                    &Notice::Escalation { working_days: 3 },
                    now,
                ),
            ),
            (
                "escalated-to-supervisor",
                officer_mail::escalated(
                    office,
                    to,
                    &line(office, true),
                    supervisor.as_str(),
                    "তিন দিনেও উত্তর যায়নি / no answer in three days",
                    now,
                ),
            ),
            ("digest", self.digest()),
            ("followup", self.followup_notice(2, &Listing::default())),
            (
                "followup-attachments",
                self.followup_notice(1, &followup_listing(office)),
            ),
            ("confirmation", self.confirmation()),
        ]
    }

    fn digest(&self) -> Result<RenderedMail, RenderError> {
        let office = self.office;
        let mut later = line(office, false);
        later.reference = reference(office, 9);
        later.token = "p4q8r2s6t0".into();
        officer_mail::digest(
            office,
            &office.officer_email,
            jiff::civil::date(2026, 11, 29),
            &[line(office, true)],
            &[],
            &[],
            &[later],
            self.now,
        )
    }

    /// The officer's notice of a follow-up with the first `n` of two sample mails.
    fn followup_notice(&self, n: usize, files: &Listing) -> Result<RenderedMail, RenderError> {
        let office = self.office;
        let items = [
            FollowupItem {
                at: zoned(office, 1_795_921_800),
                from: "citizen1@example.test".into(),
                text: "EIIN 123456.\nধন্যবাদ".into(),
                cut: false,
            },
            FollowupItem {
                at: zoned(office, 1_795_923_600),
                from: "citizen1@example.test".into(),
                text: String::new(),
                cut: false,
            },
        ];
        conversation::followup_notice(
            office,
            &office.officer_email,
            &line(office, true),
            &items[..n],
            files,
            self.now,
        )
    }

    fn confirmation(&self) -> Result<RenderedMail, RenderError> {
        let reference = &self.reference;
        officer_mail::confirmation(
            self.office,
            &self.office.officer_email,
            Some((reference, "n3wt0k3n00")),
            &[(
                format!(
                    "{}: নিষ্পত্তি করা হয়েছে",
                    crate::text::bangla::digits(&reference.to_string())
                ),
                format!("{reference}: resolved"),
            )],
            self.now,
        )
    }

    /// The alerts: a mail server failing, the web sign-in link, the hourly limits reached.
    fn alerts(&self) -> Vec<Rendered> {
        let (office, now) = (self.office, self.now);
        let to = &office.officer_email;
        vec![
            (
                "health-alert-imap",
                officer_mail::health_alert(
                    office,
                    to,
                    "imap",
                    "2026-11-29 09:40",
                    "connection refused",
                    now,
                ),
            ),
            (
                "health-alert-smtp",
                officer_mail::health_alert(
                    office,
                    to,
                    "smtp:ISL",
                    "2026-11-29 09:40",
                    "timeout",
                    now,
                ),
            ),
            (
                "web-sign-in",
                officer_mail::web_sign_in(
                    office,
                    to,
                    "https://desk.office.test/login/abc123",
                    15,
                    now,
                ),
            ),
            (
                "flood-acknowledgements",
                officer_mail::flood_alert(office, to, Flood::Acknowledgements { limit: 60 }, now),
            ),
            (
                "flood-notices",
                officer_mail::flood_alert(office, to, Flood::Notices { limit: 30 }, now),
            ),
        ]
    }

    /// The monthly report's subject and text part (its HTML and workbook are the report's).
    fn monthly_report(&self) -> Result<RenderedMail, RenderError> {
        let figures = super::report_mail::Headline {
            received: 42,
            resolved_on_time: 30,
            resolved_late: 5,
            open_overdue: 2,
            on_time_rate: Some(30.0 / 37.0),
            ..Default::default()
        };
        let office = self.office;
        super::report_mail::words(
            office,
            "2026-11",
            &office.name_bn,
            &office.name_en,
            &figures,
            None,
        )
        .map(|(subject, text)| RenderedMail {
            message_id: String::new(),
            subject,
            text,
            raw: Vec::new(),
        })
    }
}

/// The template a sample shows: its name without the variant (`opened-held-…` → `opened`).
fn template_of(sample: &'static str) -> &'static str {
    crate::templates::mail_names()
        .filter(|t| sample == *t || sample.starts_with(&format!("{t}-")))
        .max_by_key(|t| t.len())
        .unwrap_or(match sample {
            "flood-acknowledgements" => "ack-limit-alert",
            "flood-notices" => "notice-flood-alert",
            _ => sample,
        })
}

/// A sample that did not render: where, and the engine's message (with file and line).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Failure {
    /// The office's code.
    pub office: String,
    /// The sample's name.
    pub sample: &'static str,
    /// The template the sample renders.
    pub template: &'static str,
    /// The template engine's message, with file and line.
    pub message: String,
}

/// Renders every sample for every office: how many rendered, and the failures (one per
/// message: a broken shared template fails the same way for every office).
pub fn check<'a>(offices: impl IntoIterator<Item = &'a OfficeConfig>) -> (usize, Vec<Failure>) {
    let mut rendered = 0;
    let mut failures: Vec<Failure> = Vec::new();
    for office in offices {
        for sample in all(office) {
            match sample.mail {
                Ok(_) => rendered += 1,
                Err(e) if failures.iter().any(|f| f.message == e.message) => {}
                Err(e) => failures.push(Failure {
                    office: office.code.clone(),
                    sample: sample.name,
                    template: sample.template,
                    message: e.message,
                }),
            }
        }
    }
    (rendered, failures)
}
