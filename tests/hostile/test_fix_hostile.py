"""`citekit fix --archive` against hostile archives and markup, and an editor saving meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.links.archive import is_safe_url, snapshot_from_answer
from tests.hostile.site import Hostile, serve_hostile


@pytest.fixture
def archive() -> Iterator[tuple[int, Hostile]]:
    with serve_hostile(1024) as running:
        yield running


def _fix(port: int, path: Path) -> int:
    wayback = f"http://127.0.0.1:{port}/wayback"
    argv = ["fix", "--archive", "--allow-private", "--no-cache", "--archive-url", wayback]
    return main([*argv, str(path)])


def test_markdown_link_targets_and_autolinks_are_not_edited(
    archive: tuple[int, Hostile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, _ = archive
    monkeypatch.chdir(tmp_path)
    url = f"http://127.0.0.1:{port}/gone/a"
    text = (
        "Body.[^1] More.[^2] End.[^3]\n\n"
        f"[^1]: Akorda, “Visit”, [Akorda]({url}), 25.10.2021.\n"
        f"[^2]: Akorda, “Talks”, <{url}>, 25.10.2021.\n"
        f"[^3]: Akorda, “Trade”, {url}, 25.10.2021.\n"
    )
    article = tmp_path / "a.md"
    article.write_text(text, encoding="utf-8")
    assert _fix(port, article) == 1  # two archive links left unmade, and said
    lines = article.read_text(encoding="utf-8").splitlines()
    assert lines[2] == f"[^1]: Akorda, “Visit”, [Akorda]({url}), 25.10.2021."
    assert lines[3] == f"[^2]: Akorda, “Talks”, <{url}>, 25.10.2021."
    assert "http://archive.test/web/20211025000000/page" in lines[4]


def test_archive_answer_cannot_inject_text(
    archive: tuple[int, Hostile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    port, hostile = archive
    hostile.snapshot_url = "http://archive.test/x\n\n[99] INJECTED NOTE <script>alert(1)</script>"
    monkeypatch.chdir(tmp_path)
    url = f"http://127.0.0.1:{port}/gone/b"
    text = f"Body.[1]\n\nNotes\n\n[1] Akorda, “Visit”, {url}, (Accessed: 25.10.2021).\n"
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    _fix(port, article)
    after = article.read_text(encoding="utf-8")
    assert "INJECTED" not in after
    assert "<script>" not in after


def test_editor_saving_during_the_run_is_not_overwritten(
    archive: tuple[int, Hostile],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    port, hostile = archive
    monkeypatch.chdir(tmp_path)
    url = f"http://127.0.0.1:{port}/gone/c"
    text = f"Body.[1]\n\nNotes\n\n[1] Akorda, “Visit”, {url}, (Accessed: 25.10.2021).\n"
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    hostile.append_to = article  # the archive lookup happens between citekit's read and write
    code = _fix(port, article)
    err = capsys.readouterr().err
    assert code == 2
    assert "changed since citekit read it" in err
    assert article.read_text(encoding="utf-8").endswith("while citekit was working.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize(
    "url",
    [
        "http://a.test/x\n[99] note",
        "javascript:alert(1)",
        'http://a.test/"><script>',
        "http://a.test/ x",
        "http:///nohost",
        "http://a.test/" + "x" * 3000,
    ],
)
def test_unsafe_snapshot_urls_are_dropped(url: str) -> None:
    assert not is_safe_url(url)
    answer = {"archived_snapshots": {"closest": {"url": url, "timestamp": "20211025000000"}}}
    assert snapshot_from_answer(answer) is None


def test_snapshot_timestamp_must_be_digits() -> None:
    closest = {"url": "http://archive.test/web/1/x", "timestamp": "soon <b>"}
    assert snapshot_from_answer({"archived_snapshots": {"closest": closest}}) is None
