"""The safe writer against real file-system traps: symlinks, hard links, modes, owners, races."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.errors import DocumentError
from citekit.writing import write_file

EXAMPLE = (
    Path(__file__).parent.parent.parent / "examples" / "ankasam-tokayev-visit-turkmenistan.txt"
)
ARTICLE = EXAMPLE.read_text(encoding="utf-8")


def test_file_changed_since_read_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"one\n")
    original = path.read_bytes()
    with path.open("ab") as other:  # another program appends meanwhile
        other.write(b"appended\n")
    with pytest.raises(DocumentError, match="changed since citekit read it"):
        write_file(path, b"ONE\n", original=original)
    assert path.read_bytes() == b"one\nappended\n"


def test_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_bytes(b"old\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real.name)
    written = write_file(link, b"new\n", original=b"old\n")
    assert link.is_symlink()
    assert real.read_bytes() == b"new\n"
    assert written == real.resolve()


def test_hard_links_stay_one_file(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_bytes(b"old\n")
    second = tmp_path / "second.txt"
    os.link(first, second)
    write_file(first, b"new\n", original=b"old\n")
    assert second.read_bytes() == b"new\n"
    assert first.stat().st_ino == second.stat().st_ino


def test_mode_and_owner_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    path.chmod(0o640)
    can_chown = os.geteuid() == 0
    if can_chown:
        os.chown(path, 1234, 5678)
    write_file(path, b"new\n", original=b"old\n")
    info = path.stat()
    assert stat.S_IMODE(info.st_mode) == 0o640
    if can_chown:
        assert (info.st_uid, info.st_gid) == (1234, 5678)


def test_read_only_file_is_refused_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    path.chmod(0o444)
    with pytest.raises(DocumentError, match="read-only"):
        write_file(path, b"new\n", original=b"old\n")
    assert path.read_bytes() == b"old\n"
    write_file(path, b"new\n", original=b"old\n", force=True)
    assert (path.read_bytes(), stat.S_IMODE(path.stat().st_mode)) == (b"new\n", 0o444)


def test_dangling_symlink_output_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to(tmp_path / "elsewhere" / "target.json")
    with pytest.raises(DocumentError, match="does not exist"):
        write_file(link, b"[]")
    assert not (tmp_path / "elsewhere").exists()


def test_failed_write_leaves_no_temp_and_stale_temps_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    stale = tmp_path / ".a.txt.abc123.tmp"
    stale.write_bytes(b"from a killed run")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    fresh = tmp_path / ".a.txt.def456.tmp"
    fresh.write_bytes(b"another run, still writing")
    with pytest.raises(DocumentError):
        write_file(path, b"new\n", original=b"not what is there\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".a.txt.def456.tmp", "a.txt"]


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "new.bib"
    write_file(path, b"@misc{a,}\n")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_cli_edition_output_through_dangling_link_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    link = tmp_path / "out.txt"
    link.symlink_to(tmp_path / "victim.txt")
    code = main(["edition", str(article), "--lang", "en", "-o", str(link)])
    err = capsys.readouterr().err
    assert code == 2
    assert "does not exist" in err
    assert not (tmp_path / "victim.txt").exists()


def test_cli_fix_refuses_read_only_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    article.chmod(0o444)
    code = main(["fix", str(article)])
    err = capsys.readouterr().err
    assert code == 2
    assert "read-only" in err
    assert article.read_text(encoding="utf-8") == ARTICLE
    assert main(["fix", "--force", str(article)]) == 0
    assert article.read_text(encoding="utf-8") != ARTICLE
