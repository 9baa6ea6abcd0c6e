"""What tells a news item read online from any site's page (the language files' `[types]`
news_site and news_host words, `[words]` newspaper and news_path words). Read by the type
rules (`types.rule_type`) for every language:

- A news item needs a news outlet's mark: the outlet named as the host or in the address
  (`Eurasianet`, `tengrinews.kz`, `salamnews.tm`; a named host at an address under a news
  top-level domain, `Голос Криму` at `suspilne.media`), a paper's own word in the host's name
  (`Вечерняя Москва газетасы`, `Astana Times`, `Haber Ajansı`), or an address in a news
  folder or dated (`/news/`, `/haber/`, `/novosti/`, `/2023/05/14/`). A host and a day's date
  alone are any site's: a think tank's commentary (`…, SETA, 5 Mayıs 2022, https://…`), a
  data portal's chart (`Statista`, `Our World in Data`), a ministry's or a university's
  announcement; so is a long number in the address (`statista.com/statistics/1141221/`,
  `carnegieendowment.org/politika/89932`: a page's id, on a news site or not).
- A page a body signs or, no one signing it, publishes, no host named (`Пресс-служба КазНУ.
  Студенты … 05.05.2022. URL: …/news/…`, `"…", Ankara Üniversitesi, 14 Mart 2023, https://…
  /haberler/…`): the body's own page, a folder named news or not, unless the body is a news
  outlet (`Anadolu Ajansı`, `Reuters Staff`). Signed and dated to the year alone, it is the
  body's report (`Türk Tarih Kurumu. 2011. Title. https://…`), as a body's own work is,
  unless a book's imprint prints it (an editor, an edition, an extent, a volume, an ISBN:
  `Совет Федерации. Истина и метод. 7-е изд. Юрайт, 2012`).
- A body's whole work read online, its place named and dated to the year (`Freedom House,
  Nations in Transit 2022: Kazakhstan, Washington, DC, 2022, https://…`, `OECD (2021), …, OECD
  Publishing, Paris, https://…`): the body's report, no page of its site.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Final

from citekit.citations.addresses import news_path
from citekit.citations.names import is_organisation
from citekit.citations.news_outlets import news_outlet
from citekit.citations.type_cues import has_cue
from citekit.languages import available_languages, language, shipped_type_words, shipped_words

__all__ = [
    "STATE_HOST",
    "body_issued",
    "body_page",
    "body_published",
    "body_report",
    "body_signed",
    "dated_news",
    "news_evidence",
    "own_work",
    "site_host",
]

STATE_HOST: Final = re.compile(r"(?:^|\.)gov(?:\.[a-z]{2})?$", re.IGNORECASE)  # a state's domain
_HOST: Final = re.compile(r"^(?:https?://)?(?:www\.)?([^/?#\s]+)", re.IGNORECASE)
_WORD: Final = re.compile(r"\w+")
_DOMAIN: Final = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,6}$", re.IGNORECASE)


def site_host(url: str) -> str:
    """An address's host (`kaz.tengrinews.kz`), or ""."""
    found = _HOST.match(url)
    return found.group(1) if found else ""


def dated_news(url: str) -> bool:
    """Whether an address is a news item's: a dated path (`/2023/05/14/`) or a news word's
    or a news section's folder (`/news/`, `/haber/`, `/politika/`); a long number alone is any
    page's id."""
    return bool(url) and news_path(False).search(url) is not None


@functools.cache
def _section_id() -> re.Pattern[str]:
    """A news section's folder with only a page's number after it (`/politika/89932`)."""
    words = "|".join(re.escape(w.rstrip("/")) for w in sorted(shipped_words("section_path")))
    return re.compile(rf"/(?:{words})/\d+/?(?=[?#]|$)", re.IGNORECASE)


_BODY_WORD: Final = 6  # letters of a body's head word read inside a host's name (`council`)


@functools.cache
def _body_words() -> frozenset[str]:
    """The `[names] organisation` words long enough to read inside a host's name."""
    return frozenset(
        folded
        for code in available_languages()
        for w in language(code).organisation_words
        if (folded := w.casefold()).isascii() and folded.isalpha() and len(folded) >= _BODY_WORD
    )


def _body_site(container: str, url: str) -> bool:
    """Whether a page is on a body's site: the host names a body (`Московский центр Карнеги`)
    or its address does (`carnegieendowment.org`, `russiancouncil.ru`)."""
    labels = site_host(url).casefold().split(".")[:-1]
    words = _body_words()
    return is_organisation(container) or any(w in label for label in labels for w in words)


def _section_news(container: str, url: str) -> bool:
    """Whether an address is a news item's by its folders: a news section's folder with only a
    page's number after it (`/politika/89932`) is a body's column on a body's site (a think
    tank's `Carnegie Politika`), a news outlet's section on any other (`zbruc.eu/politics/…`)."""
    if not dated_news(url):
        return False
    return not _body_site(container, url) or dated_news(_section_id().sub("/", url))


def news_evidence(container: str, url: str) -> bool:
    """Whether a page read online is a news outlet's (see the module's doc)."""
    if news_outlet(container) or has_cue("newspaper", container):
        return True
    if not url:
        return False
    return (
        news_outlet(site_host(url))
        or _section_news(container, url)
        or _outlet_domain(container, url)
    )


@functools.cache
def _news_domains() -> frozenset[str]:
    """Top-level domains news outlets register under (`[types] news_domain`: `.media`)."""
    return frozenset(w.casefold() for w in shipped_type_words("news_domain"))


def _outlet_domain(container: str, url: str) -> bool:
    """Whether a host named by its own name (`Голос Криму`, no domain) is read at an address
    under a news outlet's top-level domain (`suspilne.media`, `zona.media`): a site named by
    its domain (`// suspilne.media`) is a site, whatever its domain."""
    labels = site_host(url).casefold().split(".")
    named = bool(container) and not _DOMAIN.fullmatch(container.strip(" ."))
    return named and len(labels) > 1 and labels[-1] in _news_domains()


def own_work(fields: Mapping[str, object]) -> bool:
    """Whether a body's whole work read online names its place and its year (see the module's
    doc): the host a body, or the body its own publisher (`OECD` … `OECD Publishing`), no
    person writing it, no periodical's numbers nor a news outlet's mark."""
    host = str(fields.get("container-title") or "")
    url = str(fields.get("URL") or "")
    if not (host and url and fields.get("publisher-place")) or fields.get("author"):
        return False
    if any(fields.get(k) for k in ("volume", "issue", "DOI", "page", "editor", "ISBN")):
        return False
    issued = fields.get("issued")
    if issued is None or getattr(issued, "month", None) is not None:
        return False
    if news_evidence(host, url):
        return False
    publisher = str(fields.get("publisher") or "")
    named = set(_WORD.findall(host.casefold()))
    own = bool(publisher) and named <= set(_WORD.findall(publisher.casefold()))
    return own or (not publisher and (is_organisation(host) or _acronym(host)))


def _acronym(host: str) -> bool:
    """Whether a host is a body's acronym or a short name of two words at most (`OECD`,
    `Freedom House`): a site's name, as a body names itself."""
    return 0 < len(host.split()) <= 2 and not any(c.isdigit() for c in host)


def body_signed(fields: Mapping[str, object]) -> bool:
    """Whether a body signs a page read online that names no host (see the module's doc)."""
    names = fields.get("author")
    if fields.get("container-title") or not fields.get("URL") or not isinstance(names, tuple):
        return False  # … or a body publishes it, no one signing it: `body_page`
    written = [str(n) for n in names]
    return bool(written) and all(_body(w) for w in written)


def body_page(fields: Mapping[str, object]) -> bool:
    """Whether a page read online that names no host is a body's own: a body signs it, or,
    no one signing it, a body publishes it (`"…", Ankara Üniversitesi, 14 Mart 2023,
    https://…/haberler/…`), no news outlet."""
    if body_signed(fields):
        return True
    if fields.get("author") or fields.get("container-title") or not fields.get("URL"):
        return False
    return _body(str(fields.get("publisher") or ""))


def _body(name: str) -> bool:
    return is_organisation(name) and not (news_outlet(name) or has_cue("newspaper", name))


_BOOK_MARKS: Final = ("editor", "edition", "ISBN", "number-of-pages", "volume")


def body_issued(fields: Mapping[str, object]) -> bool:
    """Whether a work a body signs is issued by the body, no book's imprint printing it: no
    editor, edition, extent, volume or ISBN (see the module's doc)."""
    return not any(fields.get(k) for k in _BOOK_MARKS)


def body_report(fields: Mapping[str, object]) -> bool:
    """Whether a body's work read online is its report: its whole work placed (`own_work`), or
    one it signs, dated to the year, issued by no book's imprint nor a publishing house, off a
    state's own domain (a state's site holds its pages: `body_page`)."""
    if own_work(fields):
        return True
    issued = fields.get("issued")
    if issued is None or getattr(issued, "day", None) is not None:
        return False
    url = str(fields.get("URL") or "")
    state = STATE_HOST.search(site_host(url)) is not None
    return not state and body_signed(fields) and body_issued(fields) and _self_issued(fields)


def body_published(fields: Mapping[str, object]) -> bool:
    """Whether a work a body signs, read online and dated to the year, names a publishing house
    that is neither the body nor a news outlet (`Türk Tarih Kurumu. … Berikan Yayınları, 2018.
    https://…`): a book the house printed, as it is on paper (`printed_reports.py`)."""
    issued = fields.get("issued")
    if issued is None or getattr(issued, "day", None) is not None or not body_signed(fields):
        return False
    publisher = str(fields.get("publisher") or "")
    if not publisher or news_outlet(publisher) or has_cue("newspaper", publisher):
        return False
    return not _self_issued(fields)


def _self_issued(fields: Mapping[str, object]) -> bool:
    """Whether a body's signed work names no publishing house but the body itself (`World
    Bank. … Washington, DC: World Bank`): a house printing it (`Совет Федерации. … Тюмень:
    Гелиос, 2012. http://…`) makes it a book, read online or not (`printed_reports.py`)."""
    publisher = str(fields.get("publisher") or "")
    if not publisher:
        return True
    signed = " ".join(str(n) for n in fields.get("author") or ())  # type: ignore[attr-defined]
    return set(_WORD.findall(publisher.casefold())) <= set(_WORD.findall(signed.casefold()))
