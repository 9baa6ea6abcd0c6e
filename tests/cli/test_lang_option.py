"""``--lang`` names a language citekit knows, or the run stops with a usage error.

A typo (``--lang rus``) used to be taken as the edition's language: `check` then judged no
label or ibid word and `fix` said "nothing to fix", both exiting 0.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main

ARTICLE = """Торговля между странами выросла[1]. Об этом писали и раньше[2].

Примечания
[1] «Торговля», Orient, https://orient.tm/1 (Erişim Tarihi: 25.10.2021).
[2] Aynı yer.
"""


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text("links = false\n", encoding="utf-8")
    path = tmp_path / "статья.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--lang", "rus", "статья.txt"],
        ["fix", "--lang", "rus", "статья.txt"],
        ["edition", "статья.txt", "--lang", "en", "--source-lang", "rus", "-o", "-"],
    ],
)
def test_an_unknown_language_is_a_usage_error(
    article: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    option = "--source-lang" if "--source-lang" in argv else "--lang"
    assert f"citekit: error: {option}: unknown language 'rus' (known: " in captured.err
    assert captured.out == ""
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_known_language_still_judges_the_notes(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--lang", "ru", "статья.txt"]) == 0
    out = capsys.readouterr().out
    assert "(access-label)" in out
    assert "(foreign-ibid)" in out


def test_a_language_from_the_configs_language_files_is_known(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (article.parent / "qaa.toml").write_text(
        'code = "qaa"\nname = "Qaa test"\nscript = "Latn"\nnumeric_order = "DMY"\ncldr = "uz"\n'
        '[terms]\naccessed = "Kirilgan sanaq"\n',
        encoding="utf-8",
    )
    (article.parent / "citekit.toml").write_text(
        'links = false\nlanguage-files = ["qaa.toml"]\n', encoding="utf-8"
    )
    assert main(["check", "--lang", "qaa", "статья.txt"]) == 0
    assert "edition language qaa (set)" in capsys.readouterr().out


@pytest.mark.parametrize("code", ["RU", "ru-RU", "ru_RU"])
def test_a_locale_or_capitals_name_the_language(
    article: Path, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--locale ru-RU` is how `citekit format` names it, `ru_RU` how the system does
    assert main(["check", "--lang", code, article.name]) == 0
    assert "edition language ru (set)" in capsys.readouterr().out
    assert (
        main(["edition", "--lang", code.replace("ru", "tr").replace("RU", "TR"), article.name]) == 0
    )
    assert (article.parent / "статья.tr.txt").exists()


def test_date_reads_a_locale_as_its_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["date", "--lang", "en-US", "03/04/2021"]) == 0
    assert capsys.readouterr().out == "2021-03-04\n"
