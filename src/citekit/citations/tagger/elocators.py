"""An article's number in place of its pages (an e-locator: Vancouver's `PLoS One.
2021;16(5):e0251234`, `eLife 2022;11:e78310`; APA 7's `130(S1), Article 017003`). The model,
which saw pages there, reads the number as the journal's name and the journal's name, after
the title's period, as the title's last words or as no field. The number is no host: it is
left to no field (reported, CSL having no e-locator of its own), and the journal's name is
the words after the title's last period (`… cohort study. PLoS One`), or the word after it
that the model left unread (`… aged muscle. eLife 2022`)."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.decisions import section_pinpoint
from citekit.citations.tagger.tokens import Token, written_text

__all__ = ["elocator_host"]

_ELOCATOR: Final = re.compile(r"e\d{4,}")  # `e0251234`, `e78310`
_JOURNAL: Final = 8  # tokens of a journal's name after the title's period at most


def _elocator(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are an article's number, marks around it aside."""
    while a < b and not tokens[a].text[:1].isalnum():
        a += 1
    while b > a and not tokens[b - 1].text[:1].isalnum():
        b -= 1
    if a == b:
        return False
    written = written_text(tokens, a, b)
    glued = all(tokens[k].end == tokens[k + 1].start for k in range(a, b - 1))
    if glued and _ELOCATOR.fullmatch(written.replace(" ", "")):
        return True
    return section_pinpoint().fullmatch(written) is not None and tokens[b - 1].text.isdecimal()


def _journal_in_title(tokens: list[Token], a: int, b: int) -> int | None:
    """Where a journal's name closing the title run a..b after its last period opens."""
    for p in range(b - 2, a, -1):
        if tokens[p].text == ".":
            start = p + 1
            words = tokens[start:b]
            if len(words) > _JOURNAL or not words[0].text[:1].isupper():
                return None
            return start if tokens[p - 1].end == tokens[p].start else None
        if tokens[p].text in {":", "?", "!"}:
            return None
    return None


def elocator_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an article's number read as no host and the journal's name as the host
    (see the module's doc)."""
    hosts = [j for j, run in enumerate(found) if run[0] == "container-title"]
    if len(hosts) != 1 or not _elocator(tokens, found[hosts[0]][1], found[hosts[0]][2]):
        return found
    j = hosts[0]
    out = [*found[:j], (OTHER, found[j][1], found[j][2]), *found[j + 1 :]]
    titles = [i for i in range(j) if out[i][0] == "title"]
    if not titles:
        return out
    t = titles[-1]
    _, a, b = out[t]
    start = _journal_in_title(tokens, a, b)
    if start is not None:
        return [
            *out[:t],
            ("title", a, start - 1),
            (OTHER, start - 1, start),
            ("container-title", start, b),
            *out[t + 1 :],
        ]
    if t + 1 < len(out) and out[t + 1][0] == OTHER:  # `… muscle. eLife 2022;`: the name unread
        _, c, d = out[t + 1]
        names = [k for k in range(c, d) if tokens[k].text[:1].isalpha()]
        if len(names) == 1 and tokens[c].text == "." and names[0] == c + 1 and d == c + 2:
            return [*out[: t + 1], (OTHER, c, c + 1), ("container-title", c + 1, d), *out[t + 2 :]]
    return out
