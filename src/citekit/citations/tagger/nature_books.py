"""Nature's books and chapters: the imprint in the brackets that close the reference, the house
before its year (`Reki Srednei Azii (Gidrometeoizdat, 1965).`, `(Gidrometeoizdat, St
Petersburg, 1993)`), and a chapter's book after a small `in` with its editors in brackets
(`Aladin, N. V. & Plotnikov, I. S. in The Aral Sea (eds Micklin, P., Aladin, N. V. &
Plotnikov, I.) 49–76 (Springer, 2014).`). A house is one cited by its name alone or one whose
name ends as a house's (`[words] houses`, `house_endings`): `(Almaty, 2005)` and `(Harmondsworth,
1978)` keep their place; a bracket with a colon (`(Almaty: Dayk-Press, 2005)`) is another
style's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.body_acronyms import acronyms_only
from citekit.citations.tagger.align import OTHER, Run, is_year, label_at, painted
from citekit.citations.tagger.closing_initials import inverted_name_end
from citekit.citations.tagger.nature_hosts import doi_address
from citekit.citations.tagger.tokens import DASHES, Token, written_text
from citekit.languages import shipped_words

__all__ = ["nature_book_editors", "nature_chapter", "nature_imprint"]

_HOUSE: Final = 8  # tokens of a house's name at most
_LANGUAGE: Final = 4  # tokens of a language's bracket at most (`( in Russian )`)
_EDITORS: Final = frozenset({"eds", "ed", "Eds", "Ed"})
_EDITED_TAIL: Final = 6  # tokens of `(eds X, Y.)` at least before the imprint's bracket


def _closing_bracket(tokens: list[Token]) -> tuple[int, int] | None:
    """The `(` and `)` of `(…, YEAR)` closing the note (before its period, a `;` and an
    address, or a language's bracket: `(…, 1993) (in Russian).`), or None."""
    end = len(tokens)
    if end and tokens[end - 1].text == ".":
        end -= 1
    if end > _LANGUAGE and tokens[end - 1].text == ")" and not is_year(tokens[end - 2].text):
        k = end - 2
        while k > end - 2 - _LANGUAGE and tokens[k].text != "(":
            k -= 1
        end = k if tokens[k].text == "(" and tokens[k - 1].text == ")" else end
    for k in range(end - 1, max(end - 3, 0), -1):
        if doi_address(tokens[k].text):
            end = k - 1 if tokens[k - 1].text == ";" else end  # `(WGMS, 2021); https://…`
    close = end - 1
    if close < _LANGUAGE or tokens[close].text != ")" or not is_year(tokens[close - 1].text):
        return None
    if tokens[close - 2].text != ",":
        return None
    k = close - 3
    while k > close - 3 - 2 * _HOUSE and tokens[k].text not in "()":
        k -= 1
    return (k, close) if tokens[k].text == "(" else None


@functools.cache
def _houses() -> tuple[frozenset[str], tuple[str, ...]]:
    """The houses cited by name alone and the endings of a house's name (`[words] houses`,
    `house_endings`), case-folded."""
    houses = frozenset(w.casefold() for w in shipped_words("houses"))
    return houses, tuple(sorted({w.casefold() for w in shipped_words("house_endings")}))


def _house(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens `a`..`b` name a house: one cited by its name alone (`Springer`), or one
    whose name ends as a house's does (`Gidrometeoizdat`, `Cambridge Univ. Press`); an unknown
    word may be a town (`(Harmondsworth, 1978)`), a label (`(Reprint, 1968)`) or a name."""
    if a >= b or not tokens[a].text[:1].isupper():
        return False
    if any(t.text in ":;[]" for t in tokens[a:b]):
        return False  # `(Pittsburgh: University of Pittsburgh Press, 2008)`: Chicago's imprint
    houses, endings = _houses()
    written = written_text(tokens, a, b)
    if written.casefold() in houses or acronyms_only(written.split()):
        return True  # `(Springer, 2014)`, `(FAO, 2018)`: a known house, a body's acronym
    return tokens[b - 1].text.casefold().endswith(endings)


def nature_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the house of Nature's closing `(House, YEAR)` or `(House, Place, YEAR)`
    read as the publisher (and the place as such), where the model read a place, a host or
    nothing."""
    bracket = _closing_bracket(tokens)
    if bracket is None:
        return found
    o, close = bracket
    commas = [k for k in range(o + 1, close - 2) if tokens[k].text == ","]
    if len(commas) > 1:
        return found
    cut = commas[0] if commas else close - 2
    if not _house(tokens, o + 1, cut):
        return found
    if label_at(found, o + 1) not in ("publisher-place", "container-title", OTHER):
        return found
    if commas:
        if not tokens[cut + 1].text[:1].isupper():
            return found
        found = painted(found, ("publisher-place", cut + 1, close - 2))
    elif label_at(found, o + 1) == OTHER and label_at(found, o - 1) not in ("title", OTHER):
        return found
    out = painted(found, ("publisher", o + 1, cut))
    return painted(out, ("issued", close - 1, close))


def _editors(tokens: list[Token], a: int, b: int) -> list[Run] | None:
    """The names `Family, I. I.` between `a` and `b` (joined by `,` and `&`, closed by `et al.`)
    as editors' runs, or None where another word stands there."""
    out: list[Run] = []
    k = a
    while k < b:
        if tokens[k].text in (",", "&", "and"):
            k += 1
            continue
        if tokens[k].text == "et" and k + 1 < b and tokens[k + 1].text == "al":
            return out if k + 2 >= b - 1 else None
        end = inverted_name_end(tokens, k)
        if end is None or end > b:
            return None
        out.append(("editor", k, end))
        k = end
    return out or None


def nature_chapter(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a chapter's book after `in` read as the host, before the bracket of its
    editors (`in The Aral Sea (eds Micklin, P. & Plotnikov, I.) 49–76 (Springer, 2014).`)."""
    bracket = _closing_bracket(tokens)
    if bracket is None or {"in", "In"}.isdisjoint(t.text for t in tokens):
        return found
    o = bracket[0]
    for k in range(2, o - 3):
        if tokens[k].text not in ("in", "In") or tokens[k - 1].text != ".":
            continue
        et_al = tokens[k - 2].text == "al" and tokens[k - 3].text == "et"
        if not et_al and label_at(found, k - 2) not in ("author", "title"):
            continue  # `Aladin, N. V. in …`, `Kosarev, A. N. Caspian Sea. in …`
        if not tokens[k + 1].text[:1].isupper():
            return found
        opening = next(
            (
                j
                for j in range(k + 2, o)
                if tokens[j].text == "(" and tokens[j + 1].text in _EDITORS
            ),
            None,
        )
        if opening is None:
            return _paged_host(tokens, found, k, o)  # `In Proc. … (IGARSS) 9132–9135 (IEEE,`
        first = opening + 2 + (tokens[opening + 2].text == ".")
        shut = next((j for j in range(first, o) if tokens[j].text == ")"), None)
        if shut is None:
            return found
        names = _editors(tokens, first, shut)
        if names is None:
            return found
        between = tokens[shut + 1 : o]
        numbers = all(t.text.isdecimal() or t.text in DASHES for t in between)
        if between and not numbers and [t.text for t in between[:2]] != ["Ch", "."]:
            return found  # pages, or `Ch. 4`, between the editors and the imprint
        out = painted(found, (OTHER, k, k + 1))
        out = painted(out, ("container-title", k + 1, opening))
        out = painted(out, (OTHER, opening, shut + 1))
        for run in names:
            out = painted(out, run)
        if between:
            page = between[0].text.isdecimal()
            out = painted(out, ("page" if page else OTHER, shut + 1, o))  # or `Ch. 4`
        return out
    return found


def _paged_host(tokens: list[Token], found: list[Run], k: int, o: int) -> list[Run]:
    """`found` with the words after `in` up to the pages before the imprint's bracket read as
    the host (a proceedings' name: `In Proc. 2019 IEEE … Symposium (IGARSS) 9132–9135 (IEEE,
    2019).`), where no editors' bracket stands between."""
    p = o
    while p > k + 2 and (tokens[p - 1].text.isdecimal() or tokens[p - 1].text in DASHES):
        p -= 1
    if p == o or not tokens[p].text.isdecimal() or not tokens[k + 1].text[:1].isupper():
        return found
    out = painted(found, (OTHER, k, k + 1))
    out = painted(out, ("container-title", k + 1, p))
    return painted(out, ("page", p, o))


def nature_book_editors(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the bracket of a book's editors before its imprint's bracket read as such,
    the title ended before it (`Climate Change 2021: The Physical Science Basis (eds
    Masson-Delmotte, V. et al.) (Cambridge Univ. Press, 2021).`)."""
    bracket = _closing_bracket(tokens)
    if bracket is None or any(r[0] == "editor" for r in found):
        return found
    o = bracket[0]
    if o < _EDITED_TAIL or tokens[o - 1].text != ")":
        return found
    opening = next((j for j in range(o - 2, 0, -1) if tokens[j].text in "()"), None)
    if opening is None or tokens[opening].text != "(" or tokens[opening + 1].text not in _EDITORS:
        return found
    first = opening + 2 + (tokens[opening + 2].text == ".")
    names = _editors(tokens, first, o - 1)
    j = next((j for j, r in enumerate(found) if r[0] == "title" and r[1] < opening), None)
    if names is None or j is None or found[j][2] < opening:
        return found
    out = painted(found, ("title", found[j][1], opening))
    out = painted(out, (OTHER, opening, o))
    for run in names:
        out = painted(out, run)
    return out
