"""The parser's fast searches find exactly what the plain patterns they replace would find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.citations._words import EdgedPattern, FoldedPattern
from citekit.citations.fields import _MASK, _in, _quoted, _title_end

# text made of the characters these patterns turn on, so hits and near-misses are frequent
_ALPHABET = st.sampled_from(
    [*'ab sS.pP?!:/[(с1-2 \tURLhtps:w*“”«»",', _MASK, "www.", "URL", "(p.", "In ", "in: "]
)
TEXT = st.lists(_ALPHABET, max_size=40).map("".join)

_REFERENCE_STOPS = (
    re.compile(r"(?<=[^\s.]{2})[.?!]\s"),
    re.compile(r"\s*//"),
    re.compile(r"\s*\["),
    re.compile(r":?\s*(?:https?://|www\.|URL)"),
    re.compile(_MASK),
    re.compile(r"\s*\((?:pp?|s|ss|с|сс)\.", re.IGNORECASE),
)


def _reference_title_end(text: str) -> int:
    ends = [len(text)]
    for stop in _REFERENCE_STOPS:
        match = stop.search(text)
        if match is not None:
            ends.append(match.start() + (1 if match.group()[:1] in "?!" else 0))
    return min(ends)


@settings(max_examples=400)
@given(TEXT)
def test_title_end_matches_the_plain_patterns(text: str) -> None:
    assert _title_end(text) == _reference_title_end(text)


@settings(max_examples=400)
@given(TEXT)
def test_edged_pattern_matches_a_look_behind(text: str) -> None:
    fast = EdgedPattern(r"(?:ss|s|p)\.?\s*(\d+)")
    plain = re.compile(r"(?<![\w])(?:ss|s|p)\.?\s*(\d+)")
    found, expected = fast.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400)
@given(TEXT)
def test_folded_edge_matches_a_look_behind(text: str) -> None:
    fast = FoldedPattern(r"(?:url|ss)(?![\w])", edge=True)
    plain = re.compile(r"(?<![\w])(?:url|ss)(?![\w])", re.IGNORECASE)
    found, expected = fast.search(text), plain.search(text)
    assert (found and (found.start(), found.end())) == (expected and expected.span())


_REFERENCE_IN = re.compile(r"(?:^|[\s.,])[Ii]n:?\s+\*?([^*,.()]{3,150})\*?")
_REFERENCE_OPENERS = re.compile(r"[“«„\"‘]|(?<![*\w])\*(?=\w)")


@settings(max_examples=400)
@given(TEXT, st.integers(0, 5))
def test_in_matches_the_plain_pattern(text: str, pos: int) -> None:
    found, expected = _in(text, pos), _REFERENCE_IN.search(text, pos)
    assert (found and found.group(1)) == (expected and expected.group(1))


@settings(max_examples=400)
@given(TEXT)
def test_quote_openers_match_the_plain_pattern(text: str) -> None:
    starts = {start for start, _end, _inner in _quoted(text)}
    openers = {m.start() for m in _REFERENCE_OPENERS.finditer(text)}
    assert starts <= openers
