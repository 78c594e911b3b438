//! The monthly charter report by mail (issue 19): a text part and the HTML report as
//! alternatives, the XLSX workbook attached. The same automatic-mail headers as every mail
//! sebadesk sends (RFC 3834 `Auto-Submitted`, no auto-replies, our loop header).

use std::time::SystemTime;

use jiff::Timestamp;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, Message, MultiPart, SinglePart};

use super::render::{RenderError, RenderedMail, message_id};
use crate::config::OfficeConfig;
use crate::domain::{EmailAddress, LOOP_HEADER, TicketRef};

/// What the mail carries.
pub struct ReportMail<'a> {
    /// The office that sends the report.
    pub office: &'a OfficeConfig,
    /// The recipient (an admin or a `reminders.report_recipients` address).
    pub to: &'a EmailAddress,
    /// The subject, already rendered.
    pub subject: String,
    /// The text part, for mail readers that show no HTML.
    pub text: String,
    /// The HTML report, the alternative most readers show.
    pub html: String,
    /// The file name of the attached workbook.
    pub attachment_name: String,
    /// The XLSX workbook's bytes.
    pub xlsx: Vec<u8>,
}

/// The headline figures of a month (or the district's month) the report mail's text part
/// names; the report computes them (`report::Figures::headline`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Headline {
    /// New requests that became tickets.
    pub received: u64,
    /// Of those, requests outside the charter.
    pub out_of_charter: u64,
    /// Resolved at or before the deadline.
    pub resolved_on_time: u64,
    /// Resolved after the deadline.
    pub resolved_late: u64,
    /// Open, deadline not yet passed.
    pub open_not_due: u64,
    /// Open, deadline passed.
    pub open_overdue: u64,
    /// The share resolved on time (0–1), `None` when nothing counts.
    pub on_time_rate: Option<f64>,
}

/// The mail's subject and plain-text part (the `monthly-report` template): the headline
/// figures, Bangla first. `district_offices` is `None` for one office's report and the number
/// of offices for the district's.
pub fn words(
    office: &OfficeConfig,
    label: &str,
    office_name_bn: &str,
    office_name_en: &str,
    t: &Headline,
    district_offices: Option<usize>,
) -> Result<(String, String), RenderError> {
    let rate = t
        .on_time_rate
        .map(|x| format!("{:.1}%", x * 100.0))
        .unwrap_or_else(|| "-".into());
    super::render::words(
        office,
        "monthly-report",
        &office.code,
        minijinja::context! {
            month => label,
            office_name_bn => office_name_bn,
            office_name_en => office_name_en,
            total => minijinja::context! {
                received => t.received,
                out_of_charter => t.out_of_charter,
                resolved_on_time => t.resolved_on_time,
                resolved_late => t.resolved_late,
                open_not_due => t.open_not_due,
                open_overdue => t.open_overdue,
            },
            on_time_rate => rate,
            district_offices => district_offices,
        },
    )
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Builds the report mail: text and HTML as alternatives, the workbook attached, with the headers
/// of every automatic mail we send.
pub fn render(m: &ReportMail<'_>, now: Timestamp) -> Result<RenderedMail, RenderError> {
    let placeholder = TicketRef {
        office: m.office.code.clone(),
        year: 0,
        seq: 0,
    };
    let fail = |message: String| RenderError {
        reference: placeholder.to_string(),
        message,
    };
    let id = message_id(&placeholder, "report", m.office.address.domain(), now);
    let from = Mailbox::new(
        Some(m.office.name_en.clone()),
        m.office
            .address
            .as_str()
            .parse()
            .map_err(|e| fail(format!("office address: {e}")))?,
    );
    let to = Mailbox::new(
        None,
        m.to.as_str()
            .parse()
            .map_err(|e| fail(format!("recipient address: {e}")))?,
    );
    let body = MultiPart::mixed()
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(m.text.clone()))
                .singlepart(SinglePart::html(m.html.clone())),
        )
        .singlepart(Attachment::new(m.attachment_name.clone()).body(
            m.xlsx.clone(),
            ContentType::parse(XLSX).map_err(|e| fail(e.to_string()))?,
        ));
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(m.subject.as_str())
        .message_id(Some(format!("<{id}>")))
        .date(SystemTime::try_from(now).unwrap_or_else(|_| SystemTime::now()))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".into(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
            "All".into(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str(LOOP_HEADER),
            m.office.code.clone(),
        ))
        .multipart(body)
        .map_err(|e| fail(e.to_string()))?;
    Ok(RenderedMail {
        message_id: id,
        subject: m.subject.clone(),
        text: m.text.clone(),
        raw: message.formatted(),
    })
}
