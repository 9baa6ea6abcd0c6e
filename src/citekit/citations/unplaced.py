"""The text of a citation that no field holds: what the parse could not place, reported so
that a loss is never silent (``"unparsed"`` in ``citekit notes --json``).

A run of tokens of one label (``other``, or a field's label whose run the decoder dropped:
a second title) is unplaced when no exact rule claimed it, it holds a letter or digit, none
of its words is one of the language files' label words (page, volume, access and "see"
words …: they are read, not lost), it is no language mark, not only short lower-case joining
words ("от", "ve"), and its words are not held by the fields. Runs of dates are read, not
copied, and never listed. A few words that open the citation (a prefix), label an exact
field beside them or end in a colon (a label), or stand alone in brackets (a mark) are not
listed either. The text past the tagger's token limit is unplaced too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from citekit.citations.structure import Exact
from citekit.citations.tagger.align import OTHER, Run, labels_at, token_labels
from citekit.citations.tagger.content import without_designation
from citekit.citations.tagger.forms import PLACE_STARTS
from citekit.citations.tagger.marked import kind_marks
from citekit.citations.tagger.mla_hosts import medium_at
from citekit.citations.tagger.parts import part_word, part_words_in
from citekit.citations.tagger.patents import designation_words
from citekit.citations.tagger.report_codes import numbered_bracket_words
from citekit.citations.tagger.slashed import symbol_label_tokens
from citekit.citations.tagger.sub_verbo import sub_verbo_tokens
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.values import marked_language
from citekit.citations.tagger.worded_dates import season_word
from citekit.languages import shipped_words

__all__ = ["unplaced", "unread_dates"]

# a date written in digits (`2022-03-12`, `12.03.2022`), which a field read
_WRITTEN_DATE: Final = re.compile(
    r"(?<!\d)(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?!\d)"
)
_MARK_OPENING: Final = 4  # characters a language mark's bracket may stand before its run (`[in `)
_MIN_LETTERS: Final = 2  # a lone letter or digit is a stray mark, not lost text
_SMALL: Final = 3  # lower-case words this short are joining words ("от", "ve", "of")
_LABEL_WORDS: Final = 3  # a label or a prefix is this many words at most ("Режим доступа")
# labels whose runs are read, not copied (dates); a run of any other label whose text no
# field holds was dropped (a second title, a number's run with no number)
_READ: Final = frozenset({"issued", "accessed", "part-number"})  # a part's run holds its word
# a place name is a value, not a label word: a city the fields do not hold is lost text
_PLACE_MARKS: Final = PLACE_STARTS | {"cities", "places"}
_HYPHENS: Final = frozenset("-‐–")
_WORDLIKE: Final = re.compile(r"[^\W_]")  # a letter or a digit
_GLUE: Final = re.compile(r"[\s.,:;()\[\]–—-]*")
_ENDED: Final = re.compile(r"\.\s")  # a sentence's end right after a run
_WORDS: Final = re.compile(r"\w+")
_NOT_WORDS: Final = re.compile(r"\W+")
_EDGES: Final = " .,;:/()[]{}«»“”„\"'—–-\u00a0"
_ENTRY_NUMBER: Final = re.compile(r"^\d{1,3}\.\s+(?=[^\W\d_])")


@functools.cache
def _number_words() -> frozenset[str]:
    words = shipped_words("ordinal_suffixes") | shipped_words("dated")
    return frozenset(w.casefold() for w in words)


@functools.cache
def _after_number() -> frozenset[str]:
    """The words that say what the number before their hyphen is (`2-кітап`, `7-сан`)."""
    words = shipped_words("volume_after") | shipped_words("issue_after")
    return frozenset(w.casefold() for w in words)


@functools.cache
def _cased_roles() -> frozenset[str]:
    """The role words read only as written, without their period (`[words] editor_cased`)."""
    return frozenset(w[:-1] for w in shipped_words("editor_cased") if w.endswith("."))


def _role_word(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is such a role word with its glued period (`Der.`): a label, read."""
    return (
        tokens[k].text in _cased_roles()
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
    )


def _numbered_word(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is the word after a number's hyphen (`2-кітап`): read, not lost."""
    return (
        k > 1
        and tokens[k - 2].text.isdecimal()
        and tokens[k - 1].text in _HYPHENS
        and tokens[k].text.casefold() in _after_number()
    )


def _within(piece: str, value: str) -> bool:
    """Whether a field's value holds `piece`: a number whole (`20` is not held by `2024`)."""
    if piece not in value or not piece.isdecimal():
        return piece in value
    # each place it stands, with no digit (`\d`: a decimal, as `str.isdecimal`) on either side
    # (found so, not by a pattern made for each number: re compiled one per distinct number)
    at = value.find(piece)
    while at >= 0:
        end = at + len(piece)
        if not value[at - 1 : at].isdecimal() and not value[end : end + 1].isdecimal():
            return True
        at = value.find(piece, at + 1)
    return False


def _held(piece: str, values: list[str]) -> bool:
    """Whether one of `values` holds `piece` (`_within`), told by a substring search when it
    is no number (compiled, each `in` is one C call; a `map` over `str.__contains__` called
    the method through Python's generic call)."""
    if not piece.isdecimal():
        return any(piece in value for value in values)
    return any(_within(piece, v) for v in values)


def _wordlike(text: str) -> bool:
    """Whether `text` holds a letter or digit (`_WORDLIKE`): a one-character token, most
    often a mark, is told by `isalnum`, which is what the pattern tests."""
    return text.isalnum() or (len(text) > 1 and _WORDLIKE.search(text) is not None)


def _fold(text: str) -> str:
    return _NOT_WORDS.sub(" ", text.casefold()).strip()


def _reported(
    piece: str,
    text: str,
    where: tuple[int, int],
    leading: bool,
    held: list[str],
    exact: Exact,
    place: bool = False,
) -> bool:
    """Whether an unlabelled run is lost text, not a label, prefix or mark: no run of a few
    words that opens the citation ("Giňişleýin seret", "For details"), labels an address, a
    DOI, an ISBN or a date beside it ("Available at", "Режим доступа:"), ends in a colon
    ("Kitapda:") unless it ends in a `place` (`Gallimard; Berlin: Springer`, an imprint), or
    stands alone in brackets ("(In Russ.)", "(ағыл.)")."""
    start, end = where
    words = _WORDS.findall(piece)
    if sum(len(w) for w in words) < _MIN_LETTERS:
        return False
    if all(w.islower() and len(w) <= _SMALL for w in words):
        return False  # "от", "ve", "and": joining words, no lost value
    folded = _fold(_WRITTEN_DATE.sub(" ", piece))  # a date is read, not copied: never lost
    # held as written, or its words held in another order or by several fields ("Н. В.
    # Рогов" for Рогов, Н. В.; "Ашимов, Алдияр, Зайтуна Абуталипова" for two authors)
    # an ordinal's suffix (`3-тє вид.`, `2nd ed.`) is the number's, which a field holds; a
    # document's dating word (`від`, `от`) the date's
    own = set(folded.split()) - _number_words()
    if _held(folded, held) or own <= set(" ".join(held).split()):
        return False
    opened = max(text.rfind("(", 0, start), text.rfind("[", 0, start))
    if opened < start - _MARK_OPENING:
        opened = start - 1  # `(In Russ.)`; `[in Kazakh]`: the mark's first word went unread
    if marked_language(text[max(0, opened) : end + 1]) is not None:
        return False
    if len(words) > _LABEL_WORDS:
        return True
    before = text[:start].rstrip(" \u00a0")
    after = text[end:].lstrip(" \u00a0")
    label = after.startswith(":") and not place
    if leading or label or (before.endswith(("(", "[")) and after[:1] in ")]"):
        return False
    gaps = [
        (e, start) if e <= start else (end, s)
        for s, e, label in exact.spans
        if label != "other" and (e <= start or s >= end)
    ]
    # a label stands before its value with no sentence's end between (`Available at`, `doi:`);
    # a name before `. https://…` ends its own sentence (APA's publisher: `). IATED. https:`)
    return not any(
        _GLUE.fullmatch(text, a, b) is not None and not (a == end and _ENDED.match(text, a, b))
        for a, b in gaps
    )


def _kind_marks_only(piece: str) -> bool:
    """Whether `piece` is bracketed marks of a work's kind alone (`PDF) (Report`)."""
    groups = [g for g in re.split(r"[()\[\]]", piece) if g.strip(" .,")]
    marks = kind_marks()
    return bool(groups) and all("".join(g.split()).casefold() in marks for g in groups)


def _continues(chunk: str, held: list[str], *, ending: bool) -> bool:
    """Whether a longer value ends (`ending`) or begins with the words of `chunk`: the field's
    run went on into the piece (the title `…: Turkmenistan` before `, UN Doc.`)."""
    words = _fold(chunk)
    if (" " not in words and len(words) < _SMALL) or not any(c.isalpha() for c in words):
        return False  # `A`, `в`, `2008`: a short word or a number goes on too many values
    for value in held:
        if len(value) <= len(words):
            continue
        if ending and value.endswith(words) and value[-len(words) - 1] == " ":
            return True
        if not ending and value.startswith(words) and value[len(words)] == " ":
            return True
    return False


def _unheld_span(piece: str, held: list[str]) -> str:
    """`piece` without the words at its edges that go on a field's value (the title's
    `Turkmenistan` in `Turkmenistan, UN Doc. A/HRC`): the field read them."""
    bounds = [(m.start(), m.end()) for m in _WORDS.finditer(piece)]
    first, last = 0, len(bounds)
    for k in range(len(bounds) - 1, 0, -1):  # the longest head a value ends with
        if _continues(piece[: bounds[k - 1][1]], held, ending=True):
            first = k
            break
    for k in range(first + 1, len(bounds)):  # the longest tail a value opens with
        if _continues(piece[bounds[k][0] :], held, ending=False):
            last = k
            break
    if first >= last:
        return piece
    # … and the words at its edges a field's value holds whole, two of them at least
    # (`Собрание сочинений: в 5`, the title read past its own end by the model: `в 5` is
    # what no field holds)
    for k in range(last - 1, first + 1, -1):  # the longest head
        if _inside(piece[bounds[first][0] : bounds[k - 1][1]], held):
            first = k
            break
    for k in range(first + 1, last - 1):  # the longest tail
        if _inside(piece[bounds[k][0] : bounds[last - 1][1]], held):
            last = k
            break
    return piece[bounds[first][0] : bounds[last - 1][1]]


def _inside(chunk: str, held: list[str]) -> bool:
    """Whether `chunk`, two words or more, stands whole inside one of the `held` values."""
    words = _fold(chunk)
    return " " in words and any(f" {words} " in f" {value} " for value in held)


def unread_dates(labels: Sequence[str], mended: Sequence[Run]) -> Sequence[str]:
    """`labels` as the mended runs read them where those read a field (`Wealth of Nations,
    2:311, though …`: the model's title run holds a volume and a page), and with the tokens
    the model read as a date that the mended runs read as no field as `other` (`s. 2, 3.
    sütun`, read as an access date, is a page and a column): no date is read from them, so
    they may be lost text."""
    final = labels_at(mended, len(labels))
    return [
        (OTHER if label in _READ else label) if final[k] == OTHER else final[k]
        for k, label in enumerate(labels)
    ]


def unplaced(
    text: str,
    tokens: list[Token],
    labels: Sequence[str],
    marks: list[set[str]],
    exact: Exact,
    values: Iterable[str],
) -> tuple[str, ...]:
    """The pieces of `text` that no field holds, in order (see the module's docstring)."""
    # a token is lost when it is not read (a date), no label word, no exact rule holds it and
    # it has a letter or digit
    covered = token_labels(tokens, [(s, e, "title") for s, e, _l in exact.spans])
    n = len(tokens)
    if not len(labels) == len(marks) == len(covered) == n:
        raise ValueError("unplaced: tokens, labels and marks differ in length")
    # read by index (compiled, a zip of four builds and unpacks a tuple a token)
    medium = medium_at(tokens)  # `… 2000. Print.`: MLA 7's medium word, read
    parts = part_words_in(tokens)  # most notes have no part's word: none is asked
    labels_of_symbols = (
        symbol_label_tokens(tokens)
        | frozenset(sub_verbo_tokens(tokens))
        | designation_words(tokens)  # `Title. US Patent 7,654,321`: the number's words
        | numbered_bracket_words(tokens, labels)  # `(Publication No. 28031547)`
    )
    lost = [
        k != medium
        and labels[k] not in _READ
        and (not marks[k] or marks[k] <= _PLACE_MARKS)
        and covered[k] == OTHER
        and _wordlike(tokens[k].text)
        and not (parts and part_word(tokens, marks, k))
        and not _numbered_word(tokens, k)
        and not _role_word(tokens, k)  # `Der. Murat Belge`: the editor's word
        and not season_word(tokens, k)  # `(Spring 2019)`: the date's season
        and k not in labels_of_symbols  # `UN Doc. A/HRC/39/3`: the number's label
        for k in range(n)
    ]

    written = list(values)  # a field's run is most often its value as written: checked first
    held: list[str] | None = None

    first = next((i for i, label in enumerate(labels) if label != OTHER), n)
    pieces: list[str] = []
    i = 0
    lost.append(True)  # a sentinel past the last token: the search below always finds one
    while i < n:
        # a run opens on a lost token (found at C speed); it goes on over lost tokens of its
        # label and over punctuation of that label inside it ("Bu, ayrıca"); the token that
        # closes it opens none
        i = lost.index(True, i)
        if i == n:
            break
        label, head = labels[i], i
        tail = i
        i += 1
        while i < n and labels[i] == label:
            if lost[i]:
                tail = i
            elif (marks[i] and not marks[i] <= _PLACE_MARKS) or _wordlike(tokens[i].text):
                break
            i += 1
        i += 1
        start, end = tokens[head].start, tokens[tail].end
        piece = without_designation(text[start:end].strip(_EDGES))  # `Текст : электронный`
        if head == 0:  # a numbered list's entry number (`6. Pomfret R. …`): no datum
            piece = _ENTRY_NUMBER.sub("", piece, count=1)
            if piece.isdecimal() and _ENTRY_NUMBER.match(text[tokens[head].start :]):
                piece = ""  # the number alone before a body's name (`32. UNESCO. Title`)
        if piece and not _held(piece, written):
            if held is None:
                held = [_fold(v) for v in written if v]
            place = bool(marks[tail] & _PLACE_MARKS)
            if _reported(piece, text, (start, end), head < first, held, exact, place):
                span = _unheld_span(piece, held)
                bracketed = text[end : end + 1] in (")", "]")  # `(PDF) (Report)`: the kind, read
                if not (bracketed and _kind_marks_only(span)):
                    pieces.append(span)
    if tokens:
        rest = text[tokens[-1].end :].strip(_EDGES + " ")
        if rest:
            pieces.append(rest)  # past the tagger's token limit: never read
    return tuple(pieces)
