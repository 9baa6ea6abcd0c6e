"""Forms editors write (session 24): the Turkish ibid `Yine orada`, an ibid's page followed by
the pages after it (`5ff.`, `101 f.`) or a note on it (`45n12`), the column label `Стб.`, Roman
page ranges closing a journal reference, and Russian remarks predicated by a short participle.
The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location, NoteKind


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Yine orada, s. 47.", "47"),
        ("Yine orada.", None),
        ("Ibid., 5ff.", "5ff"),
        ("Ibid., 101 f.", "101 f"),
        ("Ibid., 45n12.", "45n12"),
        ("Ibid., 210n4", "210n4"),
        ("Ibid., 37.", "37"),
        ("Ibid., 212 sqq.", "212 sqq"),  # any language's one-word `pages_following`
    ],
)
def test_an_ibid_keeps_its_page_and_what_follows_it(text: str, page: str | None) -> None:
    note = parse_note(4, text, location=Location(path="t"))
    assert (note.kind, note.page) == (NoteKind.IBID, page)


def test_a_column_label_gives_an_ibids_page() -> None:
    note = parse_note(4, "Там же. Стб. 720.", location=Location(path="t"))
    assert (note.kind, note.page) == (NoteKind.IBID, "720")


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2019). Steppe empires. Central Asian Survey, 15(1), i-vi.",
        "Olcott, M. (2010). The steppe in history. Asian Affairs, 41(2), ii-ix.",
    ],
)
def test_roman_numerals_closing_a_journal_reference_are_its_pages(text: str) -> None:
    note = parse_note(1, text, location=Location(path="t"))
    assert note.citations[0].page == text.rsplit(", ", 1)[1].rstrip(".")


@pytest.mark.parametrize(
    "text",
    [
        "Имя записано неразборчиво.",
        "Дата указана ошибочно.",
        "Конец письма утрачен.",
        "Текст документа приведен с сокращениями.",
    ],
)
def test_a_remark_predicated_by_a_short_participle_is_a_comment(text: str) -> None:
    assert parse_note(2, text, location=Location(path="t")).kind is NoteKind.COMMENT


def test_a_cited_letter_with_a_participle_in_its_title_still_cites() -> None:
    text = "Письмо, подписанное автором // Правда. 1925. 3 марта. С. 2."
    assert parse_note(2, text, location=Location(path="t")).kind is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Gökhan Çetinsaya, Ottoman Administration of Iraq, 1890-1908, London: Routledge, 2006.",
            "Ottoman Administration of Iraq, 1890-1908",
        ),
        (
            "Adeeb Khalid, Central Asia under Russian Rule, 1865-1917, Berkeley: University of"
            " California Press, 2021.",
            "Central Asia under Russian Rule, 1865-1917",
        ),
    ],
)
def test_a_period_after_the_titles_comma_ends_the_title(text: str, title: str) -> None:
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert citation.title == title


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Bennigsen A., Lemercier-Quelquejay Ch. Les mouvements nationaux chez les musulmans"
            " de Russie. Paris, 1960.",
            ["Bennigsen A.", "Lemercier-Quelquejay Ch."],
        ),
        (
            "Gökalp, Z., Ben-Zvi Y. Türkçülüğün Esasları. Ankara, 1923.",
            ["Gökalp, Z.", "Ben-Zvi Y."],
        ),
    ],
)
def test_a_hyphenated_second_author_is_no_title(text: str, authors: list[str]) -> None:
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert [str(name) for name in citation.authors] == authors


def test_an_initial_before_an_elided_article_closes_the_particle_name() -> None:
    text = "Carrère d'Encausse, H. L'Empire éclaté. Paris: Flammarion, 1978."
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert ([str(n) for n in citation.authors], citation.title) == (
        ["Carrère d'Encausse, H."],
        "L'Empire éclaté",
    )


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Jones Luong, Pauline, and Erika Weinthal. Oil Is Not a Curse. Cambridge: Cambridge"
            " University Press, 2010.",
            ["Jones Luong, Pauline", "Erika Weinthal"],
        ),
        (
            "S. Zhang, Y. Li, and K. Omarov, “Load forecasting for the grid,” in Proc. IEEE Int."
            " Conf. Smart Energy Syst., Almaty, 2021, pp. 45–50.",
            ["S. Zhang", "Y. Li", "K. Omarov"],
        ),
    ],
)
def test_an_inverted_two_word_family_name_stays_one_author(text: str, authors: list[str]) -> None:
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    assert [str(name) for name in citation.authors] == authors
