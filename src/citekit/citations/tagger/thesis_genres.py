"""A thesis's kind written in a Latin alphabet outside any field's run: Chicago's `(MA thesis,
University of Washington, 2017)`, APA's `(Master's thesis)`, Harvard's `Title. PhD thesis.
University`, `Unpublished MA Thesis, Middle East Technical University`, MHRA's `(unpublished
doctoral thesis, SOAS, 2015)`. The language files'
thesis words (`[words] thesis`: `thesis`, `MA thesis`, `dissertation`) and the degree's words
written before them (`Master's`, `Unpublished`), a clause of their own between brackets, commas
or periods, are the record's genre, as the model reads the forms it was shown (`PhD diss.`);
a thesis word among a title's or prose's words (`the resource curse thesis in …`) is none."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_type_cue

__all__ = ["thesis_after_colon", "thesis_kind_genre"]

_LATIN_END: Final = "\u0250"  # past the Latin letters' blocks (the IPA's and others follow)
_LEAD_WORDS: Final = 3  # degree words before the thesis word at most: `Unpublished MA`
_BRACKETED_WORDS: Final = 2  # words in small letters before it in its bracket at most
_SHORT_WORD: Final = 2  # letters of prose's short words (`a`, `an`, `of`) at most
_GLUED: Final = frozenset({"'", "’", "."})  # inside a degree's word: `Master's`, `Ph.D.`
_OPENS: Final = frozenset({"(", "[", ",", ".", ";"})
_CLOSES: Final = frozenset({")", "]", ",", ".", ";"})


def _latin(text: str) -> bool:
    """Whether `text` is a word in Latin letters, diacritics and all (`Diplomová`, `Yüksek`)."""
    return text.isalpha() and all(c < _LATIN_END for c in text)


def _lead(tokens: list[Token], a: int, s: int) -> int:
    """The first token of the degree's words written before the thesis word at `s` (no
    earlier than `a`): capitalised words, a possessive degree (`master's`) and the marks glued
    inside them (`Unpublished master's`, `Ph.D.`)."""
    words, i = 0, s
    while i > a:
        text = tokens[i - 1].text
        if text in _GLUED or (text == "s" and i - 2 >= a and tokens[i - 2].text in _GLUED):
            if tokens[i - 1].start != tokens[i - 2].end:
                break
        elif (
            _latin(text) and words < _LEAD_WORDS and (text[:1].isupper() or _possessive(tokens, i))
        ):
            words += 1  # `Unpublished`, `MA`, `master's`; no prose's words (`his`, `a`, `the`)
        else:
            break
        i -= 1
    while i < s and tokens[i].text in _GLUED:
        i += 1
    return i


def _bracketed_lead(tokens: list[Token], a: int, s: int) -> int:
    """The first of the words in small letters between an opening bracket and the thesis
    word at `s` (MHRA's `(unpublished doctoral thesis, SOAS, 2015)`), else `s`: inside its own
    bracket no prose's words come before the kind."""
    i = s
    while i > a and s - i < _BRACKETED_WORDS and _adjective(tokens[i - 1].text):
        i -= 1
    return i if i > 0 and tokens[i - 1].text in ("(", "[") else s


def _adjective(text: str) -> bool:
    """Whether a word in small letters may qualify a degree (`unpublished`, `doctoral`): no
    one- or two-letter word of prose (`a`, `an`, `of`)."""
    return _latin(text) and text.islower() and len(text) > _SHORT_WORD


def _possessive(tokens: list[Token], i: int) -> bool:
    """Whether the word before token `i` takes a glued `'s` (`master's`, `bachelor's`)."""
    return i + 1 < len(tokens) and tokens[i].text in _GLUED and tokens[i + 1].text == "s"


def _clause(tokens: list[Token], start: int, end: int) -> bool:
    """Whether tokens `start`..`end` are a clause of their own: a bracket, a comma or a period
    before them and after them (`(MA thesis,`, `[Unpublished master's thesis]`, `. PhD
    thesis.`), not words of a title or of prose (`the resource curse thesis in …`)."""
    if start == 0 or end >= len(tokens):
        return False
    return tokens[start - 1].text in _OPENS and tokens[end].text in _CLOSES


def _phrase_goes_on(tokens: list[Token], marks: list[set[str]], e: int) -> bool:
    """Whether token `e` goes on the thesis's words before it (`Ph.D.`, `MA Thesis`)."""
    if "Bthesis" not in marks[e]:
        return "thesis" in marks[e]
    return tokens[e].start == tokens[e - 1].end + 1 and _latin(tokens[e].text)


def thesis_kind_genre(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a thesis's kind that no run holds read as the genre (module doc); a degree
    the model read as the genre just before it (`PhD` of `PhD thesis`) joins it."""
    if "Bthesis" not in marks_union(marks):
        return found  # no thesis's word: most notes
    genre = any(label == "genre" for label, _, _ in found)
    for j, (label, a, b) in enumerate(found):
        if label != OTHER:
            continue
        s = next((k for k in range(a, b) if "Bthesis" in marks[k] and _latin(tokens[k].text)), None)
        if s is None:
            continue
        joined = s == a and j > 0 and found[j - 1][0] == "genre"
        if genre and not joined:
            continue  # a genre read already, and this word not its end (`PhD` `thesis`)
        e = s + 1
        while e < b and _phrase_goes_on(tokens, marks, e):
            e += 1
        while e > s + 1 and not tokens[e - 1].text.isalpha():
            e -= 1  # `Ph.D.`'s closing period is the sentence's
        start = found[j - 1][1] if joined else _lead(tokens, a, s)
        if not _clause(tokens, start, e) and not joined:
            start = _bracketed_lead(tokens, a, s)  # MHRA's `(unpublished doctoral thesis,`
        if not _clause(tokens, start, e):
            continue
        return painted(found, ("genre", start, e))
    return found


_DEGREE: Final = 12  # tokens of a degree's clause after the title's colon at most


def thesis_after_colon(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a thesis's degree clause closing the title after its colon, in small
    letters (`Title: filologiya üzrə fəlsəfə doktoru dissertasiyası. – Bakı`, `Title:
    iqtisodiyot fanlari doktori (DSc) dissertatsiyasi`), read as the genre: GOST's other title
    information naming the work's kind, no subtitle (a thesis word among them, `[types]
    thesis`)."""
    for label, a, b in found:
        if label != "title" or b - a < 4:
            continue
        last = range(b - 2, max(a, b - _DEGREE - 1), -1)
        colon = next((k for k in last if tokens[k].text == ":"), None)
        if colon is None or not tokens[colon + 1].text[:1].islower():
            continue
        if any(t.text in ":;" for t in tokens[colon + 1 : b]):
            continue
        clause = " ".join(t.text for t in tokens[colon + 1 : b])
        if not has_type_cue("thesis", clause):
            continue
        return painted(painted(found, (OTHER, colon, colon + 1)), ("genre", colon + 1, b))
    return found
