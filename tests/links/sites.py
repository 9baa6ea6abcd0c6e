"""Loopback news sites for `citekit recover`: sitemaps, feeds, WordPress search, a CDX index.

A `SiteSpec` lists a site's articles and how it lists them; `serve(spec)` runs it on 127.0.0.1
(port 0) in a daemon thread and yields its base URL. Each site counts the requests it answers
(`Served.hits`). `CdxSpec` acts out the Wayback CDX API for the captures it is given. The
benchmark ``benchmarks/recover.py`` builds its twenty sites from the same code.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
import json
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

from attrs import field, frozen

from citekit._text import fold
from tests.servers import POLL


@frozen
class Article:
    """A page: its path, the title listings give, its own <title>, its date."""

    path: str
    title: str
    published: dt.date
    page_title: str | None = None  # the page's <title>, when it differs from the listings'
    og_title: str | None = None
    text: str = "Lorem ipsum."


@frozen(kw_only=True)
class SiteSpec:
    """How a site lists its articles."""

    name: str
    articles: tuple[Article, ...]
    sitemap: str | None = "index"  # index | gzip-index | plain | news | None
    robots: bool = True  # robots.txt names the sitemap
    feed: str | None = None  # rss | atom | None (the latest `feed_size` articles)
    feed_size: int = 20
    wordpress: bool = False
    page_suffix: str = ""  # " | Akorda": what the site adds to every <title>
    gone: frozenset[str] = field(factory=frozenset)  # article paths that now answer 404


class Served:
    """A running site: its base URL and the requests it answered."""

    def __init__(self, spec: SiteSpec) -> None:
        self.spec = spec
        self.base = ""
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()


def _months(spec: SiteSpec) -> dict[str, list[Article]]:
    by_month: dict[str, list[Article]] = {}
    for article in spec.articles:
        by_month.setdefault(article.published.strftime("%Y-%m"), []).append(article)
    return by_month


def _urlset(served: Served, articles: list[Article], *, news: bool) -> bytes:
    rows = []
    for a in articles:
        extra = ""
        if news:
            extra = (
                "<news:news><news:publication><news:name>"
                f"{html.escape(served.spec.name)}</news:name><news:language>tk</news:language>"
                f"</news:publication><news:publication_date>{a.published.isoformat()}"
                f"</news:publication_date><news:title>{html.escape(a.title)}</news:title>"
                "</news:news>"
            )
        rows.append(
            f"<url><loc>{html.escape(served.base + a.path)}</loc>"
            f"<lastmod>{a.published.isoformat()}</lastmod>{extra}</url>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + "".join(rows) + "</urlset>"
    ).encode()


def _index(served: Served, gz: bool) -> bytes:
    rows = []
    for month, articles in sorted(_months(served.spec).items()):
        last = max(a.published for a in articles)
        ext = ".xml.gz" if gz else ".xml"
        rows.append(
            f"<sitemap><loc>{served.base}/sitemaps/post-{month}{ext}</loc>"
            f"<lastmod>{last.isoformat()}T12:00:00+00:00</lastmod></sitemap>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(rows)
        + "</sitemapindex>"
    ).encode()


def _feed(served: Served) -> tuple[bytes, str]:
    spec = served.spec
    latest = sorted(spec.articles, key=lambda a: a.published, reverse=True)[: spec.feed_size]
    if spec.feed == "atom":
        entries = "".join(
            f"<entry><title>{html.escape(a.title)}</title>"
            f'<link rel="alternate" href="{html.escape(served.base + a.path)}"/>'
            f"<published>{a.published.isoformat()}T09:00:00Z</published></entry>"
            for a in latest
        )
        body = (
            f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{spec.name}</title>{entries}</feed>'
        )
        return body.encode(), "application/atom+xml"
    items = "".join(
        f"<item><title>{html.escape(a.title)}</title><link>{html.escape(served.base + a.path)}"
        f"</link><pubDate>{_rfc822(a.published)}</pubDate></item>"
        for a in latest
    )
    body = f'<rss version="2.0"><channel><title>{spec.name}</title>{items}</channel></rss>'
    return body.encode(), "application/rss+xml"


def _rfc822(day: dt.date) -> str:
    return format_datetime(dt.datetime(day.year, day.month, day.day, 9, tzinfo=dt.UTC))


def _wp_search(served: Served, query: str) -> bytes:
    terms = [fold(t) for t in query.split() if t]
    found = []
    for index, a in enumerate(served.spec.articles):
        haystack = fold(f"{a.title} {a.text}")
        if terms and all(t in haystack for t in terms):
            found.append(
                {
                    "id": index + 1,
                    "title": html.escape(a.title),
                    "url": served.base + a.path,
                    "type": "post",
                    "subtype": "post",
                }
            )
    return json.dumps(found[:10]).encode()


def _wp_posts(served: Served, query: dict[str, list[str]]) -> bytes:
    after = query.get("after", ["0000"])[0][:10]
    before = query.get("before", ["9999"])[0][:10]
    per_page = min(100, int(query.get("per_page", ["10"])[0]))
    posts = sorted(served.spec.articles, key=lambda a: a.published, reverse=True)
    found = [
        {
            "link": served.base + a.path,
            "title": {"rendered": html.escape(a.title)},
            "date": f"{a.published.isoformat()}T10:00:00",
        }
        for a in posts
        if after < a.published.isoformat() < before
    ]
    return json.dumps(found[:per_page]).encode()


def _page(served: Served, article: Article) -> bytes:
    spec = served.spec
    title = (article.page_title or article.title) + spec.page_suffix
    og = article.og_title or article.page_title or article.title
    extra = "<link rel='https://api.w.org/' href='/wp-json/'>" if spec.wordpress else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title>"
        f"<meta property='og:title' content='{html.escape(og, quote=True)}'>"
        "<meta property='article:published_time' "
        f"content='{article.published.isoformat()}T10:00:00+05:00'>"
        f"{extra}</head><body><h1>{html.escape(og)}</h1><p>{html.escape(article.text)}</p>"
        "</body></html>"
    ).encode()


def _home(served: Served) -> bytes:
    spec = served.spec
    links = ""
    if spec.feed == "rss":
        links += "<link rel='alternate' type='application/rss+xml' href='/rss.xml'>"
    elif spec.feed == "atom":
        links += "<link rel='alternate' type='application/atom+xml' href='/atom.xml'>"
    if spec.wordpress:
        links += "<link rel='https://api.w.org/' href='/wp-json/'>"
    latest = sorted(spec.articles, key=lambda a: a.published, reverse=True)[:10]
    items = "".join(
        f"<li><a href='{quote(a.path)}'>{html.escape(a.title)}</a></li>" for a in latest
    )
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(spec.name)}</title>"
        f"{links}</head><body><ul>{items}</ul></body></html>"
    ).encode()


def _answer(served: Served, target: str) -> tuple[int, str, bytes]:
    spec = served.spec
    parts = urlsplit(target)
    path = parts.path
    xml = "application/xml"
    if path == "/":
        return 200, "text/html; charset=utf-8", _home(served)
    if path == "/robots.txt" and spec.robots and spec.sitemap:
        name = "/news-sitemap.xml" if spec.sitemap == "news" else "/sitemap_index.xml"
        if spec.sitemap == "plain":
            name = "/sitemap.xml"
        return 200, "text/plain", f"User-agent: *\nSitemap: {served.base}{name}\n".encode()
    if spec.sitemap in ("index", "gzip-index") and path in ("/sitemap_index.xml", "/sitemap.xml"):
        return 200, xml, _index(served, spec.sitemap == "gzip-index")
    if spec.sitemap == "plain" and path == "/sitemap.xml":
        return 200, xml, _urlset(served, list(spec.articles), news=False)
    if spec.sitemap == "news" and path == "/news-sitemap.xml":
        return 200, xml, _urlset(served, list(spec.articles), news=True)
    if path.startswith("/sitemaps/post-") and spec.sitemap in ("index", "gzip-index"):
        month = path.removeprefix("/sitemaps/post-").split(".")[0]
        articles = _months(spec).get(month)
        if articles is not None:
            body = _urlset(served, articles, news=False)
            if path.endswith(".gz"):
                return 200, "application/gzip", gzip.compress(body)
            return 200, xml, body
    if (spec.feed == "rss" and path == "/rss.xml") or (spec.feed == "atom" and path == "/atom.xml"):
        body, kind = _feed(served)
        return 200, kind, body
    if spec.wordpress and path == "/wp-json/wp/v2/posts":
        return 200, "application/json", _wp_posts(served, parse_qs(parts.query))
    if spec.wordpress and path == "/wp-json/wp/v2/search":
        query = parse_qs(parts.query).get("search", [""])[0]
        return 200, "application/json", _wp_search(served, query)
    for article in spec.articles:
        if article.path == path and path not in spec.gone:
            return 200, "text/html; charset=utf-8", _page(served, article)
    return 404, "text/html; charset=utf-8", b"<html><title>404 Not Found</title></html>"


def _handler(served: Served) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            from urllib.parse import unquote

            target = unquote(self.path)
            with served.lock:
                served.hits[urlsplit(target).path] += 1
            status, kind, body = _answer(served, target)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(spec: SiteSpec) -> Iterator[Served]:
    """Run a site on 127.0.0.1 until the block ends."""
    served = Served(spec)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(served))
    server.daemon_threads = True
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(POLL,), daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()


@frozen
class CdxSpec:
    """A Wayback-style CDX index: captures as (original URL, capture date)."""

    captures: tuple[tuple[str, dt.date], ...]


@contextmanager
def serve_cdx(spec: CdxSpec) -> Iterator[Served]:
    """Run a CDX endpoint at ``<base>/cdx``: url=host/*, from, to, output=json."""
    served = Served(SiteSpec(name="cdx", articles=()))

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            with served.lock:
                served.hits[parts.path] += 1
            host = query.get("url", "").removesuffix("/*")
            start, end = query.get("from", "0"), query.get("to", "99999999")
            rows = [
                ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
            ]
            for url, when in spec.captures:
                stamp = when.strftime("%Y%m%d") + "120000"
                if urlsplit(url).netloc == host and start <= stamp[:8] <= end:
                    rows.append([url, stamp, url, "text/html", "200", "X", "1000"])
            body = json.dumps(rows).encode()
            self.send_response(200 if parts.path == "/cdx" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, args=(POLL,), daemon=True).start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
