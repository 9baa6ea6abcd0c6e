"""Notes, URLs and answers are printed safely: Rich markup in them is text, and terminal
control sequences are shown as escapes. A ``[/]`` in a note ended `citekit notes` and
`citekit check` in an internal MarkupError; an ESC in a link reached the terminal raw."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.cli._terminal import markup, shown

BODY = "Body text for the article, long enough to tell the language it is written in.[1]\n\n"


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_notes_prints_markup_in_a_note_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "[1] “Title”, Akorda, http://exa[/]mple.com/page, (Accessed: 25.10.2021).\n"
    path = _write(tmp_path, "a.txt", BODY + "Notes\n" + note)
    assert main(["notes", path]) == 0
    assert "[/]" in capsys.readouterr().out.replace("\n", "").replace("│", "").replace(" ", "")


def test_check_reports_a_link_with_markup_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = "[1] “Title”, Akorda, http://exa[/]mple.com/page, (Accessed: 25.10.2021).\n"
    path = _write(tmp_path, "a.txt", BODY + "Notes\n" + note)
    assert main(["check", "--lang", "en", "--no-cache", path]) == 1
    captured = capsys.readouterr()
    assert "note 1: http://exa[/]mple.com/page fails: not a valid URL" in captured.out
    assert "internal error" not in captured.err


def test_control_sequences_in_links_are_shown_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        "<html><body><p>Body text for the article, long enough to tell.<sup>1</sup></p>"
        "<h3>Notes</h3><ol><li>“Title”, Akorda, "
        '<a href="http://exa\x1b[2Jmple.com/page">link</a>, (Accessed: 25.10.2021).</li>'
        "</ol></body></html>"
    )
    html = _write(tmp_path, "a.html", page)
    urls = _write(tmp_path, "urls.txt", "http://example.com/a\x1b]0;PWNED\x07b\n")
    assert main(["check", "--lang", "en", "--no-cache", html]) == 1
    assert main(["links", "--no-cache", urls]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "http://exa\\x1b[2Jmple.com/page" in out
    assert "http://example.com/a\\x1b]0;PWNED\\x07b" in out


def test_shown_keeps_text_and_escapes_controls_and_direction_marks() -> None:
    assert shown("Тоқаев, “Başlık”\tp. 5\n") == "Тоқаев, “Başlık”\tp. 5\n"
    assert shown("a\x1b[2Jb\x9bc\u202ed\x00") == "a\\x1b[2Jb\\x9bc\\u202ed\\x00"
    assert markup("[bold]x[/]\x1b") == "\\[bold]x\\[/]\\x1b"
