"""Families of written forms the blind notes of session 30 showed the parser missing: an act's
date in its name, a gazette's issue before an article, typed quotes, language adverbs after a
title, print runs, OJS's ACM numbers, Chicago's pages after `):`, a report's lead-in, a full
name closed by a father's name, a body's initials first, a host of two sentences after `//`,
and a speech a paper printed under its own name."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "issued"),
    [
        (
            "Türkmenistanyň Prezidentiniň 2020-nji ýylyň 3-nji iýulyndaky 1789-njy Karary.",
            "2020-07-03",
        ),
        (
            (
                "Türkmenistanyň Ministrler Kabinetiniň 2015-nji ýylyň 9-njy oktýabryndaky 12-nji "
                "Karary."
            ),
            "2015-10-09",
        ),
        (
            "Türkmenistanyň Prezidentiniň 2017-nji ýylyň 21-nji dekabryndaky 472-nji Permany.",
            "2017-12-21",
        ),
        ("Қазақстан Республикасы Президентінің 2012 жылғы 14 желтоқсандағы Жарлығы.", "2012-12-14"),
    ],
)
def test_an_acts_attributive_date_is_its_date(note: str, issued: str) -> None:
    found = first_citation(note)
    assert found.type == "legislation"
    assert found.issued is not None
    assert found.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("note", "issue", "section"),
    [
        (
            (
                "“Türkmenistanyň Suw kodeksi”, Türkmenistanyň Mejlisiniň Maglumatlary, 2016, № 4, "
                "112-nji madda."
            ),
            "4",
            "112",
        ),
        (
            (
                "“Bilim hakynda” Türkmenistanyň Kanuny, Türkmenistanyň Mejlisiniň Maglumatlary, "
                "2013, № 2, 47-nji madda."
            ),
            "2",
            "47",
        ),
        ("СЗ СССР, 1923, № 81. Ст. 782.", "81", "782"),
    ],
)
def test_a_gazettes_number_before_an_article_is_its_issue(
    note: str, issue: str, section: str
) -> None:
    found = first_citation(note)
    assert (found.issue, found.section, found.number) == (issue, section, None)


def test_a_laws_number_before_its_article_stays_the_laws() -> None:
    found = first_citation("Закон РК № 123, ст. 4.")
    assert (found.number, found.section) == ("123", "4")


def test_a_quoted_law_keeps_its_title_beside_a_gazette() -> None:
    note = (
        "“Bilim hakynda” Türkmenistanyň Kanuny, Türkmenistanyň Mejlisiniň Maglumatlary, 2013, "
        "№ 2, 47-nji madda."
    )
    assert first_citation(note).title == "Bilim hakynda"


@pytest.mark.parametrize(
    ("note", "title", "family"),
    [
        (
            (
                "Mehmet SARAY,,Türkmenistan’da Rus Hâkimiyeti’’,Türk Dünyası İncelemeleri "
                "Dergisi,C.3, S.1,1998,ss.101-120"
            ),
            "Türkmenistan’da Rus Hâkimiyeti",
            "SARAY",
        ),
        (
            (
                "Ömer Faruk ALTUN,,Türkistan Cemiyeti ve Faaliyetleri’’,Türk Kültürü "
                "Araştırmaları,C.45, S.2,2008,ss.33-58"
            ),
            "Türkistan Cemiyeti ve Faaliyetleri",
            "ALTUN",
        ),
        (
            (
                "Mehmet SARAY, ,,Türkmenistan’da Rus Hâkimiyeti’’, Türk Dünyası İncelemeleri "
                "Dergisi, C.3, S.1, 1998, ss.101-120"
            ),
            "Türkmenistan’da Rus Hâkimiyeti",
            "SARAY",
        ),
        ("Ali KAYA, ''Göç ve Kimlik'', Bilig, S.40, 2007, s.12-30.", "Göç ve Kimlik", "KAYA"),
    ],
)
def test_typed_quotes_open_and_close_a_title(note: str, title: str, family: str) -> None:
    found = first_citation(note)
    assert found.title == title
    assert [a.family for a in found.authors] == [family]
    assert not found.url_slot_empty


@pytest.mark.parametrize(
    ("note", "title", "language"),
    [
        (
            (
                "Ахметов Қ. «Ұлттық тілдің болашағы» (қазақша). egemen.kz (12 наурыз 2020). "
                "Тексерілді, 15 наурыз 2020."
            ),
            "Ұлттық тілдің болашағы",
            "kk",
        ),
        (
            "«Астана тарихы» (орысша). Tengrinews (5 мамыр 2018). Тексерілді 6 мамыр 2018.",
            "Астана тарихы",
            "ru",
        ),
        (
            "“Türkmen halysy” (türkmençe). Türkmenistan Altyn asyr (12 maý 2019).",
            "Türkmen halysy",
            "tk",
        ),
    ],
)
def test_a_language_adverb_after_a_title_is_its_language(
    note: str, title: str, language: str
) -> None:
    found = first_citation(note)
    assert (found.title, found.language) == (title, language)


@pytest.mark.parametrize(
    ("note", "issued"),
    [
        (
            (
                "Абдрахманов С. А. Скотоводческие хозяйства Мангышлака. — Алма-Ата : Наука, 1979. "
                "— 216 с. — 2000 экз."
            ),
            "1979",
        ),
        ("Әбенов С. Қазақ тарихы. — Алматы : Білім, 1995. — 200 б. — 2000 дана.", "1995"),
        ("Шевченко Т. Г. Кобзар. — К. : Дніпро, 1985. — 640 с. — 100 000 прим.", "1985"),
        ("Karimov I. Tarix. Toshkent: Sharq, 2001. 240 b. 2000 nusxa.", "2001"),
    ],
)
def test_a_print_run_is_no_year(note: str, issued: str) -> None:
    found = first_citation(note)
    assert found.issued is not None
    assert found.issued.isoformat() == issued


@pytest.mark.parametrize(
    ("note", "volume", "issue"),
    [
        (
            (
                "Сапарова, А. and Ким, Е. 2021. Корейская диаспора в Узбекистане. Вестник КазНУ. "
                "Серия востоковедения. 96, 2 (Jun. 2021), 55–64."
            ),
            "96",
            "2",
        ),
        (
            (
                "Nurlanov, B. 2020. Steppe Urbanism in the Golden Horde. Central Asian Journal of "
                "Archaeology. 12, 3 (Sep. 2020), 201–219."
            ),
            "12",
            "3",
        ),
        ("Ташенов, М. 2018. Хан ордасы. Қазақ тарихы. 33, 2 (Apr. 2018), 77–90.", "33", "2"),
    ],
)
def test_acm_numbers_before_a_date_are_volume_and_issue(note: str, volume: str, issue: str) -> None:
    found = first_citation(note)
    assert (found.volume, found.issue) == (volume, issue)


@pytest.mark.parametrize(
    ("note", "page"),
    [
        (
            (
                'Demir, Ali. "Osmanlı\'da Matbaa". Türkiyat Mecmuası 14 (2004 ): 1455-1478 '
                "<https://dergipark.org.tr/tr/pub/iuturkiyat/issue/1234/5678>."
            ),
            "1455-1478",
        ),
        (
            (
                'Kaya, Mehmet. "Kırgız Destan Geleneği". Türk Kültürü İncelemeleri Dergisi 21/3 '
                "(2009): 1801-1830."
            ),
            "1801-1830",
        ),
        (
            'Smith, John. "Nomads and the State". Central Asian Survey 31 (2012 ): 233-250.',
            "233-250",
        ),
    ],
)
def test_the_range_after_a_bracketed_year_is_the_pages(note: str, page: str) -> None:
    assert first_citation(note).page == page


@pytest.mark.parametrize(
    ("note", "title", "genre"),
    [
        (
            (
                "Доклад Института мировой экономики «Центральная Азия – 2030: сценарии развития». "
                "М.: ИМЭМО РАН, 2021. 64 с."
            ),
            "Центральная Азия – 2030: сценарии развития",
            "Доклад Института мировой экономики",
        ),
        (
            (
                "Отчёт Счётной палаты «Об исполнении республиканского бюджета за 2021 год». "
                "Астана, 2022."
            ),
            "Об исполнении республиканского бюджета за 2021 год",
            "Отчёт Счётной палаты",
        ),
        ("Доклад «Мир без сверхдержав». М., 2019.", "Мир без сверхдержав", "Доклад"),
    ],
)
def test_a_reports_lead_in_is_its_genre(note: str, title: str, genre: str) -> None:
    found = first_citation(note)
    assert (found.type, found.title, found.genre) == ("report", title, genre)


@pytest.mark.parametrize(
    ("note", "family", "title"),
    [
        (
            (
                "Жакупова Айгуль Сериковна Тюркские заимствования в говорах Северного Казахстана "
                "// Вестник Омского университета. 2014. №2 (72)."
            ),
            "Жакупова",
            "Тюркские заимствования в говорах Северного Казахстана",
        ),
        (
            "Кузьмин Олег Викторович Торговые пути Средней Азии в XIX веке // Власть. 2013. №7.",
            "Кузьмин",
            "Торговые пути Средней Азии в XIX веке",
        ),
    ],
)
def test_a_full_name_closed_by_a_fathers_name_is_the_author(
    note: str, family: str, title: str
) -> None:
    found = first_citation(note)
    assert [a.family for a in found.authors] == [family]
    assert found.title == title


@pytest.mark.parametrize(
    ("note", "body", "title", "place"),
    [
        (
            (
                "SETA, Türkiye-Orta Asya İlişkilerinde Yeni Dönem, Rapor No: 212, İstanbul, "
                "Temmuz 2022."
            ),
            "SETA",
            "Türkiye-Orta Asya İlişkilerinde Yeni Dönem",
            "İstanbul",
        ),
        (
            "ORSAM, Orta Asya'da Su Sorunu, Rapor No: 118, Ankara, Mart 2019.",
            "ORSAM",
            "Orta Asya'da Su Sorunu",
            "Ankara",
        ),
        (
            "КИСИ, Внешняя политика Казахстана, Алматы, 2019.",
            "КИСИ",
            "Внешняя политика Казахстана",
            "Алматы",
        ),
    ],
)
def test_a_bodys_initials_first_are_its_author(
    note: str, body: str, title: str, place: str
) -> None:
    found = first_citation(note)
    assert [a.literal for a in found.authors] == [body]
    assert (found.title, found.publisher_place) == (title, place)


def test_a_countrys_initials_open_a_title() -> None:
    found = first_citation("ABD, Rusya ve Çin Arasında Orta Asya, Ankara, 2010.")
    assert (found.title, found.authors) == ("ABD, Rusya ve Çin Arasında Orta Asya", ())


@pytest.mark.parametrize(
    ("note", "container"),
    [
        (
            (
                "Иванов И. И. Цифровизация // Государственное управление. Электронный вестник. "
                "2020. № 78. С. 45–60."
            ),
            "Государственное управление. Электронный вестник",
        ),
        (
            (
                "Мамыров Е. Т. Кочевая цивилизация казахов // Вестник КазНУ. Серия историческая. "
                "2015. № 3 (78). С. 45–52."
            ),
            "Вестник КазНУ. Серия историческая",
        ),
    ],
)
def test_a_host_of_two_sentences_after_slashes_is_whole(note: str, container: str) -> None:
    assert first_citation(note).container == container


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            (
                "Выступление Президента Республики Казахстан на заседании Совета иностранных "
                "инвесторов // Казахстанская правда. 2019. 11 июня."
            ),
            "speech",
        ),
        (
            (
                "Речь Президента Российской Федерации на торжественном приёме // Российская "
                "газета. 2018. 8 мая."
            ),
            "speech",
        ),
        ("Речь Путина: главное // Российская газета. 2018. 8 мая.", "article-newspaper"),
        ("Kazak gazeteci Aydos Serikov ile yazarın görüşmesi, Almatı, 22 Kasım 2021.", "interview"),
        (
            "Eski büyükelçi Ahmet Ünal ile yazarla yapılan görüşme, Ankara, 5 Ocak 2020.",
            "interview",
        ),
    ],
)
def test_speeches_and_interviews_by_their_words(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    ("note", "genre", "title"),
    [
        (
            "SETA Raporu: “Türkiye-Orta Asya İlişkileri”, İstanbul, 2020.",
            "SETA Raporu",
            "Türkiye-Orta Asya İlişkileri",
        ),
        ("ORSAM Raporu, “Irak’ta Türkmenler”, Ankara, 2016.", "ORSAM Raporu", "Irak’ta Türkmenler"),
    ],
)
def test_a_bodys_report_word_is_no_persons_name(note: str, genre: str, title: str) -> None:
    found = first_citation(note)
    assert (found.type, found.genre, found.title, found.authors) == ("report", genre, title, ())


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("«Бишкектин тарыхы» (кыргызча). Kaktus.media (3 май 2019).", "ky"),
        ("«Казан тарихы» (татарча). Азатлык (5 май 2018).", "tt"),
    ],
)
def test_kyrgyz_and_tatar_language_adverbs(note: str, language: str) -> None:
    assert first_citation(note).language == language
