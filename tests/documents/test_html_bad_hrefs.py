"""A malformed link in an HTML note (``http://exa[mple.com``, ``http://[::1``) is kept and
reported by the link checker: it ended the reading of the whole page in an internal error
(urlsplit's "Invalid IPv6 URL"), so one typo broke `notes`, `check` and the pre-commit hook."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.pipeline import read_bytes

BAD = ("http://exa[mple.com/page", "http://[::1/x")
PAGE = (
    "<html><body><p>Body text for the article, long enough to tell its language.<sup>1</sup>"
    "<sup>2</sup></p><h3>Notes</h3><ol>"
    f'<li>“Title”, Akorda, <a href="{BAD[0]}">link</a>, (Accessed: 25.10.2021).</li>'
    f'<li>“Other”, Site, <a href="{BAD[1]}">link</a>, (Accessed: 25.10.2021).</li>'
    "</ol></body></html>"
)


def test_malformed_hrefs_are_read_as_written() -> None:
    document = read_bytes(PAGE.encode(), path="page.html")
    assert [n.urls for n in document.notes] == [(BAD[0],), (BAD[1],)]


def test_check_reports_them_as_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["check", "--lang", "en", "--no-cache", str(page)]) == 1
    out = capsys.readouterr().out
    assert out.count("not a valid URL") == 2
    assert "internal error" not in out
