//! The command line: one module per subcommand family, each parsing its arguments into
//! domain types and calling the library; `main.rs` only dispatches and maps errors to exit
//! codes. Process-wide setup (logging, the allocator's memory return) lives here too: the
//! library never installs global state.

pub mod logging;
pub mod memory;
