"""`citekit fix --diff` prints a diff `patch` reads back: a last line without a line feed ran
into the next line of the diff (``-old+new``), and a U+2028 or a form feed in a note cut its
line in two. On a terminal, control characters in a note are shown as escapes."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.cli._diff import unified_diff

BODY = (
    "Kazakistan ile Türkmenistan arasındaki ticaret hacmi 2021 yılının ilk aylarında belirgin "
    "biçimde arttı ve iki ülke yeni anlaşmalar imzaladı.[^1] Türkmenistan'ın ihracatı iki "
    "katına çıktı.[^2] Taraflar görüşmeleri sürdürdü.[^3]\n\n"
    "[^1]: “Ticaret”, Biznes Türkmenistan, https://business.com.tm/post/1, "
    "(Erişim Tarihi: 25.10.2021).\n"
)
NOTE_1 = "[^2]: “Söwda”, Orient, https://orient.tm/1, (Erişim Tarihi: 24.10.2021)."
NOTE_2 = "[^3]: “İhracat”, Kapital, https://kapital.kz/economic/100, (Erişim Tarihi: 2021-10-26)."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text("links = false\n", encoding="utf-8")
    return tmp_path


def _diff(folder: Path, text: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    (folder / "art.md").write_text(text, encoding="utf-8", newline="")
    assert main(["fix", "--diff", "art.md"]) == 1
    out = capsys.readouterr().out
    return [line + "\n" for line in out.split("\n")[:-1]]  # splitlines breaks at U+2028 too


def test_a_last_line_without_a_line_feed_is_marked(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _diff(folder, BODY + NOTE_1 + "\n" + NOTE_2, capsys)
    assert lines[-4:] == [
        f"-{NOTE_2}\n",
        "\\ No newline at end of file\n",
        f"+{NOTE_2.replace('2021-10-26', '26.10.2021')}\n",
        "\\ No newline at end of file\n",
    ]


def test_a_line_separator_inside_a_line_does_not_split_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = NOTE_2.replace("“İhracat”", "“İhracat\u2028arttı”")
    lines = _diff(folder, BODY + NOTE_1 + "\n" + note + "\n", capsys)
    changed = [line for line in lines if line.startswith(("-[", "+["))]
    assert changed == [f"-{note}\n", f"+{note.replace('2021-10-26', '26.10.2021')}\n"]


def test_control_characters_are_escaped_on_a_terminal_only() -> None:
    before = "a\n[^1]: Aynı yer.\x1b[2J (2021-10-26)\n"
    after = before.replace("2021-10-26", "26.10.2021")
    shown = "".join(unified_diff(before, after, "art.md", terminal=True))
    exact = "".join(unified_diff(before, after, "art.md"))
    assert "\x1b" not in shown
    assert "Aynı yer.\\x1b[2J (26.10.2021)" in shown
    assert "Aynı yer.\x1b[2J (26.10.2021)" in exact


def test_crlf_lines_keep_their_ending() -> None:
    before = "a\r\n[^1]: x (2021-10-26)\r\n"
    after = before.replace("2021-10-26", "26.10.2021")
    lines = list(unified_diff(before, after, "art.md", terminal=True))
    assert lines[-2:] == ["-[^1]: x (2021-10-26)\r\n", "+[^1]: x (26.10.2021)\r\n"]


@pytest.mark.parametrize("end", ["\r", "mixed"])
def test_lines_ending_in_a_lone_cr_are_shown_one_by_one(
    folder: Path, capsys: pytest.CaptureFixture[str], end: str
) -> None:
    lines = [*BODY.rstrip("\n").split("\n"), NOTE_1, NOTE_2]
    if end == "mixed":  # an exporter's mix: CR, then LF, then CR LF
        ends = ["\r", "\n", "\r\n"] * len(lines)
        text = "".join(line + ends[n] for n, line in enumerate(lines))
    else:
        text = end.join(lines) + end
    shown = _diff(folder, text, capsys)
    assert shown[0].startswith("# lines end in CR")
    changed = [line for line in shown if line.startswith(("-", "+")) and line[1:3] != "--"]
    changed = [line for line in changed if not line.startswith(("---", "+++"))]
    assert [line.rstrip("\r\n") for line in changed] == [
        f"-{NOTE_2}",
        f"+{NOTE_2.replace('2021-10-26', '26.10.2021')}",
    ]
    assert all("\r" not in line.rstrip("\r\n") for line in shown)
