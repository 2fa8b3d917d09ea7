#!/usr/bin/env python3
"""Serve distinct RSS feeds on loopback for benches/scan_vs_newsboat.sh.

Feeds are spread round-robin over the hosts 127.0.0.1 ... 127.0.0.N, all on one port, so a
client that limits requests per site sees N distinct sites. Every response (200 or 304)
waits --delay-ms first, as a distant server would. Each feed has an ETag and a
Last-Modified date; a request that sends If-None-Match (or, without it, If-Modified-Since)
for the current version gets "304 Not Modified" with no body.

Writes the feed URLs, one a line, to --urls, and appends one line per request
("<status> <host> <path>") to --log, so the caller can check what each run fetched.
Writes the port to --ready once every host listens. Runs until killed.
"""

import argparse
import email.utils
import random
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

WORDS = (
    "the a of and to in for on with at by from about after before over under between "
    "team people work week city council hospital school nurse teacher region project "
    "budget plan report meeting colleague customer service training course volunteer "
    "network community event conference summer autumn spring winter market health care "
    "data privacy policy change growth year month local news interview story photo "
    "board water bridge canal harbour station library museum theatre festival bakery "
    "shop company employer employees staff leadership culture hybrid office remote "
    "skills learning mentor apprentice student graduate research study survey figures"
).split()

# One topic in three carries a phrase the bench's keywords look for, as a watched feed would.
TOPICS = (
    "Recruitment drive opens for nurses",
    "Employer branding lessons from a small bakery",
    "Hiring freeze ends at the port authority",
    "Onboarding new colleagues remotely",
    "Customer service teams answer on social media",
    "Quarterly figures of the water board",
    "A new bridge over the canal",
    "Weather: a wet week ahead",
    "The library opens on Sundays",
    "Council approves the harbour plan",
    "Summer festival draws record crowds",
    "Volunteers clean up the river bank",
)

# A fixed date, so that Last-Modified and the items' dates are the same in every run.
LAST_MODIFIED = 1_793_000_000  # 2026-10-26


def sentence(rng, words):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def feed_xml(number, host, port, items):
    """RSS 2.0 with `items` items, ~0.8 KB each: title, link, guid, date, author, category
    and an entity-escaped HTML summary, as a blog or news site sends."""
    rng = random.Random(number)
    base = f"http://127.0.0.{host}:{port}"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
        f"<title>Loopback feed {number}</title>\n"
        f"<link>{base}/site/{number}/</link>\n"
        f'<atom:link href="{base}/feeds/{number}.xml" rel="self" type="application/rss+xml"/>\n'
        f"<description>{sentence(rng, 12)}</description>\n"
        "<language>en</language>\n"
        f"<lastBuildDate>{email.utils.formatdate(LAST_MODIFIED, usegmt=True)}</lastBuildDate>\n"
    ]
    for n in range(items):
        topic = TOPICS[(number * 7 + n) % len(TOPICS)]
        date = email.utils.formatdate(LAST_MODIFIED - n * 5400 - number * 60, usegmt=True)
        paragraphs = "".join(
            f"&lt;p&gt;{sentence(rng, rng.randint(18, 30))}&lt;/p&gt;" for _ in range(2)
        )
        out.append(
            "<item>\n"
            f"<title>{topic} ({number}-{n})</title>\n"
            f"<link>{base}/site/{number}/{n}.html?utm_source=rss</link>\n"
            f'<guid isPermaLink="false">loopback-{number}-{n}</guid>\n'
            f"<pubDate>{date}</pubDate>\n"
            f"<dc:creator>{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}</dc:creator>\n"
            f"<category>{rng.choice(WORDS)}</category>\n"
            f"<description>{paragraphs}&lt;p&gt;&lt;a href=&quot;{base}/site/{number}/{n}.html"
            "&quot;&gt;Read more&lt;/a&gt;&lt;/p&gt;</description>\n"
            "</item>\n"
        )
    out.append("</channel>\n</rss>\n")
    return "".join(out).encode("utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=25)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--delay-ms", type=int, default=100)
    parser.add_argument("--urls", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--ready", required=True)
    args = parser.parse_args()
    if not 1 <= args.hosts <= 254:
        sys.exit("--hosts must be between 1 and 254")

    # The same free port on every host: take one on 127.0.0.1, then bind the others to it.
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()

    feeds = {}  # path -> (body, etag)
    urls = []
    for number in range(args.feeds):
        host = number % args.hosts + 1
        path = f"/feeds/{number}.xml"
        feeds[(host, path)] = (feed_xml(number, host, port, args.items), f'"feed-{number}-v1"')
        urls.append(f"http://127.0.0.{host}:{port}{path}")
    last_modified = email.utils.formatdate(LAST_MODIFIED, usegmt=True)
    delay = args.delay_ms / 1000
    log_lock = threading.Lock()
    log = open(args.log, "a", buffering=1)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real servers offer
        server_version = "loopback-feeds/1"

        def do_GET(self):
            time.sleep(delay)
            host = int(self.server.server_address[0].rsplit(".", 1)[1])
            path = self.path.split("?", 1)[0]
            found = feeds.get((host, path))
            if found is None:
                status, body, etag = 404, b"not found\n", None
            else:
                body, etag = found
                status = 200
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if inm is not None:
                    tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
                    if etag in tags or "*" in tags:
                        status = 304
                elif ims is not None:
                    try:
                        since = email.utils.parsedate_to_datetime(ims).timestamp()
                        if since >= LAST_MODIFIED:
                            status = 304
                    except (TypeError, ValueError):
                        pass
            # Logged before answering, so the line is there once the client has its answer.
            with log_lock:
                log.write(f"{status} 127.0.0.{host} {path}\n")
            self.send_response(status)
            if etag is not None:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", last_modified)
                self.send_header("Cache-Control", "max-age=0")
            if status == 304:
                self.end_headers()
            else:
                ctype = "application/rss+xml; charset=utf-8" if status == 200 else "text/plain"
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        def log_message(self, format, *args):  # noqa: A002 - quiet: the log above is ours
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True
        request_queue_size = 128

        def handle_error(self, request, client_address):
            # A client closing a kept-alive connection is normal; anything else is shown.
            if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
                super().handle_error(request, client_address)

    servers = [Server((f"127.0.0.{h}", port), Handler) for h in range(1, args.hosts + 1)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    with open(args.urls, "w") as f:
        f.write("\n".join(urls) + "\n")
    with open(args.ready, "w") as f:
        f.write(f"{port}\n")
    sizes = [len(body) for body, _ in feeds.values()]
    print(
        f"loopback-feeds: {args.feeds} feeds on {args.hosts} hosts, port {port}, "
        f"{args.items} items, {min(sizes)}-{max(sizes)} bytes each, {args.delay_ms} ms delay",
        file=sys.stderr,
    )
    threading.Event().wait()


if __name__ == "__main__":
    main()
