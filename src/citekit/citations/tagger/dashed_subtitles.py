"""A subtitle set between two dashes is the title's. Turkish (and some Russian) titles enclose
their subtitle in hyphens or dashes: `Türk Dış Politikası -Olgular, Belgeler, Yorumlar-,
İstanbul: İletişim, 2001`, `Mevlevîler- Şiir, Mûsıkî ve Tarih Bakımından-. Ankara: …`,
`Altın Orda … Devirleri -XIII. Yüzyıl-.` The opening dash is glued to one side only (a
hyphen glued to both joins one word: `Türk-Ermeni`; one spaced on both is a plain dash), the
closing one to the word before it, with a space or the sentence's mark after. The title runs
to the closing dash, over the commas and periods inside, whatever runs the model laid there."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run
from citekit.citations.tagger.tokens import SHORT_DASHES, Token, text_set

__all__ = ["dashed_subtitle"]

_MARKS: Final = frozenset(",.;:")
_SPAN: Final = 24  # tokens of a dashed subtitle at most
_STOPS: Final = frozenset({"/", ":", "(", "//"})  # an area's or an imprint's mark: no subtitle


def _glued(tokens: list[Token], k: int) -> bool:
    """Whether token `k` touches the one before it."""
    return k > 0 and tokens[k].start == tokens[k - 1].end


def _opening(tokens: list[Token], k: int) -> bool:
    """Whether the dash at `k` opens a subtitle: glued to one side only, a word on that side."""
    if tokens[k].text not in SHORT_DASHES or k + 1 >= len(tokens) or k == 0:
        return False
    before, after = _glued(tokens, k), _glued(tokens, k + 1)
    if before == after:
        return False
    word = tokens[k + 1].text if after else tokens[k - 1].text
    return word[:1].isalnum() and (after or tokens[k + 1].text[:1].isupper())


def _closing(tokens: list[Token], k: int) -> bool:
    """Whether the dash at `k` closes a subtitle: glued to the word before, and a space, the
    sentence's mark or the note's end after it."""
    if (
        tokens[k].text not in SHORT_DASHES
        or not _glued(tokens, k)
        or not tokens[k - 1].text.isalnum()
    ):
        return False
    return k + 1 == len(tokens) or not _glued(tokens, k + 1) or tokens[k + 1].text in _MARKS


def dashed_subtitle(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the first title's run that opens a dashed subtitle run on to its closing
    dash, the runs it covers given to it (a comma or a period after the dash to no field)."""
    if SHORT_DASHES.isdisjoint(text_set(tokens)):
        return found  # no dash (most notes)
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    d = next((k for k in range(a + 1, b) if _opening(tokens, k)), None)
    if d is None:
        return found
    c = None
    for k in range(d + 2, min(len(tokens), d + _SPAN)):
        if tokens[k].text in _STOPS:
            break
        if _closing(tokens, k):
            c = k
            break
    if c is None or c + 1 <= b:
        return found  # no closing dash, or the run already holds it
    end = c + 1
    out: list[Run] = [*found[:j], ("title", a, end)]
    for label, s, e in found[j + 1 :]:
        if e <= end:
            continue
        s = max(s, end)
        while s < e and tokens[s].text in _MARKS and label != OTHER:
            out.append((OTHER, s, s + 1))
            s += 1
        if s < e:
            out.append((label, s, e))
    return out
