"""Features of each token for the note tagger: its form, its neighbours, where it stands
(inside quotes or brackets, after GOST's ``//``, how far into the note) and what each
language's data says of it (label words, publisher words, months, places, cue words).

Every word list comes from ``languages/data/*.toml``; nothing here names a word.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence

from citekit.citations.tagger.tokens import Token, tokenize
from citekit.languages import available_languages, language, shipped_words

__all__ = ["LEXICON_KEYS", "Lexicon", "features", "lexicon", "token_marks"]

# the [words] keys of the language files that become features
LEXICON_KEYS = (
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
_OPEN = {"“": "q", "«": "q", "„": "q", "(": "p", "[": "b"}
_CLOSE = {"”": "q", "»": "q", ")": "p", "]": "b"}
_SEPARATORS = frozenset(".,:;")
_ROMAN = frozenset("IVXLCM")
_OFFSETS = ((-2, "-2"), (-1, "-1"), (1, "+1"), (2, "+2"))


def _fold(text: str) -> str:
    return text.replace("İ", "i").casefold()


class Lexicon:
    """Entries of every language's word lists, as token sequences, keyed by their first token."""

    def __init__(self, entries: dict[str, set[tuple[str, ...]]]) -> None:
        self.first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, sequences in entries.items():
            for seq in sequences:
                self.first.setdefault(seq[0], []).append((seq, key))
        for options in self.first.values():
            options.sort(key=lambda o: -len(o[0]))

    def marks(self, folded: Sequence[str]) -> list[set[str]]:
        """For each token, the lexicon keys of the entries that cover it."""
        found: list[set[str]] = [set() for _ in folded]
        for i, word in enumerate(folded):
            for seq, key in self.first.get(word, ()):
                if tuple(folded[i : i + len(seq)]) == seq:
                    found[i].add("B" + key)
                    for j in range(i, i + len(seq)):
                        found[j].add(key)
        return found


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon of all shipped languages (built once per process)."""
    entries: dict[str, set[tuple[str, ...]]] = {}
    for key in LEXICON_KEYS:
        for word in shipped_words(key):
            seq = tuple(_fold(t.text) for t in tokenize(word))
            if seq:
                entries.setdefault(key.rstrip("_"), set()).add(seq)
    for code in available_languages():
        lang = language(code)
        for table in (lang.months, lang.month_abbreviations):
            for names in table.values():
                for name in names:
                    seq = tuple(_fold(t.text) for t in tokenize(name))
                    if seq:
                        entries.setdefault("month", set()).add(seq)
    return Lexicon(entries)


def token_marks(tokens: Sequence[Token]) -> list[set[str]]:
    """For each token, the lexicon keys of the entries that cover it (see `Lexicon.marks`)."""
    return lexicon().marks([_fold(t.text) for t in tokens])


@functools.lru_cache(maxsize=65536)
def _shape(text: str) -> str:
    out: list[str] = []
    for char in text[:12]:
        if char.isupper():
            c = "X"
        elif char.isalpha():
            c = "x"
        elif char.isdigit():
            c = "d"
        else:
            c = char
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def _own(text: str) -> tuple[str, ...]:
    """Features of a token's text alone (cached: most tokens repeat)."""
    folded = _fold(text)
    feats = ["w=" + folded[:24], "s=" + _shape(text)]
    first = text[0]
    if first.isalpha():
        name = unicodedata.name(first, "")
        feats.append("sc=" + (name.split(" ")[0] if name else "?"))
        if first.isupper():
            feats.append("cap")
            if text.isupper() and len(text) > 1:
                feats.append("upper")
        if len(text) > 3:
            feats.append("suf=" + folded[-3:])
        feats.append("len=" + str(min(len(text), 8)))
        if set(text) <= _ROMAN:
            feats.append("roman")
        if "." in text:
            feats.append("domain")
    elif first.isdigit():
        feats.append("digits=" + str(min(len(text), 5)))
        if len(text) == 4 and 1500 <= int(text) <= 2099:
            feats.append("year")
    elif len(text) > 1:
        feats.append("url" if text[:1] in "hHwW" else "doi")
    else:
        feats.append("punct")
    return tuple(feats)


@functools.lru_cache(maxsize=65536)
def _near(text: str, tag: str) -> tuple[str, str]:
    """A neighbour's form and shape features, prefixed by where it stands ("-1", "+2")."""
    own = _own(text)
    return tag + own[0], tag + own[1]


def features(
    tokens: Sequence[Token],
    text: str,
    rules: Sequence[str | None] = (),
    marks: Sequence[set[str]] | None = None,
) -> list[list[str]]:
    """One list of feature strings per token. `rules` gives, per token, the field an exact
    rule found there (URL, accessed, DOI, ISBN) or None; `marks` the lexicon's marks, when
    already computed."""
    n = len(tokens)
    folded = [_fold(t.text) for t in tokens]
    own = [_own(t.text) for t in tokens]
    if marks is None:
        marks = lexicon().marks(folded)
    near = [tuple("L:" + k for k in m if not k.startswith("B")) for m in marks]
    rows: list[list[str]] = []
    depth = {"q": 0, "p": 0, "b": 0}
    plain_quote = False
    separators = 0
    after_slash = False
    seen_year = False
    dashes = 0  # spaced dashes so far: GOST's "— М.: Наука, 2015. — 304 с." parts
    for i, tok in enumerate(tokens):
        word = tok.text
        row = ["b", *own[i]]
        row.extend("L:" + k for k in marks[i])
        if i == 0:
            row.append("first")
        if i == n - 1:
            row.append("last")
        row.append("pos=" + str(10 * i // max(n, 1)))
        row.append("seg=" + str(min(separators, 8)))
        for kind, count in depth.items():
            if count > 0:
                row.append("in:" + kind)
        if plain_quote:
            row.append("in:q")
        if after_slash:
            row.append("after//")
        if seen_year:
            row.append("afteryear")
        if rules and rules[i]:
            row.append("R:" + str(rules[i]))
        if word == "." and 0 < i < n - 1:
            before = tokens[i - 1].text
            if len(before) == 1 and before.isupper():
                row.append("initialdot")
        if i and tokens[i - 1].end < tok.start:
            row.append("spacebefore")
        elif i:
            row.append("gluedprev")  # "Lügatit-Türk", "K.A": one word with its neighbour
        if dashes:
            row.append("dashes=" + str(min(dashes, 3)))
        if i < n - 1 and tokens[i + 1].start == tok.end:
            row.append("glued")
        for offset, tag in _OFFSETS:
            j = i + offset
            if 0 <= j < n:
                row.extend(_near(tokens[j].text, tag))
                if offset in (-1, 1):
                    row.extend(tag + k for k in near[j])
            elif offset in (-1, 1):
                row.append(tag + "edge")
        if i:
            row.append("bi=" + folded[i - 1][:16] + "|" + folded[i][:16])
        rows.append(row)
        # state after this token
        if word in _OPEN:
            depth[_OPEN[word]] += 1
        elif word in _CLOSE and depth[_CLOSE[word]] > 0:
            depth[_CLOSE[word]] -= 1
        elif word == '"':
            plain_quote = not plain_quote
        if word in _SEPARATORS:
            separators += 1
        if (
            word in "—–"
            and 0 < i < n - 1
            and tokens[i - 1].end < tok.start < tok.end < tokens[i + 1].start
        ):
            dashes += 1
        if word == "/" and i and tokens[i - 1].text == "/":
            after_slash = True
        if "year" in own[i]:
            seen_year = True
    return rows
