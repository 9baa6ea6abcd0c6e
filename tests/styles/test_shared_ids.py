"""Two different sources given one CSL-JSON id are refused, naming the items: formatting them
as one would drop the second from a bibliography and write "Ibid." for it in notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.styles import format_bibliography, format_notes

FIRST = {"id": "x", "type": "book", "title": "Orta Asya", "author": [{"family": "Demir"}]}
SECOND = {"id": "x", "type": "book", "title": "История Казахстана", "author": [{"family": "Ким"}]}


def test_bibliography_refuses_two_sources_with_one_id() -> None:
    with pytest.raises(ValueError, match=r"items 1 and 2 .*same id 'x'"):
        format_bibliography([FIRST, SECOND], style="apa")


def test_notes_refuse_two_sources_with_one_id() -> None:
    with pytest.raises(ValueError, match=r"items 1 and 2 .*same id 'x'"):
        format_notes([[FIRST], [SECOND]], style="chicago-notes-bibliography-subsequent-ibid")


def test_one_source_repeated_with_its_id_is_listed_once() -> None:
    assert len(format_bibliography([FIRST, dict(FIRST)], style="apa")) == 1
    notes = format_notes(
        [[FIRST], [dict(FIRST)]], style="chicago-notes-bibliography-subsequent-ibid"
    )
    assert notes[1] == "Ibid."


def test_format_command_names_the_shared_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = tmp_path / "refs.json"
    items.write_text(json.dumps([FIRST, SECOND]), encoding="utf-8")
    assert main(["format", str(items), "--style", "apa"]) == 2
    assert "same id 'x'" in capsys.readouterr().err


def test_records_read_from_ris_with_one_id_are_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = tmp_path / "export.ris"
    items.write_text(
        "TY  - BOOK\nID  - 1\nTI  - Orta Asya\nER  - \n\n"
        "TY  - BOOK\nID  - 1\nTI  - Kafkasya\nER  - \n",
        encoding="utf-8",
    )
    assert main(["format", str(items), "--style", "apa"]) == 2
    assert "items 1 and 2 are different sources with the same id '1'" in capsys.readouterr().err
