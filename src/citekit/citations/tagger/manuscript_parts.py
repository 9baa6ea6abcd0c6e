"""A manuscript's shelf mark and leaf as a note names them after its title (`Rashīd al-Dīn,
Jāmiʿ al-tawārīkh, MS Hazine 1654, Topkapı Sarayı Müzesi Kütüphanesi, İstanbul, fol. 213b.`).

The model, trained on printed works, reads the shelf mark and its library as the title's
words and the leaf's number as an edition. A manuscript's label (`[types] manuscript_label`:
`MS`, `Ms.`) after the title's comma opens its shelf mark: the title ends before it, and the
mark and the holder after it are no title's words (nor a host's). A leaf's label (`[types]
folio`: `fol.`, `vr.`) before a number, its side glued to it or not (`213b`, `45r`), is the
cited leaf: the page."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_type_words

__all__ = ["glued_side", "manuscript_parts"]

_SIDES: Final = frozenset({"a", "b", "r", "v", "а", "б"})  # and the Cyrillic `а`, `б`
_NAMED: Final = frozenset({"title", "container-title"})


@functools.cache
def _labels() -> frozenset[str]:
    return frozenset(w.rstrip(".").casefold() for w in shipped_type_words("manuscript_label"))


@functools.cache
def _folios() -> dict[str, bool]:
    """The leaf's labels, casefolded, each with whether it is shortened (its period written)."""
    return {w.rstrip(".").casefold(): w.endswith(".") for w in shipped_type_words("folio")}


def _leaf(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The leaf's number (its side glued to it) after a leaf's label at k, or None."""
    j = k + 1
    if j < len(tokens) and tokens[j].text == ".":
        j += 1
    if j >= len(tokens) or not tokens[j].text.isdecimal():
        return None
    end = j + 1
    side = end < len(tokens) and tokens[end].start == tokens[j].end
    if side and tokens[end].text in _SIDES:
        end += 1
    return j, end


def glued_side(tokens: list[Token], b: int) -> str:
    """The leaf's side glued to the number that a run closing at b ends on (`213b`), or ""."""
    if b < 2 or tokens[b - 1].text not in _SIDES or not tokens[b - 2].text.isdecimal():
        return ""
    return tokens[b - 1].text if tokens[b - 1].start == tokens[b - 2].end else ""


def manuscript_parts(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a manuscript's shelf mark and leaf read as the module's doc says."""
    labels, folios = _labels(), _folios()
    words = casefolded_set(tokens)
    if labels.isdisjoint(words) and words.isdisjoint(folios):
        return found  # no manuscript's nor leaf's label (most notes: one look-up)
    out = found
    for label, a, b in found:
        if label not in _NAMED:
            continue
        for k in range(a + 1, b - 1):
            shelf = tokens[k].text.rstrip(".").casefold() in labels
            after = k + 2 if tokens[k + 1].text == "." else k + 1  # `Ms. Or. 1235`
            if (
                shelf
                and after < b
                and tokens[k - 1].text == ","
                and tokens[after].text[:1].isalnum()
            ):
                out = painted(out, (OTHER, k - 1, b))
                break
    if any(run[0] == "page" for run in out):
        return out
    for k, token in enumerate(tokens):
        shortened = folios.get(token.text.casefold())
        if shortened is None or token.text.isupper():  # `FO 371/12345`: a record's series
            continue
        dotted = k + 1 < len(tokens) and tokens[k + 1].text == "."
        if (shortened and not dotted) or (leaf := _leaf(tokens, k)) is None:
            continue
        if k and tokens[k - 1].text not in (",", ".", ";"):
            continue
        out = painted(painted(out, (OTHER, k, leaf[0])), ("page", *leaf))
        break
    return out
