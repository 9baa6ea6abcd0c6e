"""Notes with prose, prefixes and several sources (session 20, multi20): prose before a "see"
word, a colon lead-in before a name, a "see" word opening a second source after a sentence or
`;` before an address, author-date forms standing as a note, source lines the author compiled
and works named in running text. The notes are written for these tests, none is a corpus
note."""

from __future__ import annotations

import pytest

from citekit.citations import classify, parse_note
from citekit.citations.sources import split_sources
from citekit.model import Citation, Location, NoteKind


def _first(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert note.kind is NoteKind.CITATION
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "title", "family"),
    [
        (
            "Bu dönemde ticaret yollarının önemi giderek artmıştır. Ayrıntılı bilgi için bkz. "
            "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ, İstanbul: YKY, 2003, s. 45.",
            "Osmanlı İmparatorluğu Klasik Çağ",
            "İnalcık",
        ),
        (
            "Translated from the Russian by the author. See Olivier Roy, The New Central Asia "
            "(London: I.B. Tauris, 2000), 45.",
            "The New Central Asia",
            "Roy",
        ),
        (
            "On the famine of 1931–33 see Sarah Cameron, The Hungry Steppe (Ithaca: Cornell "
            "University Press, 2018), 99.",
            "The Hungry Steppe",
            "Cameron",
        ),
        (
            "Перевод с английского выполнен по изданию: Olcott M. B. The Kazakhs. Stanford: "
            "Hoover Institution Press, 1995. P. 34.",
            "The Kazakhs",
            "Olcott",
        ),
    ],
)
def test_prose_before_the_source_is_no_field(text: str, title: str, family: str) -> None:
    found = _first(text)
    assert found.title == title
    assert [a.family for a in found.authors] == [family]


def test_see_word_after_a_whole_citation_opens_a_second_source() -> None:
    text = (
        "Ерофеева И. В. Хан Абулхаир. Алматы: Дайк-Пресс, 2007. С. 89. Ср.: Вяткин М. П. "
        "Батыр Срым. М.; Л., 1947."
    )
    assert len(split_sources(text)) == 2
    issued = _first(text).issued
    assert issued is not None
    assert issued.year == 2007


def test_see_also_an_address_is_a_second_source() -> None:
    text = (
        "Edward Schatz, Modern Clan Politics (Seattle: University of Washington Press, 2004), "
        "33; see also https://www.eurasianet.org/clans."
    )
    assert len(split_sources(text)) == 2
    found = _first(text)
    assert found.url is None
    assert found.page == "33"


def test_a_sentence_of_prose_before_a_see_word_is_no_source() -> None:
    text = "The figures differ in several accounts. See Ivanov I. I. Title. Moscow, 2001."
    assert len(split_sources(text)) == 1


@pytest.mark.parametrize(
    ("text", "family", "year", "page"),
    [
        ("(Kaya, 2015: 45)", "Kaya", 2015, "45"),
        ("(Smith 2005: 45)", "Smith", 2005, "45"),
        ("Kaya (2015, s. 12) bu konuda farklı bir görüş ileri sürmektedir.", "Kaya", 2015, "12"),
        ("Smith (2005, p. 12) makes a similar point.", "Smith", 2005, "12"),
    ],
)
def test_author_date_forms_as_a_note(text: str, family: str, year: int, page: str) -> None:
    found = _first(text)
    assert [str(a) for a in found.authors] == [family]
    assert found.issued is not None
    assert found.issued.year == year
    assert found.page == page
    assert found.title is None


@pytest.mark.parametrize(
    "text",
    [
        "Kaynak: TÜİK verilerinden derlenmiştir.",
        "Tablo yazar tarafından hazırlanmıştır.",
        "Источник: составлено автором по данным Бюро национальной статистики.",
        "Данные на 1 января 2021 г.",
        "The data are as of 1 January 2021.",
        "Source: compiled by the author from national statistics.",
        "Vurgular bize aittir.",
        "Перевод с англ. мой. — Т. С.",
    ],
)
def test_compiled_lines_and_remarks_are_comments(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Kaynak: TÜİK, 2021.",
        "Источник: составлено автором по: Иванов И. И. Демография. С. 45.",
        "Source: compiled by the author from https://data.worldbank.org/.",
    ],
)
def test_source_lines_that_cite_are_citations(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Эта мысль подробно развита в работе Н. Масанова «Кочевая цивилизация казахов».",
            "Кочевая цивилизация казахов",
        ),
        (
            "Мұхтар Әуезовтің «Абай жолы» романында бұл оқиға егжей-тегжейлі суреттеледі.",
            "Абай жолы",
        ),
        (
            "Bu konuda en kapsamlı çalışma hâlâ Barthold'un Moğol İstilasına Kadar Türkistan "
            "adlı eseridir.",
            "Moğol İstilasına Kadar Türkistan",
        ),
    ],
)
def test_a_work_named_in_prose_is_the_title(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_quoted_title_with_quotes_inside_stays_whole() -> None:
    text = (
        "«Азербайджан прокомментировал крушение фразой «на войне как на войне»: Видимое и "
        "невидимое», reuters.com (23 сентября 2008 г.)."
    )
    assert _first(text).title != "на войне как на войне"


@pytest.mark.parametrize(
    ("text", "title", "page"),
    [
        (
            "Ziya Gökalp, Türkçülüğün Esasları, Ankara: Kültür Bakanlığı Yayınları, 1976, "
            "s. 23'ten aktaran Taha Parla, Korporatizm, İstanbul: İletişim, 1989, s. 45.",
            "Türkçülüğün Esasları",
            "23",
        ),
        (
            "John Smith, The Caspian Question (London: Routledge, 2015), 23, quoted in Anna "
            "Brown, Steppe Empires (Oxford: Oxford University Press, 2011), 5.",
            "The Caspian Question",
            "23",
        ),
    ],
)
def test_a_quoting_word_after_a_whole_citation_opens_the_second(
    text: str, title: str, page: str
) -> None:
    assert len(split_sources(text)) == 2
    found = _first(text)
    assert found.title == title
    assert found.page == page


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "This argument is developed at length in Terry Martin's The Affirmative Action Empire.",
            "The Affirmative Action Empire",
        ),
        (
            "The best account remains Adeeb Khalid's Making Uzbekistan, which covers the 1920s.",
            "Making Uzbekistan",
        ),
    ],
)
def test_a_work_after_a_possessive_in_prose_is_the_title(text: str, title: str) -> None:
    assert _first(text).title == title


def test_a_possessive_title_alone_stays_whole() -> None:
    text = "Kazakhstan's Foreign Policy in Transition."
    assert _first(text).title == "Kazakhstan's Foreign Policy in Transition"


def test_see_words_in_a_row_after_prose_are_a_prefix() -> None:
    text = (
        "Bu rakamlar resmî kaynaklarda farklı verilmektedir. Örneğin bkz. Mehmet Demir, "
        "Türkmenistan, Ankara: Nobel, 2014, s. 5."
    )
    found = _first(text)
    assert found.title == "Türkmenistan"
    assert [str(a) for a in found.authors] == ["Mehmet Demir"]


def test_a_see_word_closing_prose_names_no_prefix() -> None:
    text = "Bu konuda geniş bilgi için Ahmet Taşağıl'ın Gök-Türkler adlı çalışmasına bakınız."
    assert _first(text).title == "Gök-Türkler"


def test_an_in_text_group_as_the_note_is_split() -> None:
    text = "[Сулейменов, 2004, с. 17; Нысанбаев, 2008, с. 34]"
    assert split_sources(text) == ["Сулейменов, 2004, с. 17", "Нысанбаев, 2008, с. 34"]
    found = _first(text)
    assert found.page == "17"
    assert found.title is None


def test_a_closing_commentary_with_its_signature_is_not_tagged() -> None:
    found = _first("Назарбаев Н. А. Эра независимости. Астана, 2017. С. 56. Курсив наш. — А. Б.")
    assert found.title == "Эра независимости"
    assert found.publisher is None
    assert found.note == "Курсив наш"
