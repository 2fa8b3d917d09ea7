//! A small HTTP/1.1 server on 127.0.0.1 for tests and benchmarks: real sockets, real
//! bytes, every misbehaviour a feed server can show. It stops when dropped; a request
//! that is told never to answer gives up on its own after a bounded time.
//!
//! Include it with `#[path = "common/loopback.rs"] mod loopback;`.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// The longest any connection is kept open, whatever the handler asked for.
const MAX_HOLD: Duration = Duration::from_secs(20);

#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    pub path: String,
    /// Header names in lower case.
    pub headers: HashMap<String, String>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(&name.to_ascii_lowercase()).map(String::as_str)
    }
}

pub enum Body {
    Bytes(Vec<u8>),
    /// `len` bytes made by repeating `pattern`, written in pieces, never held whole.
    Repeat {
        pattern: Vec<u8>,
        len: usize,
    },
    /// The same without a Content-Length: the body ends when the connection closes, so
    /// the client cannot tell its size in advance.
    Endless {
        pattern: Vec<u8>,
        len: usize,
    },
    /// Headers are never sent: the connection stays open and silent.
    Silence,
    /// Headers, then part of the body, then silence.
    Stall(Vec<u8>),
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
}

impl Response {
    pub fn new(status: u16) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body: Body::Bytes(Vec::new()),
        }
    }

    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Response {
        Response::new(200).header("Content-Type", content_type).body(body)
    }

    pub fn rss(body: impl Into<Vec<u8>>) -> Response {
        Response::ok("application/rss+xml; charset=utf-8", body)
    }

    pub fn redirect(status: u16, location: &str) -> Response {
        Response::new(status).header("Location", location)
    }

    pub fn header(mut self, name: &str, value: &str) -> Response {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Response {
        self.body = Body::Bytes(body.into());
        self
    }

    pub fn with(mut self, body: Body) -> Response {
        self.body = body;
        self
    }
}

type Handler = dyn Fn(&Request) -> Response + Send + Sync;

pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    log: Arc<Mutex<Vec<Request>>>,
    active: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
    accept: Option<thread::JoinHandle<()>>,
}

impl Server {
    /// Serves `handler` on 127.0.0.1 at a free port.
    pub fn start(handler: impl Fn(&Request) -> Response + Send + Sync + 'static) -> Server {
        Server::start_on(IpAddr::V4(Ipv4Addr::LOCALHOST), Duration::ZERO, handler)
    }

    /// Serves on a given loopback address (any of 127.0.0.0/8 on Linux), answering each
    /// request only after `latency`, as a distant server would.
    pub fn start_on(
        ip: IpAddr,
        latency: Duration,
        handler: impl Fn(&Request) -> Response + Send + Sync + 'static,
    ) -> Server {
        let listener = TcpListener::bind((ip, 0)).expect("bind a loopback port");
        listener.set_nonblocking(true).expect("non-blocking listener");
        let addr = listener.local_addr().expect("local address");
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let active = Arc::new(AtomicUsize::new(0));
        let peak = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let accept = {
            let (stop, log, active, peak) = (stop.clone(), log.clone(), active.clone(), peak.clone());
            thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            let (stop, log, handler) = (stop.clone(), log.clone(), handler.clone());
                            let (active, peak) = (active.clone(), peak.clone());
                            thread::spawn(move || {
                                serve(stream, &*handler, &log, &stop, latency, (&active, &peak));
                            });
                        }
                        Err(_) => thread::sleep(Duration::from_millis(2)),
                    }
                }
            })
        };
        Server {
            addr,
            stop,
            log,
            active,
            peak,
            accept: Some(accept),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().unwrap().clone()
    }

    pub fn hits(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.path == path).count()
    }

    /// The most requests that were being answered at once.
    pub fn peak_in_flight(&self) -> usize {
        self.peak.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

fn serve(
    stream: TcpStream,
    handler: &Handler,
    log: &Mutex<Vec<Request>>,
    stop: &AtomicBool,
    latency: Duration,
    (in_flight, peak): (&AtomicUsize, &AtomicUsize),
) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(10)));
    let _ = stream.set_nodelay(true);
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut stream = stream;
    // Keep-alive: answer requests on this connection until the client closes it.
    while let Some(request) = read_request(&mut reader) {
        // Requests being answered, not connections: an idle kept-alive connection, or one
        // the client has let go of a moment before this thread ends, is not a request.
        let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        peak.fetch_max(now, Ordering::SeqCst);
        log.lock().unwrap().push(request.clone());
        if !latency.is_zero() {
            thread::sleep(latency);
        }
        let response = handler(&request);
        // Counted out before the answer leaves, so the client cannot start its next
        // request while this one still counts.
        in_flight.fetch_sub(1, Ordering::SeqCst);
        if !write_response(&mut stream, response, stop) {
            return;
        }
    }
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Request> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let path = parts.next()?.to_owned();
    let mut headers = HashMap::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    if let Some(len) = headers
        .get("content-length")
        .and_then(|l| l.parse::<usize>().ok())
    {
        let mut body = vec![0; len];
        reader.read_exact(&mut body).ok()?;
    }
    Some(Request {
        method,
        path,
        headers,
    })
}

/// Writes one response; false when the connection must close afterwards.
fn write_response(stream: &mut TcpStream, response: Response, stop: &AtomicBool) -> bool {
    let hold = |stop: &AtomicBool| {
        let until = Instant::now() + MAX_HOLD;
        while Instant::now() < until && !stop.load(Ordering::SeqCst) {
            thread::sleep(Duration::from_millis(20));
        }
    };
    if let Body::Silence = response.body {
        hold(stop);
        return false;
    }
    let content_length = match &response.body {
        Body::Bytes(bytes) => Some(bytes.len()),
        Body::Repeat { len, .. } => Some(*len),
        Body::Endless { .. } | Body::Stall(_) | Body::Silence => None,
    };
    let mut head = format!("HTTP/1.1 {} {}\r\n", response.status, reason(response.status));
    for (name, value) in &response.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    match content_length {
        Some(len) if response.status != 304 => head.push_str(&format!("Content-Length: {len}\r\n")),
        Some(_) => {}
        None => head.push_str("Connection: close\r\n"),
    }
    head.push_str("\r\n");
    if stream.write_all(head.as_bytes()).is_err() {
        return false;
    }
    match response.body {
        Body::Bytes(bytes) => stream.write_all(&bytes).and_then(|_| stream.flush()).is_ok(),
        Body::Repeat { pattern, len } | Body::Endless { pattern, len } => {
            let piece: Vec<u8> = pattern.iter().copied().cycle().take(64 * 1024).collect();
            let mut left = len;
            while left > 0 {
                let n = left.min(piece.len());
                if stream.write_all(&piece[..n]).is_err() {
                    return false;
                }
                left -= n;
            }
            content_length.is_some()
        }
        Body::Stall(start) => {
            let _ = stream.write_all(&start);
            let _ = stream.flush();
            hold(stop);
            false
        }
        Body::Silence => false,
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Whatever",
    }
}

/// A small RSS 2.0 feed with `count` items titled `{prefix} N`.
pub fn rss(title: &str, prefix: &str, count: usize) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>{title}</title><link>https://example.org/</link><description>test</description>\n"
    );
    for n in 0..count {
        xml.push_str(&format!(
            "<item><title>{prefix} {n}</title><link>https://example.org/{prefix}/{n}</link><guid>{prefix}-{n}</guid><pubDate>Mon, 02 Nov 2026 {:02}:00:00 GMT</pubDate><description>Item {n} of {title}</description></item>\n",
            n % 24
        ));
    }
    xml.push_str("</channel></rss>\n");
    xml
}
