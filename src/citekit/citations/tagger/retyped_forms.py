"""A note typed another way reads as written (`features.forms`): a year's short word typed
without its language's letters (Turkmen `2008 y.` for `2008 ý.`), an archive's short label
glued to its number and typed so (`178-к.`, `32-ис` for `178-қ.`, `32-іс`), and an em dash
glued in a range (`2—7` for `2–7`). The words are the language files' (`[words] year`,
`[legal] *_after`, `[typing] plain`)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from citekit.citations.tagger.tokens import Token
from citekit.languages import Language, available_languages, language

__all__ = ["glued_labels", "retyped", "short_year_words"]


def _short_plain(lists: Iterable[tuple[Language, Iterable[str]]]) -> dict[str, str]:
    """The words of one or two letters of `lists` (each with its language) as typed without
    their language's letters, each with its own spelling; a plain spelling two words share is
    none."""
    found: dict[str, set[str]] = {}
    for lang, words in lists:
        table = str.maketrans(dict(lang.plain_letters))
        for word in words:
            text = word.rstrip(".")
            plain = text.translate(table)
            if plain != text and len(text) <= 2 and text.isalpha():
                found.setdefault(plain, set()).add(text)
    return {plain: next(iter(own)) for plain, own in found.items() if len(own) == 1}


@functools.cache
def short_year_words() -> dict[str, str]:
    """The year's words of one or two letters as an editor without their letters types them
    (Turkmen `ý.` typed `y.`), each with its own spelling: too short to read so anywhere
    (`lexicons.own_spellings`), but right after a year and before its period they are the
    year's word (`07.07.2008 y.`). A plain spelling two languages' words share is none."""
    langs = [language(code) for code in available_languages()]
    return _short_plain((lang, lang.words.year) for lang in langs)


@functools.cache
def glued_labels() -> dict[str, str]:
    """The labels of one or two letters written glued after their number's hyphen (an
    archive's `178-қ.`, `32-іс`: `[legal] *_after`) as an editor without their letters types
    them (`к`, `ис`), each with its own spelling: after `N-` they are the label, not an
    initial. A plain spelling two languages' labels share is none."""
    langs = [language(code) for code in available_languages()]
    return _short_plain(
        (lang, words)
        for lang in langs
        for key, words in lang.legal.items()
        if key.endswith("_after")
    )


def retyped(tokens: Sequence[Token], words: list[str]) -> list[str]:
    """`words`, the texts of `tokens`, with a year's short word, a glued label and a range's
    dash read as written (see the module's doc)."""
    short = short_year_words()
    if not short.keys().isdisjoint(words):
        words = _year_words(words, short)
    if "—" in words:
        words = _range_dashes(tokens, words)
    if "-" in words and not glued_labels().keys().isdisjoint(words):
        words = _glued_labels(tokens, words, glued_labels())
    return words


def _year_words(words: list[str], short: dict[str, str]) -> list[str]:
    """`words` with a year's short word typed plainly right after a year and before its period
    read as written (`2008 y.` as `2008 ý.`)."""
    out = list(words)
    for i in range(1, len(out) - 1):
        before = out[i - 1]
        if out[i] in short and out[i + 1] == "." and len(before) == 4 and before.isdecimal():
            out[i] = short[out[i]]
    return out


def _glued_labels(tokens: Sequence[Token], words: list[str], own: dict[str, str]) -> list[str]:
    """`words` with a short label typed plainly glued after its number's hyphen read as
    written (`178-к.` as `178-қ.`, `32-ис` as `32-іс`)."""
    out = list(words)
    for i in range(2, len(out)):
        if out[i] not in own or out[i - 1] != "-" or not out[i - 2].isdecimal():
            continue
        if tokens[i - 2].end == tokens[i - 1].start and tokens[i - 1].end == tokens[i].start:
            out[i] = own[out[i]]
    return out


def _range_dashes(tokens: Sequence[Token], words: list[str]) -> list[str]:
    """`words` with an em dash glued between two numbers read as a range's en dash (`2—7`,
    `176—181` as `2–7`): a range is one whichever dash a hand types for it."""
    out = list(words)
    for i in range(1, len(out) - 1):
        if out[i] != "—" or not (out[i - 1][-1:].isdigit() and out[i + 1][:1].isdigit()):
            continue
        if tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start:
            out[i] = "–"
    return out
