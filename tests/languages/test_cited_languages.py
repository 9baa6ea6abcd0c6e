"""German and French, the cited languages (session 15): a German or French title is told as
such, our own languages' titles stay theirs (German and French have the lowest prior), and
their files give no CLDR weekdays (`ve`, `me` are words of other notes). The strings are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.dates import parse_date
from citekit.langid import detect_language
from citekit.languages import language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russland als Vielvölkerreich. Entstehung, Geschichte, Zerfall", "de"),
        ("Die türkischen Sprachen Südsibiriens", "de"),
        ("Alttürkische Grammatik", "de"),
        ("Zwölf Vorlesungen über die Geschichte der Türken Mittelasiens", "de"),
        ("Der Feind ist überall: Stalinismus im Kaukasus", "de"),
        ("Histoire des Turcs", "fr"),
        ("L’Empire éclaté", "fr"),
        ("Les mouvements nationaux chez les musulmans de Russie", "fr"),
        ("La nouvelle Asie centrale, ou la fabrication des nations", "fr"),
        ("Istanbul dans la seconde moitié du XVIIe siècle", "fr"),
    ],
)
def test_a_german_or_french_title_is_told(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Osmanlı Devleti’nde Hilafet ve Saltanat", "tr"),
        ("Türkiye’de dış politika ve Orta Asya", "tr"),
        ("Ottoman Diplomacy in Hungary", "en"),
        ("The Ottoman Empire and the World Around It", "en"),
        ("Memory and Empire in Central Asia", "en"),
        ("Türkmenistanyň daşary syýasaty we bitaraplyk", "tk"),
        ("Qazaqstannyń syrtqy saıasaty men ǵylymy", "kk"),
        ("Россия и Центральная Азия", "ru"),
    ],
)
def test_our_languages_titles_stay_theirs(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_the_cited_languages_give_way_on_shared_evidence() -> None:
    assert language("de").prior == language("fr").prior == 1
    assert language("tr").prior > 1
    assert language("en").prior > 1


@pytest.mark.parametrize("code", ["de", "fr"])
def test_the_cited_languages_read_no_weekday(code: str) -> None:
    lang = language(code)
    assert lang.cldr is None
    assert not any(lang.weekdays.values())
    assert lang.months[3][0] in ("März", "mars")


def test_a_turkish_ve_near_a_date_is_no_weekday() -> None:
    # French CLDR's short Friday is `ve`, its Wednesday `me`: a date beside them keeps its order
    assert parse_date("Ali ve Veli, erişim 05.07.2025, https://x.me/a", lang="tr") is not None
    found = parse_date("erişim 05.07.2025, https://ajtr.me/en/haber", lang="tr")
    assert found is not None
    assert (found.month, found.day) == (7, 5)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("12. März 2019", (2019, 3, 12)),
        ("3. Okt. 2020", (2020, 10, 3)),
        ("14 janvier 2022", (2022, 1, 14)),
        ("5 sept. 2016", (2016, 9, 5)),
    ],
)
def test_german_and_french_months_are_read(text: str, when: tuple[int, int, int]) -> None:
    found = parse_date(text)
    assert found is not None
    assert (found.year, found.month, found.day) == when
