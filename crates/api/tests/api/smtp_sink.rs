//! The SMTP sink that the test command runs (`scripts/smtp-sink.sh`, aiosmtpd): where it
//! listens, and the messages it received, read from its Maildir.

use std::net::{TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use mail_parser::MessageParser;

const HOW: &str = "the mail tests need the SMTP sink that scripts/test.sh starts: run \
    `scripts/smtp-sink.sh start /tmp/overstap-sink` and export \
    OVERSTAP_TEST_SMTP_URL=smtp://127.0.0.1:$(cat /tmp/overstap-sink/port) \
    OVERSTAP_TEST_MAILDIR=/tmp/overstap-sink/maildir";

/// How long a test waits for a message to arrive.
pub const PATIENCE: Duration = Duration::from_secs(30);

pub struct SmtpSink {
    pub url: String,
    maildir: PathBuf,
}

/// One received message, decoded.
#[derive(Debug, Clone)]
pub struct Received {
    /// With angle brackets: `<id@overstap>`.
    pub message_id: String,
    pub to: String,
    pub from: String,
    /// The From's display name, if any.
    pub from_name: Option<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl SmtpSink {
    /// The running sink; fails the test, saying how to start it, when there is none.
    pub fn from_env() -> SmtpSink {
        let url = std::env::var("OVERSTAP_TEST_SMTP_URL")
            .unwrap_or_else(|_| panic!("OVERSTAP_TEST_SMTP_URL is not set; {HOW}"));
        let maildir = PathBuf::from(
            std::env::var("OVERSTAP_TEST_MAILDIR")
                .unwrap_or_else(|_| panic!("OVERSTAP_TEST_MAILDIR is not set; {HOW}")),
        );
        let address = url
            .strip_prefix("smtp://")
            .and_then(|rest| rest.split(['/', '?']).next())
            .and_then(|host_port| host_port.to_socket_addrs().ok())
            .and_then(|mut addresses| addresses.next())
            .unwrap_or_else(|| panic!("OVERSTAP_TEST_SMTP_URL={url:?} is not smtp://HOST:PORT"));
        if let Err(e) = TcpStream::connect_timeout(&address, Duration::from_secs(2)) {
            panic!("the SMTP sink at {url} does not answer ({e}); {HOW}");
        }
        assert!(
            maildir.join("new").is_dir(),
            "OVERSTAP_TEST_MAILDIR={} is not a Maildir; {HOW}",
            maildir.display()
        );
        SmtpSink { url, maildir }
    }

    /// Every message received for `recipient` so far (a cheap text match picks the files).
    pub fn received_by(&self, recipient: &str) -> Vec<Received> {
        let mut found = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.maildir.join(sub)) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(raw) = std::fs::read(entry.path()) else {
                    continue;
                };
                if !String::from_utf8_lossy(&raw).contains(recipient) {
                    continue;
                }
                if let Some(message) = parse(&raw)
                    && message.to == recipient
                {
                    found.push(message);
                }
            }
        }
        found
    }

    /// Waits until `recipient` has received at least `count` messages; fails after a while.
    pub async fn wait_for(&self, recipient: &str, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let received = self.received_by(recipient);
            if received.len() >= count {
                return received;
            }
            assert!(
                Instant::now() < deadline,
                "{recipient} received {} of {count} message(s) within {PATIENCE:?} at {}",
                received.len(),
                self.url
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

fn parse(raw: &[u8]) -> Option<Received> {
    let message = MessageParser::default().parse(raw)?;
    let address = |list: Option<&mail_parser::Address<'_>>| {
        list.and_then(|a| a.first())
            .and_then(|a| a.address())
            .unwrap_or_default()
            .to_owned()
    };
    Some(Received {
        message_id: format!("<{}>", message.message_id().unwrap_or_default()),
        to: address(message.to()),
        from: address(message.from()),
        from_name: message
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.name())
            .map(str::to_owned),
        subject: message.subject().unwrap_or_default().to_owned(),
        text: message
            .body_text(0)
            .map(|t| t.into_owned())
            .unwrap_or_default(),
        html: message
            .body_html(0)
            .map(|h| h.into_owned())
            .unwrap_or_default(),
    })
}
