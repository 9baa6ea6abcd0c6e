"""Forms that tell where a note's next source opens after `;`: a heading's name written
family first with its initials (`Петров П.`), a GOST short form (`Хирш Ф. Империя наций.
С. 98–99`), a short form before a sentence of prose (`Anderson, Imagined Communities, 6–7.
Both, however, …`) and a "see" word after a few lower-case words (`for a different view,
see`, `benzer bir değerlendirme için bkz.`)."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit._text import unmixed
from citekit.citations._words import FoldedMatch, literal_alternation, patterns
from citekit.citations.shortforms import SHORT_FORM
from citekit.languages import shipped_words

__all__ = [
    "HEADING",
    "PROSE_SHARE",
    "and_after_imprint",
    "heading_name",
    "heading_short_form",
    "prose",
    "see_after_lead",
    "short_form_then_prose",
]

PROSE_SHARE: Final = 0.6  # of lower-case words: a sentence of prose, not a citation


# a short form's page, then a sentence of prose (`Anderson, Imagined Communities, 6–7. Both,
# however, underrate …`)
_PAGE_THEN_SENTENCE: Final = re.compile(r"\d\.\s+[^\W\d_]")
_MAX_SHORT: Final = 120  # characters: a short form is short
_MIN_PROSE: Final = 3  # words: a sentence of prose
# a GOST short form's closing page (`Мартин Т. Империя «…». С. 211`)
_CLOSING_PAGE: Final = re.compile(r"[^\W\d_]{1,3}\.\s*\d+(?:\s*[-–]\s*\d+)?\.?$")


def prose(text: str) -> bool:
    """Whether most of `text`'s words are lower-case: a sentence of prose, not a citation."""
    words = text.split()
    return bool(words) and sum(1 for w in words if w[:1].islower()) / len(words) >= PROSE_SHARE


def short_form_then_prose(piece: str) -> bool:
    """A short form (`SHORT_FORM`) whose page a sentence of prose follows: three words or
    more, most of them lower-case."""
    found = _PAGE_THEN_SENTENCE.search(piece, 0, _MAX_SHORT)
    if found is None or SHORT_FORM.match(piece[: found.start() + 1].strip()) is None:
        return False
    sentence = piece[found.end() - 1 :]
    return len(sentence.split()) >= _MIN_PROSE and prose(sentence)


def heading_short_form(piece: str) -> bool:
    """A GOST short form: a heading's name, a title and a labelled page (`Хирш Ф. Империя
    наций. С. 98–99`)."""
    piece = piece.strip()
    found = HEADING.match(piece)
    if not heading_name(piece) or found is None:
        return False
    page = _CLOSING_PAGE.search(piece)
    title = piece[found.end() : page.start()].strip(" .") if page is not None else ""
    # the title alone between them: one sentence, no bracket (`Lecomte, G. (eds.). The …`)
    opens = title[:1].isupper() or title.startswith(("«", "“", "„", '"'))
    return opens and ". " not in title and "(" not in title


# a name written family first with its initials (`Петров П.`, `Петров П. П.,`): a source's
# heading; GOST writes the names of a responsibility or a host initials first (`/ П. Петров`)
HEADING: Final = re.compile(r"[^\W\d_][\w’'-]*,?\s+(?:([^\W\d_])\.\s*){1,3}(?!\w)")


def heading_name(start: str) -> bool:
    """Whether `start` opens with a heading's name (`HEADING`): after `;` it opens a source
    of its own, even inside a responsibility (`Книга / И. Иванов; Петров П. Очерки. …`)."""
    found = HEADING.match(start)
    return found is not None and start[:1].isupper() and found.group(1).isupper()


_MAX_LEAD_WORDS: Final = 6  # `for a different view, see`, `benzer bir değerlendirme için bkz.`
_LEAD_CHARS: Final = 80  # the lead-in and its "see" word open the piece


def see_after_lead(start: str) -> FoldedMatch | None:
    """A "see" word after a few lower-case words of prose that open a source after `;`
    (`…; for a different view, see Hirsch, …`, `…; ayrıca bkz. …`, `…; сондай-ақ қараңыз: …`)."""
    found = patterns().see.search(unmixed(start[:_LEAD_CHARS]))
    if found is None or found.start() == 0:
        return None
    words = start[: found.start()].split()
    if len(words) > _MAX_LEAD_WORDS or any(not w[:1].islower() for w in words):
        return None
    return None if any(not c.isalpha() and c not in " ,-" for c in "".join(words)) else found


_IMPRINT: Final = re.compile(r"\([^()]*[12]\d\d\d\)")  # a bracketed imprint with its year


@functools.cache
def _and_after_imprint() -> re.Pattern[str]:
    """Chicago's `and` between two whole sources: after a bracketed imprint with its year and
    the pages after it, `and` and a capitalised name of two words or more."""
    ands = literal_alternation(sorted(w for w in shipped_words("and_") if w.isalpha()))
    return re.compile(
        rf"(?<=[12]\d\d\d\))(?:,\s*[\dIVXLC][\d–—\-, ]*?)?(?P<and>,\s+(?:{ands})\s+)"
        r"(?=[^\W\d_][^\s,]*\s+[^\W\d_][^\s,]*[\s,])"
    )


def and_after_imprint(text: str) -> tuple[int, int] | None:
    """Where a second source opens after `and` (`… (Stanford, CA: Stanford University Press,
    1993), 84–97, and Terry Martin, The Affirmative Action Empire (Ithaca: …, 2001)`): the
    name after `and`, when a bracketed imprint with its year follows it too: where the first
    source ends and the second opens."""
    if ")" not in text:
        return None
    for found in _and_after_imprint().finditer(text):
        if text[found.end()].isupper() and _IMPRINT.search(text, found.end()):
            return found.start("and"), found.end()
    return None
