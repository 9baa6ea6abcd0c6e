"""CSL-JSON, BibTeX and RIS round trips, deduplication, biber, and language editions."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from citekit.citations import parse_note
from citekit.cli import main
from citekit.csl import from_csl, to_csl
from citekit.interop import FORMATS, dedupe, dump_items, load_items, loads_items
from citekit.model import Citation, Location, Name, NoteKind, PartialDate
from citekit.romanize import romanize
from tests.conftest import DATA, EXAMPLE, load_jsonl


@pytest.fixture(scope="module")
def corpus() -> list[Citation]:
    """The dev corpus's citations that have a title or an address, parsed once for the file
    (when a test that reads them runs, not at collection)."""
    return [
        c
        for i, r in enumerate(load_jsonl(DATA / "corpus" / "notes-dev.jsonl"))
        for c in parse_note(i + 1, r["note"], location=Location(path="corpus")).citations
        if c.title or c.url
    ]


SHARED_TYPES = ["webpage", "article-journal", "book", "chapter", "report", "thesis"]


def test_corpus_has_items_to_round_trip(corpus: list[Citation]) -> None:
    assert len(corpus) > 110


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_corpus_item_survives_a_round_trip(fmt: str, corpus: list[Citation]) -> None:
    items = [from_csl(to_csl(c)) for c in corpus]
    exported = dump_items(items, fmt)
    back = loads_items(exported.text, fmt)
    assert len(items) == len(back)
    # a value the format reports it cannot hold is not expected back
    lost = {loss.field for loss in exported.losses if loss.field != "language"}
    if fmt == "ris":  # a book's page is lost (its SP is its number of pages), no other's
        lost.discard("page")
    items = [evolve(c, **dict.fromkeys(lost)) for c in items]
    if fmt == "ris":  # SP and EP hold a range's pages, not its dash: "45–67" comes back "45-67"
        items = [evolve(c, page=None if c.type in _WHOLE else _hyphened(c.page)) for c in items]
    mismatches = [(a, b) for a, b in zip(items, back, strict=True) if a != b]
    assert mismatches[:3] == []


_WHOLE = ("book", "thesis")  # RIS writes their number of pages as SP


def _hyphened(page: str | None) -> str | None:
    """A single page range with its dash written as a hyphen."""
    found = re.fullmatch(r"([^\s,;\-–—]+)\s*[-–—]+\s*([^\s,;\-–—]+)", (page or "").strip())
    return f"{found.group(1)}-{found.group(2)}" if found else page


names = st.builds(
    Name,
    family=st.sampled_from(["Тоқаев", "Babakan", "Бердімұхамедов", "Öztürk", "O'Neil"]),
    given=st.sampled_from([None, "Қ.-Ж.", "İldost", "Гурбангулы", "A. C."]),
) | st.builds(Name, literal=st.sampled_from(["Anadolu Ajansı", "Akorda", "ТАСС"]))
dates = st.builds(
    PartialDate.from_parts,
    st.sampled_from([[2021], [2021, 10], [2021, 10, 25], [1997, 2, 28]]),
)
texts = st.sampled_from(
    [
        "Қасым-Жомарт Тоқаев",
        "Türkmenistanyň eksporty",
        "Казахстан & Туркменистан: 50% рост",
        "Sayfa_bulunamadı #1",
        "A title {with} braces? no",
    ]
)
citations = st.builds(
    Citation,
    type=st.sampled_from(SHARED_TYPES),
    title=texts,
    authors=st.lists(names, max_size=3).map(tuple),
    container=st.none() | st.sampled_from(["Biznes Türkmenistan", "Вестник КазНУ. Серия"]),
    publisher=st.none() | st.just("Питер"),
    publisher_place=st.none() | st.just("Алматы"),
    url=st.none() | st.just("https://akorda.kz/ru/events/1?a=1&b=2#x"),
    accessed=st.none() | dates,
    issued=st.none() | dates,
    page=st.none() | st.sampled_from(["45", "82-99"]),
    volume=st.none() | st.just("158"),
    issue=st.none() | st.just("6"),
    language=st.none() | st.sampled_from(["tr", "ru", "kk", "tk", "en"]),
)


@pytest.mark.parametrize("fmt", FORMATS)
@given(item=citations)
def test_any_citation_round_trips(fmt: str, item: Citation) -> None:
    exported = dump_items([item], fmt)
    if fmt == "ris" and item.type in _WHOLE and item.page:  # a book's SP is its extent
        assert [loss.field for loss in exported.losses] == ["page"]
        item = evolve(item, page=None)
    else:
        assert exported.losses == ()
    assert [item] == loads_items(exported.text, fmt)


def test_what_a_format_cannot_hold_is_reported() -> None:
    item = Citation(type="speech", title="Речь", language="xx")
    losses = dump_items([item], "bibtex").losses
    assert {("type", True), ("language", True)} == {
        (loss.field, bool(loss.reason)) for loss in losses
    }
    assert [loss.field for loss in dump_items([item], "ris").losses] == ["type"]


def test_dedupe_by_url_and_by_title_and_container() -> None:
    a = Citation(title="Başlık", container="Akorda", url="https://akorda.kz/x")
    b = Citation(title="Başlık", container="Akorda", accessed=PartialDate(2021, 10, 25))
    c = Citation(title="Başka", url="https://akorda.kz/x/")
    d = Citation(title="Другое", container="Kapital")
    kept = dedupe([a, b, c, d])
    assert [a.title, d.title] == [k.title for k in kept]
    assert PartialDate(2021, 10, 25) == kept[0].accessed


def test_refs_of_the_founding_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refs", "--to", "ris", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.count("TY  - ") == 8  # nine notes, one an ibid
    assert "TI  - Казахстан готов нарастить экспорт в Туркменистан на $130 млн" in out


def test_convert_between_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bib = tmp_path / "refs.bib"
    assert main(["convert", str(EXAMPLE), str(bib)]) == 0
    ris = tmp_path / "refs.ris"
    assert main(["convert", str(bib), str(ris)]) == 0
    back = tmp_path / "refs.json"
    assert main(["convert", str(ris), str(back)]) == 0
    expected = [c for n in load_items_notes(EXAMPLE) for c in n]
    assert expected == load_items(back)


def load_items_notes(path: Path) -> list[list[Citation]]:
    from citekit.pipeline import read_document

    return [
        list(n.citations) for n in read_document(str(path)).notes if n.kind is NoteKind.CITATION
    ]


def test_convert_bad_input_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("[{", encoding="utf-8")
    assert main(["convert", str(broken), str(tmp_path / "x.bib")]) == 2
    assert "not valid csl-json" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber (Debian package) not installed")
def test_biber_reads_exported_biblatex(tmp_path: Path, corpus: list[Citation]) -> None:
    complete = [
        Citation(
            title=c.title,
            authors=c.authors,
            container=c.container,
            url=c.url or "https://example.org/",
            accessed=c.accessed or PartialDate(2021, 10, 25),
            issued=c.issued or PartialDate(2021),
            language=c.language,
        )
        for c in [c for c in corpus if c.title][:60]
    ]
    bib = tmp_path / "refs.bib"
    bib.write_text(dump_items(complete, "bibtex").text, encoding="utf-8")
    result = subprocess.run(
        [
            "biber",
            "--tool",
            "--validate-datamodel",
            "--output-file",
            str(tmp_path / "out.bib"),
            str(bib),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "ERROR" not in output
    assert "WARN" not in output, output


@pytest.mark.skipif(shutil.which("bibtex") is None, reason="bibtex not installed")
def test_classic_bibtex_reads_exported_bibtex(tmp_path: Path, corpus: list[Citation]) -> None:
    (tmp_path / "refs.bib").write_text(dump_items(corpus[:40], "bibtex").text, encoding="utf-8")
    (tmp_path / "doc.aux").write_text(
        "\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n", encoding="utf-8"
    )
    result = subprocess.run(
        ["bibtex", "doc"], capture_output=True, text=True, cwd=tmp_path, check=False
    )
    log = (tmp_path / "doc.blg").read_text(encoding="utf-8", errors="replace")
    assert result.returncode in (0, 1), result.stdout  # 1: warnings only
    assert "error message" not in log.lower()


@pytest.mark.parametrize("lang", ["tr", "ru"])
def test_founding_example_edition_matches_the_expected_file(tmp_path: Path, lang: str) -> None:
    out = tmp_path / f"article.{lang}.txt"
    assert main(["edition", str(EXAMPLE), "--lang", lang, "-o", str(out)]) == 0
    expected = (DATA / "editions" / f"ankasam.{lang}.txt").read_bytes()
    assert expected == out.read_bytes()


def test_edition_in_place_is_atomic_and_idempotent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(EXAMPLE, article)
    assert main(["edition", str(article), "--lang", "ru", "--in-place"]) == 0
    first = article.read_bytes()
    stamp = article.stat().st_mtime_ns
    assert main(["edition", str(article), "--lang", "ru", "--in-place"]) == 0
    assert first == article.read_bytes()
    assert stamp == article.stat().st_mtime_ns
    assert "already" in capsys.readouterr().err


def test_english_edition_romanizes_cyrillic_titles(tmp_path: Path) -> None:
    out = tmp_path / "en.txt"
    main(["edition", str(EXAMPLE), "--lang", "en", "--romanize", "ala-lc", "-o", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "“Kazakhstan gotov narastitʹ ėksport v Turkmenistan na $130 mln [Казахстан" in text
    assert "“Gazagystan bilen Türkmenistanyň" in text  # Turkmen titles are left alone
    assert "(Accessed: 25.10.2021)" in text


def test_romanization_tables() -> None:
    assert romanize("Щучье", "ru") == "Shchuchʹe"
    assert romanize("Қазақстан Республикасы", "kk") == "Qazaqstan Respublīkasy"


def test_exported_csl_json_passes_the_schema(corpus: list[Citation]) -> None:
    import json

    import jsonschema

    schema = json.loads((DATA / "csl-json" / "csl-data.schema.json").read_text(encoding="utf-8"))
    exported = json.loads(dump_items(corpus, "csl-json").text)
    jsonschema.validate(exported, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([{"id": "x", "type": "webpage", "container_title": "typo"}], schema)


def test_a_dates_season_is_carried_in_csl_json_and_reported_lost_elsewhere() -> None:
    item = Citation(
        type="article-journal", title="Steppe Politics", issued=PartialDate(2019, season=1)
    )
    assert dump_items([item], "csl-json").losses == ()
    assert loads_items(dump_items([item], "csl-json").text, "csl-json")[0].issued == item.issued
    for fmt in ("bibtex", "ris"):
        losses = dump_items([item], fmt).losses
        assert [(loss.field, "season" in loss.reason) for loss in losses] == [("issued", True)]
