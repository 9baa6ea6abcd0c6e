"""The project's own checks run with the tests: ruff, mypy and the docs build."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "argv",
    [
        ("ruff", "check", "."),
        ("ruff", "format", "--check", "."),
        ("mypy",),
        ("mkdocs", "build", "--strict", "--site-dir", "{tmp}"),
    ],
    ids=["ruff-check", "ruff-format", "mypy", "mkdocs"],
)
def test_tool_is_clean(argv: tuple[str, ...], tmp_path: object) -> None:
    exe = shutil.which(argv[0], path=str(ROOT / ".venv" / "bin")) or shutil.which(argv[0])
    assert exe is not None, f"{argv[0]} is not installed"
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv[1:]]
    result = _run(exe, *args)
    assert result.returncode == 0, result.stdout + result.stderr


def test_python_m_citekit_runs() -> None:
    result = _run(sys.executable, "-m", "citekit", "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("citekit ")
