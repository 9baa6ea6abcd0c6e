"""`citekit fix` exits 1 when a fix is left unmade (a DOCX, a character the file's charset
lacks), as `--diff` does when it shows a change: a pre-commit hook or a CI step stops on it.
`--help` and the pre-commit section of the check guide did not say so; the exit-code table of
the CLI reference did."""

from __future__ import annotations

import pytest

from citekit.cli import main
from tests.conftest import ROOT


def test_fix_help_names_its_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fix", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "exit status: 0 when every fix was made or there was nothing to fix" in text
    assert "1 when --diff shows a change, a fix could not be made safely" in text
    assert "a lost address found by --recover could not be written" in text


def test_the_pre_commit_guide_says_an_unmade_fix_stops_the_commit() -> None:
    guide = " ".join((ROOT / "docs" / "guides" / "check.md").read_text("utf-8").split())
    hook = guide[guide.index("## pre-commit") :]
    assert "a fix could not be made" in hook[: hook.index("## GitHub Actions")]
    fixing = guide[guide.index("## Fixing") : guide.index("## pre-commit")]
    assert "exit code is then 1" in fixing
