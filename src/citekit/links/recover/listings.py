"""Readers for what a site lists about its pages: sitemaps, feeds, WordPress search, CDX rows.

Each reader takes the bytes of one answer and returns `Entry` values (a URL, the title the
listing gives if any, a date if any, and where it came from); nothing here touches the network.
Bad or hostile input gives fewer entries, never an exception: XML is parsed by lxml without
entities, DTDs or network access, gzip is inflated only up to a limit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import lxml.etree as etree
import lxml.html
from attrs import frozen

from citekit.documents.safe_xml import safe_parser

__all__ = [
    "Entry",
    "PageMeta",
    "SitemapRef",
    "inflate",
    "page_meta",
    "parse_cdx",
    "parse_date",
    "parse_feed",
    "parse_sitemap",
    "parse_wp_search",
    "sitemaps_in_robots",
]

MAX_INFLATED = 50 * 1024 * 1024  # a sitemap may be 50 MB uncompressed (sitemaps.org)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})")
_PATH_DATE = re.compile(r"/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
# a page's own charset declaration, in its first bytes (`<meta charset>`, `http-equiv`)
_DECLARED = re.compile(rb"<meta[^>]{0,200}charset|<\?xml[^>]{0,200}encoding", re.IGNORECASE)
_DECLARED_REACH = 4096
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")
_OWN_PARSER = lxml.html.HTMLParser()  # libxml2's choice: the declared charset


@frozen
class Entry:
    """One page a listing names: its URL, the title and date it gives, and which listing."""

    url: str
    title: str | None
    published: dt.date | None
    source: str


@frozen
class SitemapRef:
    """A child sitemap named by a sitemap index, with its last modification date."""

    url: str
    lastmod: dt.date | None


@frozen
class PageMeta:
    """What a fetched HTML page says about itself."""

    title: str | None
    og_title: str | None
    published: dt.date | None
    feeds: tuple[str, ...]
    wordpress: bool


def parse_date(text: str | None) -> dt.date | None:
    """A date from ISO 8601, a CDX timestamp or an RFC 822 date; None when unreadable."""
    if not text:
        return None
    text = text.strip()
    for pattern in (_ISO, _STAMP):
        match = pattern.match(text)
        if match:
            with contextlib.suppress(ValueError):
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            return None
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def date_in_path(url: str) -> dt.date | None:
    """A date written in a URL's path (``/2021/10/25/``), if any."""
    match = _PATH_DATE.search(url)
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def inflate(data: bytes, limit: int = MAX_INFLATED) -> bytes:
    """Gunzip `data` when it is gzip (by its magic bytes), reading at most `limit` bytes."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unzipped:
            return unzipped.read(limit)
    except (OSError, EOFError, zlib.error):
        return b""


def _xml(data: bytes) -> etree._Element | None:
    try:
        root = etree.fromstring(inflate(data), safe_parser(recover=True))
    except (etree.XMLSyntaxError, ValueError):
        return None
    return root


def _local(element: etree._Element) -> str:
    tag: object = element.tag  # a comment's or processing instruction's tag is a function
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element: etree._Element, *names: str) -> str | None:
    for child in element.iter():
        if child is not element and _local(child) in names and child.text and child.text.strip():
            return " ".join(child.text.split())
    return None


def parse_sitemap(data: bytes, base: str) -> tuple[list[SitemapRef], list[Entry]]:
    """The child sitemaps and the pages a sitemap (index, urlset, news, gzip) lists."""
    root = _xml(data)
    if root is None:
        return [], []
    children: list[SitemapRef] = []
    entries: list[Entry] = []
    kind = _local(root)
    for node in root:
        name = _local(node)
        loc = _child_text(node, "loc")
        if not loc:
            continue
        url = urljoin(base, loc)
        if kind == "sitemapindex" and name == "sitemap":
            children.append(SitemapRef(url, parse_date(_child_text(node, "lastmod"))))
        elif name == "url":
            news_date = parse_date(_child_text(node, "publication_date"))
            published = news_date or date_in_path(url) or parse_date(_child_text(node, "lastmod"))
            title = _child_text(node, "title")
            entries.append(Entry(url, title, published, "news sitemap" if title else "sitemap"))
    return children, entries


def parse_feed(data: bytes, base: str) -> list[Entry]:
    """The items of an RSS 2.0, RSS 1.0 or Atom feed."""
    root = _xml(data)
    if root is None:
        return []
    entries: list[Entry] = []
    for node in root.iter():
        name = _local(node)
        if name not in ("item", "entry"):
            continue
        title = _child_text(node, "title")
        link = None
        for child in node:
            if _local(child) != "link":
                continue
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                link = href
                break
            if child.text and child.text.strip():
                link = child.text.strip()
                break
        link = link or _child_text(node, "guid")
        if not link:
            continue
        when = _child_text(node, "pubdate", "published", "date", "issued", "updated")
        url = urljoin(base, link)
        entries.append(Entry(url, title, parse_date(when) or date_in_path(url), "feed"))
    return entries


def parse_wp_search(data: bytes, base: str) -> list[Entry]:
    """The results of a WordPress REST search (``/wp-json/wp/v2/search``) or post list
    (``/wp-json/wp/v2/posts``, whose items give ``link``, ``title.rendered`` and ``date``)."""
    try:
        answer = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(answer, list):
        return []
    entries: list[Entry] = []
    for item in answer:
        if not isinstance(item, dict):
            continue
        link = item.get("url", item.get("link"))
        if not isinstance(link, str):
            continue
        title = item.get("title")
        if isinstance(title, dict):  # /wp/v2/posts gives {"rendered": "..."}
            title = title.get("rendered")
        text = _text_of(title) if isinstance(title, str) and title else None
        url = urljoin(base, link)
        when = item.get("date")
        published = parse_date(when) if isinstance(when, str) else None
        source = "WordPress search" if "url" in item else "WordPress posts"
        entries.append(Entry(url, text, published or date_in_path(url), source))
    return entries


def _text_of(fragment: str) -> str:
    try:
        return " ".join("".join(str(t) for t in lxml.html.fromstring(fragment).itertext()).split())
    except (etree.ParserError, ValueError):
        return fragment


def _cdx_rows(data: bytes) -> Iterator[list[str]]:
    text = data.decode("utf-8", "replace").strip()
    if text.startswith("["):
        try:
            rows = json.loads(text)
        except ValueError:
            return
        if isinstance(rows, list):
            header = rows[0] if rows and rows[0] and rows[0][0] == "urlkey" else None
            for row in rows[1 if header else 0 :]:
                if isinstance(row, list) and all(isinstance(v, str) for v in row):
                    yield row
        return
    for line in text.splitlines():
        yield line.split()


def parse_cdx(data: bytes) -> list[Entry]:
    """Captured pages from a CDX answer (JSON or text; urlkey, timestamp, original, ...)."""
    entries: list[Entry] = []
    for row in _cdx_rows(data):
        if len(row) < 3 or not row[2].startswith(("http://", "https://")):
            continue
        if len(row) > 4 and row[4] not in ("200", "-"):
            continue
        url = row[2]
        entries.append(Entry(url, None, date_in_path(url) or parse_date(row[1]), "CDX index"))
    return entries


def sitemaps_in_robots(data: bytes, base: str) -> list[str]:
    """The ``Sitemap:`` lines of a robots.txt."""
    found = []
    for line in data.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            found.append(urljoin(base, value.strip()))
    return found


def _parser(data: bytes) -> lxml.html.HTMLParser:
    """UTF-8 for a page that declares no charset and whose bytes are UTF-8, as citekit reads
    documents (libxml2 would read it as Latin-1: `TÃ¼rkmenistan`); else libxml2's own choice,
    which honours a declared charset (`windows-1251`)."""
    if _DECLARED.search(data[:_DECLARED_REACH]) is not None:
        return _OWN_PARSER
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _OWN_PARSER
    return _UTF8_PARSER


def page_meta(data: bytes, base: str) -> PageMeta:
    """Title, og:title, publication date, feed links and WordPress signs of an HTML page."""
    try:
        tree = lxml.html.document_fromstring(data, parser=_parser(data))
    except (etree.ParserError, ValueError):
        return PageMeta(None, None, None, (), False)
    title_node = tree.find(".//title")
    title = (
        " ".join("".join(str(t) for t in title_node.itertext()).split())
        if title_node is not None
        else None
    )
    metas = {
        (m.get("property") or m.get("name") or "").lower(): m.get("content") or ""
        for m in tree.iter("meta")
    }
    published = parse_date(
        metas.get("article:published_time") or metas.get("date") or metas.get("dc.date")
    )
    if published is None:
        stamp = tree.find(".//time[@datetime]")
        published = parse_date(stamp.get("datetime")) if stamp is not None else None
    feeds = tuple(
        urljoin(base, link.get("href", ""))
        for link in tree.iter("link")
        if (link.get("type") or "").lower() in _FEED_TYPES and link.get("href")
    )
    text = data[:200_000]
    wordpress = b"/wp-json/" in text or b"/wp-content/" in text or b"api.w.org" in text
    return PageMeta(title or None, metas.get("og:title") or None, published, feeds, wordpress)
