"""A work's title the model read as a name or passed over:

- `Cemil Meriç, Bu Ülke, 30. Baskı, İstanbul, İletişim Yayınları, 2015`: with no title found,
  the last of two names before the book's imprint (its edition, place or publisher) is the
  title when it holds no initial: a note names its author once, then the work;
- an e-book's mark (`e-kitap`, `Kindle edition`, `[types] ebook`) is no title;
- a name or a host before a colon and the title after it, right after the author's comma
  (`Ayşe Zarakol, After Defeat: How the East Learned …`): the title's head before its
  subtitle, never a second author or a host;
- an interview's phrase (`interview by Ece Temelkuran`, `İlber Ortaylı ile Röportaj`) is no
  title when a quoted title follows it;
- a dated talk's phrase the model read as a newspaper's name (`Telefon görüşmesi, 3 Mart 2021`,
  `Telephone interview, 4 June 2020`) is the title when the note gives no other title.
"""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.heads import painted
from citekit.citations.tagger.quotes import QUOTES
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_type_cue

__all__ = ["unnamed_work"]

_WORKS: Final = frozenset({"title", "container-title"})
# what the model calls a title's head before its subtitle, right after the author's comma
_HEADS: Final = frozenset({"author", "container-title"})
_IMPRINT: Final = frozenset({"edition", "publisher-place", "publisher", "volume"})
_PUNCTUATION: Final = frozenset({",", ".", ":", ";"})


def _quoted(tokens: list[Token], a: int) -> bool:
    return a > 0 and tokens[a - 1].text in QUOTES


def _initialled(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the run `a`…`b` ends on a name's initial and its period (`Park, J.`)."""
    last, period = tokens[b - 2], tokens[b - 1]
    return b - a >= 3 and period.text == "." and len(last.text) == 1 and last.text.isupper()


def unnamed_work(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with the facts of the module's doc applied."""
    out = list(found)
    titles = [j for j, (label, _, _) in enumerate(out) if label == "title"]
    if not titles:
        out = _talk_as_title(tokens, text, out)
    if not titles and "author" not in (label for label, _, _ in out):
        return out
    for j in titles:
        _, a, b = out[j]
        written = text[tokens[a].start : tokens[b - 1].end]
        # the cheap conditions first (the cues' look-ups are the cost: `e` opens an e-book's
        # cue, so most titles are read for their cues)
        if len(written.split()) <= 2 and has_type_cue("ebook", written):
            out[j] = (OTHER, a, b)  # `…, 2012, e-kitap, https://…`
        elif not _quoted(tokens, a) and has_type_cue("interview", written):
            # a quote after the phrase's own punctuation; a quoted name inside the phrase
            # names its host (`Интервью … газете «Егемен Қазақстан»`)
            inner = next(
                (
                    k
                    for k in range(a + 2, b - 1)
                    if tokens[k].text in QUOTES and tokens[k - 1].text in _PUNCTUATION
                ),
                None,
            )
            if inner is not None:  # `X ile Söyleşi, "Title` read as one run
                out[j : j + 1] = [(OTHER, a, inner + 1), ("title", inner + 1, b)]
                return out
            later = [k for k in range(j + 1, len(out)) if out[k][0] != OTHER]
            if later and _quoted(tokens, out[later[0]][1]) and out[later[0]][0] in _WORKS:
                out[j] = (OTHER, a, b)  # `X, interview by Y, "Title," …`
                out[later[0]] = ("title", out[later[0]][1], out[later[0]][2])
                return out
    for j in range(2, len(out) - 1):
        label, a, b = out[j]
        if label not in _HEADS or tokens[b].text != ":" or out[j - 2][0] != "author":
            continue
        if label == "author" and _initialled(tokens, a, b):
            continue  # LNCS's `Chen, L., Park, J.: Title`: the names end at the colon
        nxt = out[j + 1]  # `:` alone, then the title; or the title from its colon
        if nxt[0] == OTHER and nxt[2] == b + 1 and j + 2 < len(out):
            nxt = out[j + 2]
        if nxt[0] != "title":
            continue
        if text[tokens[out[j - 2][2] - 1].end : tokens[a].start].strip() == ",":
            return painted(out, ("title", a, nxt[2]))  # the title's head
    if any(label == "title" for label, _, _ in out):
        return out
    fields = [j for j, (label, _, _) in enumerate(out) if label != OTHER]
    for n in range(1, len(fields) - 1):
        before, name, after = (out[k] for k in fields[n - 1 : n + 2])
        if before[0] != "author" or name[0] != "author" or after[0] not in _IMPRINT:
            continue
        if n >= 2 and out[fields[n - 2]][0] == "author":
            continue  # three names or more: a list of authors
        if any(len(t.text) == 1 and t.text.isupper() for t in tokens[name[1] : name[2]]):
            continue  # `Петров П. Л.`: a name's initials
        between = text[tokens[before[2] - 1].end : tokens[name[1]].start].strip()
        if between == ",":
            return painted(out, ("title", name[1], name[2]))
    return out


def _talk_as_title(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with the first run, a host's name unquoted that is an interview's phrase
    (`Telefon görüşmesi`, `Telephone interview`), read as the title: a talk names no host."""
    runs = [j for j, (label, _, _) in enumerate(found) if label != OTHER]
    if not runs:
        return found
    label, a, b = found[runs[0]]
    if label != "container-title" or _quoted(tokens, a):
        return found
    if not has_type_cue("interview", text[tokens[a].start : tokens[b - 1].end]):
        return found
    out = list(found)
    out[runs[0]] = ("title", a, b)
    return out
