"""Session 26's leftovers: personal communications, cross-references to the work's own parts,
bodies headed by an acronym, a writer known by one name after `//`."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.names import split_names, to_name
from citekit.langid import detect_language
from citekit.model import Citation, Location


def _parse(text: str) -> tuple[str, Citation | None]:
    note = parse_note(1, text, location=Location(path="t"))
    return str(note.kind), (note.citations[0] if note.citations else None)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Email to the author, 4 June 2020.", "Email to the author"),
        ("Yazarla e-posta yazışması, 4 Haziran 2020.", "Yazarla e-posta yazışması"),
        ("Письмо автору от директора архива, 12 марта 2019 г.", None),
        ("Letter to the author, 10 October 2018.", "Letter to the author"),
        ("Авторға жазған хаты, 2019 жылғы 4 маусым.", None),
        ("Электронное письмо автору, 5 июня 2020 г.", None),
        ("E-mail message to the author from Dr. Aigerim Sadykova, 2 February 2022.", None),
    ],
)
def test_letter_or_email_is_a_personal_communication(text: str, title: str | None) -> None:
    kind, found = _parse(text)
    assert kind == "citation"
    assert found is not None
    assert found.type == "personal_communication"
    assert found.container is None
    if title is not None:
        assert found.title == title


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kamalov, I. Personal communication, 12 March 2021.", "interview"),
        ('"Open letter to President Tokayev", Azattyq, 5 May 2021.', "article-newspaper"),
        ("Letters to a Young Poet. London, 1934.", "book"),
        ("Hat Sanatı, Mart 2015.", "book"),
    ],
)
def test_printed_or_spoken_is_no_personal_communication(text: str, kind: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Bkz. Giriş bölümü.",
        "Bkz. Sonuç bölümü.",
        "See the Introduction.",
        "Seret: Giriş.",
        "См. введение.",
        "Қараңыз: кіріспе.",
        "Bkz. İkinci Bölüm.",
        "See the Conclusion below.",
        "Bu konuda bkz. Giriş.",
    ],
)
def test_pointer_at_the_works_own_part_is_a_comment(text: str) -> None:
    assert _parse(text)[0] == "comment"


@pytest.mark.parametrize(
    "text",
    [
        "Bkz. Giriş, Türk Tarihi, Ankara 1990.",
        "См. введение к кн.: Иванов И. История. М., 2001.",
        "Bkz. Sonuç Bildirgesi, 2015.",
        "See the introduction to Brown, Nomads (London, 2001), 4.",
    ],
)
def test_part_of_another_work_still_cites(text: str) -> None:
    assert _parse(text)[0] == "citation"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("UN Women. Progress of the World's Women. New York: UN Women, 2019.", "UN Women"),
        ("WHO Europe. Tobacco control in Central Asia. Copenhagen: WHO, 2021.", "WHO Europe"),
        ("UNESCO IITE. Digital literacy in Central Asia. Moscow, 2020.", "UNESCO IITE"),
        ("ECO Secretariat, Annual Report 2019, Tehran, 2020, p. 8.", "ECO Secretariat"),
        ("IOM Central Asia. Migration trends. Astana, 2022. P. 5.", "IOM Central Asia"),
        ("ЕЭК ООН. Обзор: Казахстан. Нью-Йорк; Женева: ООН, 2019. 356 с.", "ЕЭК ООН"),
        ("ОБСЕ БДИПЧ. Казахстан. Заключительный отчет. Варшава, 2019. С. 12.", "ОБСЕ БДИПЧ"),
    ],
)
def test_body_headed_by_a_listed_acronym_is_one_literal_name(text: str, body: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert [a.literal for a in found.authors] == [body]


@pytest.mark.parametrize(
    ("written", "family"),
    [("KAYA Ahmet", "KAYA"), ("Smith JA", "Smith"), ("UN Ahmet", None)],
)
def test_person_after_or_before_capitals_stays_a_person(written: str, family: str | None) -> None:
    name = to_name(written)
    assert name.literal is None
    if family is not None:
        assert name.family == family


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Петров П. Очерк // Абай. Слова назидания. Алматы: Жазушы, 2005. С. 12–15.",
            "Слова назидания",
        ),
        ("Әуезов М. Алғы сөз // Абай. Қара сөздер. Алматы: Ана тілі, 1993. Б. 3–8.", "Қара сөздер"),
        (
            "Бертельс Е. Предисловие // Низами. Пять поэм. М.: Худож. лит., 1946. С. 5–20.",
            "Пять поэм",
        ),
        (
            "Кекилов А. Сөзбашы // Magtymguly. Saýlanan eserler. Aşgabat, 1983. S. 3–10.",
            "Saýlanan eserler",
        ),
        (
            "Мирзоев А. Комментарии // Фирдоуси. Шахнаме. Т. 1. М.: Наука, 1957. С. 560–600.",
            "Шахнаме",
        ),
    ],
)
def test_writer_known_by_one_name_after_slashes_is_the_hosts_author(text: str, host: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.container == host
    assert len(found.authors) == 1


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Yazarın kişisel arşivi, 2015.", "Yazarın kişisel arşivi"),
        ("Awtoryň şahsy arhiwi, 2019.", "Awtoryň şahsy arhiwi"),
        ("Author's personal archive.", "Author's personal archive"),
        ("Автордың жеке мұрағаты.", "Автордың жеке мұрағаты"),
    ],
)
def test_authors_own_archive_keeps_its_words(text: str, title: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.title == title
    assert found.authors == ()


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Kafesoğlu, İ. Türk Milli Kültürü, Bölüm 3, İstanbul: Ötüken, 1998, s. 210.",
            "Türk Milli Kültürü",
            None,
        ),
        (
            "Кляшторный С. Г. Древнетюркские памятники. Гл. 2. М.: Наука, 1964. С. 45.",
            "Древнетюркские памятники",
            None,
        ),
        (
            "Barthold, W. Turkestan down to the Mongol Invasion. Ch. 2. London: Luzac, 1928.",
            "Turkestan down to the Mongol Invasion",
            None,
        ),
        ("Gumilev L. Drevnie tyurki. Gl. 5. Moscow, 1967. P. 60.", "Drevnie tyurki", None),
        (
            'Smith, J. "Nomads," ch. 1 in Central Asia (London: Routledge, 2015), 12.',
            "Nomads",
            "Central Asia",
        ),
        ("Brown, A. Chapter and Verse. London: Penguin, 2001.", "Chapter and Verse", None),
    ],
)
def test_cited_chapter_is_no_title_word(text: str, title: str, host: str | None) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.title == title
    assert found.container == host


@pytest.mark.parametrize(
    ("text", "title", "given"),
    [
        (
            "Smith J. St. Andrews and its University. St Andrews, 1911.",
            "St. Andrews and its University",
            "J.",
        ),
        (
            "Brown, K. St. Petersburg in the 1900s. London, 1990.",
            "St. Petersburg in the 1900s",
            "K.",
        ),
        (
            "Brown K. St. Petersburg in the 1900s. London, 1990.",
            "St. Petersburg in the 1900s",
            "K.",
        ),
    ],
)
def test_saint_after_initials_opens_the_title(text: str, title: str, given: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.title == title
    assert [a.given for a in found.authors] == [given]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            '"Алматыда жаңа бекеттер ашылды", kazakhpress.kz, 12.09.2022, https://kazakhpress.kz/kk/x',
            "article-newspaper",
        ),
        (
            '"Новые правила въезда", turkmenpress.com, 3 мая 2022, https://turkmenpress.com/ru/x',
            "article-newspaper",
        ),
        (
            '"Qazaqstan jańa zań qabyldady", Kazpravda, 3 March 2023, https://kazpravda.kz/n/x/',
            "article-newspaper",
        ),
        (
            '"Remarks", UN Press, 12 June 2021, https://press.un.org/en/2021/sgsm20800.doc.htm',
            "webpage",
        ),
        (
            '"Designing open textbooks", Pressbooks, 2020, https://pressbooks.pub/designing/',
            "webpage",
        ),
        (
            '"Travels", steppenotes.wordpress.com, 5 May 2019, https://steppenotes.wordpress.com/travels/',
            "post-weblog",
        ),
    ],
)
def test_outlet_word_closing_a_hosts_name(text: str, kind: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.type == kind


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "OSCE ODIHR. Kazakhstan, Early Presidential Election, 20 November 2022: Final Report."
            " Warsaw, 2023.",
            "Kazakhstan, Early Presidential Election, 20 November 2022: Final Report",
            2023,
        ),
        (
            "ОБСЕ БДИПЧ. Казахстан. Президентские выборы 9 июня 2019 г.: Заключительный отчет."
            " Варшава, 2019.",
            "Казахстан. Президентские выборы 9 июня 2019 г.: Заключительный отчет",
            2019,
        ),
        (
            "Türkmenistan, Milli Meclis Seçimleri, 26 Mart 2023: Nihai Rapor, Varşova: AGİT, 2023,"
            " s. 4.",
            "Türkmenistan, Milli Meclis Seçimleri, 26 Mart 2023: Nihai Rapor",
            2023,
        ),
    ],
)
def test_event_day_before_a_colon_is_the_titles(text: str, title: str, year: int) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.title == title
    assert found.issued is not None
    assert (found.issued.year, found.issued.month) == (year, None)


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Абдыкадыров Н. Кыргызстандагы жаңы салык кодекси. Kaktus.media, 2022-жыл 10-январь."
            " https://kaktus.media/doc/452123_kyrgyzstandagy.html",
            "Кыргызстандагы жаңы салык кодекси",
            "Kaktus.media",
        ),
        (
            "Осмонов Ө. Манас эпосу. Kaktus.media, 2022-жылдын 10-январы."
            " https://kaktus.media/doc/452123.html",
            "Манас эпосу",
            "Kaktus.media",
        ),
    ],
)
def test_day_after_the_titles_last_comma_is_the_date(text: str, title: str, host: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert (found.title, found.container) == (title, host)
    assert found.issued is not None
    assert found.issued.isoformat() == "2022-01-10"


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Кыргызстандагы жаңы салык кодекси", "ky"),
        ("Бишкек шаарынын өнүгүшү", "ky"),
        ("Қазақстан Республикасының Конституциясы", "kk"),
        ("Қазақ хандығының тарихы", "kk"),
        ("Türk dilinin tarihi", "tr"),
    ],
)
def test_plain_ending_is_no_evidence_beside_the_languages_own_letters(
    title: str, code: str
) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "UNICEF Europe and Central Asia. Child poverty in Turkmenistan. Geneva, 2018. P. 12.",
            ["UNICEF Europe and Central Asia"],
        ),
        (
            "UNDP Europe and Central Asia, Human Development in Central Asia, Bratislava, 2019.",
            ["UNDP Europe and Central Asia"],
        ),
    ],
)
def test_acronyms_office_for_a_region_is_one_body(text: str, bodies: list[str]) -> None:
    _, found = _parse(text)
    assert found is not None
    assert [a.literal for a in found.authors] == bodies


def test_two_bodies_joined_stay_two() -> None:
    assert split_names("UN Women and UNICEF") == ("UN Women", "UNICEF")


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            'Kaya, A., "Göç ve Yerleşme", Bölüm 3, Orta Asya Tarihi, ed. B. Demir, Ankara: TTK,'
            " 2010, s. 45.",
            "Göç ve Yerleşme",
            "Orta Asya Tarihi",
        ),
        (
            'Smith, J. "Nomads and Cities." Chapter 4 in Central Asia in World History, edited by'
            " P. Golden. Oxford: Oxford University Press, 2011, 60–80.",
            "Nomads and Cities",
            "Central Asia in World History",
        ),
        (
            'Brown, K. "Soviet Rule," ch. 3 of The Kazakhs, 2nd ed. Stanford: Hoover Press, 1995.',
            "Soviet Rule",
            "The Kazakhs",
        ),
    ],
)
def test_chapter_label_is_no_host(text: str, title: str, host: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert (found.title, found.container, found.type) == (title, host, "chapter")


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "UNDP in Kazakhstan. National Human Development Report. Astana, 2019.",
            ["UNDP in Kazakhstan"],
        ),
        (
            "UN Women and UNICEF. Gender and Water in Kyrgyzstan. Bishkek, 2020.",
            ["UN Women", "UNICEF"],
        ),
    ],
)
def test_listed_acronyms_body_before_the_title_signs_it(text: str, bodies: list[str]) -> None:
    _, found = _parse(text)
    assert found is not None
    assert [a.literal for a in found.authors] == bodies


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            "St. Andrews, Scotland. Guide for visitors. Edinburgh, 1902.",
            "St. Andrews, Scotland. Guide for visitors",
            [],
        ),
        ("St Petersburg. 300 years. Moscow, 2003.", "St Petersburg. 300 years", []),
        (
            "St John, A. Central Asian Travels. London: Murray, 1880.",
            "Central Asian Travels",
            ["St John"],
        ),
        ("St. Clair, William. The Great Game. London, 1990.", "The Great Game", ["St. Clair"]),
    ],
)
def test_saint_heading_a_note_without_its_period_or_before_a_country(
    text: str, title: str, authors: list[str]
) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.title == title
    assert [a.family for a in found.authors] == authors


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Автордың Н. Назарбаевпен сұхбаты, Астана, 2015.", "Автордың Н. Назарбаевпен сұхбаты"),
        (
            "Awtoryň G. Myradow bilen söhbetdeşligi, Aşgabat, 2019-njy ýylyň 5-nji maýy.",
            "Awtoryň G. Myradow bilen söhbetdeşligi",
        ),
        ("Беседа автора с А. Ивановым, Алматы, 12 мая 2018 г.", "Беседа автора с А. Ивановым"),
    ],
)
def test_works_own_author_is_no_cited_name(text: str, title: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert found.title == title
    assert found.authors == ()


def test_interviewee_named_after_the_authors_interview_is_the_author() -> None:
    # session 44: the person an interview is with is its author (CSL's interview), the
    # note's own author ("Author's") never a name
    _, found = _parse("Author's interview with A. Karimov, Tashkent, 5 June 2017.")
    assert found is not None
    assert found.title == "Author's interview with A. Karimov"
    assert [a.family for a in found.authors] == ["Karimov"]


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Yazar A. Türk Tarihi, Ankara, 1990.", "Yazar"),
        ("Авторов В. И., Очерки истории, Алматы, 2001.", "Авторов"),
    ],
)
def test_family_like_the_authors_word_stays_a_person(text: str, family: str) -> None:
    _, found = _parse(text)
    assert found is not None
    assert [a.family for a in found.authors] == [family]
