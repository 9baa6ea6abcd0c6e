"""A host is set off from the title by a mark; words with none before them are the title's.

- A style opens the host after punctuation (`. `, `, `, `//`, `In:`, a bracket): a run the
  model read as a host that starts right on the title's last word, with no mark between, and
  that opens with a quote mark or a word in small letters, is the title's own quoted name or
  its next words (`… к 100-летию газеты «Правда», 2025`, `Кеңес дәуіріндегі «хандығы» және
  «Қазақ» газеті. — Қарағанды`, `50 років в історії степу. 1967`).
- GOST names the host after `//`: in a note whose host follows the title's `//`, a run read as
  a host before the title, with only quote marks and "and" words between the two, is the
  title's head (`«Қазақ» газеті және Алаш идеясы // Қазақ тарихы. — 2018`), and a run read as a
  host between the title's period and the `//` is its subtitle (`Ономастика — монографія. До
  питання про роль козацтва // Українська мова`): the part's title area runs to the `//`."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, first_run, painted
from citekit.citations.tagger.small_subtitles import small_host_words
from citekit.citations.tagger.tokens import DASHES, Token, text_set

__all__ = ["host_before_slashes", "host_glued_to_title", "sentence_before_slashes"]

_HOSTS: Final = frozenset({"container-title", "collection-title"})
_QUOTES: Final = frozenset('«»“”„"‘’‚')
# the marks that set a field apart: a run holding one is more than the title's next words
_PAIRS: Final = {"«": "»", "„": "“", "“": "”", '"': '"', "‘": "’", "‚": "‘"}
_MARKS: Final = DASHES | {".", ",", ":", ";", "/", "//", "(", ")", "[", "]", "|"}


def _balanced(tokens: list[Token], a: int, b: int) -> bool:
    """Whether the quote marks of `a`..`b` pair up: the words joined end as a whole name."""
    opened: list[str] = []
    for token in tokens[a:b]:
        mark = token.text
        if mark not in _QUOTES:
            continue
        if opened and _PAIRS.get(opened[-1]) == mark:
            opened.pop()
        elif mark in _PAIRS:
            opened.append(mark)
        else:
            return False  # a closer that closes nothing opened here
    return not opened


def _words_end(tokens: list[Token], s: int, e: int) -> int:
    """Where the title's words in `s`..`e` end: at the first capital outside quotes after its
    start (`машин и механизмов Памятники письменности Востока`: a series' name follows)."""
    depth = 0
    for k in range(s, e):
        mark = tokens[k].text
        if mark in _QUOTES:
            depth = depth - 1 if depth and mark not in _PAIRS else depth + (mark in _PAIRS)
            continue
        if k > s and depth == 0 and mark[:1].isupper() and tokens[k - 1].text not in _QUOTES:
            return k
    return e


def host_glued_to_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run that starts on the title's last word with no mark between given
    to the title (see the module's doc)."""
    j = first_run(found, "title")
    if j is None or j + 1 >= len(found):
        return found
    _, a, b = found[j]
    label, s, e = found[j + 1]
    if label not in _HOSTS or s != b or e >= len(tokens) or e - s > 8:
        return found
    last, first = tokens[b - 1].text, tokens[s].text
    if not (last.isalnum() or last in _QUOTES) or tokens[e].text[:1].isalnum():
        return found  # the title ends on a mark, or the run stops inside a word's sentence
    if any(t.text in _MARKS for t in tokens[s:e]):
        return found
    if first in _QUOTES:
        if not last.isalpha() or not last.islower():
            return found  # `Title “Host”`: a quoted host after a capital is a name of its own
    elif not (first.isalpha() and first.islower()) or first in small_host_words():
        return found  # `Title in Host`: "in" opens a host
    end = _words_end(tokens, s, e)
    if end == e and end < len(tokens) and not _balanced(tokens, a, end):
        end += 1  # `газеты «Правда` + `»`: the quote's closer the model left out of the run
    if end == s or not _balanced(tokens, a, end):
        return found
    return painted(found, ("title", a, end))


def host_before_slashes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run before the title, in a note whose host follows the title's
    `//`, given to the title (see the module's doc)."""
    if "/" not in text_set(tokens):
        return found  # no slash (most notes)
    j = first_run(found, "title")
    if j is None or j < 1:
        return found
    _, a, b = found[j]
    if [t.text for t in tokens[b : b + 2]] != ["/", "/"]:
        return found  # GOST's `//` right after the title
    if not any(label in _HOSTS for label, s, _ in found[j + 1 :] if s > b):
        return found
    k = j - 1
    while k >= 0 and found[k][0] == OTHER:
        k -= 1
    if k < 0 or found[k][0] not in _HOSTS:
        return found
    _, s, e = found[k]
    between = [t.text for t in tokens[e:a]]
    if any(w not in _QUOTES and not (w.isalpha() and w.islower()) for w in between):
        return found
    if len([w for w in between if w.isalpha()]) > 1:
        return found
    start = s - 1 if s and tokens[s - 1].text in _QUOTES else s
    if any(label != OTHER for label, p, _ in found if start <= p < s):
        return found
    return painted(found, ("title", start, b))


def sentence_before_slashes(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host run between the title's period and GOST's `//`, in a note whose host
    follows the `//`, given to the title: the part's title area runs to the `//`
    (`Ономастика — монографія. До питання про роль козацтва // Українська мова`)."""
    if "/" not in text_set(tokens):
        return found  # no slash (most notes)
    j = first_run(found, "title")
    if j is None:
        return found
    _, a, b = found[j]
    k = next((i for i in range(j + 1, len(found)) if found[i][0] != OTHER), None)
    if k is None or found[k][0] not in _HOSTS:
        return found
    _, s, e = found[k]
    if s != b + 1 or tokens[b].text != "." or [t.text for t in tokens[e : e + 2]] != ["/", "/"]:
        return found
    if not any(label in _HOSTS for label, p, _ in found[k + 1 :] if p > e):
        return found
    return [*found[:j], ("title", a, e), *found[k + 1 :]]
