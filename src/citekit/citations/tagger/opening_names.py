"""A name written given name first opens a Chicago or İSNAD book's note before a comma
(`Mükhtar Auezov, Abay Joly (Almatı: Jazuşı, 1997), 145.`): two capitalised words, a comma,
the title, then the imprint in brackets. Those notes never open a title with two words and a
comma, so the two words are the author, whether or not the given name is a known one."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import given_names, is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.name_words import (
    APOSTROPHES,
    name_ands,
    name_articles,
    name_elided,
    name_particles,
    son_abbreviations,
    unmarked,
)
from citekit.citations.tagger.shapes import bracketed_imprint
from citekit.citations.tagger.tokens import Token

__all__ = ["name_opens_title", "publishing_body"]

_NAME_WORDS: Final = 2  # given name and family
_SHORTEST: Final = 2  # letters of a name's word at least (no initial)
_ACRONYM: Final = 6  # letters of a body's initials at most (`TÜBİTAK` is spelled out)


def _name_word(text: str) -> bool:
    return len(text) >= _SHORTEST and text.isalpha() and text[0].isupper() and text[1:].islower()


def _name_end(tokens: list[Token]) -> int:
    """The index of the comma that closes a name opening the note: two capitalised words
    (`Olivier Roy,`), or a given name and a family name with its particle (`Xavier de Planhol,`,
    `Marie-Carin von Gumppenberg,`) or with its elided one glued to it (`Hélène Carrère
    d’Encausse,`, `Valéry Giscard d’Estaing,`), or an Arabic name romanized with its
    connectors (`ʿAlī b. Muḥammad al-Jurjānī,`, `Aḥmad ibn Ḥanbal,`), which only names write;
    or two names of two words joined by `and` (`Alexandre Bennigsen and Chantal
    Lemercier-Quelquejay,`); else 0."""
    if tokens[_NAME_WORDS].text == ",":  # `Given Family,` (the exact precheck)
        ok = all(_name_word(tokens[k].text) for k in range(_NAME_WORDS))
        return _NAME_WORDS if ok else 0
    if tokens[_NAME_WORDS + 1].text == "," and _han(tokens[_NAME_WORDS].text):
        # a Chinese name romanized, then in its characters (`Wang Gungwu 王赓武,`)
        ok = all(_name_word(tokens[k].text) for k in range(_NAME_WORDS))
        return _NAME_WORDS + 1 if ok else 0
    particles, elided, articles, ands = (
        name_particles(),
        name_elided(),
        name_articles(),
        name_ands(),
    )
    if not _name_word(unmarked(tokens[0].text)) or not any(
        t.text in particles or t.text.casefold() in elided or t.text in articles or t.text in ands
        for t in tokens[1:_LONGEST]
    ):
        return 0  # no particle in the note's first words (most notes)
    k, words, particle = 0, 0, False
    joined = -1  # the words before the `and` of two names, when one joins them
    while k < min(len(tokens), _LONGEST):
        text = tokens[k].text
        if text == ",":
            if joined >= 0:  # `Alexandre Bennigsen and Chantal Lemercier-Quelquejay,`
                return k if joined == words - joined == _NAME_WORDS else 0
            return k if words >= _NAME_WORDS and particle and k > 0 else 0
        if text in ands and joined < 0 and words == _NAME_WORDS:
            k, joined = k + 1, words
            continue
        if _name_word(unmarked(text)) or _hyphenated(tokens, k):
            k += 3 if _hyphenated(tokens, k) else 1
            words += 1
        elif text in particles and words:
            k, particle = k + 1, True
        elif text.casefold() in elided and words and _elided(tokens, k):
            k, particle, words = k + 3, True, words + 1
        elif text in articles and words and _article(tokens, k):
            k, particle, words = k + 3, True, words + 1  # `al-Jurjānī`
        elif (
            text in son_abbreviations()
            and words
            and tokens[k + 1].text == "."
            and _closed(tokens, k)
        ):
            k, particle = k + 2, True  # `b.`, `bt.`: son, daughter of
        else:
            return 0
    return 0


def _closed(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is closed by the period glued to it (`b.`)."""
    return k + 1 < len(tokens) and tokens[k].end == tokens[k + 1].start


def _article(tokens: list[Token], k: int) -> bool:
    """Whether an Arabic article glued by its hyphen to a name opens at token `k`
    (`al-Jurjānī`, `al-ʿAsqalānī`)."""
    return (
        _glued(tokens, k)
        and tokens[k + 1].text == "-"
        and tokens[k + 1].end == tokens[k + 2].start
        and _name_word(unmarked(tokens[k + 2].text))
    )


def _han(text: str) -> bool:
    """Whether a word is written in Han characters (a Chinese name's two or three)."""
    return 2 <= len(text) <= _HAN_NAME and all("\u4e00" <= char <= "\u9fff" for char in text)


_HAN_NAME: Final = 4  # characters of a Chinese name at most
_LONGEST: Final = 10  # tokens of such a name at most, with its hyphens and particles


def _glued(tokens: list[Token], k: int) -> bool:
    return k + 2 < len(tokens) and tokens[k].end == tokens[k + 1].start == tokens[k + 2].start - 1


def _elided(tokens: list[Token], k: int) -> bool:
    """Whether `d’Name` opens at token `k`, glued."""
    return (
        _glued(tokens, k)
        and tokens[k + 1].text in APOSTROPHES
        and tokens[k + 1].end == tokens[k + 2].start
        and _name_word(tokens[k + 2].text)
    )


def _hyphenated(tokens: list[Token], k: int) -> bool:
    """Whether a hyphenated given name opens at token `k` (`Marie-Carin`), glued."""
    return (
        _glued(tokens, k)
        and tokens[k + 1].text == "-"
        and tokens[k + 1].end == tokens[k + 2].start
        and _name_word(tokens[k].text)
        and _name_word(tokens[k + 2].text)
    )


def name_opens_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that opens the note with `Given Family,` before an imprint
    (bracketed, or a place after a comma) split into the author, the comma and the title;
    and with such a name read as the title and the title after its comma as a person
    (`Aḥmad ibn Ḥanbal, al-Musnad (Cairo: …`: a title in lower case) given back to each."""
    if (
        len(tokens) <= _NAME_WORDS + 2
        or not found
        or found[0][0] != "title"
        or found[0][1] != 0
        or found[0][2] < _NAME_WORDS
    ):
        return list(found)
    if len(found) > 2 and found[2][0] == "author" and found[1][0] == OTHER:
        return _swapped(tokens, found)
    end = _name_end(tokens)
    b = found[0][2]
    if not end or b <= end + 1:
        return list(found)
    if not bracketed_imprint(tokens, b) and not _comma_imprint(tokens, found):
        return list(found)
    if publishing_body(tokens, end + 1, b):
        # `Eğitim İstatistikleri, MEB, Ankara, 2015`: a body's capitals publish the title
        return [("title", 0, end), (OTHER, end, end + 1), ("publisher", end + 1, b), *found[1:]]
    head: list[Run] = [
        ("author", 0, end),
        (OTHER, end, end + 1),
        ("title", end + 1, b),
    ]
    return [*head, *found[1:]]


def publishing_body(tokens: list[Token], a: int, b: int, first: int = 0) -> bool:
    """Whether tokens a..b are a body, its initials in capitals (`MEB`, `TÜİK`) or its name
    (`Sağlık Bakanlığı`: capitalised words closing on a body's word), after a name whose first
    word is no known given name: the body publishes, no title of the name's."""
    if tokens[first].text.casefold() in given_names():
        return False  # `first`: the name's first word
    word = tokens[a].text
    if b - a == 1 and word.isalpha() and word.isupper() and _SHORTEST <= len(word) <= _ACRONYM:
        return True
    words = tokens[a:b]  # a body's name closes on its head word (`Bakanlığı`, `Institute`)
    return (
        b - a > 1 and all(t.text[:1].isupper() for t in words) and is_organisation(words[-1].text)
    )


def _comma_imprint(tokens: list[Token], found: list[Run]) -> bool:
    """Whether the place of an imprint follows the opening title run after its comma
    (`…, L’Empire éclaté, Paris: Flammarion, 1978`)."""
    b = found[0][2]
    return (
        len(found) > 2
        and b < len(tokens)
        and tokens[b].text == ","
        and found[1] == (OTHER, b, b + 1)
        and found[2][0] == "publisher-place"
    )


def _swapped(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with `Name,` read as the title and the title after its comma as the author
    before a bracketed imprint given back to each."""
    end = found[0][2]
    _, a, b = found[2]
    if (
        found[1][1:] != (end, end + 1)
        or tokens[end].text != ","
        or a != end + 1
        or _name_end(tokens) != end
        or not bracketed_imprint(tokens, b)
    ):
        return list(found)
    return [("author", 0, end), found[1], ("title", a, b), *found[3:]]
