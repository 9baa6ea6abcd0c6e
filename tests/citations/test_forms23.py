"""Forms written for these tests (session 23): two imprints joined by a semicolon, editions
spelled out (`Second edition`, `2nd rev. ed.`, APA's `(Revised and expanded ed.)`), and MLA's
programme and network after a headline's period."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Васильев А. Д. Экономика региона. — М. : Экономика ; Новосибирск : Наука, 2005.",
            "М.",
            "Экономика",
        ),
        (
            "Şahin, M. Osmanlı'da Toprak Düzeni. Ankara: Nobel; İstanbul: Kitabevi, 2009.",
            "Ankara",
            "Nobel",
        ),
        (
            "Smith, J. The Steppe. Cambridge, MA: Harvard University Press; London: Belknap, 2012.",
            "Cambridge, MA",
            "Harvard University Press",
        ),
    ],
)
def test_second_imprint_after_a_semicolon_is_no_field(
    text: str, place: str, publisher: str
) -> None:
    found = _first(text)
    assert found.publisher_place == place
    assert found.publisher == publisher


def test_two_places_before_one_publisher_stay_the_place() -> None:
    found = _first(
        "Kotkin, S. Armageddon Averted. Oxford; New York: Oxford University Press, 2001."
    )
    assert found.publisher_place == "Oxford; New York"
    assert found.publisher == "Oxford University Press"


@pytest.mark.parametrize(
    ("text", "edition", "title"),
    [
        (
            "Cummings, S. N. Understanding Central Asia. Second edition. London: Routledge, 2023.",
            "Second",
            "Understanding Central Asia",
        ),
        (
            "Kaya, Ali. Osmanlı Tarihi. İkinci baskı. Ankara: Nobel, 2012.",
            "İkinci",
            "Osmanlı Tarihi",
        ),
        ("Иванов И. История края. Второе издание. М.: Наука, 2001.", "Второе", "История края"),
        (
            "Ahmed, R. Taliban. 2nd rev. ed. New Haven: Yale University Press, 2010.",
            "2nd rev.",
            "Taliban",
        ),
        (
            "Smith, J. Steppe Cities. 3rd revised edition. London: Routledge, 2012.",
            "3rd revised",
            "Steppe Cities",
        ),
    ],
)
def test_edition_spelled_out(text: str, edition: str, title: str) -> None:
    found = _first(text)
    assert (found.edition or "").rstrip(".") == edition.rstrip(".")
    assert found.title == title


def test_edition_words_inside_a_title_stay_the_title() -> None:
    found = _first(
        "Flynn, Brian. Rethinking Borders: Second Edition Revised: Humanist. New York: Sage, 1950."
    )
    assert found.edition is None
    assert found.title == "Rethinking Borders: Second Edition Revised: Humanist"


def test_apa_bracketed_kind_edition_then_the_publisher() -> None:
    found = _first(
        "Olcott, M. B. (2010). Central Asia's second chance (Revised and expanded ed.). "
        "Carnegie Endowment."
    )
    assert found.title == "Central Asia's second chance"
    assert found.edition == "Revised and expanded"
    assert found.publisher == "Carnegie Endowment"
    assert found.type == "book"


def test_mla_programme_and_network_make_a_broadcast() -> None:
    found = _first(
        '"Kazakhstan\'s Capital Changes Its Name Again." All Things Considered, NPR, 17 Sept. 2022.'
    )
    assert found.container == "All Things Considered"
    assert not found.authors
    assert found.type == "broadcast"


def test_byline_after_a_headline_with_its_comma_outside_stays() -> None:
    found = _first('"Türkiye\'de enflasyon", Ahmet Yılmaz, AA, 12.03.2021.')
    assert [str(n) for n in found.authors] == ["Ahmet Yılmaz"]
    assert found.container == "AA"


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "TBMM Zabıt Ceridesi, Dönem 2, Cilt 14, Birleşim 45, 12 Mart 1925, s. 210.",
            "TBMM Zabıt Ceridesi",
            "14",
        ),
        ("TBMM Zabıt Ceridesi, Devre 1, Cilt 9, s. 45.", "TBMM Zabıt Ceridesi", "9"),
    ],
)
def test_record_series_name_then_its_divisions(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert found.container == title
    assert found.title is None
    assert found.volume == volume
    assert not found.authors


def test_short_form_author_title_page_still_reads() -> None:
    found = _first("Williamson and Acosta, Title of Work, 123.")
    assert [str(n) for n in found.authors] == ["Williamson", "Acosta"]
    assert found.title == "Title of Work"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Орлов Н. С. Записки путешественника. — СПб., б. г. — 96 с.", "СПб."),
        ("Ziya Gökalp, Türkçülüğün Esasları, İstanbul, t.y., s. 41.", "İstanbul"),
        ("Brown, D. Nomads of the Steppe. Oxford, n.d.", "Oxford"),
    ],
)
def test_place_before_an_unknown_date_mark(text: str, place: str) -> None:
    found = _first(text)
    assert found.publisher_place == place
    assert found.issued is None


def test_record_after_its_speaker_with_a_roman_term() -> None:
    found = _first(
        "Celal Bayar, TBMM Tutanak Dergisi, Devre V, Cilt 12, İçtima 3, 1 Kasım 1936, s. 4."
    )
    assert [str(n) for n in found.authors] == ["Celal Bayar"]
    assert found.container == "TBMM Tutanak Dergisi"
    assert found.volume == "12"


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "AMANOWA O. Bagşy. 2-njy tom – Aşgabat : Türkmen döwlet neşirýat gullugy, 1959.",
            "Bagşy",
            "2",
        ),
        ("Әуезов М. Абай жолы. 2-том. – Алматы: Жазушы, 1997. – 400 б.", "Абай жолы", "2"),
    ],
)
def test_number_first_volume_after_the_title(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.volume == volume


def test_record_cited_by_its_journal_is_in_the_journals_language() -> None:
    found = _first(
        "TBMM Tutanak Dergisi, Dönem 28, Yasama Yılı 1, Birleşim 15, 25 Ekim 2023, s. 44."
    )
    assert found.container == "TBMM Tutanak Dergisi"
    assert found.language == "tr"


def test_apa_kind_edition_bracket_after_a_split_title() -> None:
    found = _first(
        "Soucek, S. (2000). A history of Inner Asia (Revised ed.). Cambridge University Press."
    )
    assert found.title == "A history of Inner Asia"
    assert found.edition == "Revised"
    assert found.publisher == "Cambridge University Press"


def test_mla_programme_after_the_headline_period_outside_its_run() -> None:
    found = _first('"Nomads No More." Morning Edition, NPR, 8 Oct. 2019.')
    assert found.container == "Morning Edition"
    assert not found.authors


@pytest.mark.parametrize(
    "text",
    ["Bu olay 1924 yılında Ankara'da yaşandı.", "Bu konu 2019 yılında İstanbul’da ele alındı."],
)
def test_dated_sentence_with_a_place_in_its_case_is_a_remark(text: str) -> None:
    assert parse_note(1, text, location=Location(path="t")).kind.value == "comment"


def test_dated_title_with_a_place_and_a_page_still_cites() -> None:
    note = parse_note(
        1, "Kaya, 1924 yılında Ankara'da kurulan meclis, s. 5.", location=Location(path="t")
    )
    assert note.kind.value == "citation"


def test_words_between_a_full_name_and_a_volume_are_the_title() -> None:
    found = _first("Мұхтар Әуезов. Шығармалар жинағы. 5-том. – Алматы: Жазушы, 1985. – 420 б.")
    assert found.title == "Шығармалар жинағы"
    assert found.volume == "5"


def test_mla_episode_between_programme_and_network() -> None:
    found = _first(
        'Kim, Ann. "Uzbek Cotton Workers." Planet Money, episode 841, NPR, 14 Mar. 2018.'
    )
    assert found.container == "Planet Money"
    assert found.type == "broadcast"
    assert found.volume is None


def test_mla_podcast_episode_between_its_programme_and_network() -> None:
    found = _first(
        'Jones, Amy. "Silk Road Cities." Far Away Places, episode 12, BBC Sounds, 4 Feb. 2021.'
    )
    assert found.container == "Far Away Places"
    assert found.type == "broadcast"
