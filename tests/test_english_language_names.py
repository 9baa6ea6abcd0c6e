"""Messages are written in English, so they name a language in English (`Kazakh`, not
`Қазақша`): `Language.english_name`, from the file's `english_name` or CLDR's."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit import read_bytes
from citekit.checks import check
from citekit.cli import main
from citekit.languages import language, load_language


@pytest.mark.parametrize(
    ("code", "english"),
    [("kk", "Kazakh"), ("ru", "Russian"), ("tr", "Turkish"), ("tk", "Turkmen"), ("en", "English")],
)
def test_shipped_languages_have_english_names(code: str, english: str) -> None:
    assert language(code).english_name == english


def test_a_language_file_may_give_its_english_name(tmp_path: Path) -> None:
    path = tmp_path / "qab.toml"
    base = 'code = "qab"\nname = "Qab tili"\nscript = "Latn"\ncldr = "uz"\n'
    path.write_text(base, encoding="utf-8")
    assert load_language(path).english_name == "Qab tili"  # no English name known: its own
    path.write_text(base + 'english_name = "Qab"\n', encoding="utf-8")
    assert load_language(path).english_name == "Qab"


ARTICLE = (
    "Қазақстан мен Түрікменстан арасындағы теміржол ынтымақтастығы туралы мақала. Екі ел "
    "жүк тасымалын арттыру үшін жаңа келісімге қол қойды, және бұл келісім өңірдегі сауда "
    "үшін маңызды деп бағаланды.[1][2]\n\n"
    "[1] “Gas deal signed”, Biznes Türkmenistan, https://example.org/a (Accessed: 25.10.2021).\n"
    "[2] Ibid.\n"
)


def test_findings_name_the_edition_in_english() -> None:
    doc = read_bytes(ARTICLE.encode(), path="makala.txt")
    messages = [f.message for f in check(doc) if f.rule in ("access-label", "foreign-ibid")]
    assert messages
    assert all("Kazakh edition" in m for m in messages), messages
    assert not any("Қазақша" in m for m in messages)


def test_edition_reports_in_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "makala.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["edition", str(article), "--lang", "ru", "-o", str(tmp_path / "out.txt")]) == 0
    err = capsys.readouterr().err
    assert "for the Russian edition" in err
    assert "Русский" not in err
