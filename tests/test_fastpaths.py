"""The parser's fast searches find exactly what the plain patterns they replace would find."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.citations._words import EdgedPattern, FoldedPattern, _grouped
from citekit.citations.legal_words import Guarded, _alternation
from citekit.citations.sources import YEAR as _YEAR
from citekit.citations.structure import _ISBN, _MD_LINK, _URL, _strip_url, _urls
from citekit.citations.tagger.tokens import token_texts, tokenize

# text made of the characters these patterns turn on, so hits and near-misses are frequent
_ALPHABET = st.sampled_from(
    [*'ab sS.pP?!:/[(с1-2 \tURLhtps:w*“”«»",', "www.", "URL", "(p.", "In ", "in: "]
)
TEXT = st.lists(_ALPHABET, max_size=40).map("".join)


@settings(max_examples=400)
@given(TEXT)
def test_edged_pattern_matches_a_look_behind(text: str) -> None:
    fast = EdgedPattern(r"(?:ss|s|p)\.?\s*(\d+)")
    plain = re.compile(r"(?<![\w])(?:ss|s|p)\.?\s*(\d+)")
    found, expected = fast.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400)
@given(TEXT)
def test_edged_pattern_finds_each_match_of_a_look_behind(text: str) -> None:
    fast = EdgedPattern(r"(?:ss|s|p)\.?\s*(\d+)\.?\s*")
    plain = re.compile(r"(?<![\w])(?:ss|s|p)\.?\s*(\d+)\.?\s*")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400)
@given(TEXT)
def test_folded_edge_matches_a_look_behind(text: str) -> None:
    fast = FoldedPattern(r"(?:url|ss)(?![\w])", edge=True)
    plain = re.compile(r"(?<![\w])(?:url|ss)(?![\w])", re.IGNORECASE)
    found, expected = fast.search(text), plain.search(text)
    assert (found and (found.start(), found.end())) == (expected and expected.span())


# words that share first letters and prefixes, with and without a closing period, so that
# the order of an alternation's branches decides many matches
_WORDS = st.lists(
    st.lists(st.sampled_from(list("abAB.№ -")), min_size=1, max_size=4).map("".join),
    min_size=1,
    max_size=8,
)
_WORD_TEXT = st.lists(st.sampled_from([*"abAB.№ -12", "ab.", "Ab", "a.b"]), max_size=30).map(
    "".join
)


def _flat(words: set[str]) -> str:
    """An alternation as the legal patterns wrote it before their words were grouped."""
    ordered = sorted(words, key=len, reverse=True)
    letter = r"[^\W\d_]"
    pieces = [re.escape(w) + (rf"(?!{letter})" if w[-1:].isalnum() else "") for w in ordered]
    return f"(?:{'|'.join(pieces)})"


@settings(max_examples=120, deadline=None)
@given(_WORDS, _WORD_TEXT)
def test_words_grouped_by_first_letter_match_as_the_flat_alternation(
    words: list[str], text: str
) -> None:
    grouped = re.compile(_alternation(words, edge=False) + r"\s?(\d+)")
    plain = re.compile(_flat(set(words)) + r"\s?(\d+)")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=120, deadline=None)
@given(_WORDS, _WORD_TEXT)
def test_structure_words_grouped_match_as_the_flat_alternation(words: list[str], text: str) -> None:
    kept = [w for w in sorted(set(words), key=len, reverse=True) if w]
    grouped = re.compile(rf"(?:{_grouped(kept)})\.?(?!\w)")
    plain = re.compile(rf"(?:{'|'.join(map(re.escape, kept))})\.?(?!\w)")
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=120, deadline=None)
@given(_WORDS, _WORD_TEXT)
def test_a_guarded_pattern_finds_what_the_pattern_finds(words: list[str], text: str) -> None:
    pattern = rf"(?<![\w.])(\d+)\s?{_alternation(words)}"
    guarded = Guarded(pattern, words)
    assert [m.span() for m in guarded.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text)
    ]
    found, expected = guarded.search(text), re.search(pattern, text)
    assert (found and found.span()) == (expected and expected.span())


# the tokenizer's pattern before its branches opened with classes
_PLAIN_TOKEN = re.compile(
    r"(?i:https?://|www\.)[^\s<>\"“”«»]+"
    r"|10\.\d{4,9}/[^\s<>\"“”«»,;]+"
    r"|(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,6}(?!\w|\.\w)"
    r"|[^\W\d_]+"
    r"|\d+"
    r"|\S"
)
_URL_TEXT = st.lists(
    st.sampled_from([*"hHtTpPsSſwW:/.-a1 ", "http", "HTTPS://", "www.", "ſ", "10.1000/x", ".kz"]),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_URL_TEXT)
def test_tokens_are_cut_as_the_plain_pattern_cuts_them(text: str) -> None:
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == [
        (m.group(), m.start(), m.end()) for m in _PLAIN_TOKEN.finditer(text)
    ]
    assert token_texts(text) == [m.group() for m in _PLAIN_TOKEN.finditer(text)]
    for limit in (0, 3, len(text) // 2, len(text)):  # cut short, and not (read whole)
        assert token_texts(text, limit) == [t.text for t in tokenize(text, limit)]


_shape = sys.modules["citekit.citations.tagger.features"]._shape


def _plain_shape(text: str) -> str:
    out: list[str] = []
    for char in text[:12]:
        c = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aAzZ19²ǅǄßİı.-", "Ⅻ", "ſ", "ж", "Ж"]), min_size=1))
def test_a_token_shape_told_at_once_is_the_loop_s(text: str) -> None:
    assert _shape(text) == _plain_shape(text)


_features = sys.modules["citekit.citations.tagger.features"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([*"aAzZ19²ǅßİıIVXhHwW.-/:", "Ⅻ", "ж", "Ж", "\u0300"]),
        min_size=1,
        max_size=30,
    )
    | st.sampled_from(["1999", "2099", "1499", "2100", "0001", "MCM", "www.a.kz", "Иванов"])
)
def test_a_tokens_utf8_pieces_are_its_text_pieces_encoded(text: str) -> None:
    def encoded(piece: object) -> object:
        if isinstance(piece, str):
            return piece.encode()
        return tuple(map(encoded, piece)) if isinstance(piece, tuple) else piece

    try:  # a four-character "number" no token is ("111:") is no int: both refuse it
        folded, *rest = _features._static.__wrapped__(text)
    except ValueError:
        with pytest.raises(ValueError, match="invalid literal"):
            _features._static_utf8.__wrapped__(text)
        return
    assert _features._static_utf8.__wrapped__(text) == (folded, *map(encoded, rest))


_CASED_TEXT = st.lists(
    st.sampled_from([*"hHtTpPsSſwW:/.iIİıbBnNxX019- «", "http://", "WWW.", "ISBN ", "ıSBN 0"]),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_CASED_TEXT)
def test_addresses_and_isbns_match_as_with_ignorecase(text: str) -> None:
    url = re.compile(r"(?:https?://|www\.)[^\s<>\"“”«»]+", re.IGNORECASE)
    isbn = re.compile(r"ISBN(?:-1[03])?:?\s*([\dXx][\d\s\-Xx]{8,20}[\dXx])", re.IGNORECASE)
    assert [m.span() for m in _URL.finditer(text)] == [m.span() for m in url.finditer(text)]
    assert [m.span(1) for m in _ISBN.finditer(text)] == [m.span(1) for m in isbn.finditer(text)]
    # what find_exact asks before it searches: a text they match holds these
    if _URL.search(text):
        assert "://" in text or "www." in text.lower()
    if _ISBN.search(text):
        assert "sbn" in text.casefold()
    linked = text + " [a](b)"  # a Markdown link, with no address: read without the URLs' pass
    if "://" not in linked and "www." not in linked.lower():
        plain = [(m.start(), m.end(), _strip_url(m.group(2))) for m in _MD_LINK.finditer(linked)]
        assert _urls(linked) == sorted(plain) != []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789 a-", "1999", "2025", "١"]), max_size=20).map("".join))
def test_a_year_is_found_as_with_a_leading_look_behind(text: str) -> None:
    plain = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
    assert [m.span(1) for m in _YEAR.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Tarih", " ve ", "toplum", "История", " ", "of the", "Қазақ", "x", "1"]),
        max_size=8,
    ).map("".join)
)
def test_langdetect_block_is_langdetects_own(text: str) -> None:
    from langdetect.lang_detect_exception import LangDetectException

    from citekit.langid_detect import _detect_block, _detector_factory

    answers = []
    for run in (lambda d: d._detect_block(), _detect_block):
        detector = _detector_factory().create()  # type: ignore[attr-defined]
        detector.append(text)
        try:
            run(detector)
        except LangDetectException as exc:
            answers.append(str(exc))
            continue
        answers.append(detector.langprob)  # every probability, bit for bit
    assert answers[0] == answers[1]


# pieces of cue words of several keys and languages, whole, cut or glued to other letters
_CUE_PIECES = st.sampled_from(
    [
        *("Закон", "заңы", "Kanunu", "Act", "practice", "law", "lawyer", "Journal", "журнал"),
        *("Dergisi", "газета", "newspaper", "Conference", "конф", "Rapor", "report", "отчёт"),
        *("Encyclopedia", "Энциклопедия", "İslam", "ÜNİVERSİTE", " ", ", ", ". ", "-", "/", "1"),
    ]
)


@settings(max_examples=300)
@given(st.lists(_CUE_PIECES, max_size=8).map("".join))
def test_a_cue_told_at_once_is_the_cue_the_words_give(text: str) -> None:
    from citekit.citations.type_cues import has_cue, has_type_cue, note_cues, type_cues

    for key in ("legislation", "journal", "newspaper", "conference", "encyclopedia"):
        assert has_cue(key, text) == (key in note_cues(text))
    for key in ("periodical", "report", "legislation"):
        assert has_type_cue(key, text) == (key in type_cues(text))


def _plain_cuts(text: str) -> list[int]:
    cuts, depth, straight = [], 0, False
    for i, char in enumerate(text):
        if char == '"':
            straight = not straight
        elif char in "([{«“„":
            depth += 1
        elif char in ")]}»”":
            depth = max(0, depth - 1)
        elif char == ";" and not depth and not straight and text[i + 1 : i + 2].isspace():
            cuts.append(i)
    return cuts


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from([*'a ;"([{«“„)]}»”\n', "; ", "Ali, 2010; "]), max_size=30).map("".join)
)
def test_a_notes_cuts_are_found_as_a_walk_over_every_character_finds_them(text: str) -> None:
    from citekit.citations.sources import _cuts

    assert _cuts(text) == _plain_cuts(text)


# the commentary phrases' own words, glued to letters, digits, underscores and marks either side
_COMMENT_TEXT = st.lists(
    st.sampled_from(
        ["Translation mine", "translation mine", "Emphasis added", "_", "a", "5", " ", ".", "("]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=400)
@given(_COMMENT_TEXT)
def test_commentary_phrases_match_a_look_behind(text: str) -> None:
    from citekit.citations.commentary import _commentary_pattern, commentary_phrases

    plain = re.compile(r"(?<!\w)" + _commentary_pattern().pattern)
    assert [m.span() for m in commentary_phrases(text)] == [m.span() for m in plain.finditer(text)]
