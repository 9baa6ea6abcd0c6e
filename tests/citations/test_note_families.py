"""Families of forms the parser missed on unseen notes (session 32): an act headed by its
issuer and day, a headline on an act in a paper named by its kind, a reference work's place,
Harvard's body before its year and its host's imprint, İSNAD's page after the dated issue, a
Kyrgyz date, an op. cit. with its ibids, a bracketed genre."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("text", "title", "day"),
    [
        (
            "Türkmenistanyň Prezidentiniň 2021-nji ýylyň 5-nji martyndaky «Bilim ulgamyny "
            "kämilleşdirmek hakynda» Karary.",
            "Bilim ulgamyny kämilleşdirmek hakynda",
            "2021-03-05",
        ),
        (
            "Türkmenistanyň Ministrler Kabinetiniň 2019-njy ýylyň 20-nji dekabryndaky «Saglygy "
            "goraýyş ulgamynyň Maksatnamasy hakynda» Karary.",
            "Saglygy goraýyş ulgamynyň Maksatnamasy hakynda",
            "2019-12-20",
        ),
        (
            "Türkmenistanyň Mejlisiniň 2016-njy ýylyň 14-nji sentýabryndaky «Türkmenistanyň "
            "Konstitusiýasyny tassyklamak hakynda» Kanuny.",
            "Türkmenistanyň Konstitusiýasyny tassyklamak hakynda",
            "2016-09-14",
        ),
    ],
)
def test_an_act_headed_by_its_issuer_and_day_is_titled_by_its_quoted_name(
    text: str, title: str, day: str
) -> None:
    found = first_citation(text)
    assert (found.type, found.title) == ("legislation", title)
    assert found.issued is not None
    assert found.issued.isoformat() == day


def test_an_act_on_amending_an_older_act_keeps_its_own_name() -> None:
    from citekit.citations.quoted_acts import quoted_act_name

    name = "О внесении изменений в Федеральный закон от 29 декабря 2012 г. «Об образовании»"
    assert quoted_act_name(name) == (name, None)


@pytest.mark.parametrize(
    "text",
    [
        "“Türkmenistan ile Doğalgaz Anlaşması Yenilendi”, Milliyet Gazetesi, 3 Ekim 2018, s. 12.",
        "“Gazprom ile Türkmengaz Arasında Yeni Anlaşma”, Dünya Gazetesi, 23.06.2019, s. 11.",
        "“Türkiye ile Azerbaycan Arasında Yeni Vize Anlaşması İmzalandı”, "
        "Hürriyet Gazetesi, 14.02.2020, s. 9.",
    ],
)
def test_a_headline_on_a_treaty_in_a_paper_named_by_its_kind_is_news(text: str) -> None:
    assert first_citation(text).type == "article-newspaper"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Каракумский канал // Большая российская энциклопедия. — М., 2009. — Т. 13. — С. 102.",
            "М.",
        ),
        ("Амударья // Большая советская энциклопедия. — М., 1970. — Т. 1. — С. 560.", "М."),
        (
            "Бұхара әмірлігі // Қазақстан: ұлттық энциклопедия. — Алматы, 2001. — Т. 2. — 540-б.",
            "Алматы",
        ),
    ],
)
def test_a_reference_works_place_before_its_year_is_read_with_its_volume(
    text: str, place: str
) -> None:
    assert first_citation(text).publisher_place == place


def test_a_label_word_closing_a_title_before_gosts_colon_is_the_titles() -> None:
    found = first_citation(
        "Ермекова Д. С. Русская эмиграция в Харбине как исторический источник : дис. … канд. "
        "ист. наук : 07.00.02. — Новосибирск, 2012. — 210 с."
    )
    assert found.title == "Русская эмиграция в Харбине как исторический источник"


@pytest.mark.parametrize(
    ("text", "host", "place", "publisher"),
    [
        (
            "Kurbanov, A. (2012) ‘Sarakhs’, in Encyclopaedia Iranica. New York: Encyclopaedia "
            "Iranica Foundation. Available at: https://www.iranicaonline.org/articles/sarakhs",
            "Encyclopaedia Iranica",
            "New York",
            "Encyclopaedia Iranica Foundation",
        ),
        (
            "Soucek, S. (2010) 'Khiva', in The Oxford Encyclopedia of the Islamic World. Oxford: "
            "Oxford University Press.",
            "The Oxford Encyclopedia of the Islamic World",
            "Oxford",
            "Oxford University Press",
        ),
    ],
)
def test_harvards_in_host_and_its_imprint(text: str, host: str, place: str, publisher: str) -> None:
    found = first_citation(text)
    assert (found.container, found.publisher_place, found.publisher) == (host, place, publisher)


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Brennan, S. and Utegenov, K. (2018) 'Informal payments in Kazakh public hospitals', "
            "Post-Communist Economies, 30(1), pp. 67–85.",
            "Informal payments in Kazakh public hospitals",
            "Post-Communist Economies",
        ),
        (
            "Smith, J. (2019) 'Kazakhstan's oil in global markets', Energy Policy, 12(1), pp. 1–9.",
            "Kazakhstan's oil in global markets",
            "Energy Policy",
        ),
    ],
)
def test_a_host_opened_inside_the_titles_quotes_is_the_titles(
    text: str, title: str, host: str
) -> None:
    found = first_citation(text)
    assert (found.title, found.container) == (title, host)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Trend (2022) Azerbaijan, Turkmenistan sign gas swap memorandum. Available at: "
            "https://en.trend.az/business/energy/3600000.html (Accessed: 8 March 2022).",
            "Azerbaijan, Turkmenistan sign gas swap memorandum",
            2022,
        ),
        (
            "Shape from Shading (2010) Medium. Available at: http://medium.com/projects/691384",
            "Shape from Shading",
            2010,
        ),
    ],
)
def test_a_harvard_body_before_its_bracketed_year(text: str, title: str, year: int) -> None:
    found = first_citation(text)
    assert found.title == title
    assert found.issued is not None
    assert found.issued.year == year


@pytest.mark.parametrize(
    ("text", "page", "issue"),
    [
        (
            "Hasan Kaya, “Hokand Hanlığı”, Akademik Tarih ve Düşünce Dergisi 9/2 "
            "(Haziran 2022), 1204.",
            "1204",
            "2",
        ),
        ("Ali Öz, “Buhara Medreseleri”, Belleten 84/300 (Ağustos 2020), 611.", "611", "300"),
        ("SEYİTOV Ahmet “Son Emir” Tarih İncelemeleri Dergisi 2010 25/1 s.155-170", "155-170", "1"),
    ],
)
def test_isnads_page_and_issue(text: str, page: str, issue: str) -> None:
    found = first_citation(text)
    assert (found.page, found.issue) == (page, issue)


def test_a_title_keeps_its_abbreviations_period_inside_its_quotes() -> None:
    found = first_citation(
        "Гуменюк О. «Кримськотатарський національний рух у 1960–1980-х рр.» // Український "
        "історичний журнал. – 2015. – № 4. – С. 98–115."
    )
    assert found.title == "Кримськотатарський національний рух у 1960–1980-х рр."


def test_a_kyrgyz_date_and_access_label() -> None:
    found = first_citation(
        "«Чек ара толук аныкталды» // Kabar.kg. 2023-ж. 27-январь. URL: "
        "https://kabar.kg/news/12345 (кирүү 30.01.2023)."
    )
    assert found.issued is not None
    assert found.issued.isoformat() == "2023-01-27"
    assert found.accessed is not None
    assert found.accessed.isoformat() == "2023-01-30"


@pytest.mark.parametrize(
    "text",
    [
        "Якубов Ш. Указ. соч. – С. 14; Там же. – С. 19–20.",
        "Kaya, a.g.e., s. 23; a.y., s. 25.",
        "Smith, op. cit., p. 12; ibid., p. 14.",
    ],
)
def test_an_op_cit_followed_by_its_ibids_is_an_op_cit(text: str) -> None:
    assert parse_note(1, text, location=Location(path="t")).kind is NoteKind.OPCIT


def test_two_named_repeats_cite_two_sources() -> None:
    text = "Иванов. Указ. соч. С. 5; Петров. Там же. С. 7."
    assert parse_note(1, text, location=Location(path="t")).kind is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Мусабекова Ж. Т. Государственная программа «Рухани жаңғыру»: опыт "
            "реализации // Казахстан-Спектр. — 2019. — № 1. — С. 33–44.",
            "ru",
        ),
        (
            "Омаров Б. Концепция «Мәңгілік Ел»: идеология и практика // "
            "Казахстан-Спектр. — 2016. — № 2. — С. 7–19.",
            "ru",
        ),
        (
            "Сейітова Г. «Тихий Дон» романының қазақша аудармасы // Ақиқат. — "
            "2016. — № 5. — 33–40-б.",
            "kk",
        ),
    ],
)
def test_a_quoted_name_in_another_alphabet_does_not_tell_the_titles_language(
    text: str, language: str
) -> None:
    assert first_citation(text).language == language


@pytest.mark.parametrize(
    ("text", "page"),
    [
        (
            "UNDP, Human Development Report 2019: Turkmenistan (New York: UNDP, 2019), 33, "
            "https://hdr.undp.org/en/2019-report.",
            "33",
        ),
        (
            "Freedom House, Nations in Transit 2020: Kazakhstan (Washington, DC: Freedom House, "
            "2020), 5, https://freedomhouse.org/country/kazakhstan/nations-transit/2020.",
            "5",
        ),
    ],
)
def test_the_number_after_a_bracketed_imprint_is_the_page(text: str, page: str) -> None:
    found = first_citation(text)
    assert (found.page, found.volume) == (page, None)


def test_a_quoted_headlines_subtitle_and_its_outlet() -> None:
    found = first_citation(
        "“Reforms Are Irreversible”: Interview with President Kassym-Jomart Tokayev, Euronews, "
        "September 1, 2022, https://www.euronews.com/2022/09/01/reforms-are-irreversible."
    )
    assert found.container == "Euronews"
    assert found.title is not None
    assert found.title.endswith("Interview with President Kassym-Jomart Tokayev")


def test_a_year_closing_a_host_before_isnads_slashed_numbers_is_the_date() -> None:
    found = first_citation(
        "ÖZTÜRK Mehmet “Kazan Hanlığı” Türk Dünyası Araştırmaları 2008 88/175 s.91-110"
    )
    assert found.issued is not None
    assert (found.issued.year, found.volume, found.issue) == (2008, "88", "175")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "T.C. Ticaret Bakanlığı, “Türkiye ile Özbekistan Arasında Tercihli Ticaret Anlaşması "
            "Yürürlüğe Girdi” (Basın Duyurusu), 1 Nisan 2024, https://ticaret.gov.tr/haberler/1",
            "Türkiye ile Özbekistan Arasında Tercihli Ticaret Anlaşması Yürürlüğe Girdi",
        ),
        (
            "U.S. Department of State, “Joint Statement on the C5+1 Ministerial” (Press "
            "Statement), February 28, 2023, https://www.state.gov/joint-statement-c5-1/.",
            "Joint Statement on the C5+1 Ministerial",
        ),
    ],
)
def test_a_bracketed_genre_after_a_quoted_title_is_no_word_of_it(text: str, title: str) -> None:
    assert first_citation(text).title == title
