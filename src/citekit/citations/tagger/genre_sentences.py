"""A news piece's genre written as a sentence of its own after its headline (`Vlast.kz. Кто
владеет медиа в Казахстане. Расследование. 2021.`, `Bianet. Title. Haber-analiz. 2021.`,
`Title. Analysis. 12 May 2023.`): a site's label for what the piece is, no word of its title.
The words are the language files' `[types] news_genre`; the sentence is that word alone. A
report's kind after the title (`Research Paper`: `[types] report`) read as a person is the genre,
and so is a release's kind read as the host (`“Title”, press release, 7 June 2023`)."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.lexicons import fold
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_type_cue
from citekit.languages import shipped_type_words

__all__ = ["genre_sentence", "release_not_host", "report_kind_not_author"]


@functools.cache
def _genres() -> frozenset[str]:
    return frozenset(fold(w) for w in shipped_type_words("news_genre"))


def _spaced_period(tokens: list[Token], k: int) -> bool:
    return tokens[k].text == "." and k + 1 < len(tokens) and tokens[k + 1].start > tokens[k].end


def genre_sentence(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a genre's word closing the title as its last sentence given to no field."""
    for label, a, b in found:
        if label != "title" or b - a < 3:
            continue
        period = next((k for k in range(b - 2, a, -1) if _spaced_period(tokens, k)), None)
        if period is None or period == a:
            continue
        end = b - 1 if tokens[b - 1].text == "." else b
        sentence = text[tokens[period + 1].start : tokens[end - 1].end] if end > period + 1 else ""
        if sentence and fold(sentence) in _genres():
            return painted(found, (OTHER, period, b))
    return found


def report_kind_not_author(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a person's run after the title that names a report's kind (`Bohr, A.
    (2016), Title, Research Paper, London: …`: `[types] report`) read as the genre: a series'
    kind between the title and the imprint is no second author."""
    titled = False
    for j, (label, a, b) in enumerate(found):
        if label == "title":
            titled = True
        elif titled and label == "author":
            written = text[tokens[a].start : tokens[b - 1].end]
            if has_type_cue("report", written) and all(t.text[:1].isupper() for t in tokens[a:b]):
                return [*found[:j], ("genre", a, b), *found[j + 1 :]]
    return found


_NUMBERED: Final = frozenset({"volume", "issue"})


@functools.cache
def _release_words() -> frozenset[str]:
    return frozenset(fold(w) for w in shipped_type_words("press_release"))


def release_not_host(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a host's run that is a release's kind alone (`“Title”, press release, 7
    June 2023`: `[types] press_release`) read as the genre: what the item is, no host."""
    if any(r[0] in _NUMBERED for r in found):
        return found  # `“Title.” Basın Açıklaması, No: 245, …`: a numbered series of releases
    for j, (label, a, b) in enumerate(found):
        if (
            label == "container-title"
            and fold(text[tokens[a].start : tokens[b - 1].end]) in _release_words()
        ):
            return [*found[:j], ("genre", a, b), *found[j + 1 :]]
    return found
