//! Forged senders and links: look-alike hosts, borrowed authority names, free-mail replies,
//! deceptive links.

use super::reading::{after, is_whole_word};
use super::*;

/// Government, payment and platform names that scammers borrow, as they appear in domains.
const BRANDS: &[&str] = &[
    "e-nothi",
    "enothi",
    "nothi",
    "ই-নথি",
    "bkash",
    "বিকাশ",
    "nagad",
    "নগদ",
    "microsoft",
    "office365",
    "a2i",
    "ictd",
    "mygov",
    "bangladesh-gov",
    "paypal",
    "teamviewer",
    "google",
];

/// Hosts that really are the brands' own (a link or a sender there is not a look-alike).
fn is_official_host(host: &str, office_domain: &str) -> bool {
    const OWN: &[&str] = &[
        "bkash.com",
        "nagad.com.bd",
        "microsoft.com",
        "office.com",
        "google.com",
        "paypal.com",
        "teamviewer.com",
    ];
    let under = |h: &str, d: &str| h == d || h.ends_with(&format!(".{d}"));
    host.ends_with(".gov.bd")
        || host == "gov.bd"
        || (!office_domain.is_empty() && under(host, office_domain))
        || OWN.iter().any(|d| under(host, d))
}

/// Levenshtein distance, for short labels only.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut prev = row[0];
        row[0] = i;
        for j in 1..=b.len() {
            let cur = row[j];
            row[j] = (row[j] + 1)
                .min(row[j - 1] + 1)
                .min(prev + usize::from(a[i - 1] != b[j - 1]));
            prev = cur;
        }
    }
    row[b.len()]
}

/// Why `host` imitates a government, payment or platform name, or the office's own domain.
pub(super) fn lookalike_host(host: &str, office_domain: &str) -> Option<String> {
    if host.is_empty() || is_official_host(host, office_domain) {
        return None;
    }
    // "gov" glued into a label ("e-nothi-gov", "gov-bd") rather than a label of its own
    // (a school's own "…govtschool.edu.bd" is its name, not an imitation).
    let school = [".edu.bd", ".ac.bd", ".edu"]
        .iter()
        .any(|s| host.ends_with(s));
    if let Some(label) = host
        .split('.')
        .find(|l| !school && l.contains("gov") && *l != "gov" && *l != "govt")
    {
        return Some(format!("look-alike government host {host} ({label})"));
    }
    if let Some(b) = BRANDS.iter().find(|b| b.is_ascii() && host.contains(*b)) {
        return Some(format!("{b} named in a host that is not its own: {host}"));
    }
    // One letter off a brand or the office's own domain: "teamviewr", "0ffice.test".
    let office = office_domain.to_ascii_lowercase();
    if office.len() >= 6 && host != office && edit_distance(host, &office) == 1 {
        return Some(format!("host {host} one letter off the office's {office}"));
    }
    for label in host.split(['.', '-']) {
        if let Some(b) = BRANDS
            .iter()
            .find(|b| b.is_ascii() && b.len() >= 6 && edit_distance(label, b) == 1)
        {
            return Some(format!("host {host} one letter off {b}"));
        }
    }
    None
}

/// A sender whose domain borrows a government or payment name, or imitates the office's.
pub(super) fn lookalike_sender(mail: &ParsedMail, office_domain: &str) -> Option<Signal> {
    let domain = domain_of(mail.from_address.as_deref()?);
    if domain.is_empty() || domain == office_domain.to_ascii_lowercase() {
        return None;
    }
    lookalike_host(&domain, office_domain).and_then(|why| signal(STRONG, format!("sender: {why}")))
}

/// Authorities a display name claims: ministries, the ICT Division, a2i, banks and mobile
/// banking, the platforms the office uses, mail administrators.
const AUTHORITIES: &[&str] = &[
    "ministry",
    "মন্ত্রণালয়",
    "a2i",
    "aspire to innovate",
    "ict division",
    "ictd",
    "আইসিটি বিভাগ",
    "তথ্য ও যোগাযোগ প্রযুক্তি বিভাগ",
    "government of",
    "govt of",
    "বাংলাদেশ সরকার",
    "gov bd",
    "bangladesh bank",
    "বাংলাদেশ ব্যাংক",
    "bank",
    "ব্যাংক",
    "bkash",
    "বিকাশ",
    "nagad",
    "নগদ",
    "rocket",
    "e-nothi",
    "enothi",
    "ই-নথি",
    "nothi",
    "microsoft",
    "google",
    "mail administrator",
    "mail admin",
    "email administrator",
    "webmail",
    "it helpdesk",
    "it department",
    "security team",
    "account team",
    "btrc",
    "বিটিআরসি",
    "election commission",
    "নির্বাচন কমিশন",
    "prime minister",
    "প্রধানমন্ত্রী",
    "deputy commissioner",
    "জেলা প্রশাসক",
    "police",
    "পুলিশ",
    "unicef",
    "undp",
    "world bank",
    "refund center",
];

/// A display name that claims an authority, from a domain that is not a government one nor
/// the authority's own: "ICT Division" at a free-mail host, "bKash Refund Center" at
/// `mail.example`. Medium: an official may write from a personal address.
pub(super) fn authority_display_name(mail: &ParsedMail, office_domain: &str) -> Option<Signal> {
    let name = format!(" {}", mail.from_name.as_deref()?.to_lowercase());
    let domain = domain_of(mail.from_address.as_deref().unwrap_or(""));
    if domain.is_empty()
        || is_official_host(&domain, office_domain)
        || domain.split('.').any(|l| l == "gov" || l == "govt")
    {
        return None;
    }
    let claim = AUTHORITIES.iter().find(|a| {
        name.match_indices(*a)
            .any(|(at, _)| !a.is_ascii() || is_whole_word(&name, at, a.len()))
    })?;
    // The authority's own name in its domain ("bkash" at bkash.example) is the look-alike
    // rule's business; here the domain says nothing of it.
    let compact: String = claim
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    if !compact.is_empty() && domain.replace(['-', '.'], "").contains(&compact) {
        return None;
    }
    signal(
        MEDIUM,
        format!("display name claims {claim:?} from {domain}"),
    )
}

fn is_free_mail(domain: &str) -> bool {
    const FREE: &[&str] = &[
        "gmail",
        "googlemail",
        "yahoo",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "aol",
        "mail",
        "gmx",
        "proton",
        "protonmail",
        "yandex",
        "zoho",
        "icloud",
        "ymail",
        "rediffmail",
        "tutanota",
    ];
    domain
        .split('.')
        .next()
        .is_some_and(|first| FREE.contains(&first))
}

/// Replies go to a free-mail address that is not the sender's.
pub(super) fn reply_to_free_mail(mail: &ParsedMail) -> Option<Signal> {
    let reply_address = mail.reply_to.as_deref()?.trim().to_ascii_lowercase();
    let from_address = mail
        .from_address
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let reply = domain_of(&reply_address);
    let from = domain_of(&from_address);
    if !is_free_mail(&reply)
        || reply_address.trim_matches(['<', '>']) == from_address.trim_matches(['<', '>'])
    {
        return None;
    }
    if reply != from && !is_free_mail(&from) {
        return signal(
            MEDIUM,
            format!("Reply-To at free mail {reply}, From at {from}"),
        );
    }
    // Another free-mail mailbox than the one that wrote: weaker, people have two.
    signal(WEAK, format!("Reply-To {reply} mailbox differs from From"))
}

/// The host of a URL or of a bare domain-looking text, lower case.
pub(super) fn host(s: &str) -> Option<String> {
    let s = s.trim().to_ascii_lowercase();
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .or_else(|| s.strip_prefix("www.").map(|_| s.as_str()))
        .unwrap_or(&s);
    let rest = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    let h = rest.split(['/', '?', '#', ' ', ':']).next()?;
    let h = h.trim_end_matches('.');
    (h.contains('.')
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'))
    .then(|| h.trim_start_matches("www.").to_string())
}

/// The mail's links: the HTML ones, and the hosts of URLs written in the text.
pub(super) struct Links {
    /// Hosts of every link target and written URL.
    hosts: Vec<String>,
}

impl Links {
    pub(super) fn of(mail: &ParsedMail, text: &str) -> Links {
        let mut hosts: Vec<String> = mail.links.iter().filter_map(|l| host(&l.href)).collect();
        for scheme in ["http://", "https://", "www."] {
            for (at, _) in text.match_indices(scheme).take(32) {
                if scheme == "www." && text[..at].ends_with("//") {
                    continue;
                }
                if let Some(h) = host(after(text, at, 120)) {
                    hosts.push(h);
                }
            }
        }
        hosts.dedup();
        Links { hosts }
    }

    pub(super) fn any(&self) -> bool {
        !self.hosts.is_empty()
    }
}

const SHORTENERS: &[&str] = &[
    "bit.ly",
    "tinyurl.com",
    "t.co",
    "goo.gl",
    "cutt.ly",
    "rb.gy",
    "is.gd",
    "ow.ly",
    "shorturl.at",
];

/// A link that shows one address and goes to another, or goes to a look-alike host, a bare
/// IP address or a URL shortener.
pub(super) fn deceptive_link(
    mail: &ParsedMail,
    links: &Links,
    office_domain: &str,
) -> Option<Signal> {
    for link in &mail.links {
        let Some(target) = host(&link.href) else {
            continue;
        };
        if let Some(shown) =
            host(&link.text).filter(|s| *s != target && !target.ends_with(&format!(".{s}")))
        {
            // Newsletters show their own site and link through a tracker: weak. Showing a
            // government or payment host and going elsewhere is phishing: strong.
            let reason = format!("link shows {shown} but goes to {target}");
            let official = shown.ends_with(".gov.bd")
                || shown.ends_with(&office_domain.to_ascii_lowercase())
                || BRANDS.iter().any(|b| shown.contains(b));
            return signal(if official { STRONG } else { WEAK }, reason);
        }
    }
    for h in &links.hosts {
        if let Some(why) = lookalike_host(h, office_domain) {
            return signal(STRONG, format!("link: {why}"));
        }
    }
    for h in &links.hosts {
        if h.split('.').all(|l| l.chars().all(|c| c.is_ascii_digit())) {
            return signal(MEDIUM, format!("link to a bare IP address {h}"));
        }
        if SHORTENERS.contains(&h.as_str()) {
            return signal(WEAK, format!("link through a shortener {h}"));
        }
    }
    None
}
