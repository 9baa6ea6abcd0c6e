"""A subsequent note in short form gives the author and the full title's first words
(Chicago's and İSNAD's shortened note, `Cooley, Great Games, 61.` after `Alexander Cooley, Great
Games, Local Rules: …`): it repeats the earlier source, so the reference list has that source
once and the record checks judge the full note, not the short one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.checks import check
from citekit.cli import main
from citekit.pipeline import read_bytes

BODY = (
    "Türkmenistan ve Kazakistan arasındaki ilişkiler son yıllarda hızla gelişmektedir ve "
    "uzmanlar bu gelişmeyi bölgesel işbirliği açısından olumlu karşılamaktadır."
)

# (the full note, the short note): a book or an article, each by its author
PAIRS = [
    (
        "Alexander Cooley, Great Games, Local Rules: The New Great Power Contest in Central "
        "Asia (Oxford: Oxford University Press, 2012), 57.",
        "Cooley, Great Games, 61.",
    ),
    (
        "Mehmet Ali Yılmaz, \u201cHazar'ın Hukuki Statüsü ve Boru Hatları\u201d, Uluslararası "
        "İlişkiler Dergisi 17/66 (2020), 45-62.",
        "Yılmaz, \u201cHazar'ın Hukuki Statüsü\u201d, 50.",
    ),
    (
        "Batyr Annaýew, Türkmenistanyň bitaraplygy we sebit howpsuzlygy (Aşgabat: Ylym, 2015), 10.",
        "Annaýew, Türkmenistanyň bitaraplygy, 12.",
    ),
    (
        "Нұрлан Әбдіров, «Арал мәселесі және аймақтық ынтымақтастық», Егемен Қазақстан, "
        "5 наурыз 2020, https://egemen.kz/article/230011.",
        "Әбдіров, «Арал мәселесі», 5.",
    ),
    (
        "Станислав Жизнин, Энергетическая дипломатия России: экономика, политика, практика "
        "(Москва: Ист Брук, 2005), 112.",
        "Жизнин, Энергетическая дипломатия России, 130.",
    ),
    (
        "Martha Brill Olcott, Kazakhstan: Unfulfilled Promise (Washington, DC: Carnegie "
        "Endowment for International Peace, 2010), 12.",
        "Olcott, Kazakhstan, 30.",
    ),
]

OTHER = "Ahmet Kaya, Orta Asya'da Su Sorunu (Ankara: Nobel Yayınları, 2018), 45."


def _text(notes: list[str]) -> bytes:
    lines = [BODY + "".join(f"[{n}]" for n in range(1, len(notes) + 1)), "", "Dipnotlar"]
    lines += [f"[{n}] {text}" for n, text in enumerate(notes, 1)]
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(("full", "short"), PAIRS)
def test_a_short_note_refers_to_the_full_note(full: str, short: str) -> None:
    doc = read_bytes(_text([full, OTHER, short]), path="makale.txt")
    assert doc.notes[2].citations[0].refers_to == 1


@pytest.mark.parametrize(("full", "short"), PAIRS)
def test_a_short_note_is_not_a_source_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], full: str, short: str
) -> None:
    path = tmp_path / "makale.txt"
    path.write_bytes(_text([full, OTHER, short]))
    assert main(["refs", str(path)]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 2


@pytest.mark.parametrize(("full", "short"), PAIRS)
def test_a_short_note_is_not_a_book_without_publisher(full: str, short: str) -> None:
    doc = read_bytes(_text([full, OTHER, short]), path="makale.txt")
    rules = {(f.rule, f.location.note) for f in check(doc)}
    assert ("book-without-publisher", 3) not in rules


@pytest.mark.parametrize(
    "short",
    [
        "Kaya, Great Games, 61.",  # another author
        "Cooley, Local Rules, 61.",  # not the title's first words
        "Cooley, Great Gam, 61.",  # a part of a word
    ],
)
def test_a_short_note_of_another_work_repeats_nothing(short: str) -> None:
    doc = read_bytes(_text([PAIRS[0][0], OTHER, short]), path="makale.txt")
    assert doc.notes[2].citations[0].refers_to is None


def test_an_op_cit_after_a_short_note_formats_as_the_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "makale.txt"
    path.write_bytes(_text([PAIRS[0][0], PAIRS[0][1], "Cooley, op. cit., 70."]))
    style = "chicago-notes-bibliography"
    assert main(["format", str(path), "--mode", "notes", "--style", style]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("Cooley, Great Games")
    assert lines[1].endswith("61.")
    assert lines[2].startswith("Cooley, Great Games")
    assert lines[2].endswith("70.")


def test_each_short_note_of_a_source_refers_to_its_full_note() -> None:
    full, short = PAIRS[0]
    doc = read_bytes(_text([full, short, OTHER, short.replace("61", "64")]), path="a.txt")
    assert [n.citations[0].refers_to for n in doc.notes] == [None, 1, None, 1]


def test_a_short_note_that_fits_two_editions_refers_to_neither() -> None:
    full, short = PAIRS[0]
    other = full.replace("2012", "2014").replace("Oxford University Press", "Hurst")
    doc = read_bytes(_text([full, other, short]), path="makale.txt")
    assert doc.notes[2].citations[0].refers_to is None
