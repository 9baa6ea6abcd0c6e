"""What a cited address tells of the item's type: video hosts, journal platforms, blogs,
wikis and encyclopedias, a site's news, laws and own pages (the language files' path words)."""

from __future__ import annotations

import functools
import re

from citekit.languages import shipped_words

__all__ = [
    "BLOG",
    "JOURNAL_HOST",
    "VIDEO_HOST",
    "WIKI_HOST",
    "law_path",
    "news_path",
    "page_path",
    "site_page",
    "social_host",
]

VIDEO_HOST = re.compile(r"(?:youtube\.com|youtu\.be|vimeo\.com|rutube\.ru)", re.IGNORECASE)
# journal platforms: OJS's "/index.php/<journal>/article/view/", DergiPark, CyberLeninka, JSTOR
JOURNAL_HOST = re.compile(
    r"(?:/article/view/|dergipark\.org\.tr/|cyberleninka\.ru/article/|jstor\.org/stable/)",
    re.IGNORECASE,
)
# blog platforms and a site's blog section: a post, not a page or an article
BLOG = re.compile(
    r"(?:blogspot\.|wordpress\.com|livejournal\.com|medium\.com|substack\.com|/blogs?/)",
    re.IGNORECASE,
)
# wikis and encyclopedias, by their host's name in any language ("encyclopedia.kz",
# "islamansiklopedisi.org.tr", "enciklopediya")
WIKI_HOST = re.compile(
    r"^(?:https?://)?[^/]*(?:wikipedia\.org|wikiwand\.com|britannica\.com|encyclop|enciklop"
    r"|ensiklop|ansiklop|enzyklop|bigenc\.ru)",
    re.IGNORECASE,
)


@functools.cache
def social_host() -> re.Pattern[str]:
    """A social platform's address (`[words] social_host`: "twitter.com", "t.me"): a post on
    one is read as a web page of the platform, never a paper's item."""
    hosts = "|".join(re.escape(h) for h in sorted(shipped_words("social_host")))
    return re.compile(rf"^(?:https?://)?(?:www\.|m\.|mobile\.)?(?:{hosts})/", re.IGNORECASE)


@functools.cache
def news_path(numbered: bool = True) -> re.Pattern[str]:
    """A news article's address: a dated path, a language's news word, or (`numbered`) a
    long-numbered path."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("news_path")))
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
def law_path() -> re.Pattern[str]:
    """A site's section of laws ("bp.gov.tm/laws/205", "/zakon/"): a language's law words."""
    words = "|".join(re.escape(w) for w in sorted(shipped_words("law_path")))
    return re.compile(rf"/(?:{words})\w*/", re.IGNORECASE)
