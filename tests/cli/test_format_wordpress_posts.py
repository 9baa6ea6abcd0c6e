"""`citekit format --mode notes` on a WordPress export formats each post as the article it is:
a source a post cites first is written in full there, though an earlier post cited it (the
second post's first note was a short form, "Yılmaz, Orta Asya’da Enerji, 50.")."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main

BOOK_TR = "Ahmet Yılmaz, Orta Asya’da Enerji, İstanbul: Kitap, 2019, s. {page}."
BOOK_RU = "Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – С. {page}."


def _post(number: int, notes: list[str]) -> str:
    marks = "".join(f"[{n}]" for n in range(1, len(notes) + 1))
    listed = "".join(f"<p>[{n}] {note}</p>" for n, note in enumerate(notes, 1))
    return (
        f"<item>\n<title>Yazı {number}</title>\n<content:encoded><![CDATA[<p>Bu yazının metni "
        f"uzun bir paragraf olarak yazılmıştır ve kaynaklara atıf yapar.{marks}</p>\n"
        f"<h3>Kaynakça</h3>\n{listed}]]></content:encoded>\n</item>\n"
    )


def _export(tmp_path: Path, *posts: list[str]) -> Path:
    items = "".join(_post(n, notes) for n, notes in enumerate(posts, 1))
    path = tmp_path / "export.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Site</title>\n'
        f"<wp:wxr_version>1.2</wp:wxr_version>\n{items}</channel></rss>\n",
        encoding="utf-8",
    )
    return path


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
    path = _export(
        tmp_path,
        [book.format(page=45), book.format(page=46)],
        [book.format(page=50)],
    )
    assert main(["format", str(path), "--style", style, "--mode", "notes"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(full)
    assert not lines[1].startswith(full)  # the same post's second note: a short form
    assert lines[2].startswith(full)
    assert lines[2].endswith("50.")
