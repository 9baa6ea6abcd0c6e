"""A periodical's quoted name after an unquoted title's comma. Polish notes (and others of
Central Europe) write the article's title plain and the journal's or the paper's name in
quotes: `A. Zawadzka, Pamięć stepu, „Polityka” 2021, nr 22, s. 58–60.`, `J. Rogoziński, Title,
„Rzeczpospolita”, 2.06.2020, s. A12.`, `О проекте, „Ашаршылық. Виртуальный музей памяти”,
https://…`. When the model ran the title over the quote, the quoted words are the host, the
title ends at the comma before them, and a year glued after the close is the date."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year, painted
from citekit.citations.tagger.quotes import CLOSING_MARKS, OPENING_MARKS
from citekit.citations.tagger.tokens import Token

__all__ = ["quoted_host_after_comma"]

_REACH: Final = 12  # words of the quoted name at most
_AFTER: Final = frozenset({OTHER, "title", "issued"})  # what the close and a year were read as
_RUNS: Final = frozenset({"title", "container-title"})
_AND: Final = 3  # letters of a joining word at most (`and`, `ve`, `і`): no title's own word


def _close(tokens: list[Token], c: int) -> int | None:
    """The closing mark of the quote that opens at token `c`, within reach, or None."""
    for d in range(c + 2, min(len(tokens), c + 2 + _REACH)):
        text = tokens[d].text
        if text in CLOSING_MARKS:
            return d
        if text in OPENING_MARKS and text not in CLOSING_MARKS:
            return None
    return None


def _opens(tokens: list[Token], k: int) -> bool:
    """Whether a double quote opens at token `k` right after a comma, or after a comma and one
    word of small letters (`, blog „Stepowe zapiski”`)."""
    if tokens[k].text not in OPENING_MARKS or tokens[k].text in "'‘":
        return False
    before = tokens[k - 1].text
    if before == ",":
        return True
    return before.isalpha() and before.islower() and k >= 2 and tokens[k - 2].text == ","


def _host_shaped(tokens: list[Token], a: int, comma: int, c: int, d: int) -> bool:
    """Whether the quote at `c`..`d` names a host after a title at `a`..`comma`: a capital opens
    its words; the title before the comma writes a word of four letters or more in small
    letters (not a list of names: `Риат Шони, Мейрамбек Ахмаханов, «…»`); the close ends the
    sentence, or a year, a comma or a period follows it (`» мамандығында оқиды`: the title's
    own quote)."""
    if not tokens[c + 1].text[:1].isupper():
        return False  # `"1865–1924"`, `«toplumsal değişim ve»`
    if not any(_small_word(t.text) for t in tokens[a:comma]):
        return False  # (`Miller and Carpenter, “Nomads”`: names joined by "and")
    after = tokens[d + 1].text if d + 1 < len(tokens) else ""
    return after in ("", ",", ".", ";") or is_year(after) or after[:1].isdigit()


def _small_word(text: str) -> bool:
    """A word in small letters longer than a joining word."""
    return text.isalpha() and text.islower() and len(text) > _AND


def quoted_host_after_comma(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a quoted name after the comma inside an unquoted title's run read as the
    host (see the module's doc), when the model read no host before it."""
    titled = False  # whether the title's run came before (`Title. Subtitle, „Host”` as a host)
    for j, (label, a, b) in enumerate(found):
        if label == "container-title" and not titled:
            return found  # a host read before the title
        if label not in _RUNS:
            continue
        if tokens[a].text in OPENING_MARKS or (a > 0 and tokens[a - 1].text in OPENING_MARKS):
            return found  # a quoted title: its own marks
        # the quote inside the run, or right after its comma (the model's second title run)
        c = next((k for k in range(a + 2, min(b + 2, len(tokens))) if _opens(tokens, k)), None)
        if c is None:
            if label == "container-title":
                return found
            titled = True
            continue
        comma = c - 1
        while tokens[comma].text != ",":
            comma -= 1  # `, blog „Stepowe zapiski”`: the host's kind word before its name
        d = _close(tokens, c)
        if d is None or any(run[0] not in _AFTER for run in found[j + 1 :] if run[1] <= d):
            return found
        if not _host_shaped(tokens, a, comma, c, d):
            return found
        out = found
        if label == "container-title":  # the title's sentence before it goes on to the comma
            start = next(run[1] for run in reversed(found[:j]) if run[0] == "title")
            out = painted(out, ("title", start, comma))
        out = painted(out, (OTHER, comma, c + 1))
        out = painted(out, ("container-title", c + 1, d))
        out = painted(out, (OTHER, d, d + 1))
        e = d + 1
        if e < len(tokens) and is_year(tokens[e].text) and tokens[e].start > tokens[d].end:
            if not any(run[0] == "issued" for run in found):
                out = painted(out, ("issued", e, e + 1))
            elif e < b:
                out = painted(out, (OTHER, e, b))
        elif e < b:
            out = painted(out, (OTHER, e, b))
        return out
    return found
