"""Cut a citation into tokens that keep their character offsets.

Words, runs of digits and single punctuation marks are tokens; an address (``https://…``,
``www.…``) and a DOI (``10.1177/…``) are one token each, since the exact rules find them whole.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import Final

from citekit.languages import shipped_words

__all__ = [
    "DASHES",
    "LONG_DASHES",
    "SHORT_DASHES",
    "Token",
    "as_read",
    "casefolded_set",
    "decimal_set",
    "double_slash",
    "glued_to_previous",
    "period_glued",
    "text_set",
    "token_texts",
    "tokenize",
]

# a dash, whichever a note types between two parts or the two ends of a range: the hyphen (often
# typed for a dash), the en dash and the em dash
DASHES: Final = frozenset("-–—")
# the en and em dash: a dash no hyphen inside a word is taken for
LONG_DASHES: Final = frozenset("–—")
# the hyphen and the en dash, without the em dash (a range typed `1-4`, `1–4`)
SHORT_DASHES: Final = frozenset("-–")

# one alternation, each branch opening with a distinct class: the scan is linear. Each branch
# opens with a literal or a class, which re tests before entering the branch: the address's
# letters in either case (what (?i:…) matches, the long s included), a domain's first label
# unrolled from its repetition (the same matches, tried in the same order)
_TOKEN: Final = re.compile(
    r"(?:[hH][tT][tT][pP][sSſ]?://|[wW][wW][wW]\.)[^\s<>\"“”«»]+"
    r"|10\.\d{4,9}/[^\s<>\"“”«»,;]+"
    r"|[a-z0-9-][a-z0-9-]{0,62}\.(?:[a-z0-9-]{1,63}\.){0,3}[a-z]{2,6}(?!\w|\.\w)"  # a domain
    r"|[^\W\d_]+"
    r"|\d+"
    r"|\S"
)


class Token:
    """One token: its text and where it sits in the citation's text (never changed once made;
    equal tokens have equal texts and offsets)."""

    # a plain class, not an attrs one: mypyc compiles it to a native class, whose attributes
    # the compiled passes read straight from the object (an attrs class stays a Python class).
    # No `Final` attributes: the C mypyc 2.4 writes for reading them does not compile (gcc:
    # a reference used uninitialised on an error path)
    __slots__ = ("end", "start", "text")
    text: str
    start: int
    end: int

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Token:
            return NotImplemented
        assert isinstance(other, Token)
        return self.text == other.text and self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r})"

    def __reduce__(self) -> tuple[type[Token], tuple[str, int, int]]:
        return Token, (self.text, self.start, self.end)


def tokenize(text: str, limit: int | None = None) -> list[Token]:
    """The tokens of `text`, in order, with offsets (whitespace is never a token); at most
    `limit` of them when given (the rest of the text is not even scanned).

    >>> [t.text for t in tokenize("Сулейменов О. Аз и Я. 304 с.")]
    ['Сулейменов', 'О', '.', 'Аз', 'и', 'Я', '.', '304', 'с', '.']
    """
    out: list[Token] = []
    append = out.append
    for found in itertools.islice(_TOKEN.finditer(text), limit):
        start, end = found.span()
        append(Token(found.group(), start, end))
    return out


def token_texts(text: str, limit: int | None = None) -> list[str]:
    """The texts of `tokenize`'s tokens (no offsets: nothing is built per token).

    >>> token_texts("Сулейменов О. Аз и Я.", 3)
    ['Сулейменов', 'О', '.']
    """
    if limit is None or len(text) <= limit:  # no more tokens than characters: all of them
        return _TOKEN.findall(text)  # the pattern has no group: each token's text
    return [m.group() for m in itertools.islice(_TOKEN.finditer(text), limit)]


def as_read(tokens: Sequence[Token]) -> Sequence[Token]:
    """`tokens` as the model's features read them: an ayn typed `‘` inside a word as `’`; a
    spaced hyphen before GOST's next area as its dash (`_area_follows`); a
    comma typed after a space (`Turing ,
    Alan`, `Journal , 81(7)`) glued to the token before it, as every style writes a comma (a
    colon or semicolon stays: ISBD spaces them, `М. : Наука ; СПб.`, and the model reads it);
    the same list when no comma is spaced so.

    >>> [(t.text, t.start) for t in as_read(tokenize("Caro , D."))]
    [('Caro', 0), (',', 4), ('D', 7), ('.', 8)]
    """
    out: list[Token] | None = None
    last = len(tokens) - 1
    for i in range(1, last + 1):
        token = tokens[i]
        text = token.text
        if text == _AYN:
            if i < last and _inside_word(tokens, i):
                # an ayn typed as an opening quote inside a romanised Arabic word (`Kâ‘bî`,
                # `Ebül‘ulâ`, `Şer‘iyye`): read as the apostrophe every such word is typed with
                if out is None:
                    out = list(tokens)
                out[i] = Token("’", token.start, token.end)
            continue
        if text == "-" and i < last - 1 and _spaced(tokens, i) and _area_follows(tokens, i):
            # a hyphen typed with a space on each side for GOST's dash (`Title - Алматы:
            # Қазақстан, 1984 - 140 б.`): read as the dash every style prints there
            if out is None:
                out = list(tokens)
            out[i] = Token("–", token.start, token.end)
            continue
        if text != "," and text != ".":
            continue
        before = tokens[i - 1]
        end = before.end
        if text == "," and token.start > end:
            if out is None:
                out = list(tokens)
            out[i] = Token(",", end, end + 1)
        elif i < last and tokens[i + 1].start == token.end and _glued_field(tokens, i):
            # a field typed glued to the mark before it (`Иванов И.И.,Москва,2015`,
            # `7-е изд.Памятники`): the mark read as followed by its space (zero-width, so
            # that the space before it stays as typed)
            if out is None:
                out = list(tokens)
            out[i] = Token(text, token.start, token.start)
    return tokens if out is None else out


_OPENING: Final = frozenset("«“„\"'‘")
_AYN: Final = "‘"  # the left single quote, typed for an ayn in romanised Arabic (`Şer‘`)


def _area_follows(tokens: Sequence[Token], i: int) -> bool:
    """Whether GOST's next area follows the mark at `i`: a number or a city of the language
    files before its colon or period (`- 1984`, `- Алматы:`, `- М.:`); not a name of a list
    (`Kaya, Ali - Demir, Ayşe`)."""
    after, then = tokens[i + 1].text, tokens[i + 2].text
    return after[:1].isdigit() or (then in ":." and after in _cities())


@functools.cache
def _cities() -> frozenset[str]:
    """The language files' publishing cities as one token each (`Алматы`, `М`, `London`)."""
    return frozenset(w.rstrip(".") for w in shipped_words("cities") if " " not in w)


def _spaced(tokens: Sequence[Token], i: int) -> bool:
    """Whether `tokens[i]` has a space on each side."""
    return tokens[i - 1].end < tokens[i].start and tokens[i].end < tokens[i + 1].start


def _inside_word(tokens: Sequence[Token], i: int) -> bool:
    """Whether `tokens[i]` is glued between two words' letters (`Kâ‘bî`)."""
    before, after = tokens[i - 1], tokens[i + 1]
    return (
        before.end == tokens[i].start
        and tokens[i].end == after.start
        and before.text[-1:].isalpha()
        and after.text[:1].isalpha()
    )


def _glued_field(tokens: Sequence[Token], i: int) -> bool:
    """Whether the comma or period `tokens[i]`, glued to the token after it, ends a field: a
    comma before a word or an opening quote, or before a number after a word; a period after
    a word of two letters or more, glued to it, before a capitalised word, neither in a run
    of words glued by periods (an address: `Books.Google.com`, `tr.euronews.com.Дата`)."""
    after = tokens[i + 1].text
    if tokens[i].text == ",":
        # … or before a number after a word (`Journal,29(2)`, `Москва,2015`; `45,47` is a list)
        number = after[0].isdigit() and tokens[i - 1].text[-1:].isalpha()
        return after[0].isalpha() or after in _OPENING or number
    before = tokens[i - 1]
    if before.end != tokens[i].start or len(before.text) < 2 or not before.text.isalpha():
        return False
    if not (after[0].isupper() and after.isalpha() and len(after) > 1):
        return False
    if i > 1 and tokens[i - 2].text == "." and tokens[i - 2].end == before.start:
        return False  # an address's last part (`tr.euronews.com.Дата`)
    return not (
        i + 2 < len(tokens)
        and tokens[i + 2].text == "."
        and tokens[i + 2].start == tokens[i + 1].end
    )


# the token list `text_set` was last asked about, and its texts: the passes over one note
# share one list (`tokenize`'s), so each asks in one look-up whether a mark is in the note.
# One slot of a `Final` list, replaced whole: a compiled pass reads it from a C static, where a
# module global rebound by `global` is a look-up in the module's dict at each call
_LAST: Final[list[tuple[Sequence[Token] | None, frozenset[str]]]] = [(None, frozenset())]


def glued_to_previous(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` touches the token before it, no space between (`@` `MFA`, `3` `/`)."""
    return tokens[k].start == tokens[k - 1].end


def period_glued(tokens: Sequence[Token], k: int) -> bool:
    """Whether a period touches token `k` after it: a shortened word's (`утв.`, `Diss.`)."""
    return k + 1 < len(tokens) and tokens[k + 1].text == "." and glued_to_previous(tokens, k + 1)


def text_set(tokens: Sequence[Token]) -> frozenset[str]:
    """The texts of `tokens`, as a set: made once for the list the passes over a note share
    (a token list is never changed once made), so that a pass tells at once whether a mark or
    word is in the note at all (most notes have no `*`, `/` or opening bracket).

    >>> sorted(text_set(tokenize("Ibid., 5.")))
    [',', '.', '5', 'Ibid']
    """
    last = _LAST[0]  # read once: another thread may replace it meanwhile
    if last[0] is tokens:
        return last[1]
    found = frozenset([token.text for token in tokens])  # compiled: each read in a few steps
    _LAST[0] = (tokens, found)
    return found


def written_text(tokens: Sequence[Token], a: int, b: int) -> str:
    """Tokens `a`..`b` as the note writes them: a space where the text has one between two
    tokens, none where they touch (`Le Monde`, `Bd.`).

    >>> written_text(tokenize("Le Monde, 5."), 0, 3)
    'Le Monde,'
    """
    parts = [tokens[a].text]
    for k in range(a + 1, b):
        parts.append((" " if tokens[k].start > tokens[k - 1].end else "") + tokens[k].text)
    return "".join(parts)


_LAST_FOLDED: Final[list[tuple[Sequence[Token] | None, frozenset[str]]]] = [(None, frozenset())]


def casefolded_set(tokens: Sequence[Token]) -> frozenset[str]:
    """`text_set`, each text casefolded (`str.casefold`), made once per token list as it is:
    whether a word of a list (a reprint's, a dating word) is in the note at all, in one look-up.

    >>> sorted(casefolded_set(tokenize("Reprint, 1899")))
    [',', '1899', 'reprint']
    """
    last = _LAST_FOLDED[0]
    if last[0] is tokens:
        return last[1]
    found = frozenset(map(str.casefold, text_set(tokens)))
    _LAST_FOLDED[0] = (tokens, found)
    return found


_LAST_NUMBERS: Final[list[tuple[Sequence[Token] | None, frozenset[str]]]] = [(None, frozenset())]


def decimal_set(tokens: Sequence[Token]) -> frozenset[str]:
    """The texts of `text_set` that are whole numbers (`str.isdecimal`), made once per token
    list as it is: whether the note holds a number, or a year, asked of its few numbers.

    >>> sorted(decimal_set(tokenize("Т. 2, 1999, с. 5-7")))
    ['1999', '2', '5', '7']
    """
    last = _LAST_NUMBERS[0]
    if last[0] is tokens:
        return last[1]
    found = frozenset([text for text in text_set(tokens) if text.isdecimal()])
    _LAST_NUMBERS[0] = (tokens, found)
    return found


def double_slash(tokens: Sequence[Token]) -> int | None:
    """The first token of the note's `//` (two slashes written together: GOST's host mark),
    None if it has none."""
    for k in range(len(tokens) - 1):
        if tokens[k].text == "/" == tokens[k + 1].text and tokens[k + 1].start == tokens[k].end:
            return k
    return None
