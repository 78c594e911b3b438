//! `SEBADESK_<SECTION>_<KEY>` environment overrides, applied to the parsed TOML table
//! before it becomes the raw structs (every key in [`super::KEYS`] can be overridden).

use std::collections::BTreeMap;

use super::*;

pub(super) fn apply_env_overrides(
    table: &mut toml::Table,
    env: &BTreeMap<String, String>,
) -> Result<(), ConfigError> {
    for (var, value) in env {
        if !var.starts_with("SEBADESK_")
            || NON_KEY_VARS.contains(&var.as_str())
            || var.starts_with(SECRET_VAR_PREFIX)
        {
            continue;
        }
        let Some(&(section, key, kind)) = KEYS.iter().find(|(s, k, _)| {
            *var == format!(
                "SEBADESK_{}_{}",
                s.to_ascii_uppercase(),
                k.to_ascii_uppercase()
            )
        }) else {
            return Err(ConfigError::Env {
                var: var.clone(),
                message: "not a sebadesk config key (see README, Configuration)".into(),
            });
        };
        let parsed = match kind {
            Kind::Str => toml::Value::String(value.clone()),
            Kind::Int => value
                .trim()
                .parse::<i64>()
                .map(toml::Value::Integer)
                .map_err(|_| ConfigError::Env {
                    var: var.clone(),
                    message: format!("expected a whole number, got {value:?}"),
                })?,
            Kind::Bool => match value.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => toml::Value::Boolean(true),
                "0" | "false" | "no" | "off" => toml::Value::Boolean(false),
                _ => {
                    return Err(ConfigError::Env {
                        var: var.clone(),
                        message: format!("expected true or false, got {value:?}"),
                    });
                }
            },
            Kind::List => toml::Value::Array(
                value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| toml::Value::String(s.to_string()))
                    .collect(),
            ),
        };
        let entry = table
            .entry(section.to_string())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        match entry {
            toml::Value::Table(t) => {
                t.insert(key.to_string(), parsed);
            }
            _ => return Err(invalid(section, "must be a table")),
        }
    }
    Ok(())
}
