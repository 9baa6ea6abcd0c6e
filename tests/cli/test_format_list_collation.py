"""`citekit format` of an article whose sources are Kazakh, with no `--locale`: its GOST list
is in the Kazakh alphabet (Ұ before Ү, І last), not Russian's (Іргебаев first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main

ARTICLE = """# Мақала

Қазақ даласының тарихы туралы көптеген еңбектер жазылған және олар
әр түрлі кезеңдерді қамтиды.[^1][^2][^3]

[^1]: Үсенов Б. Қазақ даласының тарихы. – Алматы: Ғылым, 2010. – 304 б.
[^2]: Ұлықбеков А. Дала өркениеті. – Астана: Фолиант, 2011. – 210 б.
[^3]: Іргебаев С. Ежелгі қалалар. – Алматы: Атамұра, 2012. – 180 б.
"""


@pytest.mark.parametrize(
    ("locale", "first"),
    [([], ["Ұлықбеков", "Үсенов", "Іргебаев"]), (["--locale", "ru-RU"], ["Іргебаев", "Үсенов"])],
)
def test_a_kazakh_article_lists_in_the_kazakh_alphabet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], locale: list[str], first: list[str]
) -> None:
    path = tmp_path / "art.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["format", str(path), "--style", "gost-r-7-0-5-2008", *locale]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(". ", 1)[1].split(" ")[0] for line in lines][: len(first)] == first
