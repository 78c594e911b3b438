//! The words of every mail sebadesk sends, as template files an office can edit
//! (issue 16 point 7): `config/templates/NAME.txt` (the body: the Bangla part, a rule, the
//! English part) and `NAME.subject.txt` (the subject), rendered with minijinja.
//!
//! Why minijinja and not askama (which renders the web desk): askama compiles its templates
//! into the binary, so changing a word would need a rebuild; the office's templates are read
//! when sebadesk starts. Every template is compiled at start, so a syntax error is a config
//! error (exit 2, naming the file and line), never a half-rendered mail later.
//!
//! Lookup: `<dir>/<OFFICE CODE>/NAME` overrides `<dir>/NAME` for that office only, and a name
//! missing from the folder falls back to the copy shipped inside the binary ([`SHIPPED`]).
//! Templates ending in `.html` are auto-escaped (minijinja's default for that extension);
//! the shipped ones are plain text, and the values handed to them are cleaned before (no
//! control or bidi characters, one line where a line is meant, tokens withheld from anyone
//! but the officer when the mail is built).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use minijinja::{Environment, UndefinedBehavior, Value};

macro_rules! shipped {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/config/templates/",
                $name
            )),
        )
    };
}

/// The shipped templates, built in: the fallback for a name the folder does not have, and the
/// templates of tests and of a deployment without a folder.
pub const SHIPPED: &[(&str, &str)] = &[
    shipped!("acknowledgement.subject.txt"),
    shipped!("acknowledgement.txt"),
    shipped!("resolution.subject.txt"),
    shipped!("resolution.txt"),
    shipped!("reply.subject.txt"),
    shipped!("reply.txt"),
    shipped!("status-answer.subject.txt"),
    shipped!("status-answer.txt"),
    shipped!("opened.subject.txt"),
    shipped!("opened.txt"),
    shipped!("due-today.subject.txt"),
    shipped!("due-today.txt"),
    shipped!("overdue.subject.txt"),
    shipped!("overdue.txt"),
    shipped!("escalation.subject.txt"),
    shipped!("escalation.txt"),
    shipped!("escalated-to-supervisor.subject.txt"),
    shipped!("escalated-to-supervisor.txt"),
    shipped!("followup.subject.txt"),
    shipped!("followup.txt"),
    shipped!("digest.subject.txt"),
    shipped!("digest.txt"),
    shipped!("confirmation.subject.txt"),
    shipped!("confirmation.txt"),
    shipped!("health-alert.subject.txt"),
    shipped!("health-alert.txt"),
    shipped!("web-sign-in.subject.txt"),
    shipped!("web-sign-in.txt"),
    shipped!("ack-limit-alert.subject.txt"),
    shipped!("ack-limit-alert.txt"),
    shipped!("notice-flood-alert.subject.txt"),
    shipped!("notice-flood-alert.txt"),
    shipped!("monthly-report.subject.txt"),
    shipped!("monthly-report.txt"),
    shipped!("_officer-help.bn.txt"),
    shipped!("_officer-help.en.txt"),
];

/// A template that cannot be loaded, compiled or rendered: the file, the line, the engine's
/// message.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// A template file could not be read.
    #[error("cannot read template {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// Why it could not be read.
        source: std::io::Error,
    },
    /// The folder cannot be listed, or holds a file that is no known template's name (a typo
    /// would otherwise be silently ignored).
    #[error("template folder {path}: {message}")]
    Folder {
        /// The folder, or the stray file.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// minijinja refused a template, at compile time (start) or when rendering.
    #[error("template {file}:{line}: {message}")]
    Engine {
        /// The template's file (or its shipped name).
        file: String,
        /// The line in that file; 0 when the engine does not say.
        line: usize,
        /// The engine's message, on one line.
        message: String,
    },
}

/// The compiled templates of a deployment: the shared ones and each office's overrides.
pub struct Templates {
    env: Environment<'static>,
    /// Template key (`NAME` or `CODE/NAME`) → the file it came from, as shown in errors.
    files: BTreeMap<String, String>,
    /// The offices that have an override folder.
    offices: BTreeSet<String>,
    /// The folder, if the templates were read from one.
    dir: Option<PathBuf>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates")
            .field("dir", &self.dir)
            .field("offices", &self.offices)
            .finish_non_exhaustive()
    }
}

/// The mail kinds: each has `NAME.txt` and `NAME.subject.txt`.
pub fn mail_names() -> impl Iterator<Item = &'static str> {
    SHIPPED
        .iter()
        .filter_map(|(n, _)| n.strip_suffix(".subject.txt"))
}

fn is_known(name: &str) -> bool {
    SHIPPED.iter().any(|(n, _)| *n == name)
}

impl Templates {
    /// The shipped templates only.
    pub fn shipped() -> Arc<Templates> {
        static SHIPPED_SET: std::sync::OnceLock<Arc<Templates>> = std::sync::OnceLock::new();
        SHIPPED_SET
            .get_or_init(|| {
                Arc::new(
                    Templates::from_sources(Vec::new(), None)
                        .expect("the shipped templates compile (tested)"),
                )
            })
            .clone()
    }

    /// Reads `dir` (shared templates, then one folder per office code) over the shipped ones.
    pub fn load(dir: &Path) -> Result<Templates, TemplateError> {
        let shown = dir.display().to_string();
        let folder = |message: String| TemplateError::Folder {
            path: shown.clone(),
            message,
        };
        let mut sources = Vec::new();
        let entries = std::fs::read_dir(dir).map_err(|source| TemplateError::Read {
            path: shown.clone(),
            source,
        })?;
        let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            if path.is_dir() {
                if !is_office_code(&name) {
                    return Err(folder(format!(
                        "{name:?} is not an office code (an override folder is named like ISL)"
                    )));
                }
                let mut inner: Vec<_> = std::fs::read_dir(&path)
                    .map_err(|source| TemplateError::Read {
                        path: path.display().to_string(),
                        source,
                    })?
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .collect();
                inner.sort();
                for file in inner {
                    let file_name = file
                        .file_name()
                        .and_then(|n| n.to_str())
                        .unwrap_or_default()
                        .to_string();
                    if let Some(source) = template_file(&file, &file_name)? {
                        sources.push((format!("{name}/{file_name}"), file, source));
                    }
                }
            } else if let Some(source) = template_file(&path, &name)? {
                sources.push((name, path, source));
            }
        }
        Templates::from_sources(sources, Some(dir.to_path_buf()))
    }

    /// `sources`: (key, file, text) read from the folder; the shipped ones fill the rest.
    fn from_sources(
        sources: Vec<(String, PathBuf, String)>,
        dir: Option<PathBuf>,
    ) -> Result<Templates, TemplateError> {
        let mut env = Environment::new();
        env.set_syntax(
            minijinja::syntax::SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .keep_trailing_newline(true)
                .build()
                .expect("a valid syntax config"),
        );
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.add_filter("bn_digits", |v: Value| {
            crate::text::bangla::digits(&v.to_string())
        });
        let mut files = BTreeMap::new();
        let mut offices = BTreeSet::new();
        let mut texts: BTreeMap<String, (String, String)> = SHIPPED
            .iter()
            .map(|(n, t)| (n.to_string(), (format!("(built-in) {n}"), t.to_string())))
            .collect();
        for (key, file, text) in sources {
            if let Some((code, _)) = key.split_once('/') {
                offices.insert(code.to_string());
            }
            texts.insert(key, (file.display().to_string(), text));
        }
        for (key, (file, text)) in texts {
            env.add_template_owned(key.clone(), text)
                .map_err(|e| engine_error(&e, &file))?;
            files.insert(key, file);
        }
        // `{% include "_officer-help.bn.txt" %}` in an office's template takes that office's
        // copy when it has one.
        let keys: Arc<BTreeSet<String>> = Arc::new(files.keys().cloned().collect());
        env.set_path_join_callback(move |name, parent| match parent.split_once('/') {
            Some((code, _)) => {
                let own = format!("{code}/{name}");
                if keys.contains(&own) {
                    return own.into();
                }
                name.into()
            }
            None => name.into(),
        });
        Ok(Templates {
            env,
            files,
            offices,
            dir,
        })
    }

    /// The folder the templates came from (`None`: the shipped ones only).
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The offices with an override folder.
    pub fn override_offices(&self) -> &BTreeSet<String> {
        &self.offices
    }

    /// The key an office uses for `name`: its own copy if it has one, else the shared one.
    fn key(&self, office: &str, name: &str) -> String {
        let own = format!("{office}/{name}");
        if self.files.contains_key(&own) {
            own
        } else {
            name.to_string()
        }
    }

    /// The file an office's `name` comes from.
    pub fn file(&self, office: &str, name: &str) -> String {
        let key = self.key(office, name);
        self.files.get(&key).cloned().unwrap_or(key)
    }

    /// Renders `name` (e.g. `acknowledgement.txt`) for `office` with `context`.
    pub fn render(
        &self,
        office: &str,
        name: &str,
        context: &Value,
    ) -> Result<String, TemplateError> {
        let key = self.key(office, name);
        let file = || self.files.get(&key).cloned().unwrap_or_else(|| key.clone());
        let template = self
            .env
            .get_template(&key)
            .map_err(|e| engine_error(&e, &file()))?;
        template.render(context).map_err(|e| {
            // The error may point into an included template: name that file.
            let at = e
                .name()
                .and_then(|n| self.files.get(n).cloned())
                .unwrap_or_else(file);
            engine_error(&e, &at)
        })
    }

    /// A mail's subject (one line) and body.
    pub fn render_mail(
        &self,
        office: &str,
        mail: &str,
        context: &Value,
    ) -> Result<(String, String), TemplateError> {
        let subject = self.render(office, &format!("{mail}.subject.txt"), context)?;
        let body = self.render(office, &format!("{mail}.txt"), context)?;
        // The office's own words get the treatment of any text in a mail too: a bidi or
        // control character pasted into a template (a word processor's RLM) never reaches a
        // reader raw.
        Ok((
            crate::text::safety::one_line(&subject, 900),
            crate::text::safety::block(&body),
        ))
    }
}

/// A file of the template folder: `Some(text)` for a template, `None` for a file that is not
/// one (a README, an editor's backup); an unknown `.txt`/`.html` name is an error (a typo would
/// otherwise be ignored silently).
fn template_file(path: &Path, name: &str) -> Result<Option<String>, TemplateError> {
    if !(name.ends_with(".txt") || name.ends_with(".html")) || !path.is_file() {
        return Ok(None);
    }
    if !is_known(name) {
        let known: Vec<&str> = SHIPPED.iter().map(|(n, _)| *n).collect();
        return Err(TemplateError::Folder {
            path: path.display().to_string(),
            message: format!("not a template name (known: {})", known.join(", ")),
        });
    }
    crate::small_file::read_to_string(path)
        .map(Some)
        .map_err(|source| TemplateError::Read {
            path: path.display().to_string(),
            source,
        })
}

/// An office code as `[office] code` accepts it (2-8 letters or digits, upper case).
fn is_office_code(s: &str) -> bool {
    (2..=8).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
}

fn engine_error(e: &minijinja::Error, file: &str) -> TemplateError {
    let message = match e.detail() {
        Some(detail) => format!("{}: {detail}", e.kind()),
        None => e.kind().to_string(),
    };
    TemplateError::Engine {
        file: file.to_string(),
        line: e.line().unwrap_or(0),
        message: crate::text::safety::one_line(&message, 300),
    }
}

#[cfg(test)]
mod tests;
