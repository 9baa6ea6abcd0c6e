"""Decoding constraints: a surname-first heading names every author the same way, and a title
in quotes is whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.citations.fields import parse_citation
from citekit.citations.names import to_name, unlist
from citekit.citations.structure import find_exact
from citekit.citations.tagger import Tagger, tag_runs
from citekit.citations.tagger.align import OTHER, bio_labels, token_labels
from citekit.citations.tagger.shapes import quoted_titles, shape_names
from citekit.citations.tagger.tokens import tokenize
from citekit.model import Name
from tests.scripts import SCRIPTS, load_script

SCRIPT = SCRIPTS / "train_tagger.py"


def test_a_capitalised_word_after_the_initials_joins_the_title() -> None:
    text = "Rejepbaýewa A. Gezsem, dünýäni görsem // Türkmenmetbugat."
    tokens = tokenize(text)
    labels = ["author"] * 4 + [OTHER, "title", "title"] + [OTHER] * 4
    shaped = shape_names(tokens, labels)
    assert shaped[:7] == ["author"] * 3 + ["title"] * 4
    assert shaped[7:] == labels[7:]


def test_a_second_surname_first_name_stays_a_name() -> None:
    text = "Иванов И. И., Петров П. П. История"
    tokens = tokenize(text)
    labels = ["author"] * 11 + ["title"]
    assert shape_names(tokens, labels) == labels


def test_initials_first_names_are_left_alone() -> None:
    text = "I. I. Ivanov, P. Petrov, Some title"
    tokens = tokenize(text)
    labels = ["author"] * 5 + [OTHER] + ["author"] * 3 + [OTHER, "title", "title"]
    assert shape_names(tokens, labels) == labels


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Rejepbaýewa A. Gezsem, dünýäni görsem // Türkmenmetbugat. – 2021. – "
            "https://turkmenmetbugat.gov.tm/tk/newspapers/18/articles/37508",
            (Name(family="Rejepbaýewa", given="A."),),
            "Gezsem, dünýäni görsem",
        ),
        (
            "Annamuhammedow R. Dünýä, ähmiýetli eser // Türkmenmetbugat. – 2021.",
            (Name(family="Annamuhammedow", given="R."),),
            "Dünýä, ähmiýetli eser",
        ),
        (
            "Иванов И. И. Петров П. П. История Казахстана. М.: Наука, 2015. 304 с.",
            (Name(family="Иванов", given="И. И."), Name(family="Петров", given="П. П.")),
            "История Казахстана",
        ),
    ],
)
def test_parsed_headings(note: str, author: tuple[Name, ...], title: str) -> None:
    citation = parse_citation(note)
    assert citation.authors == author
    assert citation.title == title


def test_a_site_address_after_gosts_double_slash_is_the_serial_of_an_article() -> None:
    # the corpus gold types such notes article-newspaper (Türkmenmetbugat is a newspaper
    # publisher): a host name as container says nothing against that
    citation = parse_citation(
        "Aýdym-saz halklary birleşdirýär // turkmenmetbugat.gov.tm. – "
        "https://www.turkmenmetbugat.gov.tm/tk/articles/70435?type=feed"
    )
    assert citation.container == "turkmenmetbugat.gov.tm"
    assert citation.type == "article-newspaper"


def test_a_year_inside_quotes_belongs_to_the_title() -> None:
    tokens = tokenize("“Başlyk 1999”, Biznes Türkmenistan")
    labels = [OTHER, "title", "issued", OTHER, OTHER, "container-title", "container-title"]
    assert quoted_titles(tokens, labels)[1:3] == ["title", "title"]
    citation = parse_citation("“Başlyk 1999”, Biznes Türkmenistan, (Erişim Tarihi: 25.10.2021).")
    assert citation.title == "Başlyk 1999"
    assert citation.container == "Biznes Türkmenistan"


def test_a_title_that_ran_over_its_closing_quote_gives_the_host_back() -> None:
    # the model read the quoted title on into the journal's name (issue 12)
    text = '"Osmanlı\'da Köy", Tarih ve Toplum 12/68 (Mart 1990), 5-9.'
    tokens = tokenize(text)
    closer = [t.text for t in tokens].index('"', 1)
    labels = [OTHER] + ["title"] * (closer + 5) + [OTHER] * (len(tokens) - closer - 6)
    shaped = quoted_titles(tokens, labels, text)
    assert shaped[1:closer] == ["title"] * (closer - 1)
    assert shaped[closer : closer + 2] == [OTHER, OTHER]
    assert shaped[closer + 2 : closer + 6] == ["container-title"] * 4
    # quotes inside a title open no title of their own
    text = "Екі «КамАЗ», бір кранмен жұмыс. Хабаршы, 1978."
    tokens = tokenize(text)
    labels = ["title"] * 9 + [OTHER] * (len(tokens) - 9)
    assert quoted_titles(tokens, labels, text) == labels


def test_a_body_the_title_run_took_in_before_the_quote_is_the_author() -> None:
    # `Body, "Title", URL` read as one title (issue 12)
    text = 'Türk Tarih Kurumu, "Yıllık Rapor", https://example.org/rapor.'
    tokens = tokenize(text)
    opener = [t.text for t in tokens].index('"')
    closer = [t.text for t in tokens].index('"', opener + 1)
    labels = ["title"] * closer + [OTHER] * (len(tokens) - closer)
    shaped = quoted_titles(tokens, labels, text)
    assert shaped[: opener - 1] == ["author"] * (opener - 1)
    assert shaped[opener - 1 : opener + 1] == [OTHER, OTHER]
    assert shaped[opener + 1 : closer] == ["title"] * (closer - opener - 1)
    # words that name no body stay the title's (`Title, "Quoted part"`)
    text = 'Kıyı Kentleri, "Bir Giriş", https://example.org/kiyi.'
    tokens = tokenize(text)
    closer = [t.text for t in tokens].index('"', 5)
    labels = ["title"] * closer + [OTHER] * (len(tokens) - closer)
    assert "author" not in quoted_titles(tokens, labels, text)


def test_quotes_that_open_with_something_else_are_left_alone() -> None:
    tokens = tokenize("«Наука» 2015, 3")
    labels = [OTHER, "publisher", OTHER, "issued", OTHER, "page"]
    assert quoted_titles(tokens, labels) == labels


def test_bio_labels_mark_where_each_name_starts() -> None:
    text = "Иванов И. И. Петров П. П. История"
    tokens = tokenize(text)
    spans = [(0, 12, "author"), (13, 25, "author"), (26, 33, "title")]
    plain = token_labels(tokens, spans)
    bio = bio_labels(tokens, plain, spans)
    assert [bio[0], bio[5], bio[10]] == ["B-author", "B-author", "B-title"]
    assert set(bio[1:5]) == {"I-author"}


def test_a_bio_model_keeps_two_adjacent_names_apart(tmp_path: Path) -> None:
    script = load_script(SCRIPT)
    notes = [
        ("Иванов И. И. Петров П. П. История края. М., 2015.", "История края"),
        ("Smith J. Jones K. A history of towns. London, 2001.", "A history of towns"),
        ("Ak A. Kara B. Tarih yazımı. İstanbul, 1999.", "Tarih yazımı"),
        ("Орлова Е. Н. Сидоров С. С. Очерки. Алматы, 2012.", "Очерки"),
    ]
    examples = []
    for text, title in notes:
        first, second = text.split(" ", 4)[:2], text.split(" ", 4)[2:4]
        if text.startswith(("Иванов", "Орлова")):
            first, second = text.split(" ")[:3], text.split(" ")[3:6]
        one, two = " ".join(first), " ".join(second)
        start = text.index(two)
        spans = [
            (0, len(one), "author"),
            (start, start + len(two), "author"),
            (text.index(title), text.index(title) + len(title), "title"),
        ]
        examples.append((text, spans))
    path = tmp_path / "bio.crfsuite"
    script.train(examples * 5, path, iterations=40, bio=True)
    tagger = Tagger(path)
    assert tagger.bio
    text = "Ахмедов А. Б. Каримов К. Л. Заметки. Ташкент, 2010."
    _tokens, labels, starts, _marks = tag_runs(text, find_exact(text), tagger=tagger)
    assert labels[:10] == ["author"] * 10
    assert 5 in starts  # "Каримов" opens a second name
    assert [n.family for n in parse_citation(text, tagger=tagger).authors] == ["Ахмедов", "Каримов"]


def test_a_page_in_a_sites_section_of_laws_is_legislation() -> None:
    citation = parse_citation(
        "Türkmenistanyň halk çeper döredijiligi hakynda // bp.gov.tm. "
        "URL: https://bp.gov.tm/laws/205/show (дата обращения: 20.01.2025)."
    )
    assert citation.type == "legislation"


def test_vancouver_initials_without_periods_are_the_given_part() -> None:
    assert to_name("Williams JK") == Name(family="Williams", given="J. K.")
    assert to_name("Мамонтов СБ") == Name(family="Мамонтов", given="С. Б.")


def test_a_no_break_space_in_a_name_is_a_space() -> None:
    assert to_name("Eraslan, K.\u00a0İ.") == Name(family="Eraslan", given="K. İ.")


def test_whole_names_in_capitals_listed_with_commas_are_separate() -> None:
    assert unlist("Koçak AKÇAY, Zülfüye DURAN") == ("Koçak AKÇAY", "Zülfüye DURAN")
    assert unlist("Van Dyke, John Paul") == ("Van Dyke, John Paul",)


def test_names_written_given_name_first_listed_with_commas_are_separate() -> None:
    assert unlist("Zöhre Jumaýewa, Leýli Baýlyýewa") == ("Zöhre Jumaýewa", "Leýli Baýlyýewa")
    three = "Andre Cherry, Michelle Ramirez, Jerry Gomez"
    assert unlist(three) == ("Andre Cherry", "Michelle Ramirez", "Jerry Gomez")
    # an inverted first name keeps its given names (Chicago, MLA)
    assert unlist("Cherry, Andre, Michelle Ramirez") == ("Cherry, Andre", "Michelle Ramirez")
    assert unlist("Kaya, Ahmet Can") == ("Kaya, Ahmet Can",)


def test_a_body_signing_a_work_is_one_literal_name() -> None:
    assert to_name("Türk Tarih Kurumu") == Name(literal="Türk Tarih Kurumu")
    assert to_name("Aşgabat şäheriniň häkimligi") == Name(literal="Aşgabat şäheriniň häkimligi")
    assert to_name("Ахмет Байтұрсынов") == Name(family="Байтұрсынов", given="Ахмет")
