"""Options a CI user expects from `citekit check`: --fail-on, --quiet, -o FILE, exclude."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.checks.config import load_config
from citekit.cli import main
from citekit.errors import ConfigError
from tests.conftest import EXAMPLE

# one warning (an ambiguous date) and no error
WARNS = """Trade between the two countries grew[1].

Notes
[1] “Trade”, Orient, https://orient.tm/1, (Accessed: 03/04/2021).
"""
CLEAN = WARNS.replace("03/04/2021", "25 October 2021")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "citekit.toml").write_text('links = false\nlanguage = "en"\n', encoding="utf-8")
    (tmp_path / "warns.txt").write_text(WARNS, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("fail_on", "warns", "clean"),
    [(None, 0, 0), ("error", 0, 0), ("warning", 1, 0), ("info", 1, 0)],
)
def test_fail_on_sets_the_least_severe_failing_finding(
    folder: Path, fail_on: str | None, warns: int, clean: int, capsys: pytest.CaptureFixture[str]
) -> None:
    extra = [] if fail_on is None else ["--fail-on", fail_on]
    assert main(["check", *extra, "warns.txt"]) == warns
    assert main(["check", *extra, "clean.txt"]) == clean
    assert "ambiguous-date" in capsys.readouterr().out


def test_fail_on_rejects_an_unknown_level(folder: Path) -> None:
    assert main(["check", "--fail-on", "fatal", "warns.txt"]) == 2


def test_quiet_prints_findings_only(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "-q", "warns.txt", "clean.txt"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "warns.txt:4 note 1: warning note 1: '03/04/2021' could be day- or month-first; "
        "read as 2021-03-04 (ambiguous-date)"
    ]


def test_output_file_takes_the_text_report(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "warns.txt"]) == 0
    printed = capsys.readouterr().out
    assert main(["check", "-o", "report.txt", "warns.txt"]) == 0
    assert capsys.readouterr().out == ""
    assert (folder / "report.txt").read_text(encoding="utf-8") == printed
    assert main(["check", "--format", "github", "-o", "report.txt", "warns.txt"]) == 0
    assert (folder / "report.txt").read_text(encoding="utf-8").startswith("::warning ")


def test_output_file_in_a_missing_folder_is_exit_2(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "-o", "no/such/dir/r.txt", "warns.txt"]) == 2
    assert "no/such/dir/r.txt: cannot write" in capsys.readouterr().err


def test_exclude_globs_skip_paths_for_check_and_fix(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "drafts").mkdir()
    (folder / "drafts" / "wip.txt").write_text(WARNS, encoding="utf-8")
    (folder / "old.draft.txt").write_text(WARNS, encoding="utf-8")
    config = 'links = false\nlanguage = "en"\nexclude = ["drafts", "*.draft.txt"]\n'
    (folder / "citekit.toml").write_text(config, encoding="utf-8")
    args = ["check", "--fail-on", "warning", "drafts/wip.txt", "old.draft.txt", "clean.txt"]
    assert main(args) == 0
    captured = capsys.readouterr()
    assert "drafts/wip.txt: excluded by" in captured.err
    assert "old.draft.txt: excluded by" in captured.err
    assert "clean.txt: no problems found" in captured.out
    assert main(["check", "--fail-on", "warning", "warns.txt"]) == 1


def test_exclude_must_be_a_list_of_strings(tmp_path: Path) -> None:
    path = tmp_path / "citekit.toml"
    path.write_text('exclude = "drafts"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="exclude must be a list of strings"):
        load_config(path)


def test_exclude_is_relative_to_the_config_folder(tmp_path: Path) -> None:
    path = tmp_path / "citekit.toml"
    path.write_text('exclude = ["site/*.md"]\n', encoding="utf-8")
    settings = load_config(path)
    assert settings.is_excluded(tmp_path / "site" / "a.md") is True
    assert settings.is_excluded(tmp_path / "docs" / "a.md") is False


@pytest.mark.parametrize(
    ("name", "flags", "start"),
    [
        ("report.sarif", [], '{\n  "$schema"'),  # was the text report in a .sarif file
        ("report.json", [], '{\n  "documents"'),
        ("report.txt", [], "article.txt"),
        ("report.json", ["--format", "text"], "article.txt"),  # --format wins
    ],
)
def test_the_report_format_follows_the_output_extension(
    tmp_path: Path, name: str, flags: list[str], start: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(EXAMPLE.read_bytes())
    out = tmp_path / name
    assert main(["check", "--no-links", str(article), "-o", str(out), *flags]) == 1
    assert out.read_text(encoding="utf-8").startswith(start.replace("article.txt", str(article)))


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("2021-13-01", "'2021-13-01' is not a date YYYY-MM-DD (month must be in 1..12)"),
        ("25.10.2021", "'25.10.2021' is not a date YYYY-MM-DD"),
    ],
)
@pytest.mark.parametrize("command", ["check", "fix"])
def test_a_wrong_article_date_says_what_is_expected(
    folder: Path, command: str, value: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, "--article-date", value, "clean.txt"]) == 2
    err = capsys.readouterr().err
    assert said in err
    assert "fromisoformat" not in err
