"""Wrong answers an editor found in minutes (issue 15): each case failed before its fix."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes

TR = """Türkiye ile Türkmenistan arasındaki ticaret büyüyor[1], doğalgaz da[2][3].

Notlar
[1] “Türkmenistan ile ticaret”, Anadolu Ajansı, https://aa.com.tr/1, (Erişim Tarihi: 03.04.2021).
[2] “Doğalgaz ihracatı”, Anadolu Ajansı, https://aa.com.tr/2, (Erişim Tarihi: 05.06.2021).
[3] “Başlık”, Anadolu Ajansı, (Erişim Tarihi: 25.10.2021).
"""

RU = """Торговля растёт[1].

Примечания
[1] «Торговля Казахстана», Курсив, https://kursiv.media/1, (дата обращения: 03.04.2021).
"""


def _rules(text: str, config: CheckConfig) -> list[tuple[int | None, str]]:
    doc = read_bytes(text.encode(), path="art.txt")
    return [(f.location.note, f.rule) for f in check(doc, config=config)]


EN = """Trade between the two countries grows[1].

Notes
[1] “Kazakh trade”, Reuters, https://reuters.com/1, (Accessed: 03.04.2021).
"""


def test_house_day_first_format_settles_ambiguous_dates() -> None:
    house = CheckConfig(date_format="dd.MM.yyyy")
    assert ("ambiguous-date" in {r for _n, r in _rules(EN, CheckConfig())}) is True
    assert [r for _n, r in _rules(EN, house) if r == "ambiguous-date"] == []


def test_a_family_that_writes_dotted_dates_day_first_settles_them() -> None:
    # GOST's and Turkish notes write `03.04.2021` day first only (`fixed_separators`)
    for text in (TR, RU):
        assert [r for _n, r in _rules(text, CheckConfig()) if r == "ambiguous-date"] == []


def test_house_format_does_not_hide_other_ambiguous_shapes() -> None:
    text = TR.replace("03.04.2021", "03/04/2021")
    found = _rules(text, CheckConfig(date_format="dd.MM.yyyy"))
    assert (1, "ambiguous-date") in found


def test_access_date_without_any_url_is_reported() -> None:
    found = _rules(TR, CheckConfig())
    assert (3, "missing-url") in found
    assert [n for n, r in found if r == "missing-url"] == [3]


def test_access_date_without_url_message_says_what_is_missing() -> None:
    doc = read_bytes(TR.encode(), path="art.txt")
    (finding,) = [f for f in check(doc) if f.rule == "missing-url"]
    assert finding.message == "note 3 says when the source was read (2021-10-25) but gives no URL"


def test_mixed_date_formats_shows_a_date_not_a_pattern() -> None:
    text = TR.replace("05.06.2021", "5 Haziran 2021").replace(
        "[3] “Başlık”, Anadolu Ajansı,", "[3] “Başlık”, Anadolu Ajansı, https://aa.com.tr/3,"
    )
    doc = read_bytes(text.encode(), path="art.txt")
    (finding,) = [f for f in check(doc) if f.rule == "mixed-date-formats"]
    assert finding.message == (
        "note 2 writes its access date as '5 Haziran 2021', "
        "while the article writes dates as '03.04.2021'"
    )
    assert "99" not in finding.message
