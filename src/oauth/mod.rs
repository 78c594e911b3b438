//! OAuth2 sign-in for the mailbox (IMAP) and the sending server (SMTP): Gmail and Microsoft
//! 365 accounts without a password. [`settings`] is `[oauth2]`, [`tokens`] keeps the access
//! token fresh, [`sasl`] writes the XOAUTH2 and OAUTHBEARER messages, and [`device`] is the
//! device-code sign-in of `sebadesk oauth login` that obtains the refresh token.

pub mod device;
pub mod http;
pub mod sasl;
pub mod settings;
pub mod tokens;

pub use settings::{OAuth2Settings, Provider, SaslMechanism};
pub use tokens::{Account, TokenError, write_secret_file};
