"""The type a generated item is labelled with, by the corpus's conventions.

A family draws a type and then values for it; the note it writes may not show that type, or
the corpus may name the same work otherwise (`tests/data/corpus/README.md`, whose dev gold is
the specification). The label is set after the note is written, from the item alone (no random
draw), so the notes stay the same:

- a web page's type is its site's kind: a news outlet's page (the pools' sites, bar bodies,
  governments, libraries and encyclopedias, `data/page-hosts.txt`) or a newspaper's is an
  ``article-newspaper``, another site's a ``webpage``;
- a report that no body wrote, or that a publishing house put out, is written as a book: a
  ``book`` (a body's work with no publishing house is its report);
- a paper in a book of papers that names no meeting (`Сборник научных трудов`, `Ғылыми
  еңбектер жинағы`, `Труды Института …`) is a ``chapter``: the corpus types a meeting's papers
  only;
- an archival document whose archive the note does not name, and any work whose note writes
  no more than its authors, title, pages and volume (a short form), has no type the note could
  tell: its label is left out (as the corpus leaves the type of such a note unscored).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from citekit.citations.meetings import names_collection
from citekit.training.pools import LANGS, pools

__all__ = ["label_type", "labelled", "news_outlet"]

_WEB = ("webpage", "article-newspaper")
# what a short form writes of any work: no host, imprint, date, address or kind of it (a law's
# title names its kind: `legislation` keeps its label)
_NO_EVIDENCE = frozenset({"type", "language", "author", "title", "page", "volume"})


@cache
def _page_hosts() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Hosts of sites that are not news outlets, host parts naming such sites, news exceptions."""
    text = (resources.files("citekit.training") / "data" / "page-hosts.txt").read_text("utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]
    news = frozenset(line[1:] for line in lines if line.startswith("!"))
    parts = tuple(line for line in lines if line.startswith(".") or line.endswith("."))
    hosts = frozenset(line for line in lines if line not in parts and not line.startswith("!"))
    return hosts, parts, news


@cache
def _newspapers() -> frozenset[str]:
    """The newspapers the pools name, of every language, casefolded."""
    names: set[str] = set()
    for lang in LANGS:
        p = pools(lang)
        names.update(p.get("newspapers"), p.large.get("newspapers", ()))
    return frozenset(name.casefold() for name in names)


def _host(url: str) -> str:
    """The host of `url`, casefolded, without "www."."""
    rest = url.split("://", 1)[-1].removeprefix("www.")
    return rest.split("/", 1)[0].split("?", 1)[0].casefold()


def news_outlet(url: str) -> bool:
    """Whether the site at `url` is a news outlet (any site the pools name but those listed)."""
    hosts, parts, news = _page_hosts()
    host = _host(url)
    if _names(host, news):
        return True
    if _names(host, hosts):
        return False
    dotted = f".{host}."
    return not any(part.strip(".").join("..") in dotted for part in parts)


def _names(host: str, sites: frozenset[str]) -> bool:
    """Whether `host` is one of `sites` or a subdomain of one."""
    return any(host == site or host.endswith("." + site) for site in sites)


def label_type(item: dict[str, Any]) -> str | None:
    """The type `item` (as the family wrote it, before pruning) is labelled with; None when
    the note gives no basis to decide one."""
    kind = item.get("type")
    if not isinstance(kind, str):
        return None
    if kind in _WEB:
        if str(item.get("container-title", "")).casefold() in _newspapers():
            return "article-newspaper"
        url = item.get("URL")
        if isinstance(url, str) and url:
            return "article-newspaper" if news_outlet(url) else "webpage"
        return kind
    if kind == "paper-conference" and names_collection(str(item.get("container-title", ""))):
        return "chapter"  # a book of papers read at no meeting: an edited book's part
    if kind == "report":
        bodies = [a["literal"] for a in item.get("author", ()) if "literal" in a]
        house = item.get("publisher")
        # a body's own publication is its report; one a publishing house put out is a book
        return kind if bodies and (not house or house in bodies) else "book"
    return kind


def labelled(item: dict[str, Any], kept: dict[str, Any]) -> dict[str, Any]:
    """`kept` (what the note wrote of `item`) with the type the corpus would give it."""
    kind = label_type(
        {**item, "author": kept.get("author", ()), "publisher": kept.get("publisher")}
    )
    if kind == "manuscript" and not ({"archive", "archive_location"} & kept.keys()):
        kind = None  # a bare short form of an archival document: nothing tells its type
    if kind != "legislation" and not (kept.keys() - _NO_EVIDENCE):
        kind = None  # a short form (names, title, pages): the work's type is not written
    if kind is None:
        return {key: value for key, value in kept.items() if key != "type"}
    return {**kept, "type": kind}
