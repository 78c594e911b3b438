//! Counting: each ticket judged against its deadline as the report's `as_of` sees it, tallied
//! by service, office, month and age, and the report's rows assembled from the tallies.

use super::*;

/// Nearest-rank percentile (`p` in 1..=100) of sorted values: the value at rank ⌈p·n/100⌉.
pub fn percentile(sorted: &[i64], p: u32) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p as usize * sorted.len()).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

/// Nearest-rank percentile of `(value, count)` pairs sorted by value.
pub(super) fn weighted_percentile(sorted: &[(i64, u64)], p: u32) -> Option<i64> {
    let n: u64 = sorted.iter().map(|(_, c)| c).sum();
    if n == 0 {
        return None;
    }
    let rank = (u64::from(p) * n).div_ceil(100).max(1);
    let mut seen = 0;
    sorted.iter().find_map(|(v, c)| {
        seen += c;
        (seen >= rank).then_some(*v)
    })
}

/// Adds up one row's tickets: counts, and the values of the percentiles with how many
/// tickets had each.
#[derive(Default)]
struct Tally {
    f: Figures,
    days: Vec<(i64, u64)>,
    ack: Vec<(i64, u64)>,
}

/// One ticket's place in the figures, worked out once and added to every row it belongs to.
struct Judged {
    out_of_charter: bool,
    on_time: bool,
    late: bool,
    open_not_due: bool,
    open_overdue: bool,
    days: Option<i64>,
    ack: Option<i64>,
    reopened: bool,
    held: bool,
}

impl Tally {
    /// Adds `n` tickets judged `j`.
    fn add(&mut self, j: &Judged, n: u64) {
        let f = &mut self.f;
        let count = |b: bool| if b { n } else { 0 };
        f.received += n;
        f.out_of_charter += count(j.out_of_charter);
        f.resolved_on_time += count(j.on_time);
        f.resolved_late += count(j.late);
        f.open_not_due += count(j.open_not_due);
        f.open_overdue += count(j.open_overdue);
        f.reopened += count(j.reopened);
        f.held_as_spam += count(j.held);
        self.days.extend(j.days.map(|d| (d, n)));
        self.ack.extend(j.ack.map(|a| (a, n)));
    }

    fn finish(mut self) -> Figures {
        let mut f = self.f;
        let judged = f.resolved_on_time + f.resolved_late + f.open_overdue;
        f.on_time_rate = (judged > 0).then(|| f.resolved_on_time as f64 / judged as f64);
        self.days.sort_unstable();
        self.ack.sort_unstable();
        f.resolution_days_median = weighted_percentile(&self.days, 50);
        f.resolution_days_p90 = weighted_percentile(&self.days, 90);
        f.ack_delay_median_secs = weighted_percentile(&self.ack, 50);
        f.ack_delay_p90_secs = weighted_percentile(&self.ack, 90);
        f
    }
}

/// Every row's tally while tickets are added.
struct Tallies {
    by_service: BTreeMap<Option<String>, Tally>,
    by_office: BTreeMap<String, Tally>,
    months: Vec<Tally>,
    total: Tally,
    ages: [u64; AGE_BUCKETS.len()],
}

impl Tallies {
    fn new(months: usize) -> Self {
        Tallies {
            by_service: BTreeMap::new(),
            by_office: BTreeMap::new(),
            months: (0..months).map(|_| Tally::default()).collect(),
            total: Tally::default(),
            ages: [0; AGE_BUCKETS.len()],
        }
    }

    /// `n` tickets of `office` judged `j`; `service` is the row key (`None` outside the
    /// charter), `month` the trend row, `age` the open tickets' age bucket.
    fn add(
        &mut self,
        office: &str,
        service: Option<&str>,
        month: Option<usize>,
        age: Option<usize>,
        j: &Judged,
        n: u64,
    ) {
        self.by_service
            .entry(service.map(str::to_string))
            .or_default()
            .add(j, n);
        match self.by_office.get_mut(office) {
            Some(t) => t.add(j, n),
            None => self
                .by_office
                .entry(office.to_string())
                .or_default()
                .add(j, n),
        }
        self.total.add(j, n);
        if let Some(t) = month.and_then(|m| self.months.get_mut(m)) {
            t.add(j, n);
        }
        if let Some(a) = age.and_then(|a| self.ages.get_mut(a)) {
            *a += n;
        }
    }
}

pub(super) fn local_date(t: Timestamp, cal: &Calendar) -> Date {
    t.to_zoned_datetime(cal.time_zone().clone()).date()
}

fn judge(t: &TicketFacts, cal: &Calendar, as_of: Timestamp) -> Judged {
    let receipt_day = t
        .receipt_day
        .unwrap_or_else(|| cal.deadline(t.received_at, 0).receipt_day);
    let charter = t.service.is_some() && t.due_at.is_some();
    let due = t.due_at.unwrap_or(Timestamp::MAX);
    let resolved = if t.done { t.resolved_at } else { None };
    let (on_time, late) = match resolved {
        Some(at) if charter => (at <= due, at > due),
        _ => (false, false),
    };
    let open = !t.done;
    Judged {
        out_of_charter: !charter,
        on_time,
        late,
        open_not_due: charter && open && as_of <= due,
        open_overdue: charter && open && as_of > due,
        days: resolved
            .filter(|_| charter)
            .map(|at| cal.working_days_between(receipt_day, local_date(at, cal))),
        ack: t
            .ack_sent_at
            .map(|at| (at - t.received_at).as_secs().max(0)),
        reopened: t.reopened > 0,
        held: t.ack_held,
    }
}

pub(super) const AGE_BUCKETS: [(&str, i64, i64); 5] = [
    ("0-1", 0, 1),
    ("2-3", 2, 3),
    ("4-5", 4, 5),
    ("6-10", 6, 10),
    ("11+", 11, i64::MAX),
];

/// The report from the tickets' facts (pure): the reference computation, ticket by ticket.
pub fn compute(
    facts: &[TicketFacts],
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    let first = &offices[0];
    let calendars: BTreeMap<&str, Calendar> = offices
        .iter()
        .map(|c| (c.office.code.as_str(), c.calendar()))
        .collect();
    let default_cal = first.calendar();
    let months = trend_months(period);
    let tz = first.office.timezone.clone();
    let mut tallies = Tallies::new(months.len());
    // Open tickets' ages by (office, receipt day): a year's report has thousands of open
    // tickets per receipt day, each a walk over up to a year of days.
    let mut age_of: std::collections::HashMap<(&str, Date), i64> = Default::default();
    for t in facts {
        let cal = calendars.get(t.office.as_str()).unwrap_or(&default_cal);
        let j = judge(t, cal, as_of);
        // A service the charter no longer lists keeps its own row (its code as its name).
        let key = if j.out_of_charter {
            None
        } else {
            t.service.as_deref()
        };
        let day = t.received_at.to_zoned_datetime(tz.clone()).date();
        let month = months.iter().position(|m| m.first <= day && day <= m.last);
        let age = (!t.done).then(|| {
            let receipt = t
                .receipt_day
                .unwrap_or_else(|| cal.deadline(t.received_at, 0).receipt_day);
            let age = *age_of
                .entry((t.office.as_str(), receipt))
                .or_insert_with(|| cal.working_days_between(receipt, local_date(as_of, cal)));
            age_bucket(age)
        });
        tallies.add(&t.office, key, month, age, &j, 1);
    }
    assemble(tallies, offices, period, as_of, by_office)
}

/// How a counted group of tickets adds to the figures.
fn judged_count(
    class: TicketClass,
    outside: bool,
    key: Option<i64>,
    ack: Option<i64>,
    reopened: bool,
    held: bool,
) -> Judged {
    let timed = matches!(class, TicketClass::OnTime | TicketClass::Late);
    Judged {
        out_of_charter: outside,
        on_time: class == TicketClass::OnTime,
        late: class == TicketClass::Late,
        open_not_due: class == TicketClass::OpenNotDue,
        open_overdue: class == TicketClass::OpenOverdue,
        days: key.filter(|_| timed).map(|d| d.max(0)),
        ack: ack.map(|a| a.max(0)),
        reopened,
        held,
    }
}

/// The report from the database's counts ([`Store::report_counts`]; pure).
pub fn from_counts(
    rows: &[CountRow],
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    from_parts(rows, &[], offices, period, as_of, by_office)
}

/// The report from live counts (`rows`: every row added to each of its groupings) and
/// cached ones (`cached`: each added to the one grouping it was summed over; pure).
pub fn from_parts(
    rows: &[CountRow],
    cached: &[CachedRow],
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    let months = trend_months(period);
    let mut tallies = Tallies::new(months.len());
    for r in cached {
        // The grouping may not be by service: outside the charter is the class's word.
        let outside = matches!(r.class, TicketClass::OutsideDone | TicketClass::OutsideOpen);
        let j = judged_count(r.class, outside, r.key, r.ack_secs, r.reopened, r.held);
        let tally = match r.set {
            CacheSet::Total => Some(&mut tallies.total),
            CacheSet::Service => Some(tallies.by_service.entry(r.service.clone()).or_default()),
            CacheSet::Office => r
                .office
                .clone()
                .map(|o| tallies.by_office.entry(o).or_default()),
            CacheSet::Month => months
                .iter()
                .position(|m| r.month.as_deref() == Some(m.label.as_str()))
                .and_then(|i| tallies.months.get_mut(i)),
        };
        if let Some(t) = tally {
            t.add(&j, r.count);
        }
    }
    for r in rows {
        let class = r.class;
        let j = judged_count(
            class,
            r.service.is_none(),
            r.key,
            r.ack_secs,
            r.reopened,
            r.held,
        );
        let month = usize::try_from(r.month - 1).ok();
        let age = r
            .key
            .filter(|_| !class.is_done())
            .and_then(|b| usize::try_from(b).ok());
        tallies.add(&r.office, r.service.as_deref(), month, age, &j, r.count);
    }
    assemble(tallies, offices, period, as_of, by_office)
}

fn trend_months(period: &Period) -> Vec<Period> {
    if period.has_trend() {
        period.months()
    } else {
        Vec::new()
    }
}

fn age_bucket(age: i64) -> usize {
    AGE_BUCKETS
        .iter()
        .position(|(_, lo, hi)| *lo <= age && age <= *hi)
        .unwrap_or(0)
}

/// The rows of the report from the tallies.
fn assemble(
    mut t: Tallies,
    offices: &[Config],
    period: &Period,
    as_of: Timestamp,
    by_office: bool,
) -> Report {
    let first = &offices[0];
    let months = trend_months(period);
    let service_rows = service_rows(&mut t.by_service, offices);
    let office_rows = if by_office {
        office_rows(&mut t.by_office, offices)
    } else {
        Vec::new()
    };
    Report {
        period: period.clone(),
        as_of: crate::store::db_time(as_of),
        offices: offices.iter().map(|c| c.office.code.clone()).collect(),
        office_name_bn: first.office.name_bn.clone(),
        office_name_en: first.office.name_en.clone(),
        services: service_rows,
        total: t.total.finish(),
        by_office: office_rows,
        trend: months
            .iter()
            .zip(t.months)
            .map(|(m, t)| MonthRow {
                month: m.label.clone(),
                figures: t.finish(),
            })
            .collect(),
        open_by_age: AGE_BUCKETS
            .iter()
            .zip(t.ages)
            .map(|((label, ..), open)| AgeBucket {
                age: label.to_string(),
                open,
            })
            .collect(),
    }
}

/// A row per service in charter order (the first office's, then any others' extra codes),
/// then codes no charter lists any more, then requests outside the charter.
fn service_rows(
    by_service: &mut BTreeMap<Option<String>, Tally>,
    offices: &[Config],
) -> Vec<ServiceRow> {
    let mut services: Vec<(String, String, String, u32)> = Vec::new();
    for c in offices {
        for s in c.charter.services() {
            if !services.iter().any(|(code, ..)| code == &s.code) {
                services.push((
                    s.code.clone(),
                    s.name_bn.clone(),
                    s.name_en.clone(),
                    s.sla_working_days,
                ));
            }
        }
    }
    let mut rows: Vec<ServiceRow> = services
        .iter()
        .map(|(code, bn, en, sla)| ServiceRow {
            service: Some(code.clone()),
            name_bn: bn.clone(),
            name_en: en.clone(),
            sla_working_days: Some(*sla),
            figures: by_service
                .remove(&Some(code.clone()))
                .unwrap_or_default()
                .finish(),
        })
        .collect();
    let outside = by_service.remove(&None).unwrap_or_default().finish();
    for (code, tally) in std::mem::take(by_service) {
        let code = code.unwrap_or_default();
        rows.push(ServiceRow {
            service: Some(code.clone()),
            name_bn: code.clone(),
            name_en: code,
            sla_working_days: None,
            figures: tally.finish(),
        });
    }
    rows.push(ServiceRow {
        service: None,
        name_bn: "চার্টারের সেবার বাইরে".into(),
        name_en: "Outside the charter".into(),
        sla_working_days: None,
        figures: outside,
    });
    rows
}

/// A row per office, the best on-time rate first (offices with none last, then by code).
fn office_rows(by_office: &mut BTreeMap<String, Tally>, offices: &[Config]) -> Vec<OfficeRow> {
    let mut rows: Vec<OfficeRow> = offices
        .iter()
        .map(|c| OfficeRow {
            office: c.office.code.clone(),
            name_bn: c.office.name_bn.clone(),
            name_en: c.office.name_en.clone(),
            figures: by_office
                .remove(&c.office.code)
                .unwrap_or_default()
                .finish(),
        })
        .collect();
    rows.sort_by(|a, b| {
        let (ra, rb) = (a.figures.on_time_rate, b.figures.on_time_rate);
        match (ra, rb) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| a.office.cmp(&b.office))
    });
    rows
}
