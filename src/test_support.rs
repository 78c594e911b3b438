//! Fixtures the library's unit tests share: the example configuration as shipped.

use crate::config::Config;

/// `config/sebadesk.toml` as shipped, without environment overrides.
pub fn example_config() -> Config {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/sebadesk.toml");
    Config::load_with_env(&path, &Default::default()).expect("the example config loads")
}
