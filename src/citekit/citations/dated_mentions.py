"""An author-date reference inside a sentence of prose (`Bu konu Yılmaz (2015) tarafından
ayrıntılı olarak incelenmiştir.`, `This issue is discussed in detail by Smith (2001).`, `Smith
(2001) argues that nomads were not isolated.`): the note cites the work of that name and year,
and names no title; the sentence around the bracket is the author's prose, never the title."""

from __future__ import annotations

import re
from typing import Final

from attrs import evolve

from citekit.citations.predicates import closes_on_verb
from citekit.citations.prose import reads_as_prose
from citekit.model import Citation, PartialDate

__all__ = ["dated_mention"]

# a capitalised word, then its year in brackets, perhaps with a letter and a page after a mark
# (`Smith (2001)`, `Yılmaz (2015a: 45)`, `Иванова (1999, с. 12)`)
_MENTION: Final = re.compile(
    r"(?<![\w.])[^\W\d_][\w'’-]+\s*\(((?:1[5-9]|20)\d\d)[a-zа-я]?(?:\s*[,:;]\s*[^()]{1,30})?\)"
)
_SPARE_WORDS: Final = 2  # words of the sentence the title read may leave out (the name's)
_MIN_SENTENCE: Final = 5  # words of a sentence of prose around the bracket, at least


def dated_mention(text: str, found: Citation) -> Citation:
    """`found`, read from `text`, without a title that is the sentence of prose around one
    author-date bracket, and dated by the bracket's year when no date was read: no quotation,
    address or second bracket, and the note reads as prose or closes on a verb."""
    title = found.title
    if title is None or "(" not in text or "://" in text:
        return found  # most notes: no bracket
    if any(q in text for q in '«»“”„"') or "//" in text:
        return found  # a quoted title, GOST's host: the work is named
    mentions = list(_MENTION.finditer(text))
    if len(mentions) != 1 or text.count("(") != 1 or not mentions[0].group()[0].isupper():
        return found  # `Medeniýet hakynda (2022) …`: a title's word before its year
    said = (text[: mentions[0].end()].rsplit("(", 1)[0] + " " + text[mentions[0].end() :]).split()
    if len(said) < _MIN_SENTENCE or len(title.split()) < len(said) - _SPARE_WORDS:
        return found  # the title read is a part of the note: a work of its own
    if not (reads_as_prose(text) or closes_on_verb(text)):
        return found
    issued = found.issued or PartialDate(year=int(mentions[0].group(1)))
    return evolve(found, title=None, issued=issued)
