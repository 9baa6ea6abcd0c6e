"""A journal article's number stands after its volume in Scopus, Elsevier and APA references
(`Geoderma 375, art. no. 114503.`, `Energy Policy, 147, art. no. 111906`, `Environmental
Research, 195, Article 110872.`) and after the issue in IEEE's (`vol. 14, no. 9, Art. no.
1421`): it is neither the issue nor a title but stands in the pages' place (as APA writes
`Article 110872` there), its label with it, and the words before the volume, back to the
title's closing period, are the journal's name. The model reads the
label as a title's or the journal's word and the number as the issue. APA's e-locator
(`Water Resources Research, 57(4), e2020WR028815.`), letters and digits in one word, stands
there too: the model reads it as the host and the journal's name as the title's last
sentence."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, labels_at, runs
from citekit.citations.tagger.tokens import Token, text_set

__all__ = ["article_number", "e_locator", "labelled_article"]

_ARTICLE: Final = frozenset({"art", "Art", "Article", "article"})
_NO: Final = frozenset({"no", "No", "nr", "Nr", "ID"})
_HOST_WORDS: Final = 8  # words of a journal's name at most
_JOINERS: Final = frozenset({"&", "-", "–", ":"})


def _label_end(tokens: list[Token], k: int) -> int:
    """The index of the number after an article number's label opening at k (`art. no.`,
    `Article`, `Article ID`), or 0."""
    i = k + 1
    if i < len(tokens) and tokens[i].text == ".":
        i += 1
    if i < len(tokens) and tokens[i].text in _NO:
        i += 1
        if i < len(tokens) and tokens[i].text == ".":
            i += 1
    if i == k + 1 and tokens[k].text.startswith("art"):
        return 0
    return i if i < len(tokens) and tokens[i].text.isdigit() else 0


def _volume(tokens: list[Token], k: int) -> int:
    """The index of the volume's number before the comma before k (`375,`, `12(3),`), or -1."""
    if k < 2 or tokens[k - 1].text != ",":
        return -1
    v = k - 2
    if tokens[v].text == ")" and v >= 3 and tokens[v - 2].text == "(":
        v -= 3
    return v if tokens[v].text.isdigit() else -1


def _host_start(tokens: list[Token], v: int) -> int:
    """The index of the journal's first word before the volume at v, after the title's closing
    period (or a year's closing bracket), or -1."""
    j = v - 1 if tokens[v - 1].text == "," else v
    s = j
    while s > 0 and j - s <= _HOST_WORDS:
        text = tokens[s - 1].text
        if text in {".", ")"}:
            break
        if not (text.isalpha() or text in _JOINERS):
            return -1
        s -= 1
    return s if 0 < s < j and tokens[s].text[:1].isupper() else -1


def article_number(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an article number after a volume no issue and the words before the
    volume the journal (see the module's doc)."""
    firsts = [k for k, t in enumerate(tokens) if t.text in _ARTICLE]
    if not firsts:
        return found  # most notes: no article number
    for k in firsts:
        n = _label_end(tokens, k)
        v = _volume(tokens, k) if n else -1
        s = _host_start(tokens, v) if v > 0 else -1
        if s < 0:
            continue
        labels = labels_at(found, len(tokens))
        if (
            "title" not in labels[:s]
            and labels[s - 2] == "container-title"
            and tokens[s - 1].text == "."
        ):
            # the title's sentence read as the host's with the journal (`(2022). Analysis of
            # … Kazakhstan. Sustainability, 14(11), Article 6541.`): the sentence is the title
            labels[: s - 1] = [
                "title" if lab == "container-title" else lab for lab in labels[: s - 1]
            ]
            labels[s - 1] = OTHER
        if "title" not in labels[:s] or labels[v] == "issued":
            continue  # `Law. Gazette, 1995, Article 12`: a year and a law's article, no journal
        j = v - 1 if tokens[v - 1].text == "," else v
        labels[s:j] = ["container-title"] * (j - s)
        if labels[v] in ("title", OTHER, "container-title", "issue"):
            labels[v] = "volume"
        labels[k : n + 1] = ["page"] * (n + 1 - k)  # in the pages' place, its label with it
        found = runs(labels)
    return found


def labelled_article(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with IEEE's article number after the issue (`Water, vol. 14, no. 9, Art. no.
    1421, 2022`) read in the pages' place, its label with it: the model reads `Art` as an
    author and the number as an issue."""
    if _ARTICLE.isdisjoint(text_set(tokens)) or "page" in (run[0] for run in found):
        return found  # most notes (at C speed): no article's word
    for k, token in enumerate(tokens):
        n = _label_end(tokens, k) if token.text in _ARTICLE and k > 0 else 0
        if n and tokens[k - 1].text == "," and n - k > 1 and tokens[n].text.isdecimal():
            labels = labels_at(found, len(tokens))
            labels[k : n + 1] = ["page"] * (n + 1 - k)
            return runs(labels)
    return found


def _glued(tokens: list[Token], a: int, b: int) -> str:
    """The text of tokens a..b when they are one word (no space between), else ""."""
    if any(tokens[k].end != tokens[k + 1].start for k in range(a, b - 1)):
        return ""
    return "".join(t.text for t in tokens[a:b])


def e_locator(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an e-locator read as the host after the volume and issue (`57(4),
    e2020WR028815`) read as the pages, and the capitalised sentence closing the title before
    them as the journal (see the module's doc)."""
    for j, (label, a, b) in enumerate(found):
        if label != "container-title" or j < 2:
            continue
        word = _glued(tokens, a, b)
        if not word or not any(c.isdigit() for c in word) or not any(c.isalpha() for c in word):
            return found
        if word[:1].isupper() or " " in word:
            return found
        numbered = [run[0] for run in found[:j] if run[0] != OTHER][-2:]
        if "volume" not in numbered:
            return found
        t = next((i for i in range(j - 1, -1, -1) if found[i][0] == "title"), None)
        if t is None:
            return found
        _, s, e = found[t]
        stops = [k for k in range(s + 1, e - 1) if tokens[k].text == "."]
        if not stops or e - stops[-1] - 1 > _HOST_WORDS:
            return found
        p = stops[-1]
        if not tokens[p + 1].text[:1].isupper():
            return found
        head = [("title", s, p), (OTHER, p, p + 1), ("container-title", p + 1, e)]
        return [*found[:t], *head, *found[t + 1 : j], ("page", a, b), *found[j + 1 :]]
    return found
