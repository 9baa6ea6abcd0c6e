"""`citekit format --mode notes` on a WordPress export formats each post as the article it is:
a source a post cites first is written in full there, though an earlier post cited it (the
second post's first note was a short form, "Yılmaz, Orta Asya’da Enerji, 50.")."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from tests.wordpress_exports import wordpress_export

BOOK_TR = "Ahmet Yılmaz, Orta Asya’da Enerji, İstanbul: Kitap, 2019, s. {page}."
BOOK_RU = "Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – С. {page}."


@pytest.mark.parametrize(
    ("book", "full", "style"),
    [
        (BOOK_TR, "Ahmet Yılmaz, Orta Asya’da Enerji (İstanbul: Kitap, 2019)", "isnad-dipnotlu"),
        (BOOK_RU, "И. И. Иванов, Порты Каспия (Наука, 2019)", "chicago-notes-bibliography"),
    ],
)
def test_each_post_cites_a_source_in_full_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], book: str, full: str, style: str
) -> None:
    path = wordpress_export(
        tmp_path, ([book.format(page=45), book.format(page=46)], [book.format(page=50)])
    )
    assert main(["format", str(path), "--style", style, "--mode", "notes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(full)
    assert not lines[1].startswith(full)  # the same post's second note: a short form
    assert lines[2].startswith(full)
    assert lines[2].endswith("50.")
