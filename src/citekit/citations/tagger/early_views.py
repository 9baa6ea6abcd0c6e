"""An article's state before its issue written after the journal's name (`Eğitim ve Bilim,
Erken Görünüm.`, `Çalışma ve Toplum, erken görünüm, 2024`, `Journal of X, Early View`): the
phrase (`[words] early_view`) is none of the journal's name, which ends before it; the run
before it is the journal's, whatever the model read it as. So when the title's run took in the
journal's name and the phrase (`(2024). Title: Subtitle. Eğitim ve Bilim. Çevrim içi önyayın.`):
the journal is the run's last sentence before the phrase, as it is when the title's run closes
right before the phrase (`(2023). Title. Central Asian Survey. Advance online publication.`)."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.phrases import Phrases, folded_phrases, phrase_heads
from citekit.citations.tagger.tokens import Token, casefolded_set
from citekit.languages import shipped_words

__all__ = ["early_view_out_of_host"]

# the runs a journal's name followed by its early view's phrase is read as (a journal's, read
# as a house's: `Eğitim ve Bilim, Erken Görünüm.` has no imprint)
_HOSTS: Final = frozenset({"container-title", "publisher"})


def _phrases() -> Phrases:
    return folded_phrases(frozenset(shipped_words("early_view")))


def early_view_out_of_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with an early view's phrase cut off the end of the host's run."""
    if phrase_heads(_phrases()).isdisjoint(casefolded_set(tokens)):
        return found  # most notes
    for j, (label, a, b) in enumerate(found):
        if label == "title":
            split = _journal_in_title(tokens, found, j)
            if split is not None:
                return split
        if label not in _HOSTS:
            continue
        words = tuple(t.text.casefold() for t in tokens[a:b])
        for phrase in _phrases():
            size = len(phrase)
            if size + 1 < len(words) and words[-size:] == phrase:
                cut = b - size
                while cut > a + 1 and not tokens[cut - 1].text[:1].isalnum():
                    cut -= 1  # the comma before the phrase
                host = [("container-title", a, cut), (OTHER, cut, b)]
                return [*found[:j], *host, *found[j + 1 :]]
    return found


def _journal_in_title(tokens: list[Token], found: list[Run], j: int) -> list[Run] | None:
    """`found` with title run j that ends on a journal's sentence and an early view's phrase
    split into the title, the journal and the phrase, or None."""
    _, a, b = found[j]
    words = tuple(t.text.casefold() for t in tokens[a:b])
    after = tuple(t.text.casefold() for t in tokens[b + 1 :])
    if b < len(tokens) and tokens[b].text == ".":  # `Title. Journal. Advance online publication.`
        for phrase in _phrases():
            if after[: len(phrase)] != phrase:
                continue
            k = _journal_stop(tokens, a, b)
            if k is None:
                return None
            end = b + 1 + len(phrase)
            split = [("title", a, k), (OTHER, k, k + 1), ("container-title", k + 1, b)]
            rest = [run for run in found[j + 1 :] if run[1] >= end]
            return [*found[:j], *split, (OTHER, b, end), *rest]
    for phrase in _phrases():
        size = len(phrase)
        if size + 1 >= len(words) or words[-size:] != phrase:
            continue
        cut = b - size
        if tokens[cut - 1].text not in ".,":
            return None
        k = _last_stop(tokens, a, cut - 1)
        if k is None:
            return None
        split = [("title", a, k), (OTHER, k, k + 1), ("container-title", k + 1, cut - 1)]
        return [*found[:j], *split, (OTHER, cut - 1, b), *found[j + 1 :]]
    return None


def _last_stop(tokens: list[Token], a: int, end: int) -> int | None:
    """The last period before a capital inside tokens a to `end` (a sentence's end), or None."""
    stops = [
        k
        for k in range(a + 1, end - 1)
        if tokens[k].text == "." and tokens[k + 1].text[:1].isupper()
    ]
    return stops[-1] if stops else None


_ABBREVIATED: Final = 3  # letters of a capitalised word before a period read as short (`Int.`)
_JOINING: Final = 3  # letters of a journal's name's small joining words at most (`of`, `and`)


def _journal_stop(tokens: list[Token], a: int, end: int) -> int | None:
    """The period that opens a journal's name closing tokens a to `end`, or None: the last
    after a word that is no abbreviation nor initial (`U.S.`, `Int. J.`) with a name in
    capitals after it (`Central Asian Survey`, no sentence's subtitle: `Türkiye örneği`)."""
    for k in range(end - 2, a, -1):
        if tokens[k].text != "." or not tokens[k + 1].text[:1].isupper():
            continue
        word = tokens[k - 1].text
        if word[:1].isupper() and len(word) <= _ABBREVIATED:
            continue  # `U.S.`, `Int. J.`: an abbreviation's or an initial's period
        words = [t.text for t in tokens[k + 1 : end] if t.text.isalpha()]
        if all(w[:1].isupper() or len(w) <= _JOINING for w in words):
            return k
        return None
    return None
