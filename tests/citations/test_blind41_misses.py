"""Forms the helper-written blind sets `blind41a`–`blind41h` found unread (session 41)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


def _sources(text: str) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    note = parse_note(1, text, location=Location(path="t"))
    return [(c.title, tuple(str(a.family or a.literal) for a in c.authors), c.page) for c in note.citations]


@pytest.mark.parametrize(
    ("note", "second_author"),
    [
        (
            "Cf. Terry Martin, “The Origins of Soviet Ethnic Cleansing,” Journal of Modern "
            "History 70, no. 4 (1998): 813–861; for a different view, see Francine Hirsch, "
            "Empire of Nations (Ithaca: Cornell University Press, 2005), esp. chap. 4.",
            "Hirsch",
        ),
        (
            "Ayşe Kaya, Erken Cumhuriyet Döneminde Köy Enstitüleri, Yayımlanmamış Doktora Tezi, "
            "Ankara Üniversitesi, Ankara 2015, s. 88; benzer bir değerlendirme için bkz. "
            "Karaömerlioğlu, Orada Bir Köy Var Uzakta, s. 102.",
            "Karaömerlioğlu",
        ),
        (
            "Gellner, Nations and Nationalism, 34; Anderson, Imagined Communities, 6–7. Both, "
            "however, underrate the role of print in the imperial periphery.",
            "Anderson",
        ),
        (
            "Мартин Т. Империя «положительной деятельности». С. 211; Хирш Ф. Империя наций. "
            "С. 98–99.",
            "Хирш",
        ),
    ],
)
def test_a_second_source_after_a_lead_in_or_before_prose_is_a_source_of_its_own(
    note: str, second_author: str
) -> None:
    first, second = _sources(note)
    assert second_author not in first[1]
    assert second[1] == (second_author,)


def test_a_sentence_of_prose_before_a_see_word_after_the_semicolon_stays_the_prefix() -> None:
    found = _sources(
        "The 1997 agreement was never ratified by the Turkmen side, a point often overlooked in "
        "the literature; for the text, see Rustam Orazov, Caspian Treaties and Their Discontents "
        "(Baku: Absheron Press, 2004), 211–214."
    )
    assert found == [("Caspian Treaties and Their Discontents", ("Orazov",), "211–214")]


def test_a_long_source_whose_page_a_place_follows_is_not_a_short_form() -> None:
    (only,) = _sources(
        "Çeviköz Aslan ve Ahmet Yavuz, Bir Ekonomik Kalkınma Sorunu, 3. bs., Kapı Matbaası, "
        "Muş; Ordu, 2021."
    )
    assert only[0] == "Bir Ekonomik Kalkınma Sorunu"
