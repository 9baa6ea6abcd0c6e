"""`citekit edition art.md --lang ru` never replaces an existing `art.ru.md` unasked: that
file may be the edition a translator wrote, and it was silently overwritten. It is written
when absent, left when it already holds this edition, and replaced with --force (or named
with -o)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main

ARTICLE = """Trade between Kazakhstan and Turkmenistan grew in the first nine months of the year, \
officials in both capitals said on Monday after the talks in Ashgabat.[^1] The ferry link \
with Baku was also discussed by the two delegations.[^2]

[^1]: “Trade”, Orient, https://orient.tm/1, (Accessed: 25.10.2021).
[^2]: Ibid.
"""
TRANSLATED = "Торговля между Казахстаном и Туркменистаном выросла.[^1]\n\n[^1]: «Торговля».\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text("links = false\n", encoding="utf-8")
    (tmp_path / "art.md").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_a_translators_edition_is_not_replaced(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "art.ru.md").write_text(TRANSLATED, encoding="utf-8")
    assert main(["edition", "art.md", "--lang", "ru"]) == 2
    assert "art.ru.md: exists and differs from this edition" in capsys.readouterr().err
    assert (folder / "art.ru.md").read_text(encoding="utf-8") == TRANSLATED
    assert main(["edition", "art.md", "--lang", "ru", "--force"]) == 0
    assert "(дата обращения: 25.10.2021)" in (folder / "art.ru.md").read_text(encoding="utf-8")


def test_absent_it_is_written_and_a_second_run_leaves_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["edition", "art.md", "--lang", "ru"]) == 0
    written = (folder / "art.ru.md").read_text(encoding="utf-8")
    assert "[^2]: Там же." in written
    assert main(["edition", "art.md", "--lang", "ru"]) == 0
    assert "art.ru.md: already written, unchanged" in capsys.readouterr().err
    assert (folder / "art.ru.md").read_text(encoding="utf-8") == written


@pytest.mark.parametrize("output", ["art.md", "./art.md", "link.md"])
def test_an_output_that_is_the_article_is_refused(
    folder: Path, output: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "link.md").symlink_to(folder / "art.md")
    assert main(["edition", "art.md", "--lang", "ru", "-o", output]) == 2
    err = capsys.readouterr().err
    assert "the output would overwrite the document art.md it reads; --in-place" in err
    assert (folder / "art.md").read_text(encoding="utf-8") == ARTICLE
