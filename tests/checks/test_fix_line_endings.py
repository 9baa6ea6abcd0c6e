"""`fix` finds a note by its line whatever ends the file's lines: a file saved with classic Mac
line endings (a lone CR, as some exporters and old editors still write) was read, but every fix
was refused ("the note's place in the file is not known"), since its lines were counted by LF
alone. The file is written back with its own line endings, only the edited bytes changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.cli import main
from citekit.pipeline import read_bytes

LINES = [
    "Текст статьи о транспортном коридоре через Каспийское море и о портах Казахстана.[1][2]",
    "",
    "Примечания",
    "[1] Иванов И. И. Порты Каспия. URL: https://example.org/a (accessed: 25.10.2021).",
    "[2] Ibid. С. 47.",
    "[3] Aynı yer, s. 52.",
    "",
]
MARKDOWN = [
    "Текст статьи о коридоре через Каспийское море и о портах Казахстана.[^1] Ещё.[^2]",
    "",
    "[^1]: Иванов И. И. Порты Каспия. – Алматы: Наука, 2019. – 304 с.",
    "[^2]: Ibid. С. 47.",
    "",
]


def _fixed(line: str) -> str:
    return line.replace("accessed:", "дата обращения:").replace("Ibid.", "Там же.")


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
@pytest.mark.parametrize(("name", "lines"), [("notes.txt", LINES), ("notes.md", MARKDOWN)])
def test_every_line_ending_is_fixed_in_place(ending: str, name: str, lines: list[str]) -> None:
    data = ending.join(lines).encode()
    document = read_bytes(data, path=name)
    plan = plan_fixes(data, document, check(document, config=CheckConfig(edition_language="ru")))
    assert plan.skipped == ()
    expected = ending.join(_fixed(line) for line in lines)
    if name == "notes.txt":
        expected = expected.replace("Aynı yer, s. 52.", "Там же. С. 52.")
    assert plan.fixed == expected.encode()


def test_a_file_with_mixed_line_endings_keeps_each(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    text = MARKDOWN[0] + "\r\n\r" + MARKDOWN[2] + "\n" + MARKDOWN[3] + "\r"
    path.write_bytes(text.encode())
    assert main(["fix", "--lang", "ru", str(path)]) == 0
    assert path.read_bytes() == text.replace("Ibid.", "Там же.").encode()
