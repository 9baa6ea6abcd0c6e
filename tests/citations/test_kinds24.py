"""Note kinds (session 24): a sentence of prose that closes on a copula or a present-tense
verb (`… sayımlarıdır.`, `… saklanýar.`) or opens with words that say what the text means
(`Речь идет о …`, `This refers to …`, `Впоследствии – …`, `Перевод …`) or holds a verb by its
ending (`приводится`) is the author's comment; an ibid after notes that are
the author's commentary alone (`Курсив наш.`) repeats a source before the notes given. The
notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations import classify
from citekit.citations.commentary import only_commentary
from citekit.model import NoteKind
from tests.scoring import predict


@pytest.mark.parametrize(
    "note",
    [
        "Burada yazarın kastettiği Tanzimat dönemi nüfus sayımlarıdır.",
        "Kurultay kelimesi Moğolca kökenli bir terimdir.",
        "Kaufman'ın 1867 tarihli raporuna göre bu sayı daha yüksektir.",
        "Речь идет о Петре I.",
        "Речь\nидет о Петре I.",  # a line break pasted between the opener's words
        "Здесь имеется в виду Младший жуз.",
        "Йдеться про Переяславську раду.",
        "This refers to the Treaty of Turkmenchay.",
        "Munuň özi Türkmenistanyň Merkezi döwlet arhiwinde saklanýar.",
        "Мұнда автор Кіші жүзді меңзеп отыр.",
        "Впоследствии – архиепископ Новгородский.",
        "Иначе – Казанское ханство.",
        "Sonradan Kazan valisi olmuştur.",
        "Кейінірек Кіші жүздің ханы болды.",
        "Ол кейін Орынбор губернаторы болып тағайындалды.",
        "Soňra ol Hywa hanlygynyň wezirine öwrüldi.",
        "Дата приводится по старому стилю.",
        "Позднее он постригся в монахи.",
        "Перевод Николая Гнедича.",
        "Translated by Richard Pevear.",
        "Mazower uses the Ottoman name throughout.",
        "The author has not seen the original manuscript.",
        "Сохранена орфография оригинала.",
        "Данные округлены.",
        "Подсчитано автором.",
        "Spelling as in the original.",
        "Станица упоминается в документах с 1752 года.",
        "Bu rowaýat Daşoguz welaýatynda ýazylyp alyndy.",
        "Орфография источника сохранена.",
    ],
)
def test_a_sentence_of_the_authors_is_a_comment(note: str) -> None:
    assert classify(note) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "note",
    [
        "Türk Dili Nedir.",
        "Kaya A. Türk dili nedir. Ankara: TDK, 2001. s. 12.",
        "Речь идет о Петре I // Родина. 2004. № 5. С. 12–15.",
        "Atamyradow N. Türkmen halkynyň taryhy. – Aşgabat: Ylym, 2010. – 240 s.",
        "Перевод и культура. М., 2005.",
        "Островский Н. Как закалялась сталь. М., 1950.",
        "Вся власть Советам. Л., 1967.",
        "Notes on the State of Virginia.",
        "The Man Who Would Be King.",
        "Иванов И. И. История степи. М., 1990. с 45.",
        "Smith, J. (2015). The state has failed. London: Verso.",
    ],
)
def test_a_source_closing_on_such_a_word_still_cites(note: str) -> None:
    assert classify(note) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("note", "alone"),
    [
        ("Курсив наш.", True),
        ("Здесь и далее перевод мой.", True),
        ("Translation mine. – J. S.", True),
        ("Курсив наш. – Ильин В. В. История городов Сибири. М., 1998. С. 45.", False),
        ("Kazak halkının kökeni meselesine dair bazı düşünceler.", False),
    ],
)
def test_commentary_alone(note: str, alone: bool) -> None:
    assert only_commentary(note) is alone


def test_an_ibid_after_commentary_alone_repeats_a_source_before_the_notes_given() -> None:
    got = predict({"note": "Там же. С. 9.", "prev": ["Курсив наш."]})
    assert (got["kind"], got["ibid_of"], got["pages"]) == ("ibid", -1, "9")


def test_an_ibid_skips_commentary_to_the_last_source() -> None:
    prev = [
        "Ильин В. В. История городов Сибири. – Новосибирск: Наука, 1998. – 320 с.",
        "Курсив наш.",
        "Здесь и далее перевод мой.",
    ]
    got = predict({"note": "Там же. С. 9.", "prev": prev})
    assert (got["kind"], got["ibid_of"]) == ("ibid", 0)


@pytest.mark.parametrize(
    ("note", "kind"),
    [("a.g.e. s. 5", "opcit"), ("a.g.m. s. 12.", "opcit"), ("a.y. s. 5", "ibid")],
)
def test_a_repeat_typed_in_lower_case_keeps_its_kind(note: str, kind: str) -> None:
    prev = ["Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ, İstanbul: YKY, 2003, s. 12."]
    got = predict({"note": note, "prev": prev})
    assert (got["kind"], got["ibid_of"], got["pages"]) == (kind, 0, note.split()[-1].strip("."))


def test_a_source_keeps_its_fields_before_the_authors_remark() -> None:
    got = predict(
        {"note": "Зимин А. А. Опричнина. М., 1964. С. 45. Орфография сохранена.", "prev": []}
    )
    assert (got["kind"], got["title"], got["pages"]) == ("citation", "Опричнина", "45")
