"""Laws and archival references carried whole: a law's number and article, an archive's name
and shelf mark, in each language's forms; and the text a parse could not place, reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.checks import check
from citekit.citations import parse_citation, parse_note
from citekit.citations.legal import find_legal
from citekit.csl import from_csl, to_csl
from citekit.errors import LanguageDataError
from citekit.interop import dump_items, loads_items
from citekit.languages import load_language
from citekit.model import Citation, Document, Location, Note, PartialDate
from citekit.reports.notes import note_to_json
from citekit.styles import format_bibliography

LAWS = [
    # note, number, section
    (
        "Федеральный закон от 06.10.2003 № 131-ФЗ «Об общих принципах организации местного "
        "самоуправления в Российской Федерации» // Собрание законодательства РФ. 2003. № 40. "
        "Ст. 3822.",
        "131-ФЗ",
        "3822",
    ),
    (
        "Закон Республики Казахстан от 23 июля 1999 года № 451-I «О средствах массовой "
        "информации».",
        "451-I",
        None,
    ),
    (
        "Указ Президента Республики Казахстан от 1 февраля 2010 года № 922 «О Стратегическом "
        "плане развития».",
        "922",
        None,
    ),
    (
        "Қазақстан Республикасы Президентінің 2012 жылғы 14 желтоқсандағы № 456 Жарлығы.",
        "456",
        None,
    ),
    ("Қазақстан Республикасының 1992 жылғы 6 шілдедегі № 664 «Білім туралы» Заңы.", "664", None),
    ("5237 sayılı Türk Ceza Kanunu, md. 5, RG 12.10.2004/25611.", "5237", "5"),
    ("Türk Ceza Kanunu, Kanun No. 5237, Resmî Gazete, Sayı: 25611, 12.10.2004.", "5237", None),
    ("Türkmenistanyň Kanuny «Bilim hakynda», № 123-V, 2013.", "123-V", None),
    ("USA PATRIOT Act, Pub. L. No. 107-56, § 215, 115 Stat. 272 (2001).", "107-56", "215"),
    ("Public Law 107-56, Sec. 215.", "107-56", "215"),
]


@pytest.mark.parametrize(("note", "number", "section"), LAWS)
def test_a_law_keeps_its_number_and_article(note: str, number: str, section: str | None) -> None:
    c = parse_citation(note)
    assert (c.type, c.number, c.section) == ("legislation", number, section)


def test_a_gazettes_issue_stays_the_issue_and_its_article_is_the_section() -> None:
    c = parse_citation(LAWS[0][0])
    assert (c.issue, c.container) == ("40", "Собрание законодательства РФ")
    assert c.title is not None
    assert c.title.startswith("Об общих принципах")
    c = parse_citation("СЗ СССР, 1923, № 81. Ст. 782.")
    assert (c.type, c.issue, c.number, c.section) == ("legislation", "81", None, "782")


@pytest.mark.parametrize(
    "note",
    [
        "5237 sayılı Türk Ceza Kanunu, RG 12.10.2004/25611.",
        "5237 sayılı Türk Ceza Kanunu, RG, 12.10.2004, S. 25611, md. 5.",
        "Resmi Gazete, Tarih: 12.10.2004, Sayı: 25611.",
    ],
)
def test_an_official_gazette_gives_its_date_and_issue(note: str) -> None:
    c = parse_citation(note)
    assert (c.type, c.issue, c.issued) == ("legislation", "25611", PartialDate(2004, 10, 12))
    assert c.container in ("RG", "Resmi Gazete")
    assert c.doi is None  # "10.2004/25611" is a date and an issue, not a DOI


@pytest.mark.parametrize(
    "note",
    [
        "Иванов И. И. История Казахстана // Вестник КазНУ. 2005. № 3. С. 12.",
        "Smith J. Law and Economics. Journal of Law, Vol. 3, No. 5, 2001.",
        "Energy Policy Act. The Times Astana, no. 6345, 4 July 2016.",
        "Петров П. Комментарий к ст. 5 закона о СМИ // Право. 2010. № 2. С. 4.",
        "Ф. М. Достоевский. Бесы. М., 1990.",
    ],
)
def test_a_journals_number_or_an_initial_is_no_law_and_no_shelf_mark(note: str) -> None:
    found = find_legal(note)
    assert (found.number, found.section, found.archive_location) == (None, None, None)


ARCHIVES = [
    # note, archive, shelf mark, leaf
    ("ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3–4.", "ЦГА РК", "Ф. 5. Оп. 1. Д. 12", "3–4"),
    ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3–4 об.", "ГАРФ", "Ф. Р-5446. Оп. 1. Д. 12", "3–4 об."),
    ("ЦГА РК, ф. 5, оп. 1, д. 12, л. 3.", "ЦГА РК", "ф. 5, оп. 1, д. 12", "3"),
    ("ЦА ФСБ РФ, ф. 1, оп. 6, д. 38, л. 118.", "ЦА ФСБ РФ", "ф. 1, оп. 6, д. 38", "118"),
    ("ҚР ОМА. 5-қ. 1-т. 12-іс. 3-п.", "ҚР ОМА", "5-қ. 1-т. 12-іс", "3"),
    ("ҚР ОМА. 1841-қор, 10-тізбе, 21-іс, 13-парақ.", "ҚР ОМА", "1841-қор, 10-тізбе, 21-іс", "13"),
    ("ЦДАВО України, Ф. 1. Оп. 2. Спр. 3. Арк. 4 зв.", "ЦДАВО", "Ф. 1. Оп. 2. Спр. 3", "4 зв."),
    ("BOA, Y.PRK.ASK, 12/34.", "BOA", "Y.PRK.ASK, 12/34", None),
    ("BOA, DH.MKT, nr. 1234/56.", "BOA", "DH.MKT, nr. 1234/56", None),
    ("BCA, 030.18.1.2/45.67.8.", "BCA", "030.18.1.2/45.67.8", None),
    ("Cumhuriyet Arşivi (BCA), 030.10.0.0/276.664.8.", "Cumhuriyet Arşivi (BCA)", None, None),
    ("The National Archives, FO 371/12345.", "The National Archives", "FO 371/12345", None),
    (
        "Türkmenistanyň Merkezi döwlet arhiwi, F. 832, Sp. 29, I. 1383, S. 140.",
        "Türkmenistanyň Merkezi döwlet arhiwi",
        "F. 832, Sp. 29, I. 1383",
        "140",
    ),
]


@pytest.mark.parametrize(("note", "archive", "shelf", "leaf"), ARCHIVES)
def test_a_bare_shelf_mark_keeps_archive_and_location_and_invents_no_title(
    note: str, archive: str, shelf: str | None, leaf: str | None
) -> None:
    c = parse_citation(note)
    assert (c.type, c.title) == ("manuscript", None)
    assert c.archive is not None
    assert c.archive.startswith(archive)
    if shelf is not None:
        assert c.archive_location == shelf
    assert c.archive_location is not None
    assert c.page == leaf
    assert c.unparsed == ()


@pytest.mark.parametrize(
    "typed",
    [
        "ЦА  ФСБ  РФ,  ф.  1,  оп.  6,  д. 38,  л.  118.",  # two spaces, as pasted text has
        "ЦА ФСБ\tРФ,\tф.\t1, оп.\t6, д. 38, л.\t118.",
        "ЦА ФСБ РФ, ф.\u00a01, оп.\u00a06, д.\u00a038, л.\u00a0118.",
    ],
)
def test_a_shelf_mark_reads_across_any_white_space(typed: str) -> None:
    c = parse_citation(typed)
    assert (c.type, c.title, c.authors) == ("manuscript", None, ())
    assert c.archive is not None
    assert " ".join(c.archive.split()) == "ЦА ФСБ РФ"
    assert c.page == "118"


def test_a_label_typed_with_a_twin_letter_still_labels() -> None:
    c = parse_citation("ЦГА РК. Ф. 5. Oп. 1. Д. 12. Л. 3.")  # a Latin O in Оп.
    assert (c.type, c.title, c.page) == ("manuscript", None, "3")


def test_a_manuscript_keeps_the_title_its_note_gives() -> None:
    c = parse_citation(
        "Докладная записка о положении в Казахстане // ГАРФ. Ф. Р-5446. Оп. 1. Д. 12. Л. 3–4."
    )
    assert c.title == "Докладная записка о положении в Казахстане"
    assert (c.archive, c.archive_location, c.page) == ("ГАРФ", "Ф. Р-5446. Оп. 1. Д. 12", "3–4")
    c = parse_citation("Papers of John Smith, box 3, folder 12, Hoover Institution Archives.")
    assert (c.archive, c.archive_location) == ("Hoover Institution Archives", "box 3, folder 12")
    c = parse_citation("ГАРФ. Ф. 922. Оп. 6. Д. 410. Л. 8. 16 мая 1951 г.")
    assert (c.title, c.archive) == (None, "ГАРФ")  # a date after the shelf mark is no title


@pytest.mark.parametrize(
    "note",
    [
        "Ф.",
        "Ф. Оп. Д. Л.",
        "Ф. " * 2000,
        "Ф. " + "9" * 20000 + " Оп. 1",
        "9" * 20000 + "-қ.",
        "Закон № 5 " * 2000,
        "Ст. 5 " * 3000,
        "ЦГА РК " * 3000 + ", 030.18.1.2/45",
        "№ " + "1" * 5000 + "-ФЗ",
        "ЦГA PK. Ф. 5. Oп. 1. Д. 12. Л. 3.",  # Latin A, P, K and O among the Cyrillic
    ],
)
def test_hostile_input_gives_a_record_not_an_error(note: str) -> None:
    found = find_legal(note)
    assert all(s < e <= len(note) for s, e, _label in found.spans)
    # the whole parse on the note's head (the rules after the tagger are not this test's)
    parsed = parse_note(1, note[:1500], location=Location(path="t"))
    json.dumps(note_to_json(parsed))


def test_mixed_alphabets_claim_only_what_is_spelled_right() -> None:
    found = find_legal("ЦГA PK. Ф. 5. Oп. 1. Д. 12. Л. 3.")
    assert found.archive_location == "Ф. 5"  # "Oп." with a Latin O is no inventory label


def test_the_fields_travel_through_csl_json_bibtex_and_the_styles() -> None:
    law, record = parse_citation(LAWS[0][0]), parse_citation(ARCHIVES[1][0])
    for c in (law, record):
        assert from_csl(json.loads(json.dumps(to_csl(c)))) == c
    assert to_csl(record)["archive_location"] == "Ф. Р-5446. Оп. 1. Д. 12"
    exported = dump_items([record], "bibtex")
    [back] = loads_items(exported.text, "bibtex")
    assert (back.archive, back.archive_location) == ("ГАРФ", "Ф. Р-5446. Оп. 1. Д. 12")
    assert {loss.field for loss in dump_items([law], "bibtex").losses} >= {"number"}
    assert {loss.field for loss in dump_items([record], "ris").losses} >= {"archive"}
    [entry] = format_bibliography([record], style="chicago-notes-bibliography")
    assert "Ф. Р-5446. Оп. 1. Д. 12" in entry
    assert "ГАРФ" in entry
    [entry] = format_bibliography([law], style="chicago-notes-bibliography")
    assert "131-ФЗ" in entry


def test_notes_json_reports_text_no_field_holds() -> None:
    note = parse_note(
        1, "Иванов И. И. История. М.: Наука, 2005. Курсив наш.", location=Location(path="t")
    )
    [item] = note_to_json(note)["citations"]
    assert item["title"] == "История"
    assert item["note"] == "Курсив наш"  # the note's own comment: carried, not lost
    assert "unparsed" not in item
    text = "Иванов И. И. История. М.: Наука, 2005. Тираж 1000 экз."
    lost = parse_note(1, text, location=Location(path="t"))
    assert note_to_json(lost)["citations"][0].get("unparsed")
    plain = parse_note(1, ARCHIVES[0][0], location=Location(path="t"))
    assert "unparsed" not in note_to_json(plain)["citations"][0]


def test_text_past_the_tagger_limit_is_reported() -> None:
    text = "Иванов И. И. История. М.: Наука, 2005. " + "слово " * 600 + "КОНЕЦ"
    [c] = parse_note(1, text, location=Location(path="t")).citations
    assert c.unparsed
    assert c.unparsed[-1].endswith("КОНЕЦ")


def test_check_asks_no_title_of_a_shelf_mark() -> None:
    record = Citation(type="manuscript", container="ГАРФ", archive_location="Ф. 5. Оп. 1. Д. 2")
    untitled = Citation(type="manuscript", container="ГАРФ")
    for citation, flagged in ((record, False), (untitled, True)):
        note = Note(number=1, text="x", location=Location(path="t"), citations=(citation,))
        doc = Document(path="t", format="text", notes=(note,))
        rules = {f.rule for f in check(doc)}
        assert ("missing-title" in rules) is flagged


def test_an_unknown_legal_key_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text('code = "xx"\ncldr = "en"\n[legal]\nfonds = ["F."]\n', encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"xx\.toml.*fonds"):
        load_language(path)
