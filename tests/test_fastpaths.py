"""The parser's fast searches find exactly what the plain patterns they replace would find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.citations._words import EdgedPattern, FoldedPattern

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
def test_folded_edge_matches_a_look_behind(text: str) -> None:
    fast = FoldedPattern(r"(?:url|ss)(?![\w])", edge=True)
    plain = re.compile(r"(?<![\w])(?:url|ss)(?![\w])", re.IGNORECASE)
    found, expected = fast.search(text), plain.search(text)
    assert (found and (found.start(), found.end())) == (expected and expected.span())
