"""Features of each token for the note tagger: its form, its neighbours, where it stands
(inside quotes or brackets, after GOST's ``//``, how far into the note) and what each
language's data says of it (label words, publisher words, months, places, cue words).

Every word list comes from ``languages/data/*.toml``; nothing here names a word.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, AnyStr, Final, Generic

from citekit._text import unmixed_words
from citekit.citations.tagger.cased import cased_words, typed_lower
from citekit.citations.tagger.lexicons import LEXICON_KEYS, Lexicon, fold, lexicon, own_spellings
from citekit.citations.tagger.retyped_forms import retyped
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.typed_marks import area_dashes, plain_dashes, straight_quotes

__all__ = [
    "LEXICON_KEYS",
    "Lexicon",
    "encoded_features",
    "features",
    "lexicon",
    "rows_and_marks",
    "text_marks",
    "token_marks",
]

_OPEN: Final = {"“": "q", "«": "q", "„": "q", "(": "p", "[": "b"}
_CLOSE: Final = {"”": "q", "»": "q", ")": "p", "]": "b"}
_SEPARATORS: Final = frozenset(".,:;")
_ROMAN: Final = "IVXLCM"


def token_marks(tokens: Sequence[Token]) -> list[set[str]]:
    """For each token, the lexicon keys of the entries that cover it (see `Lexicon.marks`)."""
    return lexicon().marks([_static_utf8(t.text)[0] for t in tokens])  # folded, cached


def text_marks(texts: Sequence[str]) -> list[set[str]]:
    """`token_marks` of tokens given by their texts (`tokens.token_texts`)."""
    return lexicon().marks([_static_utf8(text)[0] for text in texts])


def _shape(text: str) -> str:  # asked only by `_own`, whose callers cache their answers
    head = text[:12]
    # the common forms told at once: the same string the loop below makes
    if head.isalpha():
        if head.islower():  # no upper-case letter (and no title-case one): all "x"
            return "x"
        if head[0].isupper() and head[1:].islower():
            return "Xx"
    elif head.isdigit():
        return "d"
    out: list[str] = []
    for char in head:
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


@functools.lru_cache(maxsize=4096)
def _script(letter: str) -> str:
    """A letter's script feature: the first word of its Unicode name ("sc=CYRILLIC")."""
    name = unicodedata.name(letter, "")
    return "sc=" + (name.split(" ")[0] if name else "?")


def _own(text: str, folded: str) -> list[str]:
    """Features of a token's text alone (`folded`: the text `_fold`-ed)."""
    feats = ["w=" + folded[:24], "s=" + _shape(text)]
    first = text[0]
    if first.isalpha():
        feats.append(_script(first))
        if first.isupper():
            feats.append("cap")
            if text.isupper() and len(text) > 1:
                feats.append("upper")
        if len(text) > 3:
            feats.append("suf=" + folded[-3:])
        feats.append("len=" + str(min(len(text), 8)))
        if not text.strip(_ROMAN):  # only Roman numerals' letters
            feats.append("roman")
        if "." in text:
            feats.append("domain")
    elif first.isdigit():
        feats.append("digits=" + str(min(len(text), 5)))
        if len(text) == 4 and text.isdecimal() and 1500 <= int(text) <= 2099:
            feats.append("year")
    elif len(text) > 1:
        feats.append("url" if text[:1] in "hHwW" else "doi")
    else:
        feats.append("punct")
    return feats


# What a token's features take from its text alone: its folded form, its own features after
# the bias, its form and shape as each neighbour (-2, -1, +1, +2), whether it is a year,
# whether it is a lone capital, and its folded form's head for the pair feature, as the pair's
# second token and as its first (``bi=`` + head + ``|``).
_Static = tuple[
    str, tuple[AnyStr, ...], tuple[tuple[AnyStr, AnyStr], ...], bool, bool, AnyStr, AnyStr
]


@functools.lru_cache(maxsize=65536)
def _static(text: str) -> _Static[str]:
    """A token's static pieces as text (cached: most tokens repeat)."""
    folded = fold(text)
    own = _own(text, folded)
    form, shape = own[0], own[1]
    near = (
        ("-2" + form, "-2" + shape),
        ("-1" + form, "-1" + shape),
        ("+1" + form, "+1" + shape),
        ("+2" + form, "+2" + shape),
    )
    capital = len(text) == 1 and text.isupper()
    pair = folded[:16]
    return folded, ("b", *own), near, "year" in own, capital, pair, "bi=" + pair + "|"


_LENGTHS: Final = tuple(f"len={k}".encode() for k in range(9))
_DIGITS: Final = tuple(f"digits={k}".encode() for k in range(6))


@functools.lru_cache(maxsize=4096)
def _script_utf8(letter: str) -> bytes:
    return _script(letter).encode()


@functools.lru_cache(maxsize=65536)
def _static_utf8(text: str) -> _Static[bytes]:
    """A token's static pieces in UTF-8, as the CRF reads them (cached): `_static`'s
    strings encoded (UTF-8 encodes a concatenation as the concatenation of the encodings),
    made as `_own` makes them, its fixed strings encoded once (a test holds the two equal)."""
    folded = fold(text)
    form, shape = b"w=" + folded[:24].encode(), b"s=" + _shape(text).encode()
    head = [b"b", form, shape]
    year = False
    first = text[0]
    if first.isalpha():
        head.append(_script_utf8(first))
        if first.isupper():
            head.append(b"cap")
            if text.isupper() and len(text) > 1:
                head.append(b"upper")
        if len(text) > 3:
            head.append(b"suf=" + folded[-3:].encode())
        head.append(_LENGTHS[min(len(text), 8)])
        if not text.strip(_ROMAN):  # only Roman numerals' letters
            head.append(b"roman")
        if "." in text:
            head.append(b"domain")
    elif first.isdigit():
        head.append(_DIGITS[min(len(text), 5)])
        if len(text) == 4 and text.isdecimal() and 1500 <= int(text) <= 2099:
            head.append(b"year")
            year = True
    elif len(text) > 1:
        head.append(b"url" if text[:1] in "hHwW" else b"doi")
    else:
        head.append(b"punct")
    near = (
        (b"-2" + form, b"-2" + shape),
        (b"-1" + form, b"-1" + shape),
        (b"+1" + form, b"+1" + shape),
        (b"+2" + form, b"+2" + shape),
    )
    capital = len(text) == 1 and text.isupper()
    pair = folded[:16].encode()
    return folded, tuple(head), near, year, capital, pair, b"bi=" + pair + b"|"


# the words after which the state the features carry may change
_STATE_WORDS: Final = frozenset({*_OPEN, *_CLOSE, '"', *_SEPARATORS, "—", "–", "/"})


def forms(tokens: Sequence[Token]) -> list[str]:
    """Each token's text as the features read it: a word typed in two alphabets reads in its
    own (`citekit._text.unmixed_words`: `Рoссии` with a Latin o reads `России`); a list's word
    typed without its language's letters reads as written with them (`lexicons.own_spellings`:
    `Erisim` reads `Erişim`, `Yayinlari` `Yayınları`, `Гылым` `Ғылым`)."""
    words = unmixed_words([t.text for t in tokens])
    own = own_spellings()
    if not own.keys().isdisjoint(words):
        words = [own.get(w, w) for w in words]
    words = retyped(tokens, words)  # `2008 y.`, `178-к.`, `2—7` as written
    words = area_dashes(tokens, words)  # GOST's `2010. — 304 с.` typed `2010. - 304 с.`
    words = plain_dashes(tokens, words)  # İSNAD's `Zengin - Erdem` typed `Zengin — Erdem`
    if typed_lower(words):
        return cased_words(words)
    return words


def _same(text: str) -> str:
    return text


class _Pieces(Generic[AnyStr]):
    """The feature strings every note shares, as text or in UTF-8, made once."""

    def __init__(
        self, encode: Callable[[str], AnyStr], static: Callable[[str], _Static[AnyStr]]
    ) -> None:
        self.encode: Callable[[str], AnyStr] = encode
        # read as a plain tuple (`_Static`'s items): mypyc would unbox a typed one whole
        self.static: Callable[[str], tuple[Any, ...]] = static
        self.pos: tuple[AnyStr, ...] = tuple(encode("pos=" + str(k)) for k in range(10))
        self.seg: tuple[AnyStr, ...] = tuple(encode("seg=" + str(k)) for k in range(9))
        dashes: list[tuple[AnyStr, ...]] = [()]
        dashes.extend((encode("dashes=" + str(k)),) for k in (1, 2, 3))
        self.dashes: tuple[tuple[AnyStr, ...], ...] = tuple(dashes)
        self.first: tuple[AnyStr, ...] = (encode("first"),)
        self.last: tuple[AnyStr, ...] = (encode("last"),)
        self.space: tuple[AnyStr, ...] = (encode("spacebefore"),)
        self.glued_prev: tuple[AnyStr, ...] = (encode("gluedprev"),)
        self.glued: tuple[AnyStr, ...] = (encode("glued"),)
        self.initialdot: AnyStr = encode("initialdot")
        self.left_edge: tuple[AnyStr, ...] = (encode("-1edge"),)
        self.right_edge: tuple[AnyStr, ...] = (encode("+1edge"),)
        # the neighbour features (`_Static`'s third piece) of the places just before the
        # first token and just after the last: the edge as the -1 and +1 features
        self.left_near: tuple[tuple[AnyStr, ...], ...] = ((), self.left_edge, (), ())
        self.right_near: tuple[tuple[AnyStr, ...], ...] = ((), (), self.right_edge, ())
        self._marks: dict[
            tuple[str, ...], tuple[tuple[AnyStr, ...], tuple[AnyStr, ...], tuple[AnyStr, ...]]
        ] = {}
        self._rules: dict[str, tuple[AnyStr, ...]] = {}
        self._states: dict[tuple[int, bool, bool, bool, bool, bool, bool], tuple[AnyStr, ...]]
        self._states = {}
        # the attributes a model knows (`known_pieces`): a token pair's feature that is none
        # of them is left out of its row
        self.known: frozenset[AnyStr] | None = None

    def marks(
        self, keys: tuple[str, ...]
    ) -> tuple[tuple[AnyStr, ...], tuple[AnyStr, ...], tuple[AnyStr, ...]]:
        """A token's lexicon marks as its features, and the marks of the entries that cover
        it (not the ones that begin there: ``B…``) as its right neighbour's (-1) and its left
        neighbour's (+1) features."""
        found = self._marks.get(keys)
        if found is None:
            encode = self.encode
            covering = [k for k in keys if not k.startswith("B")]
            found = (
                tuple(encode("L:" + k) for k in keys),
                tuple(encode("-1L:" + k) for k in covering),
                tuple(encode("+1L:" + k) for k in covering),
            )
            self._marks[keys] = found
        return found

    def rule(self, field: str) -> tuple[AnyStr, ...]:
        """The field an exact rule found on the token."""
        found = self._rules.get(field)
        if found is None:
            found = self._rules[field] = (self.encode("R:" + field),)
        return found

    def state(
        self, separators: int, q: bool, p: bool, b: bool, plain: bool, slash: bool, year: bool
    ) -> tuple[AnyStr, ...]:
        """Where a token stands: after how many separators, inside which quotes or brackets,
        after GOST's ``//``, after a year."""
        key = (separators, q, p, b, plain, slash, year)
        found = self._states.get(key)
        if found is None:
            flags = (
                (q, "in:q"),
                (p, "in:p"),
                (b, "in:b"),
                (plain, "in:q"),
                (slash, "after//"),
                (year, "afteryear"),
            )
            names: list[AnyStr] = [self.seg[min(separators, 8)]]
            names.extend(self.encode(name) for on, name in flags if on)
            found = self._states[key] = tuple(names)
        return found


_NO_NEAR: Final[tuple[tuple[Any, ...], ...]] = ((), (), (), ())  # two places past either end
_TEXT: Final = _Pieces(_same, _static)
_UTF8: Final = _Pieces(str.encode, _static_utf8)
Pieces = _Pieces  # the feature pieces, for a tagger's own (`known_pieces`)


def known_pieces(known: frozenset[bytes]) -> _Pieces[bytes]:
    """Pieces in UTF-8 whose rows leave out a token pair's feature (``bi=``) when it is none of
    a model's attributes `known`: half of them are (crfsuite looked each up, then dropped it;
    the labels and their scores are the same without them). A word's own pieces stay
    `_UTF8`'s: dropping its unknown forms once per word cost more than it saved (speed21b's
    own cache of words; speed22's slot in the cached pieces kept 65,536 lists and the tuples
    holding them tracked by the garbage collector: +1 % instructions)."""
    pieces = _Pieces(str.encode, _static_utf8)
    pieces.known = known
    return pieces


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
    return _rows(_TEXT, tokens, rules, marks)


def encoded_features(
    tokens: Sequence[Token],
    text: str,
    rules: Sequence[str | None] = (),
    marks: Sequence[set[str]] | None = None,
) -> list[list[bytes]]:
    """`features` in UTF-8, the form the CRF reads them in (it would encode each string of
    each note again)."""
    return _rows(_UTF8, tokens, rules, marks)


def rows_and_marks(
    tokens: Sequence[Token],
    rules: Sequence[str | None],
    *,
    encoded: bool,
    pieces: _Pieces[bytes] | None = None,
) -> tuple[list[list[Any]], list[set[str]]]:
    """`encoded_features` (or, without `encoded`, `features`) and `token_marks`, each
    token's cached pieces looked up once for both; encoded by `pieces` when given (a model's
    `known_pieces`)."""
    chosen: _Pieces[Any] = (pieces or _UTF8) if encoded else _TEXT
    words = forms(tokens)
    # each token's pieces read as plain tuples: mypyc unboxes a typed tuple whole to read
    # one item of it
    static: list[tuple[Any, ...]] = [chosen.static(w) for w in words]
    marks = lexicon().marks([s[0] for s in static])
    return _rows(chosen, tokens, rules, marks, static, words), marks


def _rows(
    pieces: _Pieces[Any],  # text or UTF-8: mypy cannot follow Any through star unpacking
    tokens: Sequence[Token],
    rules: Sequence[str | None],
    marks: Sequence[set[str]] | None,
    static: list[tuple[Any, ...]] | None = None,
    words: list[str] | None = None,
) -> list[list[Any]]:
    n = len(tokens)
    if not n:
        return []
    last = n - 1
    if words is None:
        words = forms(tokens)
    if static is None:
        static = [pieces.static(w) for w in words]
    if marks is None:
        marks = lexicon().marks([s[0] for s in static])
    # the lexicon's marks of each token as its own features, and the marks of the entries
    # that cover it as its right neighbour's (-1) and its left neighbour's (+1) features; in
    # sorted order, so that crfsuite adds their weights in the same order in every process
    # (a set's order follows PYTHONHASHSEED)
    none: tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]] = ((), (), ())
    marked = [pieces.marks(tuple(sorted(found))) if found else none for found in marks]
    gaps = [tokens[i + 1].start - tokens[i].end for i in range(last)]
    # what does not depend on the state carried along the note
    edges: list[tuple[Any, ...]] = [()] * n
    edges[last] = pieces.last
    edges[0] = pieces.first + pieces.last if n == 1 else pieces.first
    ruled: list[tuple[Any, ...]] = [pieces.rule(str(r)) if r else () for r in rules]
    if not rules:
        ruled = [()] * n
    before: list[tuple[Any, ...]] = [()]
    space: tuple[Any, ...]
    for i in range(1, n):
        # glued to the token before: "Lügatit-Türk", "K.A" are one word each
        space = pieces.space if gaps[i - 1] > 0 else pieces.glued_prev
        if words[i] == "." and i < last and static[i - 1][4]:
            space = (pieces.initialdot, *space)
        before.append(space)
    after: list[tuple[Any, ...]] = [pieces.glued if gap == 0 else () for gap in gaps]
    after.append(())
    # each token's forms and shapes as its neighbours' features (`_Static`), two places
    # either side of the note padded: no token two before the first, the edge one before it
    # (and one after the last), none two after the last
    near: list[tuple[tuple[Any, ...], ...]] = [_NO_NEAR, pieces.left_near]
    near.extend([s[2] for s in static])
    near += (pieces.right_near, _NO_NEAR)
    # the marks of the entries covering the token before (-1) and after (+1)
    left = [(), *[m[1] for m in marked]]
    right = [m[2] for m in marked[1:]]
    right.append(())
    pairs = [x[6] + y[5] for x, y in itertools.pairwise(static)]  # "bi=" x "|" y
    dashes, pos, known = pieces.dashes, pieces.pos, pieces.known
    rows: list[list[Any]] = []
    q = p = b = 0
    plain_quote = after_slash = seen_year = False
    quoted = straight_quotes(tokens, words)
    separators = dashed = 0  # spaced dashes: GOST's "— М.: Наука, 2015. — 304 с." parts
    dash = dashes[0]  # the dashes' feature, changed only where a spaced dash is counted
    state: tuple[Any, ...] = pieces.state(0, False, False, False, False, False, False)
    for j, word in enumerate(words):
        # in the same order as ever (crfsuite adds the weights in it); a piece that is
        # most often empty (edges, rules, a dash, glue, the marks around) added only when
        # it is not: an extend of nothing costs a call all the same
        row = [*static[j][1], *marked[j][0]]
        if edges[j]:
            row.extend(edges[j])
        row.append(pos[10 * j // n])
        row.extend(state)
        if ruled[j]:
            row.extend(ruled[j])
        row.extend(before[j])
        if dash:
            row.extend(dash)
        if after[j]:
            row.extend(after[j])
        row.extend(near[j][0])  # the token two before (`near` is two places ahead)
        row.extend(near[j + 1][1])
        if left[j]:
            row.extend(left[j])
        row.extend(near[j + 3][2])
        if right[j]:
            row.extend(right[j])
        row.extend(near[j + 4][3])
        if j and (known is None or pairs[j - 1] in known):
            row.append(pairs[j - 1])
        rows.append(row)
        # state after this token
        year = static[j][3]
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
        elif word == '"' and quoted is not None:
            plain_quote = quoted[j] > 0  # a nested quotation stays inside the outer one
        if word in _SEPARATORS:
            separators += 1
        if word in "—–" and 0 < j < last and gaps[j - 1] > 0 and gaps[j] > 0:
            dashed += 1
            dash = dashes[min(dashed, 3)]
        if word == "/" and j and words[j - 1] == "/":
            after_slash = True
        seen_year = seen_year or year
        state = pieces.state(
            min(separators, 8), q > 0, p > 0, b > 0, plain_quote, after_slash, seen_year
        )
    return rows
