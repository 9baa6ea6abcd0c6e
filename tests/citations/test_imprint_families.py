"""Session 32's leftover families: a bare house before `Place Year`, a year closing a title, an
encyclopaedia cited by its initials, an author known by an epithet, a title opening on a quoted
question, and a title with commas in İSNAD 1's book form."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "publisher", "place", "year"),
    [
        (
            "Edward Said, Orientalism, Vintage, New York 1979, s. 3.",
            "Orientalism",
            "Vintage",
            "New York",
            1979,
        ),
        (
            "Niall Ferguson, Empire, Penguin, New York 2004, p. 12.",
            "Empire",
            "Penguin",
            "New York",
            2004,
        ),
        (
            "Tony Judt, Postwar, Penguin, New York 2005, p. 100.",
            "Postwar",
            "Penguin",
            "New York",
            2005,
        ),
        (
            "Hannah Arendt, On Revolution, Penguin, New York 1990, p. 33.",
            "On Revolution",
            "Penguin",
            "New York",
            1990,
        ),
        (
            "Niall Ferguson, Civilization, Penguin, New York 2011, p. 45.",
            "Civilization",
            "Penguin",
            "New York",
            2011,
        ),
    ],
)
def test_bare_house_before_place(
    note: str, title: str, publisher: str, place: str, year: int
) -> None:
    c = first_citation(note)
    assert (c.title, c.publisher, c.publisher_place) == (title, publisher, place)
    assert c.issued is not None
    assert c.issued.year == year


@pytest.mark.parametrize(
    ("note", "title", "place", "year"),
    [
        (
            "UNDP, Human Development Report 2015, New York 2016, p. 208.",
            "Human Development Report 2015",
            "New York",
            2016,
        ),
        ("SIPRI, SIPRI Yearbook 2020, Oxford 2020, s. 11.", "SIPRI Yearbook 2020", "Oxford", 2020),
        (
            "Türkiye İstatistik Kurumu, Türkiye İstatistik Yıllığı 2014, Ankara 2015, s. 33.",
            "Türkiye İstatistik Yıllığı 2014",
            "Ankara",
            2015,
        ),
        (
            "Росстат, Российский статистический ежегодник 2018, Москва 2019, с. 45.",
            "Российский статистический ежегодник 2018",
            "Москва",
            2019,
        ),
        (
            "World Bank, World Development Report 2009, Washington 2008, p. 4.",
            "World Development Report 2009",
            "Washington",
            2008,
        ),
    ],
)
def test_year_closing_title(note: str, title: str, place: str, year: int) -> None:
    c = first_citation(note)
    assert (c.title, c.publisher_place) == (title, place)
    assert c.issued is not None
    assert c.issued.year == year


@pytest.mark.parametrize(
    ("note", "container"),
    [
        ("Халил Инальджик, «Османская империя», БСЭ, т. 18, с. 12.", "БСЭ"),
        ("А. Иванов, «Туркестан», БРЭ, т. 32, М., 2016, с. 500.", "БРЭ"),
        ("Н. Иванов, «Хива», СИЭ, т. 15, М., 1974, с. 600.", "СИЭ"),
        ("Ә. Марғұлан, «Отырар», ҚСЭ, 8-т., Алматы 1976, 456-б.", "ҚСЭ"),
        ("W. Barthold, “Khwarazm”, EI², vol. IV, p. 1060.", "EI²"),
        ("C. E. Bosworth, “Khwarazm”, EI², IV, 1060-1065.", "EI²"),
        ("Peter Golden, “Khazar”, EIr, vol. XII, p. 34.", "EIr"),
    ],
)
def test_encyclopaedia_initials_hold_entries(note: str, container: str) -> None:
    c = first_citation(note)
    assert (c.type, c.container) == ("entry-encyclopedia", container)


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Abulgazy Bahadyr han. Türkmenleriň şejeresi. Aşgabat: Ylym, 1992.",
            "Abulgazy Bahadyr han",
            "Türkmenleriň şejeresi",
        ),
        (
            "Ebülgazi Bahadır Han. Türklerin Soykütüğü. İstanbul: Ötüken, 2009.",
            "Ebülgazi Bahadır Han",
            "Türklerin Soykütüğü",
        ),
        ("Yusuf Has Hacib. Kutadgu Bilig. Ankara: TTK, 1985.", "Yusuf Has Hacib", "Kutadgu Bilig"),
        (
            "Абулгази Бахадур хан. Родословное древо тюрков. М.: Турар, 1996.",
            "Абулгази Бахадур хан",
            "Родословное древо тюрков",
        ),
        (
            "Әбілғазы Баһадүр хан. Түрік шежіресі. Алматы: Ана тілі, 1992.",
            "Әбілғазы Баһадүр хан",
            "Түрік шежіресі",
        ),
        ("Muhammad Rahim xon. Devon. Toshkent: Sharq, 2005.", "Muhammad Rahim xon", "Devon"),
    ],
)
def test_epithet_author_heads_book(note: str, author: str, title: str) -> None:
    c = first_citation(note)
    assert [a.literal for a in c.authors] == [author]
    assert c.title == title


def test_title_ending_in_epithet_stays_title() -> None:
    c = first_citation("Bursa Koza Han. Ankara: Kültür Bakanlığı, 1990.")
    assert (c.title, c.authors) == ("Bursa Koza Han", ())


def test_two_word_epithet_name_splits() -> None:
    c = first_citation("Evliya Çelebi. Seyahatname. İstanbul: YKY, 2003.")
    assert [a.family for a in c.authors] == ["Çelebi"]


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Ahmet Kaya, “Türkiye Kimin?” 1990’larda Milliyetçilik Tartışmaları, "
            "İletişim, İstanbul 2005, s. 12.",
            "“Türkiye Kimin?” 1990’larda Milliyetçilik Tartışmaları",
        ),
        (
            "Mehmet Ali, “Niçin Avrupa?” Türk Modernleşmesi Üzerine, Ötüken, İstanbul 2010, s. 9.",
            "“Niçin Avrupa?” Türk Modernleşmesi Üzerine",
        ),
        (
            "John Smith, “Whither Russia?” Essays on Reform, Routledge, London 1999, p. 5.",
            "“Whither Russia?” Essays on Reform",
        ),
        (
            "Иванов А. «Что делать?» Очерки русской мысли. М.: Наука, 2001. 300 с.",
            "«Что делать?» Очерки русской мысли",
        ),
        (
            "Сәрсенов А. «Мәңгілік Ел!» Ұлттық идея және қоғам. Астана: Фолиант, 2016. 200 б.",
            "«Мәңгілік Ел!» Ұлттық идея және қоғам",
        ),
    ],
)
def test_quoted_question_opens_book_title(note: str, title: str) -> None:
    c = first_citation(note)
    assert (c.type, c.title, c.container) == ("book", title, None)


@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        (
            "John Smith, “Whose Eurasia?” Central Asian Survey 12, no. 3 (1993): 4.",
            "Whose Eurasia?",
            "Central Asian Survey",
        ),
        (
            "John Smith, “Whose Eurasia?” in Russia and Asia, "
            "ed. Tom Jones (London: Routledge, 2001), 45.",
            "Whose Eurasia?",
            "Russia and Asia",
        ),
    ],
)
def test_quoted_question_before_host_keeps_host(note: str, title: str, container: str) -> None:
    c = first_citation(note)
    assert (c.title, c.container) == (title, container)


@pytest.mark.parametrize(
    ("note", "title", "publisher"),
    [
        (
            "Alexander Cooley, Great Games, Local Rules, Oxford University Press, "
            "Oxford 2012, s. 44.",
            "Great Games, Local Rules",
            "Oxford University Press",
        ),
        (
            "Charles Tilly, Coercion, Capital and European States, Blackwell, Oxford 1990, p. 12.",
            "Coercion, Capital and European States",
            "Blackwell",
        ),
        (
            "Mark Mazower, Salonica, City of Ghosts, HarperCollins, London 2004, s. 71.",
            "Salonica, City of Ghosts",
            "HarperCollins",
        ),
        (
            "Benedict Anderson, Under Three Flags, "
            "Anarchism and the Anti-Colonial Imagination, Verso, London 2005, p. 9.",
            "Under Three Flags, Anarchism and the Anti-Colonial Imagination",
            "Verso",
        ),
        (
            "Fernand Braudel, Civilization and Capitalism, "
            "Fifteenth to Eighteenth Century, Collins, London 1981, p. 20.",
            "Civilization and Capitalism, Fifteenth to Eighteenth Century",
            "Collins",
        ),
    ],
)
def test_comma_title_before_publisher(note: str, title: str, publisher: str) -> None:
    c = first_citation(note)
    assert (c.title, c.publisher, len(c.authors)) == (title, publisher, 1)


def test_coauthor_with_given_name_stays_author() -> None:
    c = first_citation("John Smith, Mary Jones, Central Asia Today, Routledge, London 2000, p. 5.")
    assert [a.family for a in c.authors] == ["Smith", "Jones"]
    assert c.title == "Central Asia Today"


@pytest.mark.parametrize(
    ("note", "title", "genre"),
    [
        (
            "Иванов А. Энергетическая политика Казахстана. Аналитический доклад. М.: РИСИ, 2015.",
            "Энергетическая политика Казахстана",
            "Аналитический доклад",
        ),
        (
            "Yılmaz, Ahmet. Orta Asya’da Su Sorunu. Rapor. Ankara: ORSAM, 2014.",
            "Orta Asya’da Su Sorunu",
            "Rapor",
        ),
        (
            "Smith, John. Water Security in Central Asia. Policy brief. London: Chatham House.",
            "Water Security in Central Asia",
            "Policy brief",
        ),
        (
            "Сұлтанов Б. Қазақстанның сыртқы саясаты. Аналитикалық баяндама. Алматы: ҚСЗИ, 2012.",
            "Қазақстанның сыртқы саясаты",
            "Аналитикалық баяндама",
        ),
        (
            "Petrov, Ivan. Russia and Central Asia. Working Paper. Berlin: SWP, 2016.",
            "Russia and Central Asia",
            "Working Paper",
        ),
    ],
)
def test_genre_sentence_after_title(note: str, title: str, genre: str) -> None:
    c = first_citation(note)
    assert (c.type, c.title, c.genre) == ("report", title, genre)


def test_word_opening_on_initials_letters_is_no_encyclopaedia() -> None:
    c = first_citation(
        "Xolmatov A. Ta'lim sifatini oshirish yo'llari // Xalq ta'limi. – 2019. – № 5."
    )
    assert (c.type, c.container) == ("article-journal", "Xalq ta'limi")
