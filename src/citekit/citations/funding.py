"""A note that says who funded or supported the work (`Bu çalışma TÜBİTAK tarafından
desteklenmiştir (Proje No: 115K123).`, `Мақала … гранттық қаржыландыруы аясында дайындалды (ИРН
AP08856175).`, `The research was funded by the Science Committee … (Grant No. AP09259027).`):
it names a grant or a body, no source, whatever numbers it holds."""

from __future__ import annotations

import functools
import re

from citekit.citations._words import literal_alternation
from citekit.citations.glosses import in_sentence
from citekit.citations.prose import labelled_number, opens_with_name
from citekit.citations.sources import YEAR
from citekit.languages import shipped_words

__all__ = ["funded"]


@functools.cache
def _phrases() -> re.Pattern[str]:
    """The language files' funding phrases (`[words] funding`), each ending a word."""
    words = sorted(shipped_words("funding"), key=len, reverse=True)
    # grouped by first character (one group tried a place): found where the flat one is
    return re.compile(r"(?:" + (literal_alternation(words) or "(?!)") + r")(?!\w)")


def funded(text: str) -> bool:
    """Whether `text` (a note with no address) says who funded or supported the work: a
    funding phrase, no "//", page or volume number, no name with initials opening it, and
    each year inside a sentence (`проєкту «Українська революція 1917–1921 рр.»`, not an
    imprint's `М., 2015`)."""
    if "//" in text or _phrases().search(text) is None:  # "//" told first: a string scan
        return False
    if labelled_number(text) or opens_with_name(text):
        return False
    return all(in_sentence(text[: m.start()].rstrip()) for m in YEAR.finditer(text))
