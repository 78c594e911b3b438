//! Labelled examples: the seed examples shipped in
//! `config/classifier/examples.toml`, and the office's corrected tickets.
//!
//! File format (TOML, UTF-8), one `[[example]]` table per mail:
//!
//! ```toml
//! [[example]]
//! service = "web-portal"        # a charter service code, or "none" (out of scope)
//! lang = "bn"                   # optional: bn, en, mixed, banglish
//! subject = "ইউনিয়ন ওয়েবসাইটে নোটিশ"
//! body = """
//! আমাদের ইউনিয়নের ওয়েবসাইটে নোটিশ আপলোড হচ্ছে না।
//! """
//! attachments = ["notice.pdf"]  # optional
//! ```

use super::ClassifierError;

/// The `service` value that marks an out-of-scope example in the file.
pub const NONE_LABEL: &str = "none";

/// One labelled example (a seed example or an officer's correction).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Example {
    /// The mail's subject, as received.
    pub subject: String,
    /// The mail's plain-text body.
    pub body: String,
    /// File names of the mail's attachments (they carry words too: `nid_correction.pdf`).
    #[serde(default)]
    pub attachment_names: Vec<String>,
    /// The charter service code; `None` for a request that is none of the
    /// services (out of scope, officer triage).
    pub service: Option<String>,
    /// The writer's language (`bn`, `en`, `mixed`, `banglish`), if known.
    /// Informational only; the model does not use it.
    #[serde(default)]
    pub lang: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    example: Vec<RawExample>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExample {
    service: String,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    attachments: Vec<String>,
}

const LANGS: [&str; 4] = ["bn", "en", "mixed", "banglish"];

/// Parses a seed examples file (see the module documentation). Syntax errors
/// name the line and column; an example with an empty service, an unknown
/// `lang` or no text at all is an error naming the example's line. Service
/// codes are checked against the charter later, by
/// [`super::Classifier::with_examples`].
pub fn parse_examples(text: &str) -> Result<Vec<Example>, ClassifierError> {
    let raw: RawFile =
        toml::from_str(text).map_err(|e| ClassifierError::Examples(one_line(&e.to_string())))?;
    // Line of each `[[example]]` header, for messages about one example.
    let lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.trim_start().starts_with("[[example]]"))
        .map(|(i, _)| i + 1)
        .collect();
    let mut out = Vec::with_capacity(raw.example.len());
    for (i, r) in raw.example.into_iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(0);
        let bad = |what: String| {
            ClassifierError::Examples(format!("line {line}: example {}: {what}", i + 1))
        };
        let service = r.service.trim();
        if service.is_empty() {
            return Err(bad("empty service (use \"none\" for out of scope)".into()));
        }
        if let Some(lang) = &r.lang
            && !LANGS.contains(&lang.as_str())
        {
            return Err(bad(format!(
                "unknown lang {lang:?} (known: {})",
                LANGS.join(", ")
            )));
        }
        if r.subject.trim().is_empty() && r.body.trim().is_empty() && r.attachments.is_empty() {
            return Err(bad("no subject, body or attachment".into()));
        }
        out.push(Example {
            subject: r.subject,
            body: r.body,
            attachment_names: r.attachments,
            service: (service != NONE_LABEL).then(|| service.to_string()),
            lang: r.lang,
        });
    }
    Ok(out)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_file() {
        let text = r#"
[[example]]
service = "web-portal"
lang = "bn"
subject = "ওয়েবসাইট"
body = """
নোটিশ আপলোড হচ্ছে না।
"""
attachments = ["a.pdf"]

[[example]]
service = "none"
body = "NID correction please"
"#;
        let ex = parse_examples(text).unwrap();
        assert_eq!(ex.len(), 2);
        assert_eq!(ex[0].service.as_deref(), Some("web-portal"));
        assert_eq!(ex[0].attachment_names, vec!["a.pdf".to_string()]);
        assert_eq!(ex[0].lang.as_deref(), Some("bn"));
        assert_eq!(ex[1].service, None);
        assert_eq!(ex[1].subject, "");
    }

    #[test]
    fn errors_name_the_line() {
        let err =
            parse_examples("[[example]]\nservice = \"x\"\nbody = \"unterminated\n").unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        let err = parse_examples("[[example]]\nservice = \"x\"\nbogus = 1\n").unwrap_err();
        assert!(err.to_string().contains("line 3"), "{err}");
        let text = "[[example]]\nservice = \"x\"\nbody = \"a\"\n\n[[example]]\nservice = \"x\"\nlang = \"fr\"\nbody = \"b\"\n";
        let err = parse_examples(text).unwrap_err();
        assert!(err.to_string().contains("line 5: example 2"), "{err}");
        let err = parse_examples("[[example]]\nservice = \"\"\nbody = \"a\"\n").unwrap_err();
        assert!(err.to_string().contains("line 1"), "{err}");
        let err = parse_examples("[[example]]\nservice = \"x\"\n").unwrap_err();
        assert!(err.to_string().contains("no subject"), "{err}");
    }

    #[test]
    fn example_round_trips_through_serde() {
        let e = Example {
            subject: "s".into(),
            body: "b".into(),
            attachment_names: vec![],
            service: None,
            lang: Some("en".into()),
        };
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(serde_json::from_str::<Example>(&json).unwrap(), e);
    }
}
