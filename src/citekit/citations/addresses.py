"""What a cited address tells of the item's type: video hosts, journal platforms, blogs,
wikis and encyclopedias, a site's news, laws and own pages (the language files' path words)."""

from __future__ import annotations

import functools
import re

from citekit.languages import shipped_words

__all__ = [
    "blog",
    "journal_host",
    "law_host",
    "law_path",
    "news_path",
    "page_path",
    "site_page",
    "social_host",
    "video_host",
    "wiki_host",
]


def _anywhere(key: str) -> re.Pattern[str]:
    """Any of the language files' `[words] key` address parts, anywhere in an address."""
    parts = "|".join(re.escape(p) for p in sorted(shipped_words(key)))
    return re.compile(rf"(?:{parts})", re.IGNORECASE)


@functools.cache
def video_host() -> re.Pattern[str]:
    """A video platform's address (`[words] video_address`: "youtube.com", "rutube.ru")."""
    return _anywhere("video_address")


@functools.cache
def journal_host() -> re.Pattern[str]:
    """A journal platform's article address (`[words] journal_address`: OJS's
    "/index.php/<journal>/article/view/", DergiPark, CyberLeninka, JSTOR)."""
    return _anywhere("journal_address")


@functools.cache
def blog() -> re.Pattern[str]:
    """A blog platform's or a site's blog section's address (`[words] blog_address`): a post,
    not a page or an article."""
    return _anywhere("blog_address")


@functools.cache
def wiki_host() -> re.Pattern[str]:
    """A wiki's or an encyclopedia's address, by its host's name in any language (`[words]
    wiki_address`: "wikipedia.org", "encyclopedia.kz", "islamansiklopedisi.org.tr")."""
    parts = "|".join(re.escape(p) for p in sorted(shipped_words("wiki_address")))
    return re.compile(rf"^(?:https?://)?[^/]*(?:{parts})", re.IGNORECASE)


@functools.cache
def law_host() -> re.Pattern[str]:
    """A state's database of its acts, by its host (`[words] law_address`: "adilet.zan.kz",
    "mevzuat.gov.tr", "lex.uz"): what it serves is an act, or a court's decision."""
    hosts = "|".join(re.escape(h) for h in sorted(shipped_words("law_address")))
    return re.compile(rf"^(?:https?://)?(?:www\.)?(?:{hosts or '(?!)'})(?:/|$)", re.IGNORECASE)


@functools.cache
def social_host() -> re.Pattern[str]:
    """A social platform's address (`[words] social_host`: "twitter.com", "t.me"): a post on
    one is read as a web page of the platform, never a paper's item."""
    hosts = "|".join(re.escape(h) for h in sorted(shipped_words("social_host")))
    return re.compile(rf"^(?:https?://)?(?:www\.|m\.|mobile\.)?(?:{hosts})/", re.IGNORECASE)


@functools.cache
def news_path(numbered: bool = True) -> re.Pattern[str]:
    """A news article's address: a dated path, a language's news word or news section's
    (`[words] news_path`, `section_path`), or (`numbered`) a long-numbered path."""
    news = shipped_words("news_path") | shipped_words("section_path")
    words = "|".join(re.escape(w) for w in sorted(news))
    number = r"|[a-z-]*\d{5,}" if numbered else ""
    return re.compile(
        rf"/(?:\d{{4}}/(?:\d{{1,2}}|[a-z]{{3,9}}/\d{{1,2}})|{words}{number})", re.IGNORECASE
    )


@functools.cache
def page_path() -> re.Pattern[str]:
    """A page's address in a site's own sections ("/about/", "/docs/", "/tr/sayfa/",
    "/hakkimizda.html"): a language's page words, as a whole path segment (its file's
    extension after it)."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("page_path")))
    return re.compile(
        rf"^(?:https?://)?[^/]+/(?:[^/?#]+/)*?(?:{words})(?:\.[a-z]{{2,5}})?(?:[/?#]|$)",
        re.IGNORECASE,
    )


def site_page(url: str) -> bool:
    """Whether an address is in a site's own pages, not in its news."""
    return page_path().search(url) is not None and not news_path(False).search(url)


@functools.cache
def report_path() -> re.Pattern[str]:
    """A body's section of reports ("/reports/", "/pubs/research_reports/"): a language's
    `[words] report_path`, as a whole path segment."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("report_path")))
    return re.compile(rf"^(?:https?://)?[^/]+/(?:[^/?#]+/)*?(?:{words})/", re.IGNORECASE)


@functools.cache
def law_path() -> re.Pattern[str]:
    """A site's section of laws ("bp.gov.tm/laws/205", "/zakon/"): a language's law words."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("law_path")))
    return re.compile(rf"/(?:{words})\w*/", re.IGNORECASE)
