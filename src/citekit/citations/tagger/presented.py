"""A paper presented at a meeting, as APA writes it: `Smith, J. (2017). Media literacy. Paper
presented at the National Education Congress, Ankara.`, Turkish `Topçu, E. (2017). Medya
okuryazarlığı. Ulusal Eğitim Kongresi'nde sunulan bildiri, Ankara.` The sentence that says
the work was presented somewhere follows the title: the title ends at its period, and the
meeting that sentence names (after the words, or before them with its locative suffix) is the
work's host. The words are the language files' `[types] presented` (opening the sentence) and
`presented_after` (closing it); `[words] articles` are the articles that may open the
meeting's name and are not part of it. Chicago writes the sentence in brackets after the title
(`“Title” (paper presented at the Annual Meeting of …, Chicago, IL, November 18, 2017)`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.quotes import CLOSING_MARKS, OPENING_MARKS
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["presented_at", "without_presented"]

_APOSTROPHES: Final = frozenset({"'", "’"})


@functools.cache
def _phrases() -> tuple[tuple[tuple[str, ...], bool], ...]:
    """Each phrase's folded words, and whether it opens its sentence (the meeting after it)."""
    opening = {tuple(p.casefold().split()) for p in shipped_type_words("presented")}
    closing = {tuple(p.casefold().split()) for p in shipped_type_words("presented_after")}
    return tuple([(p, True) for p in sorted(opening)] + [(p, False) for p in sorted(closing)])


@functools.cache
def _articles() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped_words("articles"))


@functools.cache
def _words() -> frozenset[str]:
    return frozenset(p[-1] for p, _ in _phrases())


def _find(
    tokens: list[Token], phrases: list[tuple[tuple[str, ...], bool]]
) -> tuple[int, int, bool] | None:
    """Where the first of `phrases` (in `_phrases`' order) stands, and whether it opens."""
    folded = [t.text.casefold() for t in tokens]
    for phrase, opens in phrases:
        n = len(phrase)
        for i in range(len(folded) - n + 1):
            if tuple(folded[i : i + n]) == phrase:
                return i, i + n, opens
    return None


def _bracketed(tokens: list[Token], found: list[Run], p: int, q: int) -> list[Run]:
    """`found` with Chicago's bracketed phrase after the title (`“Title” (paper presented at
    the Annual Meeting of …, Chicago, IL, November 18, 2017)`): the meeting's name, up to its
    comma, is the host; the phrase's words are no field's."""
    s = q + 1 if q < len(tokens) and tokens[q].text.casefold() in _articles() else q
    e = next((k for k in range(s, len(tokens)) if tokens[k].text in ",;)"), len(tokens))
    if e <= s or not any(label == "title" and b <= p for label, _, b in found):
        return found
    return painted(painted(found, (OTHER, p, s)), ("container-title", s, e))


def presented_at(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that took in the sentence saying where the work was presented
    cut at its period, and the meeting named in that sentence read as the host."""
    folded = casefolded_set(tokens)
    if _words().isdisjoint(folded):
        return found  # no such phrase (most notes): one look-up
    # a phrase stands only where each of its words is one of the note's (casefolded as `_find`
    # folds them): the others are not looked for (`at` alone is in many notes)
    phrases = [(p, opens) for p, opens in _phrases() if folded.issuperset(p)]
    hit = _find(tokens, phrases) if phrases else None
    if hit is None:
        return found
    p, q, opens = hit
    if opens and p > 0 and tokens[p - 1].text == "(":
        return _bracketed(tokens, found, p, q)
    j = next((k for k, run in enumerate(found) if run[0] == "title" and run[1] < p < run[2]), None)
    if j is None:
        return _hosted(tokens, found, p, opens)
    _, a, b = found[j]
    # the title's sentence's period (`14. Uluslararası … Kongresi`: an ordinal's is no end)
    ends = (
        k for k in range(a + 1, p) if tokens[k].text == "." and not tokens[k - 1].text.isdecimal()
    )
    stop = max(ends, default=None)
    if opens and p - 1 > a and tokens[p - 1].text == ",":
        stop = p - 1  # `Title, referat wygłoszony na konferencji …`: the phrase after a comma
    if stop is None or (opens and stop != p - 1):
        return found
    if opens:
        s = q + 1 if q < b and tokens[q].text.casefold() in _articles() else q
        e = next((k for k in range(s, b) if tokens[k].text in ",.;"), b)
        quote = next((k for k in range(s, e) if tokens[k].text in OPENING_MARKS), None)
        if quote is not None:  # `na konferencji „Azja Centralna w XX wieku”`: the quoted name
            close = next((k for k in range(quote + 1, e) if tokens[k].text in CLOSING_MARKS), e)
            s, e = quote + 1, close
        if e <= s:
            return found
        runs = [("title", a, stop), (OTHER, stop, s), ("container-title", s, e)]
        rest = [(OTHER, e, b)] if e < b else []
        return [*found[:j], *runs, *rest, *found[j + 1 :]]
    e = p - 2 if p - 2 > stop + 1 and tokens[p - 2].text in _APOSTROPHES else p
    if e <= stop + 1:
        return found
    runs = [("title", a, stop), (OTHER, stop, stop + 1), ("container-title", stop + 1, e)]
    return [*found[:j], *runs, (OTHER, e, b), *found[j + 1 :]]


def _hosted(tokens: list[Token], found: list[Run], p: int, opens: bool) -> list[Run]:
    """`found` with a closing phrase the model read into the host's run after the title cut
    off it, with the meeting's suffix (`Uluslararası Avrasya Çalışmaları Sempozyumu’nda sunulan
    bildiri, Ankara.`): the meeting's name is the host."""
    h = next(
        (k for k, run in enumerate(found) if run[0] == "container-title" and run[1] <= p < run[2]),
        None,
    )
    if h is None or not any(run[0] == "title" for run in found[:h]):
        return found
    _, a, b = found[h]
    if opens:
        return _opened_host(tokens, found, h, p)
    e = p - 2 if p - 2 > a and tokens[p - 2].text in _APOSTROPHES else p
    return [*found[:h], ("container-title", a, e), (OTHER, e, b), *found[h + 1 :]]


_PLACE_WORDS: Final = 2  # words of a meeting's city after its name's comma at most


def _opened_host(tokens: list[Token], found: list[Run], h: int, p: int) -> list[Run]:
    """`found` with a host's run that opens on the phrase (`Paper presented at the Asian
    Development Bank Institute Annual Conference, Tokyo, 6 December.`) read from the meeting's
    name to its comma, and a city of a word or two after that comma as the place."""
    _, a, b = found[h]
    hit = _find(tokens[p:b], [(ph, True) for ph, opens in _phrases() if opens])
    if a != p or hit is None or hit[0] != 0:
        return found
    s = p + hit[1]
    s += 1 if s < b and tokens[s].text.casefold() in _articles() else 0
    e = next((k for k in range(s, b) if tokens[k].text == ","), b)
    if e <= s:
        return found
    runs: list[Run] = [(OTHER, a, s), ("container-title", s, e)]
    city = [t.text for t in tokens[e + 1 : b]]
    if e < b and 0 < len(city) <= _PLACE_WORDS and all(w[:1].isupper() for w in city):
        runs += [(OTHER, e, e + 1), ("publisher-place", e + 1, b)]
    elif e < b:
        runs.append((OTHER, e, b))
    return [*found[:h], *runs, *found[h + 1 :]]


def without_presented(lost: tuple[str, ...], host: str | None) -> tuple[str, ...]:
    """`lost` less a piece that is a presented phrase and the host's first words after it
    (`paper presented at the Annual Convention of the`): the phrase is read, the meeting held."""
    if not host or not lost:
        return lost
    folded_host = host.casefold()
    out: list[str] = []
    for piece in lost:
        words = piece.casefold().split()
        phrase = next((p for p, opens in _phrases() if opens and tuple(words[: len(p)]) == p), None)
        rest = words[len(phrase) :] if phrase is not None else []
        if rest and rest[0] in _articles():
            rest = rest[1:]
        if phrase is not None and (not rest or folded_host.startswith(" ".join(rest))):
            continue
        if _suffixed_phrase(words):
            continue  # `nde sunulan`: the meeting's suffix and the closing phrase's words
        out.append(piece)
    return tuple(out)


_SUFFIX: Final = 4  # letters of a locative suffix after a meeting's apostrophe at most (`nda`)


def _suffixed_phrase(words: list[str]) -> bool:
    """Whether a lost piece is a meeting's suffix and the opening words of a closing phrase
    (`nde sunulan`, of `Kongresi’nde sunulan bildiri`)."""
    if len(words) < 2 or len(words[0]) > _SUFFIX or not words[0].isalpha():
        return False
    rest = tuple(words[1:])
    return any(not opens and p[: len(rest)] == rest for p, opens in _phrases())
