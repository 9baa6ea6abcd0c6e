"""A comma or a period typed after a space (`Bilig , (89) , 1-20 .`, `Aydın, M . (2019).
Title . Host , 45 (2)`): the citation exports of DergiPark and other OJS sites write every
mark of APA or MLA so, and a hand copies them. The space belongs after the mark: the note is
read with each such mark and its space swapped (same length, same offsets), as the style
writes it, so its parse is the one of the note typed without them. A note with one or two
such marks is read as typed: a slip, or a title's own spacing."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["dashed_names", "spaced_address", "spaced_numbers", "unspaced_marks"]

# a word's last character, a space, a comma or a single period, then a space or the end (no
# ellipsis, no decimal, no address's dot)
_SPACED: Final = re.compile(r"(?<=\w) ([,.])(?= |$)")
_EXPORTED: Final = 3  # spaced marks of an exported note at least


def unspaced_marks(text: str) -> str:
    """`text` with each comma or period typed after a space moved before it, when the note
    writes its marks so (three of them at least: one is a slip, or a title's own); the text
    itself when it does not (most notes)."""
    if " ," not in text and " ." not in text:
        return text
    if len(_SPACED.findall(text)) < _EXPORTED:
        return text
    return _SPACED.sub(lambda m: m.group(1) + " ", text)


# … or a DOI by its label (`…;66(1):23-30.doi:10.5578/…`)
_GLUED_ADDRESS: Final = re.compile(r"(?<=[^\s/])([.,;)])(?=https?://|(?:doi|DOI):\s?10\.)")


def spaced_address(text: str) -> str:
    """`text` with a space after the mark an address or a labelled DOI is typed right after
    (`…,189-214.https://doi.org/…`, `…:23-30.doi:10.5578/…`): the address is a part of its
    own, the mark the part's before it."""
    if "http" not in text and "doi:" not in text and "DOI:" not in text:
        return text
    return _GLUED_ADDRESS.sub(lambda m: m.group(1) + " ", text)


# a comma typed right after a bracket's close or an abbreviation's period and before a number
# (İSNAD's `(Ankara:DİB Yay.,1993),1/245`): no decimal's, a list's comma
_GLUED_NUMBER: Final = re.compile(r"(?<=[).]),(?=\d)")


def spaced_numbers(text: str) -> str:
    """`text` with a space after a comma typed between a bracket's close or a period and a
    number (`1993),1/245` → `1993), 1/245`): the number is a part of its own."""
    if ",," in text or not (")," in text or ".," in text):
        return text
    return _GLUED_NUMBER.sub(", ", text)


# ISO 690's names (ČSN, STN): a family in capitals, its comma and given names, a dash, the next
# family in capitals, its comma and given names, closed by the names' period or an editors'
# bracket (`LANDAU, Jacob M. – KELLNER-HEINKELE, Barbara.`, `NOVÁK, Martin – SVOBODOVÁ, Eva
# (eds.)`); the first at the note's start or after `In:`
_DASHED: Final = re.compile(
    r"(?:^|In:\s)(?P<family>[^\W\d_][^\s,]*),\s[^,;–—.]{1,30}?(?:\.\s?[^,;–—.\s]{1,3}){0,2}\.?"
    r"(?P<dash>\s[–—]\s)(?P<next>[^\W\d_][^\s,]*),\s[^,;–—()]{1,40}?(?:\.(?=\s|$)|\s\()"
)


def dashed_names(text: str) -> str:
    """`text` with the dash between two names whose families are in capitals read as the
    semicolon other styles write there (same length, same offsets); the text itself when it
    has none (most notes)."""
    if " – " not in text and " — " not in text:
        return text
    out = text
    for found in _DASHED.finditer(text):
        family, following = found.group("family"), found.group("next")
        if len(family) > 1 and family.isupper() and len(following) > 1 and following.isupper():
            at = found.start("dash")
            out = out[:at] + ";  " + out[at + 3 :]
    return out
