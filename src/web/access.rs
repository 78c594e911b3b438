//! Who may sign in, and what each may do: the addresses the configuration already names.
//!
//! - each office's officer: that office, every action;
//! - a supervisor (`reminders.supervisor_email` of the offices that name them): read, note,
//!   download attachments, take a ticket over (escalate to self);
//! - `web.admins`: every office of the deployment, read only.
//!
//! A person may hold several roles (the officer of one office, supervisor of others).

use crate::config::Config;

/// A user's role in one office; ordered weakest first, so a person's strongest role wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Listed in `web.admins`: reads every office's tickets and figures, changes nothing.
    Admin,
    /// An office's `reminders.supervisor_email`: reads, notes, downloads, takes tickets over.
    Supervisor,
    /// The office's officer: every action but escalation.
    Officer,
}

/// What a user does to a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// See the ticket, its thread and history.
    Read,
    /// Add an internal note (never sent to the citizen).
    Note,
    /// Download a citizen's attachment: the officer's and the supervisor's (their mail is
    /// not figures, which is all an admin reads).
    Attachments,
    /// Resolve, reopen, change service, reply: the officer's.
    Handle,
    /// Take a ticket over ("escalate to self"): the supervisor's alone. The officer already
    /// has the ticket and cannot escalate to themself; an admin only reads.
    Escalate,
}

impl Role {
    /// Whether this role may do `act`.
    pub fn allows(self, act: Act) -> bool {
        match self {
            Role::Officer => act != Act::Escalate,
            Role::Supervisor => matches!(
                act,
                Act::Read | Act::Note | Act::Attachments | Act::Escalate
            ),
            Role::Admin => act == Act::Read,
        }
    }
}

/// A signed-in user's rights: per office (in the deployment's order), the strongest role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    /// The signed-in address, trimmed and lower-case.
    pub email: String,
    /// Office code and the user's strongest role there, for each office where they have one.
    pub grants: Vec<(String, Role)>,
}

impl Access {
    /// The rights of `email` in this deployment; `None` for anybody else.
    pub fn of(config: &Config, email: &str) -> Option<Access> {
        let admin = config.web.admins.iter().any(|a| a.same_as(email));
        let mut grants = Vec::new();
        for office in config.offices() {
            let mut role = admin.then_some(Role::Admin);
            let supervisor = office
                .reminders
                .supervisor_email
                .as_ref()
                .is_some_and(|s| s.same_as(email));
            if supervisor {
                role = role.max(Some(Role::Supervisor));
            }
            if office.office.officer_email.same_as(email) {
                role = Some(Role::Officer);
            }
            if let Some(role) = role {
                grants.push((office.office.code.clone(), role));
            }
        }
        (!grants.is_empty()).then(|| Access {
            email: email.trim().to_lowercase(),
            grants,
        })
    }

    /// The user's role in `office` (case-insensitive code); `None`: the office is not theirs.
    pub fn role(&self, office: &str) -> Option<Role> {
        self.grants
            .iter()
            .find(|(o, _)| o.eq_ignore_ascii_case(office))
            .map(|(_, r)| *r)
    }

    /// Whether the user may do `act` in `office` (no role there: nothing).
    pub fn may(&self, office: &str, act: Act) -> bool {
        self.role(office).is_some_and(|r| r.allows(act))
    }

    /// The codes of the offices this user may read.
    pub fn offices(&self) -> Vec<String> {
        self.grants.iter().map(|(o, _)| o.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::path::Path;

    fn config(pairs: &[(&str, &str)]) -> Config {
        let env: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::load_with_env(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml"),
            &env,
        )
        .unwrap()
    }

    #[test]
    fn officer_supervisor_admin_and_strangers() {
        let c = config(&[
            ("SEBADESK_REMINDERS_SUPERVISOR_EMAIL", "dc@office.test"),
            ("SEBADESK_WEB_ADMINS", "Admin@Office.test, dc@office.test"),
        ]);
        let officer = Access::of(&c, c.office.officer_email.as_str()).unwrap();
        assert_eq!(officer.grants, vec![("MEL".to_string(), Role::Officer)]);
        assert!(officer.may("mel", Act::Handle));
        assert!(!officer.may("ISL", Act::Read));
        let sup = Access::of(&c, "DC@office.test").unwrap();
        assert!(sup.may("MEL", Act::Note) && !sup.may("MEL", Act::Handle));
        let admin = Access::of(&c, "admin@office.test").unwrap();
        assert!(admin.may("MEL", Act::Read) && !admin.may("MEL", Act::Note));
        assert!(!admin.may("MEL", Act::Attachments));
        assert!(sup.may("MEL", Act::Attachments) && officer.may("MEL", Act::Attachments));
        assert!(
            sup.may("MEL", Act::Escalate),
            "the supervisor takes tickets over"
        );
        assert!(!officer.may("MEL", Act::Escalate) && !admin.may("MEL", Act::Escalate));
        assert!(Access::of(&c, "citizen1@example.test").is_none());
        assert!(Access::of(&c, "").is_none());
    }
}
