"""Names, imprint and title forms left over by session 25's helpers: written-out volume and
issue words, a bracketed state the model read as a host, hand-written extents, a title before a
body's initials, two-letter surnames, editor lists, Arabic names, dotted abbreviations opening a
title, GOST notes in capitals and a digraph's initial heading the note. The notes are written
for these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from tests.citations.parsed import first_citation as _first


def _families(names: tuple[object, ...]) -> list[str]:
    return [getattr(n, "family", None) or getattr(n, "literal", None) or "" for n in names]


@pytest.mark.parametrize(
    ("text", "volume", "issue"),
    [
        (
            'Smith, John. "Nomads and the State." Central Asian Survey, Volume 12, Number 3 '
            "(1993): 45-67.",
            "12",
            "3",
        ),
        (
            "Brown, M. (2004). Oil and politics in Kazakhstan. Europe-Asia Studies, Vol. 56, "
            "Number 2, pp. 243-260.",
            "56",
            "2",
        ),
        (
            'Yilmaz, A. "Turkish Foreign Policy in Central Asia", Journal of Eurasian Studies, '
            "Volume 5, Number 1, January 2014, pp. 12-25.",
            "5",
            "1",
        ),
        (
            "Akiner, Shirin. Islam in Central Asia. Religion, State and Society, Vol. 24, "
            "Number 4, 1996, 345-360.",
            "24",
            "4",
        ),
    ],
)
def test_a_written_out_number_word_after_the_volume_is_the_issue(
    text: str, volume: str, issue: str
) -> None:
    found = _first(text)
    assert (found.volume, found.issue) == (volume, issue)


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Khalid A. The Politics of Muslim Cultural Reform: Jadidism in Central Asia. "
            "Berkeley (Calif.): University of California Press, 1998. 335 p.",
            "Berkeley (Calif.)",
            "University of California Press",
        ),
        (
            "Edgar A. L. Tribal Nation: The Making of Soviet Turkmenistan. Princeton (N.J.): "
            "Princeton University Press, 2004. 296 p.",
            "Princeton (N.J.)",
            "Princeton University Press",
        ),
        (
            "Qodirov A., O‘zbek adabiyoti tarixi, Toshkent, O‘qituvchi, 2010, 215 b.",
            "Toshkent",
            "O‘qituvchi",
        ),
    ],
)
def test_the_place_and_publisher_are_read(text: str, place: str, publisher: str) -> None:
    found = _first(text)
    assert (found.publisher_place, found.publisher) == (place, publisher)


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Qodirov A., O‘zbek adabiyoti tarixi, Toshkent, O‘qituvchi, 2010, 215 b.", "215"),
        ("Karimov N. XX asr o‘zbek adabiyoti. Toshkent, 2010. 200 b.", "200"),
        ("Ahmet Kaya, Türk Halk Edebiyatı, Ankara, Akçağ Yayınları, 2012, 304 s.", "304"),
    ],
)
def test_a_hand_written_extent_closing_the_note(text: str, extent: str) -> None:
    found = _first(text)
    assert found.number_of_pages == extent
    assert found.page is None


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        ("Eğitim İstatistikleri, MEB, Ankara, 2015.", "Eğitim İstatistikleri", "MEB"),
        ("Türkiye Nüfus Araştırması, TÜİK, Ankara, 2018.", "Türkiye Nüfus Araştırması", "TÜİK"),
        (
            "Sağlık İstatistikleri Yıllığı, Sağlık Bakanlığı, Ankara, 2019.",
            "Sağlık İstatistikleri Yıllığı",
            "Sağlık Bakanlığı",
        ),
    ],
)
def test_a_title_before_a_bodys_initials_is_no_name(text: str, title: str, publisher: str) -> None:
    found = _first(text)
    assert (found.title, found.publisher, found.authors) == (title, publisher, ())


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Cem Ak", "Ak", "Cem"),
        ("Halil Ak", "Ak", "Halil"),
        ("Ahmet Öz", "Öz", "Ahmet"),
        ("Mehmet Ay", "Ay", "Mehmet"),
        ("Smith Ch", "Smith", "Ch."),  # a digraph initial, spelled with its period
        ("Ahmet Kaya", "Kaya", "Ahmet"),
    ],
)
def test_a_two_letter_family_after_a_known_given_name(
    written: str, family: str, given: str
) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize(
    ("text", "editors"),
    [
        (
            "Divanü Lugati't-Türk, Yay. haz. Ahmet B. Ercilasun, Ziyat Akkoyunlu, Ankara, TDK, "
            "2014, s. 45.",
            ["Ercilasun", "Akkoyunlu"],
        ),
        (
            "Türk Dünyası El Kitabı, Haz. Ahmet Buran, Bülent Gül, Ankara, 2012, s. 88.",
            ["Buran", "Gül"],
        ),
        ("Nutuk, haz. Ali Kaya, Metis Kitap, İstanbul, 2010, s. 5.", ["Kaya"]),
    ],
)
def test_a_second_editor_after_the_comma(text: str, editors: list[str]) -> None:
    assert _families(_first(text).editors) == editors


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Абу-ль-Гази. Родословное древо тюрков. М.: Алмаз, 1996. С. 45.",
            "Абу-ль-Гази",
            "Родословное древо тюрков",
        ),
        (
            "Ибн-аль-Асир. Полный свод истории. Ташкент: Узбекистан, 2006. С. 90.",
            "Ибн-аль-Асир",
            "Полный свод истории",
        ),
        (
            "Ibn Khaldun, Abd al-Rahman. The Muqaddimah. Princeton: Princeton University Press, "
            "1967, p. 45.",
            "Ibn Khaldun",
            "The Muqaddimah",
        ),
        (
            "Дж. Смит. Британская империя в Азии. М.: Прогресс, 1980. С. 45.",
            "Смит",
            "Британская империя в Азии",
        ),
        ("Дж. Кеннан. Сибирь и ссылка. СПб., 1906. С. 112.", "Кеннан", "Сибирь и ссылка"),
    ],
)
def test_the_heading_author(text: str, author: str, title: str) -> None:
    found = _first(text)
    assert (_families(found.authors), found.title) == ([author], title)


@pytest.mark.parametrize(
    ("text", "role", "family", "title"),
    [
        (
            "Çev. Ali Demir. Moğolların Gizli Tarihi, Ankara, TTK, 2005, s. 15.",
            "translators",
            "Demir",
            "Moğolların Gizli Tarihi",
        ),
        (
            "Çev. Kemal Sarı. Türk Tarihi, İstanbul, 1999, s. 4.",
            "translators",
            "Sarı",
            "Türk Tarihi",
        ),
        (
            "Ed. John Smith. Steppe Studies. London: Routledge, 2001.",
            "editors",
            "Smith",
            "Steppe Studies",
        ),
    ],
)
def test_a_role_word_opening_the_note(text: str, role: str, family: str, title: str) -> None:
    found = _first(text)
    assert (_families(getattr(found, role)), found.title) == ([family], title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Иванов И. И. Т. н. «восточный вопрос» в политике России. М., 1990. С. 12.",
            "Т. н. «восточный вопрос» в политике России",
        ),
        (
            "Петров П. П. Т. е. кочевое хозяйство казахов. Алма-Ата, 1975. 200 с.",
            "Т. е. кочевое хозяйство казахов",
        ),
        (
            "Нуров К. Т. н. «малые народы» Средней Азии. Ташкент: Фан, 1980. С. 33.",
            "Т. н. «малые народы» Средней Азии",
        ),
        (
            "Сейфуллин С. Шығармалар жинағы. Кн. 4. Алматы: Жазушы, 1985. 380 б.",
            "Шығармалар жинағы",
        ),
    ],
)
def test_the_titles_first_words(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_glued_abbreviation_after_the_initials_opens_no_title() -> None:
    found = _first("Сергеев И. Д., Королева И. Е. т.б. Кантовский сборник // Вестник. 1990. № 3.")
    assert found.title == "Кантовский сборник"


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher"),
    [
        (
            "ОРАЗОВ А. ИСТОРИЯ ТУРКМЕНИИ XX В. — АШХАБАД: ЫЛЫМ, 1990. — С. 45.",
            "ИСТОРИЯ ТУРКМЕНИИ XX В.",
            "АШХАБАД",
            "ЫЛЫМ",
        ),
        (
            "КАРРЫЕВ А. ТУРКМЕНЫ В XIX В. — АШХАБАД: ТУРКМЕНИСТАН, 1985. — 300 С.",
            "ТУРКМЕНЫ В XIX В.",
            "АШХАБАД",
            "ТУРКМЕНИСТАН",
        ),
    ],
)
def test_a_gost_note_in_capitals(text: str, title: str, place: str, publisher: str) -> None:
    found = _first(text)
    assert (found.title, found.publisher_place, found.publisher) == (title, place, publisher)


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        (
            "Иванов И. И. Собрание сочинений. Кн. 3. М.: Наука, 1985. С. 45.",
            "Собрание сочинений",
            "3",
        ),
        (
            "Соловьев С. М. История России с древнейших времен. Кн. 5. М.: Мысль, 1989. С. 230.",
            "История России с древнейших времен",
            "5",
        ),
        (
            "Сейфуллин С. Шығармалар жинағы. Кн. 4. Алматы: Жазушы, 1985. 380 б.",
            "Шығармалар жинағы",
            "4",
        ),
    ],
)
def test_a_books_part_alone_is_its_volume(text: str, title: str, volume: str) -> None:
    found = _first(text)
    assert (found.title, found.volume) == (title, volume)


def test_a_part_within_a_volume_stays_the_part() -> None:
    found = _first("Бартольд В. В. Сочинения. Т. 2, ч. 1. М.: Изд-во вост. лит., 1963. С. 112.")
    assert found.volume == "2"
    assert dict(found.extra).get("part-number") is not None


def test_a_hosts_book_after_its_period_is_the_volume() -> None:
    found = _first(
        "Ключевский В. О. Курс русской истории // Сочинения. Кн. 2. М.: Мысль, 1988. С. 78."
    )
    assert (found.title, found.container, found.volume) == (
        "Курс русской истории",
        "Сочинения",
        "2",
    )
