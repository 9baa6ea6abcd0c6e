"""The word patterns' lower-case cache keeps no long text alive."""

from __future__ import annotations

import gc
import tracemalloc

from citekit.citations._words import lower, patterns


def test_long_notes_searched_for_words_are_not_kept() -> None:
    """Many long notes searched for "ibid" (a hostile document): none stays in memory."""
    ibid = patterns().ibid
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(100):
            assert ibid.search(f"{i} " + "Söz " * 10_000) is None  # 40 KB each, distinct
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 2_000_000  # 100 notes of 40 KB would be 8 MB, with their lower case


def test_lower_keeps_offsets_short_and_long() -> None:
    """A short text (cached) and a long one are lowered alike, every character in place."""
    short = "İbid. KAZAKH Ұлт"
    assert lower(short) == "ibid. kazakh ұлт"
    assert lower(short * 200) == lower(short) * 200
