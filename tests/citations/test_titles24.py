"""Title and host bounds (session 24, titles24): APA's journal after a title closed by its own
`?` with no issue, a year opening the title after the author-date's date, a dotted abbreviation
closing a title before the place, and a set's count or a worded volume after the title's
sentence. Notes written for these tests."""

from __future__ import annotations

from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


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


def test_initials_after_the_second_open_the_title() -> None:
    found = _first("Петров И. И. А. С. Пушкин и Кавказ. М.: Наука, 1999. 200 с.")
    assert (found.title, found.authors[0].family) == ("А. С. Пушкин и Кавказ", "Петров")


def test_two_initials_stay_the_authors() -> None:
    found = _first("Иванов П. Ш. Уалиханов и его время. Алматы, 2005.")
    assert found.title == "Уалиханов и его время"


def test_series_name_after_its_number_is_the_hosts() -> None:
    found = _first(
        "Волков А. Н. С. М. Киров и Средняя Азия // Вестник МГУ. Сер. 8. История. 1985. № 2. "
        "С. 40–52."
    )
    assert (found.title, found.container) == (
        "С. М. Киров и Средняя Азия",
        "Вестник МГУ. Сер. 8. История",
    )


def test_unknown_place_after_hosts_comma_is_the_hosts() -> None:
    found = _first(
        'Mustafa Aydın, "Kafkasya ve Orta Asya\'yla İlişkiler", Türk Dış Politikası: Kurtuluş '
        "Savaşından Bugüne Olgular, Belgeler, Yorumlar, C. II, ed. Baskın Oran, İstanbul: "
        "İletişim Yayınları, 2001, s. 366-439."
    )
    assert found.container == (
        "Türk Dış Politikası: Kurtuluş Savaşından Bugüne Olgular, Belgeler, Yorumlar"
    )
    assert found.publisher_place == "İstanbul"


def test_elided_particle_inverted_name_is_the_author() -> None:
    found = _first("Carrère d'Encausse, Hélène. L'Empire éclaté. Paris : Flammarion, 1978.")
    assert found.title == "L'Empire éclaté"
    assert [str(name) for name in found.authors] == ["Carrère d'Encausse, Hélène"]


def test_elided_particle_direct_name_is_the_author() -> None:
    found = _first("Hélène Carrère d'Encausse, L'Empire éclaté (Paris: Flammarion, 1978), 45.")
    assert found.title == "L'Empire éclaté"
    assert [str(name) for name in found.authors] == ["Hélène Carrère d'Encausse"]


def test_second_author_after_inverted_first_and_joining_word() -> None:
    found = _first(
        "Bennigsen, Alexandre, et Chantal Lemercier-Quelquejay. L'Islam en Union soviétique. "
        "Paris : Payot, 1968."
    )
    assert found.title == "L'Islam en Union soviétique"
    assert [str(name) for name in found.authors] == [
        "Bennigsen, Alexandre",
        "Chantal Lemercier-Quelquejay",
    ]


def test_year_after_hosts_name_with_bracketed_date_later_is_the_hosts() -> None:
    found = _first(
        'Selçuk Aksin Somel, "Osmanlı Modernleşme Döneminde Kadın Eğitimi", Kadın/Woman 2000, '
        "C. 1, S. 1 (2000), s. 1-42."
    )
    assert (found.container, found.volume, found.issue) == ("Kadın/Woman 2000", "1", "1")


def test_words_before_the_titles_own_question_mark_are_the_titles() -> None:
    found = _first(
        "Smith, J. (2022, January 6). Why is Kazakhstan protesting? Retrieved from "
        "https://rus.azattyq.org/a/31642000.html"
    )
    assert found.title == "Why is Kazakhstan protesting?"


def test_unknown_words_before_a_known_city_are_the_titles() -> None:
    found = _first(
        "Doğu Ergil, Türkiye'de Terör ve Şiddet: Eylem, Neden, Çözüm, Ankara, Turhan Kitabevi, "
        "1980, s. 88."
    )
    assert (found.title, found.publisher_place) == (
        "Türkiye'de Terör ve Şiddet: Eylem, Neden, Çözüm",
        "Ankara",
    )


def test_known_place_with_its_state_stays_the_place() -> None:
    found = _first(
        "Gleason, G. (1997). The Central Asian states: Discovering independence. Boulder, CO: "
        "Westview Press."
    )
    assert (found.title, found.publisher_place) == (
        "The Central Asian states: Discovering independence",
        "Boulder, CO",
    )


def test_acs_year_after_journal_stays_the_date() -> None:
    found = _first(
        "Smith, J.; Brown, K. Steppe soils. J. Arid Environ. 2002, 141, 39-78. Jones A. (1991) "
        "Other work, Journal, 38(2)."
    )
    assert found.container is not None
    assert not found.container.endswith("2002")


def test_one_name_before_the_city_stays_the_publishers() -> None:
    found = _first("Mehmet Saray, Türkmen Tarihi, TTK, Ankara, 1993.")
    assert (found.title, found.publisher_place) == ("Türkmen Tarihi", "Ankara")
