//! The office's citizen charter: which services it promises and in how many working days.
//! Loaded from `config/charter/services.toml`; the codes are the stable identifiers used in the
//! database, the CLI's JSON and the keyword lists.

use std::path::Path;

/// One service of the charter (a `[[service]]` entry): what citizens may ask for, and the
/// promised time.
#[derive(Debug, Clone, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable identifier, e.g. `web-portal`.
    pub code: String,
    /// The service's name in Bangla, as citizens read it in mail.
    pub name_bn: String,
    /// The service's name in English.
    pub name_en: String,
    /// The charter's promise, in working days after the receipt day.
    pub sla_working_days: u32,
}

/// The validated charter: at least one service, codes unique, every SLA 1..=365 working days.
#[derive(Debug, Clone)]
pub struct Charter {
    services: Vec<Service>,
    /// `pause_while_waiting = true|false` at the top of the charter file: whether waiting
    /// for the citizen moves the deadline (issue 16); `None`: the config's `sla` default.
    pause_while_waiting: Option<bool>,
}

/// Why a charter file could not be used: a config error, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum CharterError {
    /// The charter file could not be read.
    #[error("cannot read charter {path}: {source}")]
    Read {
        /// The charter file.
        path: String,
        /// Why it could not be read.
        source: std::io::Error,
    },
    /// The file is not valid TOML, or has keys a charter does not know.
    #[error("charter {path}: {message}")]
    Parse {
        /// The charter file.
        path: String,
        /// The parser's message, on one line.
        message: String,
    },
    /// The file parses but breaks a rule: a bad or repeated code, an SLA outside 1..=365
    /// working days, no service at all.
    #[error("charter {path}: {message}")]
    Invalid {
        /// The charter file.
        path: String,
        /// Which rule, for which service.
        message: String,
    },
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CharterFile {
    #[serde(default)]
    pause_while_waiting: Option<bool>,
    service: Vec<Service>,
}

impl Charter {
    /// Reads and validates a charter file.
    pub fn load(path: &Path) -> Result<Self, CharterError> {
        let shown = path.display().to_string();
        let text =
            crate::small_file::read_to_string(path).map_err(|source| CharterError::Read {
                path: shown.clone(),
                source,
            })?;
        Self::parse(&text).map_err(|message| match message {
            ParseProblem::Syntax(m) => CharterError::Parse {
                path: shown.clone(),
                message: m,
            },
            ParseProblem::Invalid(m) => CharterError::Invalid {
                path: shown.clone(),
                message: m,
            },
        })
    }

    fn parse(text: &str) -> Result<Self, ParseProblem> {
        let file: CharterFile =
            toml::from_str(text).map_err(|e| ParseProblem::Syntax(one_line(&e.to_string())))?;
        let mut seen = std::collections::HashSet::new();
        for s in &file.service {
            let code_ok = !s.code.is_empty()
                && s.code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !code_ok {
                return Err(ParseProblem::Invalid(format!(
                    "service code {:?} must be lower-case letters, digits and '-'",
                    s.code
                )));
            }
            if !seen.insert(s.code.clone()) {
                return Err(ParseProblem::Invalid(format!(
                    "service {} listed twice",
                    s.code
                )));
            }
            if s.sla_working_days == 0 || s.sla_working_days > 365 {
                return Err(ParseProblem::Invalid(format!(
                    "service {}: sla_working_days must be 1..=365",
                    s.code
                )));
            }
        }
        if file.service.is_empty() {
            return Err(ParseProblem::Invalid("no [[service]] entries".into()));
        }
        Ok(Charter {
            services: file.service,
            pause_while_waiting: file.pause_while_waiting,
        })
    }

    /// The services, in the file's order.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The service with this code; `None` when the charter has no such service (a code from
    /// an older charter, a typo in a command).
    pub fn get(&self, code: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.code == code)
    }

    /// The charter's own `pause_while_waiting`, if it says (see `Config::pause_while_waiting`).
    pub fn pause_while_waiting(&self) -> Option<bool> {
        self.pause_while_waiting
    }
}

enum ParseProblem {
    Syntax(String),
    Invalid(String),
}

/// TOML errors come with a multi-line source snippet; a config error must be one line.
pub(crate) fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('|') && !l.chars().all(|c| "^ |".contains(c)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_charter_has_the_five_services() {
        let charter = Charter::parse(include_str!("../../config/charter/services.toml"))
            .ok()
            .unwrap();
        let codes: Vec<_> = charter.services().iter().map(|s| s.code.as_str()).collect();
        assert_eq!(
            codes,
            [
                "web-portal",
                "e-nothi",
                "digital-lab",
                "ict-advice",
                "udc-advice"
            ]
        );
        assert_eq!(charter.get("digital-lab").unwrap().sla_working_days, 7);
        assert_eq!(charter.get("ict-advice").unwrap().sla_working_days, 2);
    }

    #[test]
    fn a_charter_may_say_whether_waiting_pauses_its_clock() {
        let service = "[[service]]\ncode='a'\nname_bn='ক'\nname_en='A'\nsla_working_days=1\n";
        let parse = |text: &str| Charter::parse(text).ok().unwrap().pause_while_waiting();
        assert_eq!(parse(service), None);
        assert_eq!(
            parse(&format!("pause_while_waiting = true\n{service}")),
            Some(true)
        );
        assert_eq!(
            parse(&format!("pause_while_waiting = false\n{service}")),
            Some(false)
        );
    }

    #[test]
    fn rejects_duplicate_codes() {
        let text = "[[service]]\ncode='a'\nname_bn='ক'\nname_en='A'\nsla_working_days=1\n\
                    [[service]]\ncode='a'\nname_bn='ক'\nname_en='A'\nsla_working_days=1\n";
        assert!(matches!(
            Charter::parse(text),
            Err(ParseProblem::Invalid(_))
        ));
    }
}
