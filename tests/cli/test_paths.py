"""Folders, glob patterns, ``exclude`` and ``-`` wherever a command takes a path."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from citekit import DocumentError, find_documents, read_documents
from citekit.cli import main
from citekit.cli.links import collect
from tests.conftest import DATA

SHAPES = DATA / "documents"


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder: articles in chapters, a drafts folder the config leaves out."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "articles"
    (root / "ch2").mkdir(parents=True)
    (root / "drafts").mkdir()
    shutil.copy(SHAPES / "notlar-per-chapter.tr.md", root / "b-notlar.md")
    shutil.copy(SHAPES / "lab-report.ru.md", root / "ch2" / "a-lab.md")
    shutil.copy(SHAPES / "literatura-ul.ru.html", root / "ch2" / "page.html")
    shutil.copy(SHAPES / "journal-article.tk.txt", root / "drafts" / "draft.txt")
    (root / "ch2" / "figure.png").write_bytes(b"\x89PNG\r\n")
    (tmp_path / "citekit.toml").write_text('exclude = ["drafts"]\n', encoding="utf-8")
    return root


def test_a_folder_is_read_recursively_in_a_stable_order(articles: Path) -> None:
    found = find_documents([articles])
    names = [Path(p).relative_to(articles).as_posix() for p in found]
    assert names == ["b-notlar.md", "ch2/a-lab.md", "ch2/page.html", "drafts/draft.txt"]
    kept = find_documents([articles], exclude=["drafts"])
    assert [Path(p).name for p in kept] == ["b-notlar.md", "a-lab.md", "page.html"]
    assert [len(d.notes) for d in read_documents([articles], exclude=["drafts/**"])] == [7, 1, 4]


def test_a_glob_pattern_and_a_file_named_twice(articles: Path) -> None:
    found = find_documents(["articles/**/*.md", "articles/b-notlar.md"])
    assert found == ["articles/b-notlar.md", "articles/ch2/a-lab.md"]
    with pytest.raises(DocumentError, match="no document matches"):
        find_documents(["articles/**/*.odt"])


def test_check_a_folder_is_one_report_honouring_exclude(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["check", "--no-links", "--format", "json", "articles/"])
    report = json.loads(capsys.readouterr().out)
    paths = [Path(d["path"]).name for d in report["documents"]]
    assert paths == ["b-notlar.md", "a-lab.md", "page.html"]
    assert [d["edition_language"] for d in report["documents"]] == ["tr", "ru", "ru"]
    assert code == max(1 if any(f["severity"] == "error" for f in report["findings"]) else 0, 0)


def test_a_bad_file_in_a_folder_makes_the_run_exit_2_and_the_others_are_checked(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (articles / "ch2" / "broken.txt").write_bytes(b"\xff\xfe\x00bad\x00")
    code = main(["check", "--no-links", "--format", "github", "articles"])
    captured = capsys.readouterr()
    assert code == 2
    assert "broken.txt" in captured.err
    assert "b-notlar.md" in captured.out or "a-lab.md" in captured.out


def test_notes_with_a_quoted_glob(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notes", "--json", "articles/**/*.md"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [len(d["notes"]) for d in data] == [7, 1]


def test_links_collects_the_urls_of_a_whole_folder(articles: Path) -> None:
    urls = collect(["articles"], ("drafts",))
    assert "https://business.com.tm/post/7724" in urls  # b-notlar.md
    assert "https://www.turkmencarpet.gov.tm/ru/history" in urls  # ch2/page.html


def test_fix_diff_reads_standard_input(
    stdin: Callable[[bytes], None], capsys: pytest.CaptureFixture[str]
) -> None:
    source = "Metin.[1][2]\n\n[1] “Başlyk”, Biznes Türkmenistan, 2021.\n[2] Şol ýerde.\n"
    body = "Bu makalede Türkmenistan ile Türkiye arasındaki ticaret ilişkileri, son yıllarda "
    stdin((body * 3 + source).encode())
    code = main(["fix", "--diff", "-"])
    out, err = capsys.readouterr()
    assert code == 1, err
    assert "+[2] Aynı yer." in out


def test_links_reports_an_unreadable_file_and_goes_on(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (articles / "ch2" / "empty.md").write_bytes(b"")
    shutil.copy(SHAPES / "literatura-ul.ru.html", articles / "ch2" / "page.html")
    errors: list[str] = []
    urls = collect(["articles", "missing/"], ("drafts",), errors)
    assert "https://www.turkmencarpet.gov.tm/ru/history" in urls
    assert len(errors) == 2
    assert any("empty.md" in e for e in errors)
    assert any("missing" in e for e in errors)


def test_check_in_process_with_stdout_redirected_to_a_string(articles: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", "--no-links", "--format", "json", "articles"])
    assert code in (0, 1)
    assert len(json.loads(out.getvalue())["documents"]) == 3


def test_check_output_dash_is_standard_output(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "--no-links", "--format", "json", "-o", "-", "articles/b-notlar.md"])
    assert json.loads(capsys.readouterr().out)["documents"][0]["edition_language"] == "tr"
    assert not (articles.parent / "-").exists()
