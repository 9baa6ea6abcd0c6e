"""Title and host bounds (session 24, titles24): APA's journal after a title closed by its own
`?` with no issue, a year opening the title after the author-date's date, a dotted abbreviation
closing a title before the place, and a set's count or a worded volume after the title's
sentence. Notes written for these tests."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Citation, Location, PartialDate


def _first(text: str) -> Citation:
    return parse_note(1, text, location=Location(path="t")).citations[0]


def test_apa_journal_after_question_with_volume_only() -> None:
    found = _first("Fukuyama, F. (1989). The end of history? The National Interest, 16, 3–18.")
    assert (found.title, found.container) == ("The end of history?", "The National Interest")
    assert found.volume == "16"


def test_apa_volume_without_pages_keeps_the_title() -> None:
    found = _first("Smith, J. (2001). Why now? Notes from the field. Routledge, 3, 12.")
    assert found.title == "Why now? Notes from the field"


def test_year_opens_title_after_bracketed_date() -> None:
    found = _first(
        "Brown, T. (2018). 1989: The year that changed the world. Oxford University Press."
    )
    assert found.title == "1989: The year that changed the world"
    assert found.issued == PartialDate(2018)


def test_year_opens_title_after_harvard_date() -> None:
    found = _first("Smith, A. 2019. 1917: Revolution and Civil War. New York: Norton.")
    assert found.title == "1917: Revolution and Civil War"
    assert found.issued == PartialDate(2019)


def test_dotted_abbreviation_closes_title_before_place() -> None:
    found = _first(
        "Dupont, Hélène. L'Empire éclaté : la révolte des nations en U.R.S.S. Paris : "
        "Flammarion, 1978."
    )
    assert found.title is not None
    assert found.title.rstrip(".") == "L'Empire éclaté : la révolte des nations en U.R.S.S"
    assert found.publisher_place == "Paris"


def test_capitalised_set_count_after_title() -> None:
    found = _first("Яковлев А. Н. Омут памяти. В 2 т. Т. 1. М.: Вагриус, 2001. 510 с.")
    assert (found.title, found.volume) == ("Омут памяти", "1")


def test_turkmen_ordinal_volume_after_title() -> None:
    found = _first(
        "Berdimuhamedow G. Türkmenistanyň dermanlyk ösümlikleri. 1-nji tom. Aşgabat: "
        "Türkmen döwlet neşirýat gullugy, 2009."
    )
    assert (found.title, found.volume) == ("Türkmenistanyň dermanlyk ösümlikleri", "1")
