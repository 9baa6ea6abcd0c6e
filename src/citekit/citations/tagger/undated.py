"""Author-date references to an undated work: APA writes `Head. (n.d.). Title.` (Turkish APA
`(t.y.)`, `(ty)`; GOST-minded `(б. г.)`; `(s.d.)`, `(o.J.)`). The bracket closes the heading as
a year's does: the body's name before it, from the note's start, is the author (the model called
it the title: `Ministry of Foreign Affairs of Turkey. (n.d.). Turkey's Relations with …`), the
run after it the title; so does Chicago's mark with no bracket (`Bureau of National Statistics
…. n.d. "Demographic Statistics."`). A work with no author heads the reference by its title
(`Title. (n.d.). In Encyclopaedia Britannica.`): a heading that names no body stays. The marks
are data: `[types] no_date`."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.tokens import Token, text_set
from citekit.languages import shipped_type_words

__all__ = ["marked_undated", "no_date_marks", "undated_heading"]

_WORKS: Final = frozenset({"title", "container-title"})
_MARK_TOKENS: Final = 6  # tokens of a bare no-date mark at most (`n . d .`, `t . y .`)


@functools.cache
def no_date_marks() -> frozenset[str]:
    """The no-date marks, their letters alone (`n.d.` -> `nd`), case-folded."""
    return frozenset(
        "".join(ch for ch in w.casefold() if ch.isalpha()) for w in shipped_type_words("no_date")
    )


def _no_date(tokens: list[Token], k: int) -> int | None:
    """The index after the `)` of a no-date mark opening at the `(` at `k`, or None."""
    close = next((i for i in range(k + 1, min(k + 8, len(tokens))) if tokens[i].text == ")"), None)
    if close is None or close == k + 1:
        return None
    inner = "".join(t.text for t in tokens[k + 1 : close])
    if any(ch.isdigit() for ch in inner) or not all(ch.isalpha() or ch in ". " for ch in inner):
        return None
    letters = "".join(ch for ch in inner.casefold() if ch.isalpha())
    return close + 1 if letters in no_date_marks() else None


def _bare_no_date(tokens: list[Token], k: int) -> int | None:
    """The index after a no-date mark written with no bracket from `k` on, its last period in
    (Chicago's `Head. n.d. "Title."`), or None."""
    end = k
    while end < min(k + _MARK_TOKENS, len(tokens)) and (
        tokens[end].text == "."
        or (tokens[end].text.isalpha() and tokens[end].text.islower() and len(tokens[end].text) < 3)
    ):
        end += 1  # in small letters: `T. Y. Akhmetov` are initials
    if end == k or tokens[end - 1].text != ".":
        return None
    letters = "".join(t.text.casefold() for t in tokens[k:end] if t.text.isalpha())
    return end if letters in no_date_marks() else None


def marked_undated(tokens: list[Token]) -> bool:
    """Whether the note marks its work undated (`(n.d.)`, `(б. г.)`, `(к.ж.)`)."""
    if "(" not in text_set(tokens):
        return False  # no bracket (most notes)
    return any(t.text == "(" and _no_date(tokens, k) is not None for k, t in enumerate(tokens))


def undated_heading(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with the heading before a no-date bracket as the author and the run after
    it as the title, when the model read the heading as a work's name."""
    if not found or found[0][0] not in _WORKS or any(r[0] == "author" for r in found):
        return list(found)
    _, a, b = found[0]
    if a != 0:
        return list(found)
    k = b + 1 if b < len(tokens) and tokens[b].text == "." else b
    if k >= len(tokens) or not (tokens[k].text == "(" or tokens[k].text[:1].isalpha()):
        return list(found)
    if not is_organisation(text[tokens[a].start : tokens[b - 1].end]):
        return list(found)
    after = _no_date(tokens, k) if tokens[k].text == "(" else _bare_no_date(tokens, k)
    if after is None:
        return list(found)
    worded = (
        r
        for r in found
        if r[2] > after
        and (r[0] != OTHER or any(t.text[:1].isalnum() for t in tokens[max(r[1], after) : r[2]]))
    )
    nxt = next(worded, None)
    if nxt is not None and nxt[0] == OTHER:  # `. Gas Exports to China. Retrieved from`
        start = next(i for i in range(max(nxt[1], after), nxt[2]) if tokens[i].text[:1].isalnum())
        end = next((i for i in range(start, nxt[2]) if tokens[i].text == "."), None)
        if end is None or end == start:
            return list(found)
        nxt = ("title", start, end)
    if nxt is None or nxt[0] not in _WORKS:
        return list(found)
    out = painted(found, ("author", a, b))
    return painted(out, ("title", nxt[1], nxt[2]))
