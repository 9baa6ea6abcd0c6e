"""The title shaper: real titles given the inner punctuation real notes carry.

A pool of real titles teaches words; notes also need titles whose colons, quotes, question
marks, year ranges, volume words and abbreviations with periods sit *inside* the title, so that a
tagger learns that ``:``, ``«…»``, ``(1991–2021)``, ``Т. 2`` or ``XX в.`` do not end one. The
words (volume words, eras, quote pairs, joiners) are each language's data (``[shape]`` in
``data/<lang>.toml``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping

__all__ = ["shape_title"]

# Turkish dotted and dotless i keep their case pairs (İ/i, I/ı); Turkmen has no dotless i
_TR_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_TR_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_ENDS = ".,;:!?…"

Words = Mapping[str, tuple[str, ...]]


def _upper(text: str, lang: str) -> str:
    return (text.translate(_TR_UPPER) if lang == "tr" else text).upper()


def _lower(text: str, lang: str) -> str:
    return (text.translate(_TR_LOWER) if lang == "tr" else text).lower()


def _bare(text: str) -> str:
    return text.rstrip(_ENDS + " ")


def _subtitle(rng: random.Random, text: str, other: str, words: Words, lang: str) -> str:
    joiner = rng.choice(words.get("joiners") or (": ",))
    if joiner == "? " and text.endswith("?"):
        joiner = " "
    tail = other
    if joiner in (": ", " — ", " – ", " - ") and rng.random() < 0.5 and lang != "en":
        tail = _lower(other[:1], lang) + other[1:]
    if joiner == "? ":
        return f"{_bare(text)}? {tail}"
    return f"{_bare(text)}{joiner}{tail}"


def _quote(rng: random.Random, text: str, words: Words) -> str:
    pair = rng.choice(words.get("quote_pairs") or ("“”",))
    tokens = text.split()
    if len(tokens) < 3:
        return f"{pair[0]}{text}{pair[-1]}"
    start = rng.randrange(1, len(tokens))
    end = min(len(tokens), start + rng.randint(1, 3))
    inner = " ".join(tokens[start:end]).rstrip(_ENDS)
    if not inner:
        return text
    tokens[start:end] = [pair[0] + inner + pair[-1]]
    return " ".join(tokens)


def _era(rng: random.Random, text: str, words: Words) -> str:
    era = rng.choice(words.get("eras") or ("1991–2021",))
    if rng.random() < 0.3:
        return f"{_bare(text)}, {era}" if not era.endswith(".") else f"{_bare(text)} ({era})"
    return f"{_bare(text)} ({era})"


def _volume(rng: random.Random, text: str, other: str, words: Words) -> str:
    label = rng.choice(words.get("volume_words") or ("Vol. {n}",))
    label = label.replace("{n}", str(rng.choice((1, 1, 2, 2, 3, 4, 5, 12))))
    if rng.random() < 0.5:
        return (
            f"{_bare(text)}. {label}: {other}" if label.endswith(".") else f"{_bare(text)}. {label}"
        )
    return f"{label}. {text}" if not label.endswith(".") else f"{label} {text}"


def _acronym(rng: random.Random, text: str, words: Words) -> str:
    """An upper-case abbreviation in parentheses or ahead of a colon: ``… (NATO)``, ``ЕАЭС: …``."""
    acronym = rng.choice(words.get("acronyms") or ("NATO",))
    if rng.random() < 0.6:
        return f"{_bare(text)} ({acronym})"
    return f"{acronym}: {text}"


def _number(rng: random.Random, text: str, words: Words) -> str:
    """A number or a year that belongs to the title: ``100 …``, ``… 2050``, ``… (2023)``, or a
    numbered part (``Лабораторная работа №2``, ``… Part 2``: ``title_numbers`` of the data)."""
    labels = words.get("title_numbers")
    if labels and rng.random() < 0.3:
        label = rng.choice(labels).replace("{n}", str(rng.choice((1, 1, 2, 2, 3, 4, 5, 7, 12))))
        return f"{_bare(text)} {label.replace('{m}', str(rng.randint(0, 9)))}"
    roll = rng.random()
    if roll < 0.35:
        return f"{rng.choice(('3', '5', '7', '10', '12', '40', '100', '101'))} {text}"
    year = rng.randint(1900, 2050)
    if roll < 0.7:
        return f"{_bare(text)} {year}"
    return f"{_bare(text)} ({year})"


def shape_title(
    rng: random.Random, text: str, other: Callable[[], str], words: Words, lang: str
) -> str:
    """`text` with one of the shapes real titles take: a subtitle after a colon, dash or question
    mark (`other` gives it), a quoted phrase inside, a year range or era, a volume word with its
    period, an abbreviation in capitals, a number or year of its own, or the whole title in upper
    (or lower) case; now and then two of them."""
    shaped = _shape_once(rng, text, other, words, lang)
    if rng.random() < 0.2 and shaped.upper() != shaped:
        shaped = _shape_once(rng, shaped, other, words, lang, last=0.83)
    return shaped


def _shape_once(
    rng: random.Random,
    text: str,
    other: Callable[[], str],
    words: Words,
    lang: str,
    last: float = 1.0,
) -> str:
    roll = rng.random() * last
    if roll < 0.08:
        return _acronym(rng, text, words)
    if roll < 0.16:
        return _number(rng, text, words)
    roll = (roll - 0.16) / 0.84
    if roll < 0.34:
        return _subtitle(rng, text, other(), words, lang)
    if roll < 0.54:
        return _quote(rng, text, words)
    if roll < 0.7:
        return _era(rng, text, words)
    if roll < 0.83:
        return _volume(rng, text, other(), words)
    if roll < 0.9 and not text.endswith("?"):
        return _bare(text) + "?"
    if roll < 0.97:
        return _upper(text, lang)
    return _lower(text, lang)
