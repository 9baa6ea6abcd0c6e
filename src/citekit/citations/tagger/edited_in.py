"""OSCOLA's chapter: `Author, 'Chapter' in Editor and Editor (eds), Book (Publisher 2021) 133.`
The names between `in` after the chapter's closing quote and the bracketed editors' word are
the editors, and the words after the bracket up to the imprint's bracket are the host. So are
they after the chapter title's comma, and the host then runs to the imprint's comma (Italian,
Spanish and OECD notes: `Title, in M. Verdi - P. Gallo (a cura di), Book, Napoli, …`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations._words import and_words
from citekit.citations.tagger.align import OTHER, Run, labels_at, painted
from citekit.citations.tagger.quotes import QUOTE_PAIRS
from citekit.citations.tagger.tokens import Token
from citekit.languages import shipped_words

__all__ = ["editors_after_comma_in", "editors_before_host", "host_over_article", "in_words"]

_CLOSING: Final = frozenset(QUOTE_PAIRS.values())
_EDITED: Final = frozenset({"ed", "eds"})  # the bracketed word after the names (`(eds)`)
_JOINS: Final = frozenset({"and", "&", ",", "."})
_STOPS: Final = frozenset({".", ";"})  # what closes a host's name before its imprint
_NAMES: Final = 14  # tokens of the editors' names at most
_HOST: Final = 30  # tokens of the host's name at most


def _named(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`–`b` are names: capitalised words, initials and their joins."""
    if b <= a or not tokens[a].text[:1].isupper():
        return False
    return all(t.text in _JOINS or (t.text.isalpha() and t.text[:1].isupper()) for t in tokens[a:b])


def _edited_at(tokens: list[Token], k: int) -> int | None:
    """The token after the bracket `(eds)` / `(ed.)` opening at `k`, or None."""
    if k + 2 >= len(tokens) or tokens[k].text != "(" or tokens[k + 1].text not in _EDITED:
        return None
    end = k + 3 if tokens[k + 2].text == "." else k + 2
    if end >= len(tokens) or tokens[end].text != ")":
        return None
    return end + 2 if end + 1 < len(tokens) and tokens[end + 1].text == "," else end + 1


def editors_before_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an OSCOLA chapter's editors and host read (module doc)."""
    for i in range(1, len(tokens) - 4):
        if tokens[i].text != "in" or tokens[i - 1].text not in _CLOSING:
            continue
        k = next(
            (k for k in range(i + 2, min(i + 2 + _NAMES, len(tokens))) if tokens[k].text == "("),
            None,
        )
        if k is None or not _named(tokens, i + 1, k) or (h := _edited_at(tokens, k)) is None:
            continue
        m = next((m for m in range(h, min(h + _HOST, len(tokens))) if tokens[m].text == "("), None)
        if m is None or m == h or m + 1 >= len(tokens) or not tokens[h].text[:1].isupper():
            continue
        if not (tokens[m + 1].text[:1].isupper() or tokens[m + 1].text[:1].isdigit()):
            continue  # the imprint's bracket (`(Cambridge University Press 2021)`), no role's
        if any(t.text in _STOPS for t in tokens[h:m]):
            continue  # the host's name runs to the imprint's bracket: no sentence ends in it
        for run in ((OTHER, i, i + 1), ("editor", i + 1, k), (OTHER, k, h)):
            found = painted(found, run)
        return painted(found, ("container-title", h, m))
    return found


@functools.cache
def in_words() -> frozenset[str]:
    """The words that open a host (`[words] in`, `in_bare`), without their colon: `in`, `en`."""
    words = shipped_words("in_") | shipped_words("in_bare")
    return frozenset(w.rstrip(":").casefold() for w in words if w.rstrip(":").isalpha())


@functools.cache
def _roles() -> frozenset[str]:
    """The editors' words written in brackets (`(eds.)`, `(a cura di)`, `(dir.)`), their
    words and marks lower-cased without the brackets and spaces."""
    words = shipped_words("editor")
    return (
        frozenset("".join(w.strip("()").split()).casefold() for w in words if w.startswith("("))
        | _EDITED
    )


@functools.cache
def _name_joins() -> frozenset[str]:
    return _JOINS | {"-", "–"} | frozenset(w.casefold() for w in shipped_words("and_"))


def _role_end(tokens: list[Token], k: int) -> int | None:
    """The token after the bracketed editors' word opening at `k` (`(eds.)`, `(a cura di)`)."""
    for end in range(k + 2, min(k + _ROLE, len(tokens))):
        if tokens[end].text == ")":
            role = "".join(t.text for t in tokens[k + 1 : end]).casefold()
            return end + 1 if role in _roles() else None
    return None


def _names_between(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`–`b` are editors' names in any order: capitalised words, initials,
    and the marks and words joining them (`M. Verdi - P. Gallo`, `Dalton, S. and R. Islamov`)."""
    if b <= a or not tokens[a].text[:1].isupper():
        return False
    return all(
        t.text.casefold() in _name_joins() or (t.text.isalpha() and t.text[:1].isupper())
        for t in tokens[a:b]
    )


def _host_end(tokens: list[Token], marks: list[set[str]], found: list[Run], h: int) -> int | None:
    """The comma that ends a host opening at `h`: the one before the first part (between
    commas) that holds a field of the imprint or the host's numbers (`Vol. 1`, `Cilt 2`, `2nd
    edn`, `London`, `2001`), is a city, or is a house before its city (`M.E. Sharpe, Armonk`)."""
    labels = labels_at(found, len(tokens))
    bracket = next((k for k in range(h, len(tokens)) if tokens[k].text == "("), len(tokens))
    # a bracket closes the host first (Chicago's `Book (London: Routledge, 2011)`): not this form
    commas = [k for k in range(h + 1, bracket) if tokens[k].text == ","]
    for n, c in enumerate(commas):
        end = commas[n + 1] if n + 1 < len(commas) else bracket
        part = range(c + 1, end)
        if any(labels[k] in _IMPRINT_PARTS for k in part) or _city(tokens, marks, part):
            return c
        if any(tokens[k].text.casefold() in _number_words() for k in part):
            return c  # `Vol. 1`, `Cilt 2`, `2nd edn`: the host's volume or edition
        after = range(end + 1, commas[n + 2] if n + 2 < len(commas) else bracket)
        if _house(tokens, part) and end < bracket and _city(tokens, marks, after):
            return c  # `…, M.E. Sharpe, Armonk, 2005`: the house before its city
    return None


@functools.cache
def _number_words() -> frozenset[str]:
    """The words of a volume, an edition and an ordinal's ending (`[words] volume`, `edition`,
    `ordinal_suffixes`: `Vol`, `Cilt`, `edn`, `nd`), lower-cased, without their period."""
    words = (w for k in ("volume", "edition", "ordinal_suffixes") for w in shipped_words(k))
    return frozenset(w.casefold().rstrip(".") for w in words if " " not in w)


def _house(tokens: list[Token], part: range) -> bool:
    """Whether the words of `part` may be a house's name: a few capitalised words, no small
    joining word (`Past and Present`, `and Geopolitics` close a title)."""
    words = [tokens[k].text for k in part if tokens[k].text.isalpha()]
    return 0 < len(words) <= _HOUSE_WORDS and all(w[:1].isupper() for w in words)


def _city(tokens: list[Token], marks: list[set[str]], part: range) -> bool:
    """Whether the words of `part` are a city's name (`London`, `New York`)."""
    words = [k for k in part if tokens[k].text.isalpha()]
    return bool(words) and len(words) <= _CITY_WORDS and all(marks[k] & _CITY_MARKS for k in words)


def editors_after_comma_in(
    tokens: list[Token], marks: list[set[str]], found: list[Run]
) -> list[Run]:
    """`found` with a chapter's editors named after the title's comma and "in", with their
    bracketed role, then the host up to its imprint (`Title, in M. Bassin - G. Pozo (eds.), The
    Politics of Eurasianism: Identity, …, London, …`, Spanish `en Pedro Aguirre (ed.), Título,
    Madrid`, Italian `in M. Verdi (a cura di), Titolo, Milano`): the names are the editors,
    the words up to the comma before the imprint's place (or house, or year) the host."""
    for i in range(1, len(tokens) - 4):
        if tokens[i - 1].text != "," or tokens[i].text.casefold() not in in_words():
            continue
        k = next(
            (k for k in range(i + 2, min(i + 2 + _NAMES, len(tokens))) if tokens[k].text == "("),
            None,
        )
        if k is None or not _names_between(tokens, i + 1, k):
            continue
        h = _role_end(tokens, k)
        if h is None or h + 1 >= len(tokens) or tokens[h].text != ",":
            continue
        h += 1
        comma = _host_end(tokens, marks, found, h)
        if comma is None:
            continue
        imprint = comma + 1
        for run in ((OTHER, i, i + 1), ("editor", i + 1, k), (OTHER, k, h)):
            found = painted(found, run)
        return painted(
            painted(found, ("container-title", h, imprint - 1)), (OTHER, imprint - 1, imprint)
        )
    return found


_ROLE: Final = 8  # tokens of a bracketed role at most (`( a cura di )`)
# the fields after a host's name: its numbers and its imprint
_IMPRINT_PARTS: Final = frozenset(
    {"publisher-place", "publisher", "issued", "page", "volume", "issue", "edition"}
)
_CITY_MARKS: Final = frozenset({"cities", "Bcities", "places", "Bplaces"})
_CITY_WORDS: Final = 3  # words of a city's name at most
_HOUSE_WORDS: Final = 4  # words of a house's name before its city at most (`Edward Elgar`)


@functools.cache
def _articles() -> frozenset[str]:
    """The articles a name never opens with (`[words] articles`: `the`), folded."""
    return frozenset(w.casefold() for w in shipped_words("articles"))


def host_over_article(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a person's run read after a host's run and a join and an article (`in The
    Steppe and the Sown, ed. J. Doe`) given back to the host: no name opens on an article."""
    for j in range(2, len(found)):
        (host, a, b), (gap, c, d), (person, e, f) = found[j - 2 : j + 1]
        if host != "container-title" or gap != OTHER or person not in _PERSONS or b != c or d != e:
            continue
        words = [t.text.casefold() for t in tokens[c:d]]
        if len(words) == 2 and words[0] in and_words() and words[1] in _articles():
            return [*found[: j - 2], ("container-title", a, f), *found[j + 1 :]]
    return found


_PERSONS: Final = frozenset({"author", "editor", "translator"})
