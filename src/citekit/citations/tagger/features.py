"""Features of each token for the note tagger: its form, its neighbours, where it stands
(inside quotes or brackets, after GOST's ``//``, how far into the note) and what each
language's data says of it (label words, publisher words, months, places, cue words).

Every word list comes from ``languages/data/*.toml``; nothing here names a word.
"""

from __future__ import annotations

import functools
import itertools
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
def _static(text: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], bool, bool]:
    """What a token's features take from its text alone (cached: most tokens repeat): its
    folded form, its own features after the bias, its form and shape as each neighbour
    (-2, -1, +1, +2), whether it is a year and whether it is a lone capital."""
    own = _own(text)
    near = tuple((tag + own[0], tag + own[1]) for _offset, tag in _OFFSETS)
    single_capital = len(text) == 1 and text.isupper()
    return _fold(text), ("b", *own), near, "year" in own, single_capital


_POS = tuple("pos=" + str(k) for k in range(10))
_SEG = tuple("seg=" + str(k) for k in range(9))
_DASHES = ((), ("dashes=1",), ("dashes=2",), ("dashes=3",))
_SPACE, _GLUED_PREV, _GLUED = ("spacebefore",), ("gluedprev",), ("glued",)
# the words after which the state the features carry may change
_STATE_WORDS = frozenset({*_OPEN, *_CLOSE, '"', *_SEPARATORS, "—", "–", "/"})


@functools.cache
def _mark_names(key: str) -> tuple[str, str, str]:
    """A lexicon key as a token's feature, as its left neighbour's and as its right one's."""
    return "L:" + key, "-1L:" + key, "+1L:" + key


@functools.cache
def _state(
    separators: int, q: bool, p: bool, b: bool, plain_quote: bool, slash: bool, year: bool
) -> tuple[str, ...]:
    """The features of where a token stands: after how many separators, inside which
    quotes or brackets, after GOST's ``//``, after a year."""
    flags = (
        (q, "in:q"),
        (p, "in:p"),
        (b, "in:b"),
        (plain_quote, "in:q"),
        (slash, "after//"),
        (year, "afteryear"),
    )
    return (_SEG[min(separators, 8)], *(name for on, name in flags if on))


def _marks_as_features(
    marks: Sequence[set[str]],
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]], list[tuple[str, ...]]]:
    """The lexicon's marks of each token as its own features, and the marks of the entries
    that cover it as its right neighbour's (-1) and its left neighbour's (+1) features."""
    mine: list[tuple[str, ...]] = []
    left: list[tuple[str, ...]] = []
    right: list[tuple[str, ...]] = []
    for found in marks:
        if not found:
            mine.append(())
            left.append(())
            right.append(())
            continue
        mine.append(tuple(_mark_names(k)[0] for k in found))
        covering = [_mark_names(k) for k in found if not k.startswith("B")]
        left.append(tuple(m[1] for m in covering))
        right.append(tuple(m[2] for m in covering))
    return mine, left, right


def features(
    tokens: Sequence[Token],
    text: str,
    rules: Sequence[str | None] = (),
    marks: Sequence[set[str]] | None = None,
) -> list[list[str]]:
    """One list of feature strings per token. `rules` gives, per token, the field an exact
    rule found there (URL, accessed, DOI, ISBN) or None; `marks` the lexicon's marks, when
    already computed.

    The token's own features come first, then where it stands, then its neighbours'
    (-2, -1, +1, +2) and the pair it makes with the token before it."""
    n = len(tokens)
    if not n:
        return []
    last = n - 1
    static = [_static(t.text) for t in tokens]
    if marks is None:
        marks = lexicon().marks([s[0] for s in static])
    mine, left, right = _marks_as_features(marks)
    words = [t.text for t in tokens]
    gaps = [tokens[i + 1].start - tokens[i].end for i in range(last)]
    # what does not depend on the state carried along the note
    edges: list[tuple[str, ...]] = [()] * n
    edges[last] = ("last",)
    edges[0] = ("first", "last") if n == 1 else ("first",)
    ruled = [("R:" + str(r),) if r else () for r in rules] if rules else [()] * n
    before: list[tuple[str, ...]] = [()]
    for i in range(1, n):
        # glued to the token before: "Lügatit-Türk", "K.A" are one word each
        space: tuple[str, ...] = _SPACE if gaps[i - 1] > 0 else _GLUED_PREV
        if words[i] == "." and i < last and static[i - 1][4]:
            space = ("initialdot", *space)
        before.append(space)
    after = [_GLUED if gap == 0 else () for gap in gaps]
    after.append(())
    far_left: list[tuple[str, ...]] = [(), (), *(s[2][0] for s in static[:-2])][:n]
    near_left = [("-1edge",), *(s[2][1] + m for s, m in zip(static, left, strict=False))][:n]
    near_right = [s[2][2] + m for s, m in zip(static[1:], right[1:], strict=True)]
    near_right.append(("+1edge",))
    far_right: list[tuple[str, ...]] = [s[2][3] for s in static[2:]]
    far_right.extend([()] * min(2, n))
    pairs = [f"bi={x[0][:16]}|{y[0][:16]}" for x, y in itertools.pairwise(static)]
    pairs.insert(0, "")
    rows: list[list[str]] = []
    q = p = b = 0
    plain_quote = after_slash = seen_year = False
    separators = dashes = 0  # spaced dashes: GOST's "— М.: Наука, 2015. — 304 с." parts
    state = _state(0, False, False, False, False, False, False)
    for i, word in enumerate(words):
        row = [
            *static[i][1],
            *mine[i],
            *edges[i],
            _POS[10 * i // n],
            *state,
            *ruled[i],
            *before[i],
            *_DASHES[min(dashes, 3)],
            *after[i],
            *far_left[i],
            *near_left[i],
            *near_right[i],
            *far_right[i],
        ]
        if i:
            row.append(pairs[i])
        rows.append(row)
        # state after this token
        year = static[i][3]
        if word not in _STATE_WORDS and not (year and not seen_year):
            continue
        if word in _OPEN:
            kind = _OPEN[word]
            q, p, b = q + (kind == "q"), p + (kind == "p"), b + (kind == "b")
        elif word in _CLOSE:
            kind = _CLOSE[word]
            if kind == "q" and q > 0:
                q -= 1
            elif kind == "p" and p > 0:
                p -= 1
            elif kind == "b" and b > 0:
                b -= 1
        elif word == '"':
            plain_quote = not plain_quote
        if word in _SEPARATORS:
            separators += 1
        if word in "—–" and 0 < i < last and gaps[i - 1] > 0 and gaps[i] > 0:
            dashes += 1
        if word == "/" and i and words[i - 1] == "/":
            after_slash = True
        seen_year = seen_year or year
        state = _state(min(separators, 8), q > 0, p > 0, b > 0, plain_quote, after_slash, seen_year)
    return rows
