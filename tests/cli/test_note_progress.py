"""One long document (a book of 2,000 notes, ~10 seconds to parse) showed nothing on a
terminal until its report: the bar counted documents, and only when there were several. The
notes of a document with many are now counted on the bar as they are parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

import citekit.cli._paths as paths
from citekit.cli._paths import read_all, reading_progress
from citekit.pipeline import read_bytes

ARTICLE = (
    "Metin burada uzun bir paragraf olarak yazılmıştır.[^1][^2][^3]\n\n"
    "[^1]: Ali Demir, Kitap, İstanbul: YKY, 2010.\n"
    "[^2]: Иванов И. И. Книга. М.: Наука, 2015. С. 45.\n"
    "[^3]: Aynı eser, s. 12.\n"
)


def test_each_parsed_note_is_told() -> None:
    told: list[tuple[int, int]] = []
    read_bytes(ARTICLE.encode(), path="a.md", progress=lambda done, of: told.append((done, of)))
    assert told == [(1, 3), (2, 3), (3, 3)]


def test_a_terminal_gets_a_note_counter_even_for_one_document() -> None:
    with reading_progress(0, notes=True) as (_advance, _say, count):
        assert count is not None
        count(1, 5000)  # drawn on the bar, not printed
    with reading_progress(0) as (_advance, _say, count):
        assert count is None


def test_read_all_counts_the_notes_of_a_long_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = " ".join(f"Sentence {i}.[^{i}]" for i in range(1, 252))
    notes = "\n".join(f"[^{i}]: Ali Demir, Kitap {i}, İstanbul: YKY, 2010." for i in range(1, 252))
    path = tmp_path / "book.md"
    path.write_text(f"{body}\n\n{notes}\n", encoding="utf-8")
    told: list[int] = []
    original = paths.read_document

    def reading(source: str, **kwargs: object) -> object:
        progress = kwargs.get("progress")
        assert callable(progress)
        told.append(1)
        return original(source, **kwargs)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(paths, "read_document", reading)
        read = read_all([str(path)], show=True)
    assert told == [1]
    assert len(read.documents[0].notes) == 251
    assert "Traceback" not in capsys.readouterr().err
