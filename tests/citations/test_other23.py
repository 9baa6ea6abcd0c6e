"""Notes citing works in other languages (session 23): a role phrase of several words after a
title (`hrsg. von`, `trad. par`), İSNAD's `nşr.` as an editor's word, a romanised Arabic or
Persian title (ALA-LC, IJMES) as a language citekit names, Polish `z.` (zeszyt) as an issue's
word. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.scoring import predict


def _predict(note: str) -> dict[str, object]:
    return predict({"note": note, "prev": []})


@pytest.mark.parametrize(
    ("note", "title", "role", "person"),
    [
        (
            "Vámbéry, Hermann, Reise in Mittelasien, hrsg. von Karl Berger, Leipzig: Brockhaus, "
            "1865, S. 12.",
            "Reise in Mittelasien",
            "editor",
            "Karl Berger",
        ),
        (
            "Barthold, W., Histoire des Turcs d’Asie centrale, trad. par Marie Donskis, Paris: "
            "Maisonneuve, 1945, p. 30.",
            "Histoire des Turcs d’Asie centrale",
            "translator",
            "Marie Donskis",
        ),
        (
            "Ebü’l-Fazl Beyhakî, Târîh-i Beyhakî, nşr. Ali Ekber Feyyaz, Meşhed 1971, s. 45.",
            "Târîh-i Beyhakî",
            "editor",
            "Ali Ekber Feyyaz",
        ),
    ],
)
def test_a_role_phrase_after_a_title_names_its_person(
    note: str, title: str, role: str, person: str
) -> None:
    got = _predict(note)
    assert got["title"] == title
    assert got[role] == [person]


@pytest.mark.parametrize(
    "title", ["Tārīkh-i Rashīdī", "Kitāb al-ʿIbar", "Siyāsatnāma", "Ṭabaqāt-i Nāṣirī"]
)
def test_a_romanised_arabic_or_persian_title_is_no_language_of_ours(title: str) -> None:
    assert detect_language(title) not in {"tr", "ru", "kk", "tk", "en", "und"}


def test_an_english_title_with_a_romanised_name_stays_english() -> None:
    assert detect_language("Mīrzā Ḥaydar and the Mughals of Central Asia") == "en"


def test_a_romanised_title_is_cited_in_another_language() -> None:
    got = _predict(
        "Minhāj al-Dīn Jūzjānī, Ṭabaqāt-i Nāṣirī, ed. ʿAbd al-Ḥayy Ḥabībī, Kabul: Anjuman-i "
        "Tārīkh, 1963, p. 12."
    )
    assert got["language"] == "other"


def test_a_polish_zeszyt_is_the_issue_after_a_volume() -> None:
    got = _predict(
        "Nowak J. Tatarzy litewscy w XVIII wieku // Rocznik Tatarów Polskich. – 2012. – T. 7, "
        "z. 2. – S. 45–60."
    )
    assert (got["volume"], got["issue"]) == ("7", "2")


def test_a_place_starts_after_the_imprints_bracket() -> None:
    got = _predict(
        "Jean-Paul Roux, Tamerlan: Le conquérant, Samarcande, Boukhara (Paris: Fayard, 1991), 77."
    )
    assert got["title"] == "Tamerlan: Le conquérant, Samarcande, Boukhara"
    assert (got["place"], got["publisher"]) == ("Paris", "Fayard")


def test_the_words_after_an_imprints_colon_are_its_publisher() -> None:
    got = _predict(
        "Jean Aubin, Deux sayyids de Bam au XVe siècle (Wiesbaden: Akademie der Wissenschaften "
        "und der Literatur, 1956), 14."
    )
    assert got["publisher"] == "Akademie der Wissenschaften und der Literatur"
    assert got["place"] == "Wiesbaden"


def test_a_bracketed_translation_before_a_books_place_is_no_host() -> None:
    got = _predict(
        "Spuler, Bertold, Die Mongolen in Iran [İran Moğolları], Berlin: Akademie-Verlag, 1955, "
        "S. 80."
    )
    assert got["title"] == "Die Mongolen in Iran"
    assert got["container"] == "Akademie-Verlag"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Dyplomacja polska w XVII wieku", "pl"),
        ("XIX asrda Buxoro amirligi", "uz"),
        ("Die Türkei im XX. Jahrhundert", "de"),
        ("История Казахстана XVIII–XIX вв.", "ru"),
    ],
)
def test_a_roman_numerals_letters_tell_no_language(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "title", "place"),
    [
        (
            "Spuler, Bertold, Die Mongolen im 13. Jahrhundert, Berlin: Akademie-Verlag, 1955, "
            "S. 80.",
            "Die Mongolen im 13. Jahrhundert",
            "Berlin",
        ),
        (
            "Hayit, Baymirza, Turkestan im XX. Jahrhundert, Darmstadt: Leske, 1956, S. 120.",
            "Turkestan im XX. Jahrhundert",
            "Darmstadt",
        ),
        (
            "Aydın, Mehmet, 18. Yüzyılda Buhara Hanlığı, Ankara: TTK, 2001, s. 12.",
            "18. Yüzyılda Buhara Hanlığı",
            "Ankara",
        ),
    ],
)
def test_an_ordinals_period_closes_no_title(note: str, title: str, place: str) -> None:
    got = _predict(note)
    assert (got["title"], got["place"]) == (title, place)
