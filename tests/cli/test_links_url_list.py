"""A ``.txt`` URL list with one line that is not a bare URL is still a URL list: that line is
named (exit 2) and the others are checked. Before, the whole file was read as an article with
no notes: `0 link(s): none`, exit 0, every URL silently dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.cli.links import collect

LIST = """# links of the November issue
https://orient.tm/ru/post/1
https://kapital.kz/economic/100 (moved?)

www.akorda.kz/ru/events/2
https://www.inform.kz/en/3
"""


def test_each_url_is_kept_and_each_other_line_named(tmp_path: Path) -> None:
    path = tmp_path / "links.txt"
    path.write_text(LIST, encoding="utf-8")
    errors: list[str] = []
    urls = collect([str(path)], errors=errors)
    assert list(urls) == ["https://orient.tm/ru/post/1", "https://www.inform.kz/en/3"]
    assert errors == [
        f"{path}:3: not a URL, not checked: 'https://kapital.kz/economic/100 (moved?)' "
        "(one URL per line)",
        f"{path}:5: not a URL, not checked: 'www.akorda.kz/ru/events/2' (one URL per line)",
    ]


def test_an_article_in_text_is_still_read_for_its_notes(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "Trade grew in the first nine months of the year, officials said.[1]\n\nNotes\n"
        "[1] “Trade”, Orient, https://orient.tm/1, (Accessed: 25 October 2021).\n",
        encoding="utf-8",
    )
    errors: list[str] = []
    assert list(collect([str(path)], errors=errors)) == ["https://orient.tm/1"]
    assert errors == []


def test_the_command_exits_2_and_still_checks_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    # a loopback address is reported as private, never contacted
    (tmp_path / "links.txt").write_text("http://127.0.0.1:9/a\nnot a link\n", encoding="utf-8")
    assert main(["links", "--no-cache", "links.txt"]) == 2
    captured = capsys.readouterr()
    assert "citekit: error: links.txt:2: not a URL, not checked: 'not a link'" in captured.err
    assert "http://127.0.0.1:9/a" in captured.out
    assert "1 link(s)" in captured.out


@pytest.mark.parametrize(
    "encoding",
    ["utf-8-sig", "utf-16", "utf-16-le-bom"],  # as Windows Notepad saves a list
)
def test_a_list_with_a_byte_order_mark_is_a_url_list(tmp_path: Path, encoding: str) -> None:
    # it was read as an article with no notes: "0 link(s): none", exit 0
    text = "https://orient.tm/ru/post/1\r\nhttps://www.inform.kz/en/3\r\n"
    data = b"\xff\xfe" + text.encode("utf-16-le") if encoding == "utf-16-le-bom" else None
    path = tmp_path / "links.txt"
    path.write_bytes(data if data is not None else text.encode(encoding))
    errors: list[str] = []
    assert list(collect([str(path)], errors=errors)) == [
        "https://orient.tm/ru/post/1",
        "https://www.inform.kz/en/3",
    ]
    assert errors == []
