"""A lazy command line: each subcommand imports only what it needs (timings: benchmarks/)."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from citekit.cli import COMMANDS, _parser, main
from tests.conftest import EXAMPLE

HEAVY = ("httpx", "lxml", "citekit.styles", "citekit.checks", "rich", "babel", "langdetect")


def _imported_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    return set(out.split())


def test_version_imports_nothing_heavy() -> None:
    code = (
        "from citekit.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    )
    modules = _imported_after(code)
    assert "citekit.cli" in modules
    assert sorted(m for m in HEAVY if m in modules) == []


def test_import_citekit_is_cheap_and_names_load_on_use() -> None:
    modules = _imported_after("import citekit\nprint(citekit.__version__)")
    assert sorted(m for m in HEAVY if m in modules) == []
    modules = _imported_after("import citekit\ncitekit.check")
    assert "citekit.checks" in modules


def test_offline_check_does_not_import_the_link_checker_or_styles() -> None:
    code = (
        "import contextlib, io\nfrom citekit.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', '--no-links', {str(EXAMPLE)!r}])"
    )
    modules = _imported_after(code)
    assert "citekit.checks" in modules
    assert (
        sorted(m for m in ("httpx", "citekit.styles", "citekit.links.checker") if m in modules)
        == []
    )


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_subcommand_help_matches_the_lazy_listing(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([name, "--help"]) == 0
    assert capsys.readouterr().out.startswith(f"usage: citekit {name}")
    parser = _parser(name)  # `name` registered by its own module, the others from COMMANDS
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    helps = {action.dest: action.help for action in sub._choices_actions}
    assert helps == COMMANDS
