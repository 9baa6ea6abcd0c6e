"""`citekit format --locale` for a language CSL ships no locale for (Uzbek, Azerbaijani,
Kyrgyz) was refused. It falls back to en-US, CSL's fallback for every term, and says so in one
line naming the locale used, as citeproc-js does; `--strict-locale` refuses, and so does a code
that names no language."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.styles.locale import fallback_locale

NOTES = "Body text.[1]\n\n[1] Smith J. A Book. London: Press, 2019.\n"


@pytest.mark.parametrize(
    ("asked", "name"),
    [("uz-UZ", "Uzbek"), ("az", "Azerbaijani"), ("ky-KG", "Kyrgyz"), ("uz_UZ.UTF-8", "Uzbek")],
)
def test_a_language_with_no_csl_locale_falls_back_to_en_us(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], asked: str, name: str
) -> None:
    source = tmp_path / "article.md"
    source.write_text(NOTES, "utf-8")
    assert main(["format", "--mode", "notes", "--locale", asked, str(source)]) == 0
    out, err = capsys.readouterr()
    assert "Smith" in out
    assert "A Book" in out
    assert err.count("\n") == 1
    assert f"no CSL locale for {asked} ({name}): using en-US" in err


@pytest.mark.parametrize("asked", ["uz-UZ", "xx-XX"])
def test_strict_or_no_language_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], asked: str
) -> None:
    source = tmp_path / "article.md"
    source.write_text(NOTES, "utf-8")
    strict = ["--strict-locale"] if asked == "uz-UZ" else []
    assert main(["format", "--mode", "notes", *strict, "--locale", asked, str(source)]) != 0
    assert f"unknown locale '{asked}'" in capsys.readouterr().err


def test_a_shipped_locale_says_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "article.md"
    source.write_text(NOTES, "utf-8")
    assert main(["format", "--mode", "notes", "--locale", "tr-TR", str(source)]) == 0
    assert capsys.readouterr().err == ""


def test_the_fallback_names_the_language() -> None:
    assert fallback_locale("ky-KG") == ("en-US", "Kyrgyz")
    assert fallback_locale("xx") is None
