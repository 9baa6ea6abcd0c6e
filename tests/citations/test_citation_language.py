"""A cited work's language, when its title alone is too short to tell."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("Aslan, M. (1960). Nevruz. Uluslararası Orta Asya Dergisi, 406(5), 386-411.", "tr"),
        ("“Memory Politics”, Encyclopaedia of Islam, vol. 40, Baltimore, 1991, p. 675.", "en"),
    ],
)
def test_a_short_titles_language_is_read_with_the_works_other_names(
    note: str, language: str
) -> None:
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.language == language


def test_a_language_citekit_does_not_know_is_left_out() -> None:
    note = "Smith J. Conference Program. New York: Prentice-Hall, Inc, 1999."
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.language in (None, "en")


def test_a_title_whose_letters_hardly_tell_takes_its_journals_language() -> None:
    note = "Габдуллин С. Жырау // Ұлт тағылымы. 2001. № 6. Б. 590–621."
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.language == "kk"


def test_a_journal_in_another_script_does_not_change_a_titles_language() -> None:
    note = "Сейтов А. Абай // Eurasian Journal of Philology. 2015. № 3. P. 5–9."
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.language != "en"
