"""`written_near`'s string searches find what the patterns they replace found (a pattern built
from the values of each note, compiled anew per note)."""

from __future__ import annotations

import itertools
import re

import pytest

from citekit.citations.written_near import whole_word_in, written_after

_TEXTS = [
    "Ғылыми еңбектер жинағы. – Алматы: Арыс, 1994. – Т. 11. – Б. 86–108",
    "Збірник наукових праць (Ужгород), 2004, 270–310",
    "Збірник наукових праць\u00a0[ Ужгород ], 2004",
    "Angelaki: Journal of the Theoretical Humanities 21 (12)",
    "London : Routledge London:Routledge, 2006",
    "Smith_Jones, 1990, s. 45. Smith argues that Smiths write",
    "x(y x ( y x:y x\t:\n y",
    "",
]
_VALUES = ["Алматы", "Арыс", "Збірник наукових праць", "Ужгород", "London", "Routledge", "x", "y"]
_VALUES += ["Smith", "Angelaki", "1994", "(", ":", " "]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("joints", ["([", ":"])
def test_written_after_finds_what_the_pattern_found(text: str, joints: str) -> None:
    for first, second in itertools.product(_VALUES, repeat=2):
        pattern = rf"{re.escape(first)}\s*[{re.escape(joints)}]\s*{re.escape(second)}"
        expected = re.search(pattern, text) is not None
        assert written_after(text, first, joints, second) is expected, (first, second)


@pytest.mark.parametrize("text", _TEXTS)
def test_whole_word_in_finds_what_the_pattern_found(text: str) -> None:
    for word in _VALUES:
        expected = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None
        assert whole_word_in(word, text) is expected, word


def test_a_host_cited_by_its_place_reads_as_written() -> None:
    text = "Збірник наукових праць (Ужгород), 2004, 270–310"
    assert written_after(text, "Збірник наукових праць", "([", "Ужгород")
    assert not written_after(text, "Збірник наукових праць", ":", "Ужгород")
    assert written_after("Алматы :  Арыс", "Алматы", ":", "Арыс")
    assert not whole_word_in("Smith", "Smiths write")
