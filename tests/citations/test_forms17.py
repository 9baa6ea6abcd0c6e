"""Notes of the families the parser meets (session 17): a source in brackets after prose, a
speech given at a venue on a day, translators and editors listed after their role words in
Russian and Kazakh, GOST's other title information, and legal acts named without quotes. The
notes are written for these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations.bracketed import bracketed_source
from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first


def _people(names: tuple[object, ...]) -> list[str]:
    return [str(n) for n in names]


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Как отмечает А. Князев (Князев А. Афганский кризис // Вестник МГУ. 2010. № 3. "
            "С. 5.), ситуация ухудшилась.",
            "Князев А.",
            "Афганский кризис",
        ),
        (
            "Как писал В. В. Бартольд, «кочевники никогда не были врагами культуры» "
            "(Бартольд В. В. Сочинения. Т. 5. М., 1968. С. 23).",
            "Бартольд В. В.",
            "Сочинения",
        ),
        (
            'Roy rightly notes that "the Soviet state created nations" (Olivier Roy, The New '
            "Central Asia, London: I.B. Tauris, 2000, p. 45).",
            "Olivier Roy",
            "The New Central Asia",
        ),
        (
            "As Olcott notes, the reforms stalled (Martha Brill Olcott, Kazakhstan: Unfulfilled "
            "Promise, Washington: Carnegie Endowment, 2002, p. 45).",
            "Martha Brill Olcott",
            "Kazakhstan: Unfulfilled Promise",
        ),
    ],
)
def test_a_source_in_brackets_after_prose_is_the_cited_one(
    text: str, author: str, title: str
) -> None:
    found = _first(text)
    assert (_people(found.authors), found.title) == ([author], title)


@pytest.mark.parametrize(
    "text",
    [
        "Süha Ülker, 'Ekimde Suriye zirvesi' iddiası (Kilis, Türkiye: Türkiye Ekonomi Kurumu "
        "Vakfı, 1969), 174.",
        "Ahmet Temir, Türkistan'da ceditçilik hareketi (İstanbul, Yapı Kredi, 2005), 45.",
        "Ryan Hobbs, Turkic Languages: A Comparative Perspective, ed. Kerry Cunningham "
        "(Doctoral Dissertation, Harvard University, 1984).",
        "Київський міжнародний інститут соціології, Хто такі кочовики? регіональний вимір "
        "(К.: Генеза, 2024).",
        "As Smith argues (2010, 45), this is not so.",
    ],
)
def test_an_imprint_or_a_year_in_brackets_is_no_source_of_its_own(text: str) -> None:
    assert bracketed_source(text) is None


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Источник: Абашин С. Н. Советский кишлак. М.: НЛО, 2015. С. 44.", "Абашин С. Н."),
        (
            "Бұл туралы толығырақ: Қозыбаев М. Қ. Ақтаңдақтар ақиқаты. – Алматы : Ғылым, "
            "1992. – Б. 45.",
            "Қозыбаев М. Қ.",
        ),
        (
            "Дереккөз: Қозыбаев М. Қ. Ақтаңдақтар ақиқаты. – Алматы : Ғылым, 1992. – Б. 45.",
            "Қозыбаев М. Қ.",
        ),
    ],
)
def test_a_source_label_opening_the_note_is_no_author(text: str, author: str) -> None:
    assert _people(_first(text).authors) == [author]


def test_a_speech_given_on_a_day_at_a_venue_names_no_publisher() -> None:
    found = _first(
        '"Remarks by the President on a New Beginning," Cairo University, Cairo, 4 June 2009.'
    )
    assert (found.type, found.publisher, found.issued) == ("speech", None, PartialDate(2009, 6, 4))


def test_a_book_of_speeches_keeps_its_publisher() -> None:
    found = _first("Remarks by the President: Collected Speeches. New York: Penguin, 2010. 320 p.")
    assert found.publisher == "Penguin"


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        (
            "Кеннеди П. Вступая в двадцать первый век / пер. с англ. А. Н. Белякова, "
            "В. И. Григорьева. М.: Весь мир, 1997. 480 с.",
            "translators",
            ["А. Н. Белякова", "В. И. Григорьева"],
        ),
        (
            "Россия и Центральная Азия / под ред. И. В. Торкунова, А. И. Тимофеева. М.: "
            "Аспект Пресс, 2018. 320 с.",
            "editors",
            ["И. В. Торкунова", "А. И. Тимофеева"],
        ),
        (
            "Хантингтон С. Өркениеттер қақтығысы / ағылшын тілінен ауд. Ж. Сыдыққызы, "
            "Б. Момышұлы. – Астана : Ұлттық аударма бюросы, 2019. – 520 б.",
            "translators",
            ["Ж. Сыдыққызы", "Б. Момышұлы"],
        ),
        (
            "Қазақстан тарихы / жалпы ред. басқ. Х. Әбжанов. – Алматы : Атамұра, 2010. – 198 б.",
            "editors",
            ["Х. Әбжанов"],
        ),
    ],
)
def test_the_names_after_a_role_word_take_its_role(text: str, role: str, names: list[str]) -> None:
    found = _first(text)
    assert _people(getattr(found, role)) == names
    assert "тілінен" not in (found.title or "")


def test_gost_other_title_information_before_the_responsibility_is_the_titles() -> None:
    found = _first(
        "Абай жолы: ғылыми мақалалар жинағы / жалпы ред. басқ. Ж. Дәдебаев. – Алматы : "
        "Қазақ университеті, 2005. – 198 б."
    )
    # the whole title area is read; the words naming the work's kind are its genre
    assert (found.title, found.genre) == ("Абай жолы", "ғылыми мақалалар жинағы")


def test_a_thesis_designation_before_the_responsibility_stays_out_of_the_title() -> None:
    found = _first(
        "Земельная реформа : дис. канд. ист. наук / Омаров А. К. – Алматы, 2004. – 180 с."
    )
    assert (found.title, found.type) == ("Земельная реформа", "thesis")


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        (
            "Налоговый кодекс Республики Казахстан от 25 декабря 2017 года № 120-VI.",
            "Налоговый кодекс Республики Казахстан",
            PartialDate(2017, 12, 25),
        ),
        (
            "Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ // "
            "Собрание законодательства РФ. 1994. № 32. Ст. 3301.",
            "Гражданский кодекс Российской Федерации (часть первая)",
            PartialDate(1994, 11, 30),
        ),
    ],
)
def test_an_act_named_without_quotes_is_titled_up_to_its_dating_word(
    text: str, title: str, issued: PartialDate
) -> None:
    found = _first(text)
    assert (found.title, found.issued) == (title, issued)


def test_a_title_with_a_dating_word_and_a_year_is_no_act() -> None:
    found = _first("Иванов И. И. Закон и порядок от 1917 года до наших дней. М., 2001.")
    assert (_people(found.authors), found.title) == (
        ["Иванов И. И."],
        "Закон и порядок от 1917 года до наших дней",
    )


def test_a_revision_date_after_the_dating_word_is_no_access_date() -> None:
    found = _first(
        "Трудовой кодекс Российской Федерации от 30.12.2001 № 197-ФЗ (ред. от 04.08.2023)."
    )
    assert (found.accessed, found.issued) == (None, PartialDate(2001, 12, 30))


def test_a_language_mark_before_a_comma_closes_a_news_templates_title() -> None:
    found = _first(
        "Туркменистан открыл газопровод в Китай (рус.), Би-би-си (14 декабря 2009). Дата "
        "обращения: 1 марта 2010."
    )
    assert (found.title, found.container) == ("Туркменистан открыл газопровод в Китай", "Би-би-си")


def test_a_place_after_a_marked_title_and_a_comma_is_no_site() -> None:
    found = _first("Ахметов А. Туркменистан (рус.), Москва, 2010.")
    assert found.container is None


@pytest.mark.parametrize(
    "text",
    [
        'Pannier, Bruce (5 January 2022). "Kazakhstan\'s Unrest Explained". Radio Free '
        "Europe/Radio Liberty. Retrieved 6 January 2022.",
        '"Kazakhstan\'s Unrest Explained". Radio Free Europe/Radio Liberty. 5 January 2022. '
        "Retrieved 6 January 2022.",
    ],
)
def test_a_bare_slash_joins_one_sites_name(text: str) -> None:
    found = _first(text)
    assert (found.title, found.container) == (
        "Kazakhstan's Unrest Explained",
        "Radio Free Europe/Radio Liberty",
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "“Türkiye-Türkmenistan İlişkileri”, T.C. Dışişleri Bakanlığı, "
            "https://www.mfa.gov.tr/turkiye-turkmenistan.tr.mfa, (Erişim Tarihi: 12.03.2021).",
            "T.C. Dışişleri Bakanlığı",
        ),
        (
            "Ahmet Kaya, Türk Dış Politikası, Ankara: T.C. Kültür Bakanlığı Yayınları, 2005, "
            "s. 12.",
            "T.C. Kültür Bakanlığı Yayınları",
        ),
    ],
)
def test_initials_written_together_before_a_body_are_its_name(text: str, body: str) -> None:
    found = _first(text)
    assert body in (found.container, found.publisher)


@pytest.mark.parametrize(
    ("text", "site", "title"),
    [
        (
            "Қазақстан Республикасы Президентінің ресми сайты. Мемлекет басшысының Қазақстан "
            "халқына Жолдауы. URL: https://www.akorda.kz/kz/addresses (қаралған күні: 15.09.2022).",
            "Қазақстан Республикасы Президентінің ресми сайты",
            "Мемлекет басшысының Қазақстан халқына Жолдауы",
        ),
        (
            "Официальный сайт Президента Республики Казахстан. Послание Главы государства "
            "народу Казахстана. URL: https://www.akorda.kz/ru/addresses (дата обращения: "
            "15.09.2022).",
            "Официальный сайт Президента Республики Казахстан",
            "Послание Главы государства народу Казахстана",
        ),
    ],
)
def test_a_site_named_as_one_before_the_pages_name_is_the_host(
    text: str, site: str, title: str
) -> None:
    found = _first(text)
    assert (found.container, found.title) == (site, title)


def test_a_site_named_alone_is_the_title() -> None:
    found = _first(
        "Официальный сайт Президента Республики Казахстан. URL: https://www.akorda.kz/ru "
        "(дата обращения: 15.09.2022)."
    )
    assert found.title == "Официальный сайт Президента Республики Казахстан"


def test_a_bare_slash_inside_a_title_keeps_the_title_whole() -> None:
    found = _first(
        "Wilson J, Hughes Ch, Cox K. A Multilingual Input/Output Device for Indian Scripts. "
        "Proceedings of the London mathematical society. 1987;41(56):262-297."
    )
    assert found.title == "A Multilingual Input/Output Device for Indian Scripts"


def test_a_volume_word_after_a_slashed_journal_is_not_its_name() -> None:
    found = _first(
        "Nuri Şimşek, Veritabanı Nedir?. Folklor/Edebiyat Vol. 111, No. 43, 2012: pp. 187–222."
    )
    assert found.container == "Folklor/Edebiyat"


@pytest.mark.parametrize(
    ("text", "title", "issued"),
    [
        (
            "Бекмаханов Е. 1916 жылғы көтеріліс: тарих және тағылымы. Алматы: Қазақ "
            "университеті, 2016. 240 б.",
            "1916 жылғы көтеріліс: тарих және тағылымы",
            PartialDate(2016),
        ),
        (
            "Бекмаханов Е. 1916 жылғы көтеріліс. Алматы: Қазақ университеті, 2016. 240 б.",
            "1916 жылғы көтеріліс",
            PartialDate(2016),
        ),
    ],
)
def test_a_year_opening_a_sentence_of_words_opens_the_title(
    text: str, title: str, issued: PartialDate
) -> None:
    found = _first(text)
    assert (found.title, found.issued) == (title, issued)


def test_a_newspapers_day_after_its_year_stays_the_date() -> None:
    found = _first("Иванов И. И. Статья // Правда. 1925. 12 мая. С. 3.")
    assert (found.title, found.issued) == ("Статья", PartialDate(1925, 5, 12))


def test_a_content_designation_split_over_runs_is_no_place() -> None:
    found = _first(
        "Сапарова, Г. К. Қазақ тіліндегі кірме сөздер / Г. К. Сапарова. – Мәтін : тікелей // "
        "ҚазҰУ Хабаршысы. – 2020. – № 3. – Б. 5–10."
    )
    assert (found.publisher_place, found.container) == (None, "ҚазҰУ Хабаршысы")


def test_a_translation_written_out_names_its_translator() -> None:
    found = _first(
        "Хантингтон, С. Кто мы? / С. Хантингтон ; перевод с английского А. Башкирова. – "
        "Москва : АСТ, 2004. – 635 с."
    )
    assert (_people(found.translators), _people(found.editors)) == (["А. Башкирова"], [])


def test_a_documents_description_before_the_archive_is_its_title_whole() -> None:
    found = _first(
        "Письмо Голощекина Сталину, 9 сентября 1928 г. // РГАСПИ. Ф. 558. Оп. 11. Д. 806. Л. 10."
    )
    assert (found.title, found.authors, found.page) == (
        "Письмо Голощекина Сталину, 9 сентября 1928 г.",
        (),
        "10",
    )


def test_a_kazakh_shelf_marks_plural_leaves_are_no_title() -> None:
    found = _first("ҚР ОМА. 1380-қор, 2-тізбе, 44-іс, 11-12-парақтар.")
    assert (found.title, found.page, found.type) == (None, "11-12", "manuscript")


def test_a_site_named_as_one_and_its_pages_name_split_by_the_model() -> None:
    found = _first(
        "Қазақстан Республикасы Білім және ғылым министрлігінің ресми сайты. Жаңа оқу жылы "
        "туралы. URL: https://www.gov.kz/memleket/entities/edu/press/news (қаралған күні: "
        "01.09.2021)."
    )
    assert (found.container, found.title) == (
        "Қазақстан Республикасы Білім және ғылым министрлігінің ресми сайты",
        "Жаңа оқу жылы туралы",
    )


def test_of_two_sentences_before_a_bracketed_date_the_first_names_the_page() -> None:
    found = _first(
        "Население Туркменистана. Worldometer (2023). Дата обращения: 12 мая 2023. "
        "Архивировано 12 мая 2023 года."
    )
    assert (found.authors, found.title, found.container) == (
        (),
        "Население Туркменистана",
        "Worldometer",
    )


def test_a_person_before_a_headline_and_its_date_stays_the_author() -> None:
    found = _first("Сергей Ковалёв. В Казахстане переименовали ещё один город (12 июня 2019).")
    assert _people(found.authors) == ["Сергей Ковалёв"]


def test_an_act_named_first_in_a_paper_stays_an_act() -> None:
    found = _first(
        "Конституция Российской Федерации (принята всенародным голосованием 12.12.1993) // "
        "Российская газета. 1993. 25 дек."
    )
    assert found.type == "legislation"
