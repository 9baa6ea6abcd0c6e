"""What stands between a "see" word and the source is no part of it (session 35): a few
small-letter words joined to the name by a short word (`see the excellent discussion in Adeeb
Khalid, …`), an emphasis after the "see" word (`bkz. özellikle`, `see especially`, `см. в
частности`), and a lead-in closed by a colon that names the author it speaks of (`работы
Бартольда: Бартольд В. В. …`). The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.prose import words_to_name
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "On this point see the excellent discussion in Adeeb Khalid, Islam after Communism: "
            "Religion and Politics in Central Asia (Berkeley: University of California Press, "
            "2007), 45–50.",
            "Khalid",
            "Islam after Communism: Religion and Politics in Central Asia",
        ),
        (
            "For a different view see the works by John Smith, The Steppe (London: Macmillan, "
            "1990).",
            "Smith",
            "The Steppe",
        ),
        ("Bu konuda bkz. özellikle Ahmet Kaya, Türk Tarihi, Ankara 2001.", "Kaya", "Türk Tarihi"),
        (
            "See especially John Smith, The Steppe (London: Macmillan, 1990), 4.",
            "Smith",
            "The Steppe",
        ),
        ("См. особенно Бартольд В. В. Сочинения. М., 1963.", "Бартольд", "Сочинения"),
        (
            "См. также работы Бартольда: Бартольд В. В. Сочинения. М., 1963.",
            "Бартольд",
            "Сочинения",
        ),
    ],
)
def test_the_words_after_a_see_word_are_no_part_of_the_source(
    note: str, author: str, title: str
) -> None:
    found = first_citation(note)
    assert [name.family for name in found.authors] == [author]
    assert found.title == title


@pytest.mark.parametrize(
    "after",
    [
        "the long and careful discussion of Khalid, Islam, 45.",  # six words: prose, or a title
        "classic Khalid, Islam, 45.",  # no short word joins them to the name
        "the 1990 edition of Smith, The Steppe.",  # a number: no lead-in's words
    ],
)
def test_other_small_letter_openings_are_kept(after: str) -> None:
    assert words_to_name(after) == after


def test_a_lead_in_is_cut_at_the_name() -> None:
    assert words_to_name("the discussion in Adeeb Khalid, Islam.") == "Adeeb Khalid, Islam."
