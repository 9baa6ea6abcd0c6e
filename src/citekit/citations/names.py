"""Names as written into `Name` values: family and given split where the form shows it,
initials kept with their periods ("Z. S."). Capitals are told by Unicode, not by a list of
letters, so "Yılmaz Ş." and "Сулейменов О." split alike; joining words ("and", "ve", "и")
and "et al." words come from the language files.
"""

from __future__ import annotations

import functools
import re

from citekit.citations._words import lower, patterns
from citekit.languages import available_languages, language
from citekit.model import Name

__all__ = ["is_initials", "is_organisation", "split_names", "to_name", "unlist"]

_WORD = re.compile(r"[^\W\d_]")
_WORD_RUN = re.compile(r"[^\W\d_]+")


def _is_initial(word: str) -> bool:
    """ "Ş.", "Zh.", "A.-B.", "S": one or two letters, the first a capital."""
    parts = [p for p in re.split(r"[.\-‐]", word) if p]
    return bool(parts) and all(
        1 <= len(p) <= 2 and p[0].isupper() and p.isalpha() and (len(p) == 1 or p[1].islower())
        for p in parts
    )


@functools.cache
def _organisation_words() -> frozenset[str]:
    """The `[names] organisation` words of every shipped language, lower-cased."""
    return frozenset(
        lower(w) for code in available_languages() for w in language(code).organisation_words
    )


def is_organisation(written: str) -> bool:
    """Whether a name as written is a body's ("Türk Tarih Kurumu", "Министерство
    образования"): one of its words is an organisation's head word of a language file."""
    return not _organisation_words().isdisjoint(lower(w) for w in _WORD_RUN.findall(written))


def is_initials(text: str) -> bool:
    """Whether `text` is only initials ("Ş.", "A. C.", "Zh.T", "О.А.")."""
    words = text.replace(".", ". ").split()
    return bool(words) and len(words) <= 4 and all(_is_initial(w) for w in words)


def split_names(text: str) -> tuple[str, ...]:
    """Split an author list as written ("Demirbulat, Ö. G., & AVCIKURT, C.") into names."""
    text = patterns().et_al.sub("", text)
    pieces = [p.strip(" ,;") for p in patterns().name_split.split(text) if p and p.strip(" .,;")]
    names: list[str] = []
    for piece in pieces:
        last = names[-1] if names else ""
        inverted_open = bool(last) and "," not in last and len(last.split()) == 1
        if inverted_open and is_initials(piece):
            names[-1] = f"{last}, {piece}"
        else:
            names.append(piece)
    return tuple(n for n in names if 1 <= len(n) <= 80 and _WORD.search(n))


def _full_name(part: str) -> bool:
    """Whether a part of a list is a whole name by its shape: two or more words, one of them
    initials or a surname in capitals ("G. Parker", "Koçak AKÇAY"), one of them not initials."""
    words = part.split()
    marked = any(is_initials(w) or (w.isupper() and len(w) > 2) for w in words)
    return len(words) >= 2 and marked and not all(is_initials(w) for w in words)


def unlist(written: str) -> tuple[str, ...]:
    """The names in a run that a list style wrote with only its first name inverted.

    Chicago and MLA write "Family, Given, Given Family, Given Family": after the first
    name's two parts, each comma-separated part of two or more words is a name of its own.

    >>> unlist("Муратова, Диана, Карлыгаш Абдыкулова")
    ('Муратова, Диана', 'Карлыгаш Абдыкулова')
    """
    parts = [p.strip() for p in written.split(",")]
    if len(parts) >= 2 and all(_full_name(p) for p in parts):
        return tuple(parts)  # "G. Parker, N. Johnson": no part is a family alone
    if len(parts) < 3 or not all(parts) or is_initials(parts[0]):
        return (written,)
    rest = parts[2:]
    if all(len(p.split()) >= 2 and not is_initials(p) for p in rest):
        return (f"{parts[0]}, {parts[1]}", *rest)
    return (written,)


def to_name(written: str) -> Name:
    """A `Name` from a name as written, split into family and given where the form shows it.

    >>> to_name("Yılmaz Ş.")
    Name(family='Yılmaz', given='Ş.', literal=None)
    >>> to_name("Z. S. Kenzhebayeva")
    Name(family='Kenzhebayeva', given='Z. S.', literal=None)
    """
    written = " ".join(written.split())  # a no-break space or a line break is a space
    if "," in written:
        family, given = (p.strip() for p in written.split(",", 1))
        return Name(family=family, given=given or None, written=written)
    parts = written.split()
    if len(parts) == 1 or is_organisation(written):
        return Name(literal=written, written=written)
    caps = parts[-1].isalpha() and parts[-1].isupper() and len(parts[-1]) <= 3
    if len(parts) == 2 and caps and not parts[0].isupper():
        return Name(family=parts[0], given=parts[1], written=written)  # Vancouver "Smith JK"
    if is_initials(" ".join(parts[1:])):
        return Name(family=parts[0], given=" ".join(parts[1:]), written=written)
    if is_initials(" ".join(parts[:-1])):
        return Name(family=parts[-1], given=" ".join(parts[:-1]), written=written)
    return Name(family=parts[-1], given=" ".join(parts[:-1]), written=written)
