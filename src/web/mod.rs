//! The web desk: officers, supervisors and admins see, search and act on tickets in a
//! browser, served by `sebadesk run` when `web.listen` is set (see README, "Web desk").
//!
//! A thin caller: every change to a ticket goes through [`crate::tickets::actions`], every
//! read through [`crate::store`]. One module per job:
//! - [`server`]: the listener, the router, security headers, embedded assets;
//! - [`tls`]: TLS on the listener from `web.tls_cert`/`web.tls_key` (rustls, ring);
//! - [`access`]: who may sign in and what each may do on which office;
//! - [`auth`]: one-time sign-in links, sessions, rate limits;
//! - [`csrf`]: the token on every form and the `Sec-Fetch-Site`/`Origin` check;
//! - [`view`]: what pages show (deadline marks, dates in Bangla or English);
//! - [`pages`]: one module per page.

pub mod access;
pub mod auth;
pub mod csrf;
pub mod pages;
pub mod server;
pub mod tls;
pub mod view;

use std::sync::Arc;

use crate::config::Config;
use crate::sla::Clock;
use crate::store::Store;
use crate::tickets::Desk;

pub use server::{bind, serve, serve_with};

/// Everything a request handler needs: the whole deployment's configuration, one desk per
/// office (for the actions), the store and the clock.
pub struct WebDesk {
    /// The whole deployment's configuration (every office, `[web]`).
    pub config: Arc<Config>,
    /// One desk per office, in the configuration's order.
    pub desks: Vec<Arc<Desk>>,
    /// The database every office shares.
    pub store: Store,
    /// The time source (a fixed clock in tests).
    pub clock: Arc<dyn Clock>,
}

impl WebDesk {
    /// The desk of the office with this code.
    pub fn desk(&self, office: &str) -> Option<&Arc<Desk>> {
        self.desks
            .iter()
            .find(|d| d.config.office.code.eq_ignore_ascii_case(office))
    }

    /// Cookies carry `Secure` when users reach the desk over https: the daemon serves TLS
    /// itself, or `base_url` is https (a proxy in front).
    pub fn secure(&self) -> bool {
        self.config.web.tls.is_some() || self.config.web.base_url.starts_with("https://")
    }
}
