//! The SASL messages that carry an access token: Google's XOAUTH2 and RFC 7628 OAUTHBEARER,
//! and the IMAP authenticator that sends them.

use super::settings::SaslMechanism;

/// The client's first (and only) message. The server's answer to a refused token is a JSON
/// challenge, to which the client sends an empty line and gets the tagged NO.
pub fn initial_response(
    mechanism: SaslMechanism,
    user: &str,
    host: &str,
    port: u16,
    token: &str,
) -> String {
    match mechanism {
        SaslMechanism::Xoauth2 => format!("user={user}\x01auth=Bearer {token}\x01\x01"),
        SaslMechanism::OAuthBearer => format!(
            "n,a={},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01",
            gs2_name(user)
        ),
    }
}

/// RFC 5801 saslname: `,` and `=` escaped.
fn gs2_name(user: &str) -> String {
    user.replace('=', "=3D").replace(',', "=2C")
}

/// async-imap's authenticator: the token on the first challenge (which is empty), an empty
/// answer to anything after it (the server's error report).
pub struct ImapAuthenticator {
    first: Option<String>,
}

impl ImapAuthenticator {
    /// An authenticator that sends `response` (an [`initial_response`]) on the first challenge.
    pub fn new(response: String) -> ImapAuthenticator {
        ImapAuthenticator {
            first: Some(response),
        }
    }
}

impl async_imap::Authenticator for ImapAuthenticator {
    type Response = String;

    fn process(&mut self, _challenge: &[u8]) -> String {
        self.first.take().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_as_the_specifications_write_them() {
        assert_eq!(
            initial_response(SaslMechanism::Xoauth2, "a@b.test", "h", 993, "T"),
            "user=a@b.test\x01auth=Bearer T\x01\x01"
        );
        assert_eq!(
            initial_response(
                SaslMechanism::OAuthBearer,
                "a,=b@c.test",
                "imap.test",
                993,
                "T"
            ),
            "n,a=a=2C=3Db@c.test,\x01host=imap.test\x01port=993\x01auth=Bearer T\x01\x01"
        );
    }
}
