"""A dotted numeric date (`05.03.2020`) is day.month.year in the notes of GOST's family and of
Turkish, Kazakh and Turkmen hands (`fixed_separators` in the language files): its order is
known, so it is no ambiguous date. Where the family fixes no order (English notes, any slashed
date) a date whose day is 12 or less still reads both ways and `check` says so."""

from __future__ import annotations

import pytest

from citekit.checks import CheckConfig, check
from citekit.citations import parse_note
from citekit.dates import parse_date
from citekit.model import Location
from citekit.pipeline import read_bytes


@pytest.mark.parametrize(
    ("note", "iso", "ambiguous"),
    [
        (
            "Назарбаев Н. А. Стратегия «Казахстан-2050» [Электронный ресурс]. URL: "
            "https://akorda.kz/ru/1 (дата обращения: 05.03.2020).",
            "2020-03-05",
            False,
        ),
        (
            "Тоқаев Қ. Жолдау. URL: https://akorda.kz/kz/2 (қаралған күні: 07.04.2021).",
            "2021-04-07",
            False,
        ),
        (
            "“Türkmen gazı”, Anadolu Ajansı, https://aa.com.tr/3 (Erişim Tarihi: 02.11.2021).",
            "2021-11-02",
            False,
        ),
        (
            "“Gaz eksporty”, Türkmenistan: Altyn asyr, https://turkmenistan.gov.tm/4 "
            "(Barlanan senesi: 09.10.2021).",
            "2021-10-09",
            False,
        ),
        ("“Gas deal”, Reuters, https://reuters.com/5 (Accessed: 05.03.2020).", "2020-03-05", True),
        ("“Gas deal”, Reuters, https://reuters.com/6 (Accessed: 03/04/2021).", "2021-03-04", True),
        (
            "“Doğalgaz”, Hürriyet, https://hurriyet.com.tr/7 (Erişim Tarihi: 03/04/2021).",
            "2021-04-03",
            True,
        ),
    ],
)
def test_access_dates(note: str, iso: str, ambiguous: bool) -> None:
    found = parse_note(1, note, location=Location(path="a.txt", note=1)).citations[0].accessed
    assert found is not None
    assert (found.isoformat(), found.ambiguous) == (iso, ambiguous)


@pytest.mark.parametrize(
    ("lang", "ambiguous"),
    [("ru", False), ("kk", False), ("tr", False), ("tk", False), ("en", True)],
)
def test_the_language_says_whether_a_dotted_date_is_fixed(lang: str, ambiguous: bool) -> None:
    found = parse_date("05.03.2020", lang)
    assert found is not None
    assert (found.isoformat(), found.ambiguous) == ("2020-03-05", ambiguous)


def _ambiguous_notes(text: str) -> list[int | None]:
    doc = read_bytes(text.encode(), path="art.txt")
    found = check(doc, config=CheckConfig())
    return [f.location.note for f in found if f.rule == "ambiguous-date"]


def test_check_reads_a_dated_issue_by_the_cited_works_family() -> None:
    # no label beside the date: the cited work's language (a Russian newspaper) settles it
    text = (
        "Торговля между двумя странами растёт с каждым годом, и поставки газа в соседние "
        "страны тоже заметно выросли за последние пять лет.[1][2]\n\nПримечания\n"
        "[1] Иванов И. И. Газ и нефть // Известия. 05.03.2020. С. 3.\n"
        "[2] Smith J. Gas and oil. The Guardian. 05.03.2020.\n"
    )
    assert _ambiguous_notes(text) == []  # note 2 is in a Russian edition: GOST's order


def test_check_still_reports_where_no_family_fixes_the_order() -> None:
    text = (
        "Trade between the two countries grows every year, and so do the gas deliveries to "
        "the neighbouring countries over the last five years.[1]\n\nNotes\n"
        "[1] Smith J. Gas and oil. The Guardian. 05.03.2020.\n"
    )
    assert _ambiguous_notes(text) == [1]
