"""Word lists gathered from every language file, compiled once into patterns."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

from citekit.languages import shipped_words

__all__ = [
    "EdgedPattern",
    "FoldedMatch",
    "FoldedPattern",
    "Patterns",
    "and_words",
    "any_word",
    "literal_alternation",
    "lower",
    "patterns",
    "word_runs",
]


_CACHED_CHARACTERS: Final = 2048  # a note's length: a longer text is lowered anew, never kept


# `lower`'s answers (a plain dict, emptied when full: a look-up costs a fraction of an
# `lru_cache` hit)
_LOWERED: Final[dict[str, str]] = {}
_MAX_LOWERED: Final = 256


def _capitals() -> str:
    """Every capital letter of the alphabets below U+3000 (Latin, Greek, Cyrillic with
    Kazakh `Қ` and Turkmen `Ň`, Armenian, Georgian), as a regex class's ranges (`A-Z…`)."""
    capitals = [c for c in map(chr, range(0x3000)) if c.isupper()]
    ranges: list[list[str]] = []
    for c in capitals:
        if ranges and ord(c) == ord(ranges[-1][1]) + 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(a if a == b else f"{a}-{b}" for a, b in ranges)


@functools.cache
def and_words() -> frozenset[str]:
    """The language files' words for "and" that join names or sources, in small letters
    (`[words] and_`: `and`, `ve`, `и`, `және`; no `&`)."""
    return frozenset(w.lower() for w in shipped_words("and_") if w.isalpha())


def lower(text: str) -> str:
    """Lower case that keeps every character in place (Turkish İ becomes i, not i + dot);
    cached for a note's length: a note's text is searched for several word lists in turn."""
    if len(text) > _CACHED_CHARACTERS:
        return _lower(text)
    found = _LOWERED.get(text)
    if found is None:
        if len(_LOWERED) >= _MAX_LOWERED:
            _LOWERED.clear()
        found = _LOWERED[text] = _lower(text)
    return found


def _lower(text: str) -> str:
    return text.replace("İ", "i").lower()


# a tree of words' letters: each letter to the tree of what follows it ("" where a word ends)
_Tree = dict[str, "_Tree"]


def any_word(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds where any of `words` stands (each literally), for telling
    whether one does: written as a tree of the words' letters, so that each place of a text
    is tried against its own letter's branch, not against every word in turn. It finds a
    word in the same texts as the words' alternation (where and how far may differ: a word
    that another opens is taken as soon as it is read).

    >>> [bool(any_word({"journal", "jour", "rev"}).search(t)) for t in ("a journ", "revue")]
    [True, True]
    """
    tree: _Tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return re.compile(_branches(tree))


def _branches(tree: _Tree) -> str:
    if "" in tree:
        return ""  # a word ends here: nothing after it need be read
    alternatives = [re.escape(char) + _branches(tree[char]) for char in sorted(tree)]
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


class FoldedMatch:
    """A match found in the lower-cased text, read back from the original."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self) -> str:
        """The matched text as written."""
        return self._text[self._start : self._end]

    def start(self) -> int:
        """Where the match starts."""
        return self._start

    def end(self) -> int:
        """Where the match ends."""
        return self._end


class FoldedPattern:
    """A case-insensitive pattern run case-sensitively on lower-cased text.

    Python's re is an order of magnitude slower on IGNORECASE alternations of many words
    than on the same alternation, lower-cased, over lower-cased text; `lower` keeps offsets.
    """

    def __init__(
        self,
        pattern: str,
        *,
        edge: bool = False,
        fallback: str | None = None,
        heads: frozenset[str] | None = None,
    ) -> None:
        # With `edge`, a match must not follow a word character: checked on each hit rather
        # than by a leading look-behind, which would keep re from scanning for the words.
        # `fallback` is the same pattern for case-insensitive matching, when `pattern` groups
        # its words by first letter (a grouping only exact case keeps equivalent).
        # `heads`, with `edge`: the whole run of word characters each match opens with (its
        # first word), so that a text holding none of them as a word is passed at once.
        self._pattern = re.compile(pattern)
        self._edge = edge
        self._heads = heads if edge else None
        fallback = pattern if fallback is None else fallback
        self._fallback = re.compile(r"(?<!\w)" + fallback if edge else fallback, re.IGNORECASE)

    def search(self, text: str, pos: int = 0) -> FoldedMatch | None:
        """Find the pattern anywhere from `pos`."""
        low = lower(text)
        if len(low) != len(text):  # a character whose lower case is longer: be exact
            found = self._fallback.search(text, pos)
        elif self._heads is not None and self._heads.isdisjoint(word_runs(low)):
            return None  # no match's first word stands in the text (most texts)
        else:
            found = (_edge_search if self._edge else _search)(self._pattern, low, pos)
        return FoldedMatch(text, found.start(), found.end()) if found else None

    def finditer(self, text: str, *, overlapping: bool = False) -> Iterator[FoldedMatch]:
        """Each match in turn, from the end of the one before (`overlapping`: from one past
        its start), the text lower-cased once: a loop of `search` over a long text lowers it
        on every call."""
        low = lower(text)
        exact = len(low) != len(text)
        pattern = self._fallback if exact else self._pattern
        subject = text if exact else low
        find = _edge_search if self._edge and not exact else _search
        pos = 0
        while pos <= len(subject) and (found := find(pattern, subject, pos)) is not None:
            yield FoldedMatch(text, found.start(), found.end())
            step = overlapping or found.end() == found.start()
            pos = found.start() + 1 if step else found.end()

    def match(self, text: str) -> FoldedMatch | None:
        """Find the pattern at the start."""
        low = lower(text)
        found = self._fallback.match(text) if len(low) != len(text) else self._pattern.match(low)
        return FoldedMatch(text, found.start(), found.end()) if found else None

    def sub(self, replacement: str, text: str) -> str:
        """Replace every occurrence."""
        low = lower(text)
        if len(low) != len(text):
            return self._fallback.sub(replacement, text)
        pieces, cursor = [], 0
        for found in self._pattern.finditer(low):
            pieces.append(text[cursor : found.start()] + replacement)
            cursor = found.end()
        return "".join(pieces) + text[cursor:]


# `word_runs`' answers (a plain dict, emptied when full, as `_LOWERED`)
_RUNS: Final[dict[str, frozenset[str]]] = {}
_MAX_RUNS: Final = 256
_WORD_RUN: Final = re.compile(r"\w+")


def word_runs(text: str) -> frozenset[str]:
    """The runs of word characters (`\\w+`) in `text`: a note's text and its pieces are asked
    for several word lists in turn (its "see", "ibid", access and archive words), and a list
    none of whose first words is one of them has no match there; cached for a note's length."""
    if len(text) > _CACHED_CHARACTERS:
        return frozenset(_WORD_RUN.findall(text))
    found = _RUNS.get(text)
    if found is None:
        if len(_RUNS) >= _MAX_RUNS:
            _RUNS.clear()
        found = _RUNS[text] = frozenset(_WORD_RUN.findall(text))
    return found


def _heads(kept: Sequence[str]) -> frozenset[str] | None:
    """The first word (the leading run of word characters) of each of `kept`, or None when
    one opens with no word character. A match of the words, from a word's edge to a word's
    edge (`Patterns`' templates: `\\s+` or a mark after the first word, a word's end after the
    last), opens with a whole run of word characters: one of these."""
    heads = set()
    for word in kept:
        head = _WORD_RUN.match(word)
        if head is None:
            return None
        heads.add(head.group())
    return frozenset(heads)


class EdgedPattern:
    """A pattern that must not follow a word character.

    The same as a leading ``(?<![\\w…])``, but searched without it: a pattern that opens with
    a look-behind is tried at every position, one that opens with its words or digits is
    found by re's fast scan, and each hit's edge is then checked here.
    """

    def __init__(self, pattern: str) -> None:
        self._pattern = re.compile(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match with nothing word-like just before it."""
        return _edge_search(self._pattern, text, 0)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Each match with nothing word-like just before it, in turn, each scan going on from
        the end of the match before (as `finditer` with a leading look-behind would)."""
        pos = 0
        while (found := _edge_search(self._pattern, text, pos)) is not None:
            yield found
            pos = found.end() if found.end() > found.start() else found.start() + 1


def _search(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    return pattern.search(text, pos)


def _edge_search(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    r"""The first match from `pos` that follows no word character (as ``(?<!\w)`` would)."""
    while (found := pattern.search(text, pos)) is not None:
        start = found.start()
        if not start or not (text[start - 1].isalnum() or text[start - 1] == "_"):
            return found
        pos = start + 1
    return None


def _escaped(word: str) -> str:
    """`word` as a pattern in which each space is any run of white space: a no-break space,
    a line break or two spaces (`Там\u00a0же`, `op.\ncit.`) are spaces as written. An
    abbreviation's period before a space may go without the space or without the period, as
    people type them (`Указ.соч.`, `Указ соч.`, `op cit`)."""
    parts = word.split(" ")
    out = [re.escape(parts[0])]
    for before, part in itertools.pairwise(parts):
        if before.endswith(".") and (len(before) == 1 or before[-2].isalpha()):
            out[-1] = out[-1][: -len(re.escape("."))] + r"(?:\.\s*|\s+)"
        else:
            out.append(r"\s+")
        out.append(re.escape(part))
    return "".join(out)


def _kept(words: set[str]) -> list[str]:
    """The words of an alternation in its order (longest first), without a closing period."""
    ordered = sorted(words, key=len, reverse=True)
    return [w.rstrip(".,") for w in ordered if w.rstrip(".,")]


def _alternation(words: set[str], *, grouped: bool = False) -> str:
    kept = _kept(words)
    return _grouped(kept) if grouped else "|".join(map(_escaped, kept))


def literal_alternation(words: Sequence[str]) -> str:
    """`"|".join(map(re.escape, words))`, grouped by first character as `_grouped` groups
    it: the same match."""
    return _grouped(words, re.escape)


def _grouped(kept: Sequence[str], escape: Callable[[str], str] = _escaped) -> str:
    """`kept` as an alternation grouped by first character, each group's words in their
    order: at a position only one group's words can match, tried in the flat alternation's
    order (the same match, in exact case), but re compares the first character once per
    group, not once per word."""
    groups: dict[str, list[str]] = {}
    for word in kept:
        groups.setdefault(word[:1], []).append(word)
    pieces = []
    for first, group in groups.items():
        rests = [escape(w[1:]) for w in group]
        pieces.append(
            re.escape(first) + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        )
    return "|".join(pieces)


def _folded(words: set[str], template: str, *, edge: bool = False) -> FoldedPattern:
    """A `FoldedPattern` of `template` with the lower-cased words where it says WORDS (the
    words' first words as its `heads` when the template opens with them and ends them at a
    word's end, as each edged template here does)."""
    kept = _kept({lower(w) for w in words})
    flat = "|".join(map(_escaped, kept))
    whole = edge and template.startswith("(?:WORDS)") and template.endswith(r"(?![\w])")
    return FoldedPattern(
        template.replace("WORDS", _grouped(kept)),
        edge=edge,
        fallback=template.replace("WORDS", flat),
        heads=_heads(kept) if whole else None,
    )


class Patterns:
    """Compiled patterns for ibid and op. cit. words, access labels, locator labels, "see"
    prefixes and the words that join names (the structure layer's words; the tagger reads
    its own)."""

    def __init__(self) -> None:
        ibid, opcit = shipped_words("ibid"), shipped_words("opcit")
        accessed, archived = shipped_words("accessed"), shipped_words("archived")
        page, et_al, conjunctions = (shipped_words(k) for k in ("page", "et_al", "and_"))
        # A word boundary that works for Cyrillic and for labels ending in a dot (the edge
        # before each word is checked by FoldedPattern and EdgedPattern).
        tail = r"(?![\w])"
        self.ibid = _folded(ibid, rf"(?:WORDS)\.?{tail}", edge=True)
        self.opcit = _folded(opcit, rf"(?:WORDS)\.?{tail}", edge=True)
        self.accessed = _folded(accessed, rf"(?:WORDS){tail}", edge=True)
        self.archived = _folded(archived, rf"(?:WORDS){tail}", edge=True)
        after = shipped_words("accessed_after")
        self.accessed_after = _folded(after, rf"(?:WORDS){tail}", edge=True)
        retrieved = shipped_words("retrieved_after")
        self.retrieved_after = _folded(retrieved, rf"\s*(?:WORDS)\.?{tail}")
        labels = _alternation(page, grouped=True)  # exact case
        number = r"\d+(?:\s*[-–—~]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—~]\s*\d+)?)*"
        following = "|".join(
            re.escape(w) for w in sorted(shipped_words("pages_following"), key=len, reverse=True)
        )
        cited = rf"{number}(?:\s*(?:{following})(?!\w))?" if following else number
        self.page_before = EdgedPattern(rf"(?:{labels})\.?\s*({cited})")
        # a number must start where no digit is before it: a look-behind, so a long run of
        # digits is tried once, not from each of its digits
        # … and an ordinal's suffix glued to it (`112-nji sah.`: the 112th page)
        ordinal = _alternation(shipped_words("ordinal_suffixes"))
        self.page_after = re.compile(
            rf"(?<![\w.])({number})(?:-(?:{ordinal}))?\s*-?\s*(?:{labels})(?![\w])"
        )
        conj = _alternation(conjunctions)
        self.name_split = re.compile(
            rf"\s*(?:,\s*(?:{conj})\s+|;|,|\s(?:{conj})\s|(?<=[^\W\d_])/(?-i:(?=[^\W\d_]*?[^\W\d_{_capitals()}])))\s*",
            re.IGNORECASE,
        )  # `Koca/Üzülmez`: a slash between two names joins co-authors (law footnotes); a
        # body's acronyms in capitals, of any alphabet, stay one name (`OSCE/ODIHR`, `ЕҚЫҰ/ҰҚК`)
        self.et_al = _folded(et_al, r",?\s*(?:WORDS)\.?,?")
        # "See", "Bkz.", "См.": a prefix pointing at a source, not part of it
        self.see = _folded(shipped_words("see"), rf"(?:WORDS)\.?{tail}", edge=True)
        # "Он же", "Idem", "Aynı yazar": the author of the source before, again
        self.idem = _folded(shipped_words("idem"), rf"(?:WORDS)\.?{tail}", edge=True)


@functools.cache
def patterns() -> Patterns:
    """The shared, compiled patterns (built once)."""
    return Patterns()
