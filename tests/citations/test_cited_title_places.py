"""Works in the languages beside the note's (session 29): Uzbek, Azerbaijani, Tatar, Bashkir,
Kyrgyz, German, Polish titles as Russian, Turkish and English editors cite them. A place
spelled with one language's own letters names that language over one that only types it so
(`Казан`), the words close languages share leave the choice to the place, and the names after
a slash's role word end before a volume's label (`/ Hrsg. v. K. Müller. Bd. 2.`). The notes
are written for these tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations.labelled import placed_language
from citekit.langid import detect_language
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сабиров Т. Ватан. – Казан, 2011. – 64 б.", "tt"),
        ("Хәкимов Р. Татар тарихы. – Казан: Татар. кит. нәшр., 2009. – 320 б.", "tt"),
        (
            "Галиев Ф. Татар теленең аңлатмалы сүзлеге. – Казань: Матбугат йорты, 2005. – 476 б.",
            "tt",
        ),
        ("Ғәбитова З. Башҡорт теле диалекттары. Өфө: Ғилем, 2011. 212 б.", "ba"),
        ("Кейекбаев Ж. Башҡорт теленең грамматикаһы. – Өфө: Китап, 2002. – 260 б.", "ba"),
        ("Ergashev Sh. Qadimgi Xorazm madaniyati. – Urganch, 2012. – 140 b.", "uz"),
        (
            "Abdullayeva D. Alisher Navoiyning «Xamsa» asari // Ilmiy axborotnoma. – 2018. – № 1.",
            "uz",
        ),
        ("Tursunov A. Hozirgi zamonaviy ta'lim. Toshkent: Fan, 2016. 120 b.", "uz"),
        ("Əhmədov B. Tarix. Bakı: Elm, 2004. 150 s.", "az"),
        ("Rahimov Q. Tarix. Toshkent: Fan, 2004. 150 b.", "uz"),
        ("Сыдыков А. Тарых. – Бишкек: Илим, 2004. – 150 б.", "ky"),
        ("Мусаев С. Кыргыз тилинин грамматикасы. – Бишкек: Илим, 2008. – 280 б.", "ky"),
    ],
)
def test_the_language_of_a_cited_title(text: str, language: str) -> None:
    assert _first(text).language == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Сабиров Т. Ватан. – Казан, 2011. – 64 б.", "tt"),
        ("Сабиров Т. Ватан. – Қазан, 2011. – 64 б.", "kk"),
        ("Сыдыков А. Ватан. – Бишкек, 2011.", None),
    ],
)
def test_a_place_names_the_language_that_spells_it_with_its_own_letters(
    text: str, language: str | None
) -> None:
    tied = frozenset({"kk", "ru", "tt", "ky", "ba", "tg", "uz"})
    assert placed_language(text, "Ватан", tied) == language


@pytest.mark.parametrize(
    ("text", "title", "editor", "volume", "place"),
    [
        (
            "Geschichte Zentralasiens / Hrsg. v. K. Müller. Bd. 2. Berlin: de Gruyter, 2005."
            " S. 310.",
            "Geschichte Zentralasiens",
            "Müller",
            "2",
            "Berlin",
        ),
        (
            "Historia Litwy / red. A. Nowak. T. 2. Warszawa: PWN, 2008. S. 45.",
            "Historia Litwy",
            "Nowak",
            "2",
            "Warszawa",
        ),
        (
            "Deutsche Geschichte / hrsg. von H. Schulze. Bd. 4. München: Beck, 1998. S. 12.",
            "Deutsche Geschichte",
            "Schulze",
            "4",
            "München",
        ),
        (
            "Dzieje Polski / red. J. Kowalski. T. 3. Kraków: Znak, 2001. S. 78.",
            "Dzieje Polski",
            "Kowalski",
            "3",
            "Kraków",
        ),
        (
            "История Казахстана / под ред. К. Иванова. Т. 2. М.: Наука, 2005. С. 310.",
            "История Казахстана",
            "Иванова",
            "2",
            "М.",
        ),
    ],
)
def test_names_after_a_slash_end_before_a_volume(
    text: str, title: str, editor: str, volume: str, place: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert [n.family for n in found.editors] == [editor]
    assert (found.volume, found.publisher_place) == (volume, place)
    assert not found.authors


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Habermas J. Strukturwandel der Öffentlichkeit. Neuwied: Luchterhand, 1962. S. 17.",
            "Neuwied",
            "Luchterhand",
        ),
        ("Assmann J. Das kulturelle Gedächtnis. Konstanz: UVK, 1992. S. 48.", "Konstanz", "UVK"),
    ],
)
def test_german_places_of_publication(text: str, place: str, publisher: str) -> None:
    found = _first(text)
    assert (found.publisher_place, found.publisher) == (place, publisher)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lytvyn, V. Ukraina: dosvid ta problemy. Kyiv: Naukova dumka, 2003.", "uk"),
        ("Shevchuk, V. Ukrains'ki pytannia. Kyiv: Lybid', 2001.", "uk"),
        ("Bartol'd, V. V. Sochineniia. Vol. 2. Moscow: Nauka, 1963.", "ru"),
        ("Kyzlasov, L. R. Istoriia Tuvy v srednie veka. Moscow: Izdatel'stvo MGU, 1969.", "ru"),
        ("Ivanov, S. Ocherki istorii Kazakhstana. Almaty: Gylym, 1998.", "ru"),
    ],
)
def test_romanised_ukrainian_and_russian_titles(text: str, language: str) -> None:
    # LoC romanisation: Ukrainian `ta`, `pytannia`, `-s'kyi`; Russian `istoriia`, `ocherki`
    assert _first(text).language == language


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Нарыс", "be"),
        ("Збор твораў", "be"),
        ("Qadimgi Xorazm madaniyati", "uz"),
        ("Ilmiy axborotnoma", "uz"),
    ],
)
def test_frequent_title_words(title: str, language: str) -> None:
    assert detect_language(title) == language
