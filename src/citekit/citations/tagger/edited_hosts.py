"""A host book named with its editors before it, as English Wikipedia's cite templates render
a chapter or an encyclopedia entry (`"Chapter". In Sinor, Denis (ed.). The Cambridge History
of Early Inner Asia. Cambridge: …`, `In Doe, Jane; Roe, Richard (eds.). Encyclopedia …`), as
ISO 690 writes it, the editor's word after a comma (`In: CUMMINGS, Sally N., ed. Oil, Transition
and Security in Central Asia. London: …`), and as Vancouver does (`In: Smith J, Roe K, editors.
Health systems in transition. Copenhagen: …`): the names between the "In" word and the editor's
word are the editors, and the sentence after that word is the host. APA writes a comma after
the bracket and the pages in a bracket after the host (`In D. Kandiyoti (Ed.), Women, Islam and
the state (pp. 22–47).`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, is_year
from citekit.citations.tagger.ordinal_titles import glued_ordinal
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token

__all__ = ["bracketed_role", "editors_before_host", "names_only"]

_MAX_NAMES: Final = 24  # tokens of the editors' names at most (`Doe, Jane; Roe, Richard`)
_MAX_HOST: Final = 30  # tokens of the host's title at most
_KEPT: Final = frozenset({"DOI", "URL", "ISBN", "accessed"})
_EMPHASIS: Final = frozenset("*_")  # Markdown's emphasis around a host's name
_PARTICLE: Final = 3  # letters of a lower-case particle in a name at most (`van`, `de`, `al`)


def bracketed_role(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """The index after `(ed.)` / `(eds.)` opening at `k` and its period, or None."""
    if tokens[k].text != "(" or k + 1 >= len(tokens):
        return None
    if "Beditor" not in marks[k + 1] and not ("Beditor" in marks[k] and "editor" in marks[k + 1]):
        return None  # … the lexicon's entry may hold the bracket itself (`(eds)`)
    j = k + 2
    while j < len(tokens) and tokens[j].text == ".":
        j += 1
    if j + 1 >= len(tokens) or tokens[j].text != ")":
        return None
    if tokens[j + 1].text[:1].isupper() and tokens[j + 1].text.isalpha():
        return j + 1  # Harvard's `(eds) Education and …`: no period after the bracket
    if tokens[j + 1].text not in ".:,":
        return None  # `(ed.).`, German's `(Hrsg.):`, APA's `(Ed.),`
    return j + 2


def _comma_role(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """The index after `, ed.` (ISO 690) or `, editors.` (Vancouver) at `k` and its period;
    None when a semicolon follows, as ACS and MDPI close the editors' part after the host's
    (`In Book Title; Ibatullin, S., Ed.; Springer: Cham, 2018`)."""
    if tokens[k].text != "," or k + 2 >= len(tokens) or "Beditor" not in marks[k + 1]:
        return None
    if tokens[k + 2].text != "." or (k + 3 < len(tokens) and tokens[k + 3].text == ";"):
        return None
    return k + 3


def _role_at(tokens: list[Token], marks: list[set[str]], first: int, last: int) -> int | None:
    """Where the editor's word's bracket or comma opens among tokens `first`..`last`."""
    for k in range(first, last):
        if _role_opens(tokens, marks, k):
            return k
    return None


_INITIALLED: Final = 4  # `Clarke`, `,`, `P`, `.`: a family, its comma and an initial at least


def names_only(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the tokens from `a` to `b` are only names: capitalised words, initials, short
    lower-case particles before a capitalised word (`van Donzel, E.`, `de Weese`) and the
    commas, periods, semicolons and "and" between them."""
    if b <= a:
        return False
    for k in range(a, b):
        text = tokens[k].text
        if text in (",", ".", ";", "&", "-", "and"):
            continue
        if not text.replace("-", "").replace("'", "").isalpha():
            return False
        particle = text.islower() and len(text) <= _PARTICLE and k + 1 < b
        if not (text[:1].isupper() or (particle and tokens[k + 1].text[:1].isupper())):
            return False
    return True


def _initialled(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the names from `a` to `b` end on an initial and its period before the role's
    bracket (`Clarke, P. and Abenov, N.`): a book's title is never so written."""
    return (
        b - a >= _INITIALLED
        and tokens[b].text == "("
        and tokens[b - 1].text == "."
        and len(tokens[b - 2].text) == 1
        and tokens[b - 2].text.isupper()
    )


def _host_end(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """Where the host's title that opens at `k` ends: its sentence's period (a spaced period
    after a word of more than one letter), not an ordinal's after a word of the title
    (`Zentralasien im 21. Jahrhundert`, `Geschichte des 20. Jahrhunderts`), or APA's bracket
    of its pages (`Women, Islam and the state (pp. 22–47).`)."""
    if tokens[k - 1].text == ",":  # APA's `(Ed.), Host (pp. 22–47).`: its pages' bracket
        paged = (j for j in range(k + 1, min(k + _MAX_HOST, len(tokens))) if tokens[j].text == "(")
        return next(
            (j for j in paged if _paged_bracket(tokens, marks, j) or _imprint_bracket(tokens, j)),
            None,
        )  # … or OSCOLA's imprint: `(eds), Host (Oxford University Press 2013) 1050–1075`
    for j in range(k, min(k + _MAX_HOST, len(tokens))):
        if tokens[j].text != ".":
            continue
        if j - 2 >= k and j + 1 < len(tokens) and _ordinal_after_word(tokens, j - 1):
            continue
        spaced = j + 1 == len(tokens) or tokens[j + 1].start > tokens[j].end
        if spaced and len(tokens[j - 1].text) > 1:
            return j if j > k else None
    return None


_PAGED_BRACKET: Final = 10  # tokens of APA's bracket after a host at most (`(2. bs., ss. 5-8)`)


def _comma_after_role(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether the editor's bracket opening at `k` has a comma after it (`(eds),`)."""
    host = bracketed_role(tokens, marks, k) if tokens[k].text == "(" else None
    return host is not None and tokens[host - 1].text == ","


def _imprint_bracket(tokens: list[Token], j: int) -> bool:
    """Whether the bracket opening at `j` is an imprint's, words then a year before its close
    (`(Oxford University Press 2013)`, `(Routledge, 2019)`)."""
    for k in range(j + 2, min(j + _PAGED_BRACKET, len(tokens))):
        if tokens[k].text == ")":
            return is_year(tokens[k - 1].text) and tokens[j + 1].text[:1].isupper()
        if tokens[k].text in "()":
            return False
    return False


def _paged_bracket(tokens: list[Token], marks: list[set[str]], j: int) -> bool:
    """Whether the bracket opening at `j` holds a page's label before it closes (`(pp.
    22–47)`, `(2. bs., ss. 55-88)`) or only a range of pages (`(330–367)`)."""
    for k in range(j + 1, min(j + _PAGED_BRACKET, len(tokens))):
        if tokens[k].text == ")":
            inner = [t.text for t in tokens[j + 1 : k]]
            ranged = len(inner) == 3 and inner[0].isdigit() and inner[2].isdigit()
            return ranged and not (is_year(inner[0]) and is_year(inner[2]))  # `(1991–2021)`
        if "Bpage" in marks[k]:
            return True
    return False


def _ordinal_after_word(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is an ordinal's number with its glued period after a lower-case word
    of a title and before another word (`im 21. Jahrhundert`, `vom 15. bis zum 18.`), as
    German, Turkish and Polish write ordinals; a number after a label's period (`Bd. 3.
    Berlin`) is none."""
    before = tokens[k - 1].text
    return (
        glued_ordinal(tokens, k)
        and before.isalpha()
        and before.islower()
        and tokens[k + 2].text[:1].isalpha()
    )


def _role_opens(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether the editor's word opens at token `k`: a bracket, or a comma before the word."""
    return tokens[k].text == "(" or (
        tokens[k].text == "," and k + 1 < len(tokens) and "Beditor" in marks[k + 1]
    )


def editors_before_host(
    tokens: list[Token], marks: list[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with the names after an "In" word and before an editor's word (bracketed, or
    after a comma) read as the editors, and the sentence after it as the host."""
    out = list(labels)
    seen = marks_union(marks)
    if "in" not in seen or "Beditor" not in seen:
        return out  # most notes have no "In" word or no editor's word
    for i in range(1, len(tokens) - 4):
        if "in" not in marks[i] or tokens[i - 1].text not in ".:?!,":
            continue
        first = i + 2 if tokens[i + 1].text == ":" else i + 1  # German's `In:`
        last = min(i + _MAX_NAMES + 2, len(tokens))
        end = _role_at(tokens, marks, first, last)
        if end is None or not names_only(tokens, first, end):
            continue
        if tokens[i - 1].text == "," and not (
            _initialled(tokens, first, end) or _comma_after_role(tokens, marks, end)
        ):
            continue  # after a comma only Harvard's `, in Clarke, P. and Abenov, N. (eds)`
            # … or OSCOLA's `, in Philip Alston and Ryan Goodman (eds), Host (OUP 2013)`
        if tokens[end].text == "(":
            host = bracketed_role(tokens, marks, end)
        else:
            host = _comma_role(tokens, marks, end)
        stop = _host_end(tokens, marks, host) if host is not None and host < len(tokens) else None
        if host is None or stop is None:
            continue
        if any(out[k] in _KEPT for k in range(i + 1, stop)):
            continue
        out[i:first] = [OTHER] * (first - i)
        out[first:end] = ["editor" if t.text not in ";&" else OTHER for t in tokens[first:end]]
        while host < stop and tokens[host].text in _EMPHASIS:
            host += 1  # `_Host_`: the emphasis is no part of the name
        named_end = stop
        while named_end > host and tokens[named_end - 1].text in _EMPHASIS:
            named_end -= 1
        out[end:host] = [OTHER] * (host - end)
        out[host:named_end] = ["container-title"] * (named_end - host)
        out[named_end:stop] = [OTHER] * (stop - named_end)
        return _imprint_after(tokens, out, stop)
    return out


def _imprint_after(tokens: list[Token], labels: list[str], stop: int) -> list[str]:
    """`labels` with the host's run the model carried on past the host's period read as the
    imprint it is (`Health systems. Geneva: WHO; 2010`): the place before its colon, the
    publisher after it."""
    end = stop + 1
    while end < len(labels) and labels[end] == "container-title":
        end += 1
    if end == stop + 1 or labels[stop] != "container-title":
        return labels
    labels[stop] = OTHER
    colon = next((k for k in range(stop + 1, end) if tokens[k].text == ":"), None)
    if colon is None:
        labels[stop + 1 : end] = ["publisher"] * (end - stop - 1)
        return labels
    labels[stop + 1 : colon] = ["publisher-place"] * (colon - stop - 1)
    labels[colon] = OTHER
    labels[colon + 1 : end] = ["publisher"] * (end - colon - 1)
    return labels
