"""`fix` and `edition` write a text file saved as UTF-16 with a byte order mark (Windows
Notepad's "Unicode", either byte order, Windows line endings) back in it: the reader read such
files, but every fix was refused ("the file is not UTF-8, so it is not rewritten")."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.cli import main
from citekit.pipeline import read_bytes

TEXT = (
    "Текст статьи о транспортном коридоре через Каспийское море, о портах Казахстана и "
    "Туркменистана и о перевозках контейнеров в прошлом году.[1][2]\r\n\r\nПримечания\r\n"
    "[1] Иванов И. И. Порты Каспия. URL: https://example.org/a (accessed: 25.10.2021).\r\n"
    "[2] Ibid. С. 47.\r\n"
)
FIXED = TEXT.replace("accessed:", "дата обращения:").replace("Ibid.", "Там же.")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["notes.txt", "notes.md"])
def test_a_utf16_file_is_fixed_in_utf16(codec: str, name: str) -> None:
    data = ("\ufeff" + TEXT).encode(codec)
    document = read_bytes(data, path=name)
    plan = plan_fixes(data, document, check(document, config=CheckConfig(edition_language="ru")))
    assert plan.skipped == ()
    assert plan.fixed == ("\ufeff" + FIXED).encode(codec)


def test_fix_writes_the_file_back(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(TEXT.encode("utf-16"))
    assert main(["fix", "--lang", "ru", str(path)]) == 0
    assert path.read_bytes().decode("utf-16") == FIXED
