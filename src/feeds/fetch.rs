//! Fetching feeds over HTTP, many at once, without letting one bad server spoil the rest.
//!
//! The engine runs on a tokio runtime of its own, created for the call, and exposes a
//! blocking API ([`fetch_all`], [`fetch_each`]) so that commands stay plain functions.
//! Every request ends in a [`FetchOutcome`]: a body, "not modified", or a [`FetchError`]
//! that says in one line what went wrong.
//!
//! Limits that protect the learner's laptop and the servers we read from:
//! - at most [`FetchOptions::concurrency`] requests at a time, and at most
//!   [`FetchOptions::per_host`] to one host;
//! - a total deadline for the whole run and a read timeout for each wait on a server;
//! - a body cap counted after decompression, read as a stream, so a gzip bomb stops at
//!   the cap instead of filling memory;
//! - redirects followed by hand (at most [`FetchOptions::max_redirects`]) so that loops
//!   are named and a permanent move can update the stored address;
//! - one polite retry when a server asks us to come back later (429/503 with
//!   `Retry-After`), if that fits before the deadline.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Once};
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, Utc};
use reqwest::StatusCode;
use reqwest::header::{self, HeaderMap, HeaderValue};
use serde::{Deserialize, Serialize};
use tokio::sync::{Semaphore, mpsc};
use url::Url;

use super::credentials::{self, Credentials};
use crate::error::{Error, Result};
use crate::t;

/// What we call ourselves on the wire, so that a site owner who sees us in a log knows
/// what is reading their feed.
pub const USER_AGENT: &str = concat!(
    "drempel/",
    env!("CARGO_PKG_VERSION"),
    " (feed reader of a social media coach)"
);

/// The media types a feed reader wants, best first; servers that negotiate send the feed.
const ACCEPT: &str = "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, \
                      application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5";

/// 10 MiB: far above any real feed, far below what would trouble a laptop.
pub const DEFAULT_MAX_BODY: usize = 10 * 1024 * 1024;

/// How the engine behaves. [`FetchOptions::default`] holds the values a scan uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchOptions {
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Requests in flight to one host at once; servers of small blogs deserve care.
    pub per_host: usize,
    /// The whole run ends by then; feeds not done are reported as not fetched in time.
    pub deadline: Duration,
    /// How long one wait on a server may take: for the answer, or for the next part of
    /// the body.
    pub read_timeout: Duration,
    pub connect_timeout: Duration,
    /// The most bytes of one body, counted after decompression.
    pub max_body: usize,
    pub max_redirects: usize,
    /// The longest `Retry-After` we are willing to wait for within a run.
    pub max_retry_wait: Duration,
}

impl Default for FetchOptions {
    fn default() -> FetchOptions {
        FetchOptions {
            // Waiting, not work, is what a scan spends its time on: 48 requests in flight
            // (never more than 2 to one site, `per_host`) answer 200 feeds over 25 sites
            // four times faster than newsboat's 8 threads (BENCHMARKS.md).
            concurrency: 48,
            per_host: 2,
            deadline: Duration::from_secs(60),
            read_timeout: Duration::from_secs(15),
            connect_timeout: Duration::from_secs(10),
            max_body: DEFAULT_MAX_BODY,
            max_redirects: 5,
            max_retry_wait: Duration::from_secs(30),
        }
    }
}

/// The validators of the last answer, sent back so the server can say "not modified".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }

    fn from_headers(headers: &HeaderMap) -> Validators {
        let text = |name| {
            headers
                .get(name)
                .and_then(|v: &HeaderValue| v.to_str().ok())
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        Validators {
            etag: text(header::ETAG),
            last_modified: text(header::LAST_MODIFIED),
        }
    }

    /// The validators of a 304: whatever it sends replaces what we had.
    fn updated_by(&self, headers: &HeaderMap) -> Validators {
        let new = Validators::from_headers(headers);
        Validators {
            etag: new.etag.or_else(|| self.etag.clone()),
            last_modified: new.last_modified.or_else(|| self.last_modified.clone()),
        }
    }
}

/// One feed to fetch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchRequest {
    /// The address without credentials: what every outcome and error names.
    pub url: Url,
    pub validators: Validators,
    /// Sent with the request, and with redirects within the same site only.
    pub credentials: Option<Credentials>,
}

impl FetchRequest {
    /// A request for `url`; credentials in it are taken out and sent as they should be.
    pub fn new(url: Url) -> FetchRequest {
        let (url, credentials) = credentials::split(&url);
        FetchRequest {
            url,
            validators: Validators::default(),
            credentials,
        }
    }

    pub fn with_validators(mut self, validators: Validators) -> FetchRequest {
        self.validators = validators;
        self
    }

    /// Credentials kept for this address; those in the address itself win.
    pub fn with_credentials(mut self, credentials: Option<Credentials>) -> FetchRequest {
        if self.credentials.is_none() {
            self.credentials = credentials;
        }
        self
    }
}

/// How one request ended.
#[derive(Debug)]
pub struct FetchOutcome {
    /// The address as requested.
    pub url: Url,
    /// Where the last request went, after redirects.
    pub final_url: Url,
    /// Set when the feed answered with permanent redirects (301/308) from its first
    /// hop on: the address to store instead of the old one, without credentials.
    pub moved_to: Option<Url>,
    /// The credentials that go with `moved_to`: carried over within the same site, or
    /// added by the redirect itself. To keep, never to store in the address.
    pub moved_credentials: Option<Credentials>,
    pub result: std::result::Result<Fetched, FetchError>,
    pub elapsed: Duration,
}

#[derive(Debug)]
pub enum Fetched {
    Body(Body),
    /// 304: the feed is as it was; keep the items of the last fetch.
    NotModified {
        validators: Validators,
    },
}

#[derive(Debug)]
pub struct Body {
    /// Decompressed, at most [`FetchOptions::max_body`] bytes.
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    pub validators: Validators,
}

/// Why a feed could not be fetched. Its `Display` is the reason in the one-line status.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FetchError {
    /// Only http and https are fetched.
    UnsupportedScheme {
        scheme: String,
    },
    /// The server answered with an error status.
    Status {
        code: u16,
    },
    /// The server asked us to come back later, and later is beyond this run.
    RateLimited {
        code: u16,
        retry_at: Option<DateTime<Utc>>,
    },
    /// No answer, or no next part of the body, within the read timeout.
    TimedOut {
        after: Duration,
    },
    /// The run's deadline came first.
    Deadline {
        after: Duration,
    },
    TooLarge {
        limit: usize,
    },
    RedirectLoop {
        at: Url,
    },
    TooManyRedirects {
        limit: usize,
    },
    /// A redirect without a usable `Location`, or to something other than http(s).
    BadRedirect {
        location: String,
    },
    /// Could not reach the server: name lookup, refused connection, TLS.
    Connect {
        reason: String,
    },
    /// The connection broke or the body could not be decoded.
    Network {
        reason: String,
    },
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            FetchError::UnsupportedScheme { scheme } => {
                t!("fetch-unsupported-scheme", scheme = scheme.as_str())
            }
            FetchError::Status { code } => t!("fetch-status", code = *code, reason = status_reason(*code)),
            FetchError::RateLimited { code, retry_at } => match retry_at {
                Some(at) => t!(
                    "fetch-rate-limited-until",
                    code = *code,
                    at = at
                        .with_timezone(&chrono::Local)
                        .format("%Y-%m-%d %H:%M:%S")
                        .to_string()
                ),
                None => t!("fetch-rate-limited", code = *code),
            },
            FetchError::TimedOut { after } => {
                t!("fetch-timed-out", seconds = seconds(*after))
            }
            FetchError::Deadline { after } => t!("fetch-deadline", seconds = seconds(*after)),
            FetchError::TooLarge { limit } => t!("fetch-too-large", mib = limit / (1024 * 1024)),
            FetchError::RedirectLoop { at } => t!("fetch-redirect-loop", url = at.as_str()),
            FetchError::TooManyRedirects { limit } => t!("fetch-too-many-redirects", limit = *limit),
            FetchError::BadRedirect { location } => {
                t!("fetch-bad-redirect", location = location.as_str())
            }
            FetchError::Connect { reason } => t!("fetch-connect", reason = reason.as_str()),
            FetchError::Network { reason } => t!("fetch-network", reason = reason.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for FetchError {}

impl FetchError {
    /// A short, stable name for `--json` output.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::UnsupportedScheme { .. } => "unsupported-scheme",
            FetchError::Status { .. } => "http-status",
            FetchError::RateLimited { .. } => "rate-limited",
            FetchError::TimedOut { .. } => "timed-out",
            FetchError::Deadline { .. } => "deadline",
            FetchError::TooLarge { .. } => "too-large",
            FetchError::RedirectLoop { .. } => "redirect-loop",
            FetchError::TooManyRedirects { .. } => "too-many-redirects",
            FetchError::BadRedirect { .. } => "bad-redirect",
            FetchError::Connect { .. } => "connect",
            FetchError::Network { .. } => "network",
        }
    }
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 10.0 || s.fract() == 0.0 {
        format!("{s:.0}")
    } else {
        format!("{s:.1}")
    }
}

/// "not found" for 404: the standard phrase, lower case, to follow the code.
fn status_reason(code: u16) -> String {
    StatusCode::from_u16(code)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("error")
        .to_lowercase()
}

/// What happens while a run goes on, in the order it happens to each request. Indices
/// are positions in the request list.
#[derive(Debug)]
pub enum FetchEvent {
    /// The request left (after waiting for a free slot).
    Started { index: usize },
    /// More of the body arrived: `bytes` so far, of `expected` when the server said.
    Received {
        index: usize,
        bytes: u64,
        expected: Option<u64>,
    },
    /// The server asked us to wait this long; we will try once more.
    Waiting { index: usize, wait: Duration },
    /// Boxed: an outcome is large next to the other events.
    Finished {
        index: usize,
        outcome: Box<FetchOutcome>,
    },
}

/// Fetches every request and returns the outcomes in request order. `progress` sees
/// each event on the calling thread as it happens.
pub fn fetch_all(
    requests: Vec<FetchRequest>,
    options: &FetchOptions,
    mut progress: impl FnMut(&FetchEvent),
) -> Result<Vec<FetchOutcome>> {
    let mut outcomes: Vec<Option<FetchOutcome>> = (0..requests.len()).map(|_| None).collect();
    fetch_each(requests, options, |event| {
        progress(&event);
        if let FetchEvent::Finished { index, outcome } = event {
            outcomes[index] = Some(*outcome);
        }
    })?;
    Ok(outcomes
        .into_iter()
        .map(|o| o.expect("every request finishes"))
        .collect())
}

/// Fetches every request, handing each event — including each finished outcome, body
/// and all — to `on_event` on the calling thread as soon as it happens. Network work
/// goes on in the background meanwhile, so the caller can parse one body while others
/// download, and never needs to hold them all.
pub fn fetch_each(
    requests: Vec<FetchRequest>,
    options: &FetchOptions,
    mut on_event: impl FnMut(FetchEvent),
) -> Result<()> {
    if requests.is_empty() {
        return Ok(());
    }
    let client = build_client(options)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("drempel-fetch")
        .enable_all()
        .build()
        .map_err(|e| Error::HttpSetup {
            reason: e.to_string(),
        })?;
    let options = Arc::new(options.clone());
    // Bounded, so that finished bodies wait for the caller instead of piling up: at most
    // `concurrency` requests in flight plus as many outcomes queued.
    let (sender, mut receiver) = mpsc::channel(options.concurrency.max(1));
    runtime.block_on(async {
        let deadline = tokio::time::Instant::now() + options.deadline;
        let all = Arc::new(Semaphore::new(options.concurrency.max(1)));
        let mut hosts: HashMap<String, Arc<Semaphore>> = HashMap::new();
        for (index, request) in requests.into_iter().enumerate() {
            let host = hosts
                .entry(request.url.host_str().unwrap_or_default().to_ascii_lowercase())
                .or_insert_with(|| Arc::new(Semaphore::new(options.per_host.max(1))))
                .clone();
            let task = Task {
                index,
                client: client.clone(),
                options: options.clone(),
                deadline,
                events: sender.clone(),
            };
            let all = all.clone();
            tokio::spawn(async move {
                // The host's slot first: waiting for it must not hold one of the few
                // slots that other hosts could use.
                let queued = async {
                    let host_slot = host.acquire_owned().await.ok()?;
                    let slot = all.acquire_owned().await.ok()?;
                    Some((host_slot, slot))
                };
                match tokio::time::timeout_at(deadline, queued).await {
                    Ok(Some(slots)) => {
                        let outcome = task.run(request).await;
                        // Handed over while still holding the slot: a body waiting for
                        // the caller counts against the bound.
                        task.finish(outcome).await;
                        drop(slots);
                    }
                    _ => task.finish(task.not_started(request)).await,
                }
            });
        }
        drop(sender);
        while let Some(event) = receiver.recv().await {
            on_event(event);
        }
    });
    // Tasks are all done (every sender is gone); the runtime has nothing left to wait for.
    runtime.shutdown_background();
    Ok(())
}

fn build_client(options: &FetchOptions) -> Result<reqwest::Client> {
    // reqwest leaves the choice of TLS crypto to us; ring builds with only a C compiler.
    static PROVIDER: Once = Once::new();
    PROVIDER.call_once(|| {
        // Err only when a provider is already installed, which is just as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
    reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(options.connect_timeout)
        .gzip(true)
        .brotli(true)
        .build()
        .map_err(|e| Error::HttpSetup {
            reason: error_reason(&e),
        })
}

struct Task {
    index: usize,
    client: reqwest::Client,
    options: Arc<FetchOptions>,
    deadline: tokio::time::Instant,
    events: mpsc::Sender<FetchEvent>,
}

/// Where a request has got to along its redirects. Addresses here are without
/// credentials; `auth` holds those that go with `current`.
struct Chain {
    current: Url,
    auth: Option<Credentials>,
    visited: Vec<Url>,
    moved_to: Option<Url>,
    moved_credentials: Option<Credentials>,
    /// Whether every hop so far was a permanent redirect.
    all_permanent: bool,
}

impl Task {
    async fn send(&self, event: FetchEvent) {
        // The receiver lives until every task is done.
        let _ = self.events.send(event).await;
    }

    /// Progress that may be skipped when the caller is busy: the next one says more.
    fn progress(&self, event: FetchEvent) {
        let _ = self.events.try_send(event);
    }

    async fn finish(&self, outcome: FetchOutcome) {
        self.send(FetchEvent::Finished {
            index: self.index,
            outcome: Box::new(outcome),
        })
        .await;
    }

    fn not_started(&self, request: FetchRequest) -> FetchOutcome {
        FetchOutcome {
            final_url: request.url.clone(),
            url: request.url,
            moved_to: None,
            moved_credentials: None,
            result: Err(FetchError::Deadline {
                after: self.options.deadline,
            }),
            elapsed: Duration::ZERO,
        }
    }

    async fn run(&self, request: FetchRequest) -> FetchOutcome {
        let started = Instant::now();
        self.send(FetchEvent::Started { index: self.index }).await;
        let mut chain = Chain {
            current: request.url.clone(),
            auth: request.credentials.clone(),
            visited: vec![request.url.clone()],
            moved_to: None,
            moved_credentials: None,
            all_permanent: true,
        };
        let result = if !matches!(request.url.scheme(), "http" | "https") {
            Err(FetchError::UnsupportedScheme {
                scheme: request.url.scheme().to_owned(),
            })
        } else {
            match tokio::time::timeout_at(self.deadline, self.follow(&mut chain, &request.validators)).await {
                Ok(result) => result,
                Err(_) => Err(FetchError::Deadline {
                    after: self.options.deadline,
                }),
            }
        };
        FetchOutcome {
            url: request.url,
            final_url: chain.current,
            moved_to: chain.moved_to,
            moved_credentials: chain.moved_credentials,
            result,
            elapsed: started.elapsed(),
        }
    }

    /// Requests, follows redirects, waits once if asked to, and reads the body.
    async fn follow(
        &self,
        chain: &mut Chain,
        validators: &Validators,
    ) -> std::result::Result<Fetched, FetchError> {
        let options = &self.options;
        let mut retried = false;
        loop {
            // reqwest takes credentials out of the address and sends them as Basic auth.
            let target = match &chain.auth {
                Some(auth) => auth.apply(&chain.current),
                None => chain.current.clone(),
            };
            let mut request = self.client.get(target).header(header::ACCEPT, ACCEPT);
            if let Some(etag) = &validators.etag {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(modified) = &validators.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, modified);
            }
            let response = self.within_read_timeout(request.send()).await?;
            let status = response.status();

            if status.is_redirection() && status != StatusCode::NOT_MODIFIED {
                let next = redirect_target(&chain.current, response.headers())?;
                // Credentials a redirect adds are used, never kept in an address; the
                // ones we had go no further than their own site.
                let (next, added) = credentials::split(&next);
                chain.auth = match added {
                    Some(added) => Some(added),
                    None => chain
                        .auth
                        .take()
                        .filter(|_| credentials::may_follow(&chain.current, &next)),
                };
                if chain.visited.contains(&next) {
                    return Err(FetchError::RedirectLoop { at: next });
                }
                if chain.visited.len() > options.max_redirects {
                    return Err(FetchError::TooManyRedirects {
                        limit: options.max_redirects,
                    });
                }
                let permanent = matches!(
                    status,
                    StatusCode::MOVED_PERMANENTLY | StatusCode::PERMANENT_REDIRECT
                );
                chain.all_permanent &= permanent;
                if chain.all_permanent {
                    chain.moved_to = Some(next.clone());
                    chain.moved_credentials = chain.auth.clone();
                }
                chain.visited.push(next.clone());
                chain.current = next;
                continue;
            }

            if status == StatusCode::NOT_MODIFIED {
                return Ok(Fetched::NotModified {
                    validators: validators.updated_by(response.headers()),
                });
            }

            if matches!(
                status,
                StatusCode::TOO_MANY_REQUESTS | StatusCode::SERVICE_UNAVAILABLE
            ) {
                let retry_at = retry_after(response.headers(), SystemTime::now());
                let wait = retry_at.map(|at| at.duration_since(SystemTime::now()).unwrap_or_default());
                if let Some(wait) = wait
                    && !retried
                    && wait <= options.max_retry_wait
                    && tokio::time::Instant::now() + wait < self.deadline
                {
                    retried = true;
                    self.send(FetchEvent::Waiting {
                        index: self.index,
                        wait,
                    })
                    .await;
                    drop(response);
                    tokio::time::sleep(wait).await;
                    continue;
                }
                return Err(FetchError::RateLimited {
                    code: status.as_u16(),
                    retry_at: retry_at.map(DateTime::<Utc>::from),
                });
            }

            if !status.is_success() {
                return Err(FetchError::Status {
                    code: status.as_u16(),
                });
            }
            return self.read_body(response).await.map(Fetched::Body);
        }
    }

    async fn read_body(&self, mut response: reqwest::Response) -> std::result::Result<Body, FetchError> {
        let limit = self.options.max_body;
        let expected = response.content_length();
        if expected.is_some_and(|n| n > limit as u64) {
            return Err(FetchError::TooLarge { limit });
        }
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let validators = Validators::from_headers(response.headers());
        let mut bytes = Vec::with_capacity(expected.unwrap_or(0).min(limit as u64) as usize);
        while let Some(chunk) = self.within_read_timeout(response.chunk()).await? {
            // Counted after decompression: what we would have to hold and parse.
            if bytes.len() + chunk.len() > limit {
                return Err(FetchError::TooLarge { limit });
            }
            bytes.extend_from_slice(&chunk);
            self.progress(FetchEvent::Received {
                index: self.index,
                bytes: bytes.len() as u64,
                expected,
            });
        }
        Ok(Body {
            bytes,
            content_type,
            validators,
        })
    }

    /// One wait on the server, bounded by the read timeout.
    async fn within_read_timeout<T>(
        &self,
        future: impl Future<Output = reqwest::Result<T>>,
    ) -> std::result::Result<T, FetchError> {
        match tokio::time::timeout(self.options.read_timeout, future).await {
            Err(_) => Err(FetchError::TimedOut {
                after: self.options.read_timeout,
            }),
            Ok(Err(err)) if err.is_timeout() => Err(FetchError::TimedOut {
                after: self.options.read_timeout,
            }),
            Ok(Err(err)) if err.is_connect() => Err(FetchError::Connect {
                reason: error_reason(&err),
            }),
            Ok(Err(err)) => Err(FetchError::Network {
                reason: error_reason(&err),
            }),
            Ok(Ok(value)) => Ok(value),
        }
    }
}

/// The address a redirect points to, resolved against the current one.
fn redirect_target(current: &Url, headers: &HeaderMap) -> std::result::Result<Url, FetchError> {
    let location = headers
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    match current.join(location) {
        Ok(next) if !location.is_empty() && matches!(next.scheme(), "http" | "https") => Ok(next),
        _ => Err(FetchError::BadRedirect {
            location: credentials::redact_address(location),
        }),
    }
}

/// When `Retry-After` says to come back: a number of seconds or an HTTP date.
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<SystemTime> {
    let value = headers.get(header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return now.checked_add(Duration::from_secs(seconds));
    }
    httpdate::parse_http_date(value).ok().map(|at| at.max(now))
}

/// The innermost cause of an error, which is the part that says what happened
/// ("connection refused", "invalid gzip header"), without the layers above it.
fn error_reason(err: &(dyn std::error::Error + 'static)) -> String {
    let mut reason = err.to_string();
    let mut source = err.source();
    let mut chain = vec![reason.clone()];
    while let Some(inner) = source {
        // The causes people meet get the learner's words; the rest keep the library's.
        if let Some(io) = inner.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => return t!("fetch-reason-refused"),
                std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::ConnectionAborted => {
                    return t!("fetch-reason-reset");
                }
                _ => {}
            }
        }
        let text = inner.to_string();
        if !text.is_empty() {
            chain.push(text.clone());
            reason = text;
        }
        source = inner.source();
    }
    let all = chain.join(" ").to_lowercase();
    if all.contains("dns") || all.contains("lookup address") || all.contains("name or service not known") {
        return t!("fetch-reason-dns");
    }
    if all.contains("certificate") || all.contains("tls") || all.contains("handshake") {
        return t!("fetch-reason-tls");
    }
    reason
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(name.clone(), HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let secs = headers(&[(header::RETRY_AFTER, "120")]);
        assert_eq!(retry_after(&secs, now), Some(now + Duration::from_secs(120)));
        let date = headers(&[(
            header::RETRY_AFTER,
            &httpdate::fmt_http_date(now + Duration::from_secs(60)),
        )]);
        assert_eq!(retry_after(&date, now), Some(now + Duration::from_secs(60)));
        let past = headers(&[(header::RETRY_AFTER, "Thu, 01 Jan 2015 00:00:00 GMT")]);
        assert_eq!(retry_after(&past, now), Some(now), "a date gone by means now");
        let junk = headers(&[(header::RETRY_AFTER, "soon")]);
        assert_eq!(retry_after(&junk, now), None);
    }

    #[test]
    fn a_304_keeps_old_validators_it_does_not_replace() {
        let old = Validators {
            etag: Some("\"a\"".into()),
            last_modified: Some("Mon, 01 Jan 2024 00:00:00 GMT".into()),
        };
        let new = old.updated_by(&headers(&[(header::ETAG, "\"b\"")]));
        assert_eq!(new.etag.as_deref(), Some("\"b\""));
        assert_eq!(new.last_modified, old.last_modified);
    }

    #[test]
    fn redirects_resolve_relative_locations_and_refuse_other_schemes() {
        let base = Url::parse("https://example.org/blog/feed").unwrap();
        let rel = headers(&[(header::LOCATION, "../news.xml")]);
        assert_eq!(
            redirect_target(&base, &rel).unwrap().as_str(),
            "https://example.org/news.xml"
        );
        let bad = headers(&[(header::LOCATION, "file:///etc/passwd")]);
        assert!(matches!(
            redirect_target(&base, &bad),
            Err(FetchError::BadRedirect { .. })
        ));
        assert!(matches!(
            redirect_target(&base, &HeaderMap::new()),
            Err(FetchError::BadRedirect { .. })
        ));
    }

    #[test]
    fn statuses_read_as_one_line_reasons() {
        assert_eq!(FetchError::Status { code: 404 }.to_string(), "404 not found");
        let timed = FetchError::TimedOut {
            after: Duration::from_millis(1500),
        };
        assert!(timed.to_string().contains("1.5"), "{timed}");
    }
}
