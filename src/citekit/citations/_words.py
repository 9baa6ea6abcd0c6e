"""Word lists gathered from every language file, compiled once into patterns."""

from __future__ import annotations

import functools
import re

from citekit.languages import available_languages, language

__all__ = ["Patterns", "patterns"]


def _alternation(words: set[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w.rstrip(".,")) for w in ordered if w.rstrip(".,"))


class Patterns:
    """Compiled patterns for ibid and op. cit. words, access labels and locator labels."""

    def __init__(self) -> None:
        ibid: set[str] = set()
        opcit: set[str] = set()
        accessed: set[str] = set()
        archived: set[str] = set()
        page: set[str] = set()
        et_al: set[str] = set()
        conjunctions: set[str] = set()
        volume: set[str] = set()
        online: set[str] = set()
        self.places: frozenset[str] = frozenset()
        self.label_language: dict[str, str] = {}
        for code in available_languages():
            words = language(code).words
            ibid.update(words.ibid)
            opcit.update(words.opcit)
            accessed.update(words.accessed)
            archived.update(words.archived)
            page.update(words.page)
            et_al.update(words.et_al)
            conjunctions.update(words.and_)
            volume.update(words.volume, words.issue)
            online.update(words.online)
            self.places |= {w.rstrip(".") for w in words.places}
            for label in words.accessed:
                self.label_language.setdefault(label.casefold(), code)
        # A word boundary that works for Cyrillic and for labels ending in a dot.
        edge = r"(?<![\w])"
        tail = r"(?![\w])"
        self.ibid = re.compile(rf"{edge}(?:{_alternation(ibid)})\.?{tail}", re.IGNORECASE)
        self.opcit = re.compile(rf"{edge}(?:{_alternation(opcit)})\.?{tail}", re.IGNORECASE)
        self.accessed = re.compile(rf"{edge}(?:{_alternation(accessed)}){tail}", re.IGNORECASE)
        self.archived = re.compile(rf"{edge}(?:{_alternation(archived)}){tail}", re.IGNORECASE)
        labels = _alternation(page)
        number = r"\d+(?:\s*[-–—~]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—~]\s*\d+)?)*"
        self.page_before = re.compile(rf"{edge}(?:{labels})\.?\s*({number})")
        self.page_after = re.compile(rf"(?<![\w.])({number})\s*-?\s*(?:{labels})(?![\w])")
        conj = _alternation(conjunctions)
        self.name_split = re.compile(
            rf"\s*(?:,\s*(?:{conj})\s+|;|,|\s(?:{conj})\s)\s*", re.IGNORECASE
        )
        self.et_al = re.compile(rf",?\s*(?:{_alternation(et_al)}|et al)\.?,?", re.IGNORECASE)
        self.et_al_words = _alternation(et_al)
        # "Cilt 2", "т. 165", "Vol. 3": a volume or issue field
        marks = _alternation(volume)
        mark = rf"(?:{marks})(?![^\W\d_])"  # the whole word: "T." is a mark, "Türk" is not
        self.volume_part = re.compile(
            rf"^{mark}\.?\s*\d+|^[IVX]+\.?\s+{mark}|^\d+\s+{mark}", re.IGNORECASE
        )
        # a journal's name up to its volume: "Вестник КазНУ. Серия филологическая, т. 165"
        self.journal_tail = re.compile(
            rf"^([^\W\d][^,;()\[\]]{{1,119}}?)\s*(?:,\s*{mark}\.?\s|,?\s+\d+\s*(?:[,(:]|$))",
            re.IGNORECASE,
        )
        # "EJPhSE [Интернет]": Vancouver names the journal before the online marker
        self.online_journal = re.compile(
            rf"(?:^|[.]\s)([^.\[\]]{{2,80}}?)\s*\[(?:{_alternation(online)})\]", re.IGNORECASE
        )


@functools.cache
def patterns() -> Patterns:
    """The shared, compiled patterns (built once)."""
    return Patterns()
