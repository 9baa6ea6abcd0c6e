"""The lexicon the note tagger's features read: every language file's word lists (label
words, publisher words, months, places, cue words) as token sequences, and which of them
cover each token of a note."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.tokens import tokenize
from citekit.languages import available_languages, country_names, language, shipped_words

__all__ = ["LEXICON_KEYS", "Lexicon", "fold", "lexicon", "own_spellings"]

# the [words] keys of the language files that become features
LEXICON_KEYS: Final = (
    "page",
    "volume",
    "issue",
    "publisher",
    "edition",
    "editor",
    "translator",
    "extent",
    "see",
    "cities",
    "places",
    "in_",
    "thesis",
    "legislation",
    "conference",
    "archive",
    "encyclopedia",
    "video",
    "newspaper",
    "journal",
    "accessed",
    "archived",
    "ibid",
    "opcit",
    "and_",
    "et_al",
    "online",
    "year",
)


def fold(text: str) -> str:
    """A word as the lexicon keys it: case-folded, Turkish `İ` as `i`."""
    return text.replace("İ", "i").casefold()


class Lexicon:
    """Entries of every language's word lists, as token sequences, keyed by their first token."""

    def __init__(
        self, entries: dict[str, set[tuple[str, ...]]], names: frozenset[str] = frozenset()
    ) -> None:
        # month words that are given names too ("Jan"): a month only beside a number
        self.named_months = frozenset(
            seq[0] for seq in entries.get("month", ()) if len(seq) == 1 and seq[0] in names
        )
        self.first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for key, sequences in entries.items():
            for seq in sequences:
                self.first.setdefault(seq[0], []).append((seq, key, "B" + key))
        for options in self.first.values():
            options.sort(key=lambda o: -len(o[0]))

    def marks(self, folded: Sequence[str]) -> list[set[str]]:
        """For each token, the lexicon keys of the entries that cover it (callers only read
        them: tokens no entry covers share one empty set)."""
        empty: set[str] = set()
        found: list[set[str]] = [empty] * len(folded)
        # the entries each token may open (compiled, each look-up one C call; a `map` over the
        # bound `dict.get` called it through Python's generic call); only those tokens are read
        first = self.first
        hits = [first.get(word) for word in folded]
        for i, options in enumerate(hits):
            if not options:
                continue
            for seq, key, begins in options:
                # an entry of one word is the token's own (it is keyed by that word)
                if len(seq) == 1 or tuple(folded[i : i + len(seq)]) == seq:
                    if found[i] is empty:
                        found[i] = set()
                    found[i].add(begins)
                    for j in range(i, i + len(seq)):
                        if found[j] is empty:
                            found[j] = set()
                        found[j].add(key)
        if self.named_months and not self.named_months.isdisjoint(folded):
            for i in [i for i, word in enumerate(folded) if word in self.named_months]:
                if not _beside_number(folded, i):  # "Jan Kowalski", "Kowalski, Jan."
                    found[i] = found[i] - {"month", "Bmonth"}
        return found


def _beside_number(folded: Sequence[str], i: int) -> bool:
    """Whether a number stands within two tokens of token `i` ("12 Jan", "Jan. 2001")."""
    return any(w.isdigit() for w in folded[max(0, i - 2) : i + 3])


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon of all shipped languages (built once per process)."""
    entries: dict[str, set[tuple[str, ...]]] = {}
    for key in LEXICON_KEYS:
        for word in shipped_words(key):
            seq = tuple(fold(t.text) for t in tokenize(word))
            if seq:
                entries.setdefault(key.rstrip("_"), set()).add(seq)
    for code in available_languages():
        lang = language(code)
        if lang.titles_only:
            continue  # its months are dates' only between a day and a year (`citekit.dates`)
        for table in (lang.months, lang.month_abbreviations):
            for names in table.values():
                for name in names:
                    seq = tuple(fold(t.text) for t in tokenize(name))
                    if seq:
                        entries.setdefault("month", set()).add(seq)
    given = frozenset(fold(w) for code in available_languages() for w in language(code).given_names)
    return Lexicon(entries, given)


@functools.cache
def own_spellings() -> dict[str, str]:
    """The words of the lexicon's languages as an editor without their letters types them
    (`Erisim`, `Yayinlari`, `cev`, `Гылым`), each with its own spelling (`Erişim`, `Yayınları`,
    `çev`, `Ғылым`): a plain spelling that is a word of some list as written, a country's name
    (`Turkmenistan`), that two words share, or of one or two letters (`ý.` typed `y.`) is none
    (built once per process)."""
    written: set[str] = set()
    found: dict[str, set[str]] = {}
    for code in available_languages():
        lang = language(code)
        table = str.maketrans(dict(lang.plain_letters))
        lists: list[tuple[str, ...]] = [getattr(lang.words, key) for key in LEXICON_KEYS]
        if not lang.titles_only:  # a titles_only language's months are no tagger word
            lists += [*lang.months.values(), *lang.month_abbreviations.values()]
        lists += [*lang.legal.values(), *lang.type_words.values(), lang.organisation_words]
        # the plain spellings the language data keeps (`_typed_plainly`: no English country
        # name), of three letters or more
        lang_words = {
            t.text for words in lists for w in words for t in tokenize(w) if len(t.text) > 2
        }
        for words in lists:
            # the plain spellings the list holds beside their words (`Erisim` by `Erişim`)
            plain_forms = [w.translate(table) for w in words] if table else list(words)
            typed = {p for p, w in zip(plain_forms, words, strict=True) if p != w}
            for word in words:
                if word in typed:
                    continue
                for token in tokenize(word):
                    text = token.text
                    written.add(text)
                    plain = text.translate(table) if table else text
                    if plain != text and text.isalpha() and plain in lang_words:
                        found.setdefault(plain, set()).add(text)
    countries = country_names()
    return {
        plain: next(iter(own))
        for plain, own in found.items()
        if len(own) == 1 and plain not in written and plain.casefold() not in countries
    }
