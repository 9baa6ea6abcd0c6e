"""The note's own commentary after its source (`Translation mine.`, `Курсив наш.`, `(Аударма
біздікі)`): the language files' `[words] commentary` phrases, found where they stand, carried as
the record's note and kept out of what the tagger reads."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.languages import shipped_words

__all__ = [
    "before_commentary",
    "commentary",
    "commentary_phrases",
    "commentary_spans",
    "only_commentary",
]


@functools.cache
def _commentary_pattern() -> re.Pattern[str]:
    """The language files' commentary phrases, longest first, not glued to a word after them
    (nor before them: `commentary_phrases` checks that edge, since re tries a pattern that
    opens with a look-behind at every position, and skips at once to where one of its words
    may start)."""
    words = sorted(shipped_words("commentary"), key=len, reverse=True)
    # grouped by first character: the flat alternation's match, one group tried a place
    return re.compile(r"(?:" + literal_alternation(words) + r")(?!\w)")


@functools.cache
def _commentary_hint() -> re.Pattern[str] | None:
    """What follows the first space of each commentary phrase (`Курсив наш` → ` наш`): a
    text with none of them has no phrase, told by a scan that stops only at spaces (the
    phrases' first letters are most letters); None when some phrase has no space."""
    words = shipped_words("commentary")
    if not words or not all(" " in w for w in words):
        return None
    rests = sorted({w[w.index(" ") :] for w in words}, key=len, reverse=True)
    return re.compile(literal_alternation(rests))


def commentary_phrases(text: str) -> list[re.Match[str]]:
    r"""The commentary phrases in `text`, as `finditer` finds them with a leading ``(?<!\w)``:
    a hit glued to a word character before it is passed over, and the scan goes on from the
    next character."""
    hint = _commentary_hint()
    if hint is not None and hint.search(text) is None:
        return []
    pattern = _commentary_pattern()
    found: list[re.Match[str]] = []
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        start, end = match.span()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):  # what \w is
            pos = start + 1
            continue
        found.append(match)
        pos = end if end > start else start + 1
    return found


# after a closing phrase: its signature of initials (`— А. Б.`), marks and brackets only
_SIGNED: Final = re.compile(r"[\s.,;:)\]]*(?:[–—-]\s*(?:[^\W\d_]{1,4}\.\s*){1,3})?[\s.,;:)\]]*")


def before_commentary(text: str, found: list[re.Match[str]]) -> str:
    """`text` less a commentary phrase that closes it after the source's last sentence, with
    its signature (`… С. 56. Курсив наш. — А. Б.`), or a lower-case one after a comma (`…, p. 45,
    translation mine.`): what the tagger reads (the phrase is the record's note all the same).
    `found`: `commentary_phrases(text)`."""
    if not found:
        return text
    last = found[-1]
    head = text[: last.start()].rstrip(" ([—–-")
    if _SIGNED.fullmatch(text, last.end()) is None:
        return text
    if head.endswith(",") and last.group()[:1].islower():
        return head[:-1]  # "Freire, 1987, p. 45, tradução nossa.": the locator, then a comma
    if not head.endswith((".", ";")):
        return text
    return head


def commentary_spans(text: str) -> list[tuple[int, int]]:
    """Where the language files' commentary phrases stand in `text` (start, end)."""
    return [m.span() for m in commentary_phrases(text)]


_MAX_WORDS_BESIDE: Final = 3  # "Здесь и далее перевод мой.", "Перевод наш. – Д. М."


def only_commentary(text: str) -> bool:
    """Whether `text` is the author's commentary alone (`Курсив наш.`, `Здесь и далее перевод
    мой.`, `Translation mine. – J. S.`): a phrase of the language files with at most a few
    words or a signature's initials beside it, and no number."""
    if any(c.isdigit() for c in text):
        return False
    spans = commentary_spans(text)
    if not spans:
        return False
    rest, pos = [], 0
    for start, end in spans:
        rest.append(text[pos:start])
        pos = end
    rest.append(text[pos:])
    words = [w for w in " ".join(rest).split() if any(c.isalpha() for c in w)]
    return len(words) <= _MAX_WORDS_BESIDE


def commentary(
    text: str,
    lost: tuple[str, ...],
    titles: tuple[str | None, ...] = (),
    phrases: list[re.Match[str]] | None = None,
) -> tuple[str | None, tuple[str, ...]]:
    """The note's own commentary written after the source (`Translation mine.`, `(Аударма
    біздікі)`), as written, and the unparsed pieces less those inside it: a comment is carried
    as the record's note, not reported as lost. A phrase inside one of `titles`, words of the
    title after it, is the title's (`My translation of the Iliad`), no comment; one closing a
    title is the comment the title ran on into. `phrases`: `commentary_phrases(text)`, the
    caller's scan."""
    written = text
    for title in filter(None, titles):
        if any(title[m.end() :].strip(" .,;:)]") for m in commentary_phrases(title)):
            text = text.replace(title, " ")
    if phrases is None or text != written:
        phrases = commentary_phrases(text)
    found = [m.group() for m in phrases]
    if not found:
        return None, lost
    kept = tuple(piece for piece in lost if not any(piece in phrase for phrase in found))
    return "; ".join(dict.fromkeys(found)), kept
