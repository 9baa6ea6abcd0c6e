"""A slash written with no space beside it between two capitalised words joins one name:
`Radio Free Europe/Radio Liberty`, `Азаттық/Radio Azattyq`. GOST's responsibility slash is
spaced (` / `) and its host's is doubled (`//`); a name joined by a bare slash is one site's,
one publisher's or one author's, from its sentence's start to its end, whatever runs the model
split it into. A title that opens the name's sentence takes it whole (`A Multilingual
Input/Output Device for Indian Scripts.`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token, text_set, written_text
from citekit.languages import shipped_words

__all__ = ["document_symbol", "slashed_name", "symbol_label_tokens"]

# the label the name takes, first found
_HOSTS: Final[tuple[str, str]] = ("container-title", "publisher")
_SIDES: Final = frozenset({"title", "container-title", "publisher", "author"})
_STOPS: Final = frozenset('.,;:()[]«»“”"')  # what ends a name's sentence on either side
_ISSUE: Final = "issue"
_MAX_WORDS: Final = 6  # words of each side at most


def _capital(token: Token) -> bool:
    return token.text.isalpha() and token.text[0].isupper()


def _glued(tokens: list[Token], k: int) -> bool:
    """Whether the slash at `k` stands between two capitalised words with no space."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == "/"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
        and _capital(tokens[k - 1])
        and _capital(tokens[k + 1])
        and not (k > 1 and tokens[k - 2].text == "/")
        and not (k + 2 < len(tokens) and tokens[k + 2].text == "/")
    )


def _side(tokens: list[Token], owner: Sequence[str], k: int, step: int) -> int:
    """Where the name's words on one side of the slash at `k` end (exclusive of the stop):
    at a sentence's mark, or at a word no name's run holds (`Folklor/Edebiyat Vol. 111`)."""
    i, words = k + step, 0
    while 0 <= i < len(tokens) and tokens[i].text not in _STOPS and words < _MAX_WORDS:
        # … an acronym glued to the slash is the name's, whatever the model read it as
        # (`OSCE/ODIHR (2020)`: the model's author opens at `ODIHR`)
        acronym = words == 0 and tokens[i].text.isupper() and len(tokens[i].text) > 1
        if tokens[i].text.isalnum() and owner[i] not in _SIDES and not acronym:
            break
        words += tokens[i].text.isalnum()
        i += step
    return i


def slashed_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a name joined by a bare slash read whole as the site, the publisher or
    the author the model made of either side (`Radio Free Europe/Radio Liberty`)."""
    if "/" not in text_set(tokens):
        return list(found)
    out = list(found)
    for k in range(1, len(tokens) - 1):
        if not _glued(tokens, k):
            continue
        owner = [label for label, a, b in out for _ in range(a, b)]
        start, end = _side(tokens, owner, k, -1) + 1, _side(tokens, owner, k, 1)
        runs = [(label, a) for label, a, b in out if a < end and b > start and label != OTHER]
        labels = [label for label, _ in runs]
        if not labels or not set(labels) <= _SIDES:
            continue
        if any(label == "title" and a >= start for label, a in runs):
            # `A Multilingual Input/Output Device for Indian Scripts.`: the title's own words,
            # when its sentence ends within reach
            if end >= len(tokens) or tokens[end].text in _STOPS:
                out = painted(out, ("title", start, end))
            continue
        label = next((name for name in _HOSTS if name in labels), None)
        if label is None and set(labels) == {"author"}:
            label = "author"  # an author's run split in two (`ТАСС/Reuters`)
        if label is not None:
            out = painted(out, (label, start, end))
    return out


_SYMBOL_HEAD: Final = 5  # letters of a document symbol's first part at most (`A`, `S`, `UNEP`)
_LABEL_TOKENS: Final = 6  # tokens of a symbol's label at most (`U . N . Doc .`)
_SYMBOL_PARTS: Final = 3  # a symbol's parts at least (`S/2020/210`, `A/RES/68/262`)


def _symbol_end(tokens: list[Token], k: int) -> int:
    """Where a document symbol that opens at `k` ends (`A/RES/68/262`, `S/2020/210`: a head
    in capitals and parts joined by bare slashes), or `k` when none opens there."""
    head = tokens[k].text
    if not (head.isalpha() and head.isupper() and len(head) <= _SYMBOL_HEAD):
        return k
    if k and tokens[k - 1].end == tokens[k].start and tokens[k - 1].text not in _STOPS:
        return k  # inside a word
    i, parts = k + 1, 1
    while i + 1 < len(tokens) and tokens[i].text == "/" and tokens[i + 1].text.isalnum():
        if tokens[i].start != tokens[i - 1].end or tokens[i + 1].start != tokens[i].end:
            break
        i, parts = i + 2, parts + 1
    return i if parts >= _SYMBOL_PARTS else k


@functools.cache
def _symbol_labels() -> frozenset[str]:
    """The `[words] symbol_labels` (`UN Doc.`)."""
    return frozenset(shipped_words("symbol_labels"))


def _labelled(tokens: list[Token], k: int) -> int:
    """Where the label that names the symbol at `k` a document's opens (`UN Doc. A/HRC/39/3`),
    or `k` when no label stands just before it."""
    for i in range(max(0, k - _LABEL_TOKENS), k):
        if written_text(tokens, i, k) in _symbol_labels():
            return i
    return k


def symbol_label_tokens(tokens: list[Token]) -> frozenset[int]:
    """The tokens of the labels that name a document's symbol (`UN Doc.` before
    `A/HRC/39/3`): read, no lost text."""
    if "/" not in text_set(tokens):
        return frozenset()
    out: set[int] = set()
    for k in range(len(tokens)):
        if _symbol_end(tokens, k) > k and (label := _labelled(tokens, k)) < k:
            out.update(range(label, k))
    return frozenset(out)


def document_symbol(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a document's symbol (the UN's `A/RES/68/262`, `S/2020/210`) read as no
    host and no title: it numbers the document, and after its label (`UN Doc.`: `[words]
    symbol_labels`) it is the document's number. A numbered designation glued to a slash
    before a quoted title (`Resolution 68/262, “Territorial Integrity of Ukraine,”`) is the
    document's number too, not its title. One read as a report's number stays so."""
    if "/" not in text_set(tokens):
        return list(found)  # most notes (at C speed)
    out = list(found)
    k = 0
    while k < len(tokens):
        end = _symbol_end(tokens, k)
        if end > k and (label := _labelled(tokens, k)) < k:
            out = painted(painted(out, (OTHER, label, k)), ("number", k, end))
        elif end > k and (_ISSUE, k, end) not in out:
            # … unless read as a report's number after its title (`…, ECE/CEP/188 (Geneva:`)
            out = painted(out, (OTHER, k, end))
        k = max(end, k + 1)
    titles = [j for j, (label, _, _) in enumerate(out) if label == "title"]
    if len(titles) > 1:
        _, a, b = out[titles[0]]
        glued = (
            b + 1 < len(tokens) and tokens[b].text == "/" and tokens[b].start == tokens[b - 1].end
        )
        if glued and tokens[b - 1].text.isdecimal() and tokens[b + 1].text.isdecimal():
            out[titles[0]] = (OTHER, a, b)
    return [run for run in out if run[1] < run[2]]
