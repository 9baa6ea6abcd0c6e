"""Imprints, editions, issues and pages as editors write them (session 25): a number's label is
no place, a body's initials before `Place, Year` publish the book, GOST's bracketed unnumbered
pages, the edition's statement whole, a double issue with a slash, a list of cited pages, a
city before its state. The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from tests.citations.labelled import decode_labelled
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("Nuri Yavuz, “Göç”, Karadeniz Araştırmaları, Sayı: 12, Yıl: 2007, s. 11-30.", "2007"),
        ("Cem Aksoy, “Dil Politikası”, Türk Dili, Cilt: 5, Sayı: 3, Yıl: 2010, ss. 40-52.", "2010"),
        ("Oğuz Kılıç, “Arşivler”, Avrasya Etüdleri, Sayı: 45, Yıl: 2014, s. 33-58.", "2014"),
    ],
)
def test_a_years_label_is_no_place(text: str, issued: str) -> None:
    c = _first(text)
    assert c.publisher_place is None
    assert c.issued is not None
    assert c.issued.isoformat() == issued


def test_a_labels_word_the_model_read_as_a_place_is_no_field() -> None:
    text = "Ak, “Göç”, Türk Dili, Sayı: 3, Yıl: 2010, s. 4."
    fields = decode_labelled(
        text, [("Türk Dili", "container-title"), ("Yıl", "publisher-place"), ("2010", "issued")]
    )
    assert "publisher-place" not in fields


@pytest.mark.parametrize(
    ("text", "publisher", "place"),
    [
        ("İstatistik Göstergeler 1923-2013, TÜİK, Ankara, 2014, s. 45.", "TÜİK", "Ankara"),
        ("Dış Ticaret İstatistikleri Yıllığı 2018, TÜİK, Ankara, 2019.", "TÜİK", "Ankara"),
        ("Статистический ежегодник Казахстана, АРКС, Алматы, 2005, с. 12.", "АРКС", "Алматы"),
    ],
)
def test_a_bodys_initials_before_place_and_year_publish_the_book(
    text: str, publisher: str, place: str
) -> None:
    c = _first(text)
    assert (c.publisher, c.publisher_place, c.container) == (publisher, place, None)


def test_an_acronym_after_a_quoted_part_stays_the_host() -> None:
    c = _first("Hüseyin Tan, “Şehir”, DTCF, Ankara, 1998, s. 45.")
    assert (c.container, c.publisher) == ("DTCF", None)


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Кузнецов Л. П. Земледелие. – Новосибирск: Наука, 1987. – [4], 320 с.: ил.", "[4], 320"),
        ("Мусин Ч. История Казахстана. Алматы: Жетi жарғы, 2008. [2], 304 с.", "[2], 304"),
        ("Абаев К. Шежіре. – Алматы: Арыс, 2004. – [12], 312 б.", "[12], 312"),
        (
            "Olcott M. B. The Kazakhs. Stanford, CA: Hoover Institution Press, 1995. xxiv, 388 p.",
            "xxiv, 388",
        ),
    ],
)
def test_unnumbered_pages_in_brackets_open_the_extent(text: str, extent: str) -> None:
    assert _first(text).number_of_pages == extent


@pytest.mark.parametrize(
    ("text", "title", "edition"),
    [
        ("Иванов И. Казахи. Изд. 3-е. Алматы: Ана тілі, 1998. 180 с.", "Казахи", "3-е"),
        (
            "Orazgylyjow A. Türkmen edebiýaty. Aşgabat: Ylym, 2001. 2-nji neşir. 200 sah.",
            "Türkmen edebiýaty",
            "2-nji",
        ),
        (
            "Ataýew K. Türkmen taryhy. 3-nji neşir. Aşgabat: Magaryf, 2012.",
            "Türkmen taryhy",
            "3-nji",
        ),
        (
            "Сейфуллин С. Тар жол, тайғақ кешу. 2 басылым. Алматы: Жазушы, 1977.",
            "Тар жол, тайғақ кешу",
            "2",
        ),
        (
            "Kappeler A. Russland als Vielvölkerreich. München: C.H. Beck, 2008. 2. Aufl.",
            "Russland als Vielvölkerreich",
            "2",
        ),
        ("Müller K. Geschichte. Berlin, 1999. 4. Auflage. 300 S.", "Geschichte", "4"),
        (
            "Smith J. Silk roads. 3rd ed., rev. and enl. London: Routledge, 2009.",
            "Silk roads",
            "3rd",
        ),
    ],
)
def test_the_editions_statement_is_read_whole(text: str, title: str, edition: str) -> None:
    c = _first(text)
    assert (c.title, c.edition, c.issue, c.container) == (title, edition, None, None)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Ахметов А. Казахская степь // Вопросы истории. – 1990. – № 5/6. – С. 12–20.", "5/6"),
        ("Бекова А. Язык // Қазақ тілі. 2003. №3/4. Б. 5–9.", "3/4"),
        ("Mehmet Aksoy, “Kazak Göçleri”, Türk Kültürü, Sayı 7/8, 1965, s. 33-40.", "7/8"),
        ("Smith, J. “Steppe.” Central Asia Review, no. 11/12 (1999): 12–30.", "11/12"),
    ],
)
def test_a_double_issue_with_a_slash_is_one_issue(text: str, issue: str) -> None:
    assert _first(text).issue == issue


def test_isnads_volume_and_issue_about_a_slash_stay_apart() -> None:
    c = _first("Halil Aksoy, “Göç”, Tarih ve Toplum 12/68 (Ağustos 1989), s. 5.")
    assert (c.volume, c.issue) == ("12", "68")


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Сапаров С. Пустыня. – Ашхабад: Ылым, 1982. – С. 5–10, 45.", "5–10, 45"),
        ("Иванов И. Очерки. М., 1990. С. 12, 45, 78.", "12, 45, 78"),
        ("Ali Kaya, Türk Destanları, Ankara 2005, s. 12, 45.", "12, 45"),
        ("Smith J. Nomads. London, 1990, pp. 12, 45-47.", "12, 45-47"),
        ("Иванов И. Очерки. М., 1990. С. 12 и след.", "12"),
    ],
)
def test_the_pages_a_page_word_lists_are_the_page(text: str, page: str) -> None:
    c = _first(text)
    assert (c.page, c.volume, c.issue) == (page, None, None)


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Karpat K. Ottoman Population. Madison, Wis.: University of Wisconsin Press, 1985.",
            "Madison, Wis.",
            "University of Wisconsin Press",
        ),
        (
            "Lewis R. Soviet Union. Ann Arbor, Mich.: University of Michigan Press, 1975.",
            "Ann Arbor, Mich.",
            "University of Michigan Press",
        ),
        (
            "Bekmukhamedov A. Kazakh Steppe. Cambridge (Mass.): Harvard University Press, 1995.",
            "Cambridge (Mass.)",
            "Harvard University Press",
        ),
        ("Smith J. Steppe. Cambridge (MA): MIT Press, 2001.", "Cambridge (MA)", "MIT Press"),
        (
            "Grousset R. Empire. New Brunswick, N.J.: Rutgers University Press, 1970. xxx, 687 p.",
            "New Brunswick, N.J.",
            "Rutgers University Press",
        ),
    ],
)
def test_a_city_with_its_state_is_the_place(text: str, place: str, publisher: str) -> None:
    c = _first(text)
    assert (c.publisher_place, c.publisher) == (place, publisher)


def test_a_number_with_its_page_word_after_the_year_is_no_title() -> None:
    c = _first("Rahimov K. Tarix. Toshkent, 2010. 200 b.")
    assert (c.title, c.publisher_place) == ("Tarix", "Toshkent")
    assert "200" in (c.page, c.number_of_pages)


@pytest.mark.parametrize(
    ("text", "volume", "place"),
    [
        ("Ahmet Yılmaz, Osmanlı Tarihi, I. Cilt, Ankara 2001, s. 45.", "I", "Ankara"),
        ("Ahmet Yılmaz, Osmanlı Tarihi, 2. cilt, Ankara 2001, s. 45.", "2", "Ankara"),
        ("Ahmet Yılmaz, Osmanlı Tarihi, III. Cilt, İstanbul, 1995.", "III", "İstanbul"),
        ("Atayew A., Türkmen taryhy, 1-nji tom, Aşgabat, 2009, 45 sah.", "1", "Aşgabat"),
    ],
)
def test_an_ordinal_volume_after_the_titles_comma_and_the_place(
    text: str, volume: str, place: str
) -> None:
    c = _first(text)
    assert (c.volume, c.publisher_place) == (volume, place)
    assert c.title is not None
    assert "," not in c.title


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Ерофеева И. В. Хан Абулхаир. – Алматы: Изд. «Дайк-Пресс», 2007. – 456 с.",
            "Изд. «Дайк-Пресс»",
        ),
        ("Иванов И. Очерки. М.: Изд. «Наука», 1985. 200 с.", "Изд. «Наука»"),
        ("Иванов И. Очерки. М.: «Наука», 1985. 200 с.", "Наука"),
    ],
)
def test_a_houses_shortened_word_before_its_quoted_name_is_the_publishers(
    text: str, publisher: str
) -> None:
    assert _first(text).publisher == publisher


def test_a_stereotyped_editions_word_is_the_editions() -> None:
    c = _first("Иванов И. И. Очерки. – 3-е изд., стер. – М.: Академия, 2008. – 400 с.")
    assert (c.title, c.edition, c.publisher_place) == ("Очерки", "3-е", "М.")


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        ("Yılmaz Ş. “Başlık.” Akademik Bakış, Vol. 7, No. 13, Winter 2013, p. 1-20.", "7", "13"),
        ("Smith J. Steppe. Central Asia Review, Vol. 4, No. 2, Spring 2001, pp. 5-9.", "4", "2"),
    ],
)
def test_an_issue_after_its_word_and_period_after_a_fields_comma(
    text: str, volume: str, issue: str
) -> None:
    c = _first(text)
    assert (c.volume, c.issue) == (volume, issue)


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        ("Smith, J. (2001). Hunger (Vol. 2). London: Verso.", "Hunger", "2"),
        (
            "Carr, E. H. (1950). The Bolshevik revolution, 1917–1923 (Vol. 1). London: Macmillan.",
            "The Bolshevik revolution, 1917–1923",
            "1",
        ),
        ("Kaya, A. (2010). Türk Tarihi (C. 2). Ankara: TTK.", "Türk Tarihi", "2"),
        (
            "Иванов И. (2010). История Казахстана (Т. 3). Алматы: Атамұра.",
            "История Казахстана",
            "3",
        ),
    ],
)
def test_apas_bracketed_volume_after_the_title_is_the_volume(
    text: str, title: str, volume: str
) -> None:
    c = _first(text)
    assert (c.title, c.volume) == (title, volume)


@pytest.mark.parametrize(
    "text",
    [
        "Yıldız, Hakan. Dış Politika -Olgular, Belgeler, Yorumlar-, İstanbul: İletişim, 2001.",
        "Baskın Oran (ed.), Dış Politika -Olgular, Belgeler, Yorumlar-, İstanbul: İletişim, 2001.",
    ],
)
def test_a_titles_last_words_before_the_place_are_the_titles(text: str) -> None:
    c = _first(text)
    assert (c.publisher_place, c.publisher) == ("İstanbul", "İletişim")
    assert c.title is not None
    assert "Yorumlar" in c.title


@pytest.mark.parametrize(
    ("text", "title", "place", "edition"),
    [
        ("Serdar Kaya, Sosyoloji, Ankara 2015 (3. bs.), s. 45.", "Sosyoloji", "Ankara", "3"),
        (
            "Kemal Aksoy, Osmanlı Tarihi Üzerine, Ankara 2001 (2. bs.), s. 12.",
            "Osmanlı Tarihi Üzerine",
            "Ankara",
            "2",
        ),
    ],
)
def test_a_place_and_year_closing_the_titles_run_are_the_imprint(
    text: str, title: str, place: str, edition: str
) -> None:
    c = _first(text)
    assert (c.title, c.publisher_place, c.edition) == (title, place, edition)
    assert c.issued is not None


def test_an_ordinal_closing_a_hosts_run_before_the_editions_word_is_the_edition() -> None:
    c = _first(
        "Sinor D. Inner Asia: History, Civilization, Languages. 2nd rev. ed. "
        "Bloomington: Indiana University, 1971. 261 p."
    )
    assert (c.title, c.container) == ("Inner Asia: History, Civilization, Languages", None)
    assert c.edition == "2nd rev."  # the kind word keeps its period: `2nd rev. ed.`


def test_the_imprint_after_an_editions_kind_words_is_the_imprint() -> None:
    c = _first("Brown A. Nomads. 2nd ed., rev. New York: Knopf, 1999. 250 p.")
    assert (c.edition, c.publisher_place, c.publisher, c.container) == (
        "2nd",
        "New York",
        "Knopf",
        None,
    )
