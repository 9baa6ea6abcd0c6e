"""Every shell and Python example in README.md and docs/guides/*.md runs as written.

Blocks run in order, one document at a time, in a temporary folder holding a copy of
`examples/` and a `citekit.toml` that turns link checking off (nothing here contacts the
internet). What runs:

- ```` ```console ````: each ``$ command``; the lines after it, when there are any, are its
  output, compared line by line: ``…`` in a line matches any text, a line of only ``…`` any
  number of lines;
- ```` ```sh ````: each command; it must exit 0 or 1 (1: findings) without an error;
- ```` ```pycon ````: the document's ``>>>`` examples, as one doctest (ELLIPSIS on);
- ```` ```python ````: the block as a script, which must exit 0.

``uv run citekit`` and ``uv run python`` run this checkout's citekit (a plain ``uv run citekit``
command in this process, through `citekit.cli.main`; one with pipes in a shell). A block that
cannot run here (it contacts the network, or runs the suite itself) is marked on the line
before it with ``<!-- example: skip (why) -->``; any other broken example fails the test.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from citekit.cli import main
from tests.conftest import ROOT

DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs" / "guides").glob("*.md"))]
RUNNABLE = ("console", "sh", "pycon", "python")
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S)
_SKIP = re.compile(r"<!--\s*example:\s*skip\b.*-->\s*$")
_FAILED = ("Traceback", "internal error", "citekit: error")
_SHELL = re.compile(r"[|<>;&`$]")  # pipes, redirections: run by the shell


def _blocks(path: Path) -> list[tuple[int, str, str]]:
    """(line, language, code) of each runnable block not marked as skipped."""
    text = path.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if match.group(1) in RUNNABLE and not _SKIP.search(before):
            found.append((text.count("\n", 0, match.start()) + 1, match.group(1), match.group(2)))
    return found


def _command(line: str) -> str:
    command = line.replace("uv run citekit", f"{sys.executable} -m citekit")
    command = command.replace("uv run python", sys.executable)
    if "uv run" in command:
        raise AssertionError(f"{line!r} cannot run here; mark its block as skipped")
    return command


def _line_matches(want: str, got: str) -> bool:
    pattern = ".*".join(map(re.escape, want.rstrip().split("…")))
    return re.fullmatch(pattern, got.rstrip()) is not None


def _matches(expected: list[str], actual: list[str]) -> bool:
    """Line by line; ``…`` within a line matches any text, a line of only ``…`` any lines."""
    if not expected:
        return not actual
    if expected[0].strip() == "…":
        return any(_matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return (
        bool(actual)
        and _line_matches(expected[0], actual[0])
        and _matches(expected[1:], actual[1:])
    )


def _citekit_args(words: list[str]) -> list[str] | None:
    """The arguments of a `citekit` or `uv run citekit` command, None for any other command."""
    for prefix in (["citekit"], ["uv", "run", "citekit"]):
        if words[: len(prefix)] == prefix:
            return words[len(prefix) :]
    return None


def _shell(command: str, folder: Path) -> tuple[int, str, str]:
    # a fresh interpreter per command costs ~1 s here: plain citekit commands, and
    # `cat FILE | citekit ...`, run in this process through `citekit.cli.main`
    words = shlex.split(command, comments=True)
    args = _citekit_args(words)
    if args is not None and not _SHELL.search(" ".join(words)):  # a comment may say "a; b"
        return _in_process(args)
    source, bar, rest = command.partition("|")
    cat = shlex.split(source)
    piped = _citekit_args(shlex.split(rest, comments=True)) if bar else None
    piping = len(cat) == 2 and cat[0] == "cat" and (folder / cat[-1]).is_file()
    if piping and piped is not None and not _SHELL.search(rest):
        return _in_process(piped, stdin=(folder / cat[1]).read_bytes())
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("FORCE_COLOR", None)
    done = subprocess.run(
        _command(command),
        shell=True,
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout, done.stderr


def _in_process(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(argv)
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


def _run_console(code: str, folder: Path) -> list[str]:
    problems = []
    steps: list[tuple[str, list[str]]] = []
    for line in code.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    for command, shown in steps:
        status, out, err = _shell(command, folder)
        while shown and not shown[-1].strip():
            shown.pop()
        if status not in (0, 1) or any(word in err for word in _FAILED):
            problems.append(f"$ {command}\nexit {status}\n{err}")
        elif shown and not _matches(shown, out.rstrip("\n").splitlines()):
            problems.append(f"$ {command}\nshown:\n" + "\n".join(shown) + f"\nprinted:\n{out}")
    return problems


def _run_sh(code: str, folder: Path) -> list[str]:
    problems = []
    for line in code.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        status, _out, err = _shell(line, folder)
        if status not in (0, 1) or any(word in err for word in _FAILED):
            problems.append(f"{line}\nexit {status}\n{err}")
    return problems


def _run_python(code: str, folder: Path) -> list[str]:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "<example>", "exec"), {"__name__": "__example__"})
    except Exception as exc:
        return [f"{code}\n{type(exc).__name__}: {exc}"]
    return []


def _run_pycon(codes: list[str], name: str) -> list[str]:
    test = doctest.DocTestParser().get_doctest("\n".join(codes), {}, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append)
    return ["".join(report)] if runner.failures else []


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "citekit.toml").write_text("links = false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_examples_run_as_written(path: Path, folder: Path) -> None:
    problems: list[str] = []
    pycon = []
    for line, language, code in _blocks(path):
        where = f"{path.relative_to(ROOT)}:{line}"
        if language == "console":
            problems += [f"{where}\n{p}" for p in _run_console(code, folder)]
        elif language == "sh":
            problems += [f"{where}\n{p}" for p in _run_sh(code, folder)]
        elif language == "python":
            problems += [f"{where}\n{p}" for p in _run_python(code, folder)]
        else:
            pycon.append(code)
    if pycon:
        problems += _run_pycon(pycon, str(path.relative_to(ROOT)))
    assert not problems, "\n\n".join(problems)


def test_the_runner_catches_a_broken_example(folder: Path) -> None:
    assert _run_console("$ uv run citekit date 25.10.2021\n2021-10-25\n", folder) == []
    assert _run_console("$ uv run citekit date 25.10.2021\n2021-10-26\n", folder) != []
    (folder / "a.md").write_text("Söz.[^1]\n\n[^1]: “Başlık”, Akorda, 2021.\n", encoding="utf-8")
    piped = '$ cat a.md | citekit notes - --json\n…\n…"title": "Başlık",\n…\n'
    assert _run_console(piped, folder) == []
    assert _run_console(piped.replace("Başlık", "Other"), folder) != []
    assert _matches(["a…", "…", "z"], ["ab", "x", "y", "z"]) is True
    assert _matches(["a…", "z"], ["ab", "x", "z"]) is False
    assert _run_sh("uv run citekit check examples/no-such-file.md\n", folder) != []
    assert _run_python("import citekit\ncitekit.no_such_name\n", folder) != []
    assert _run_pycon([">>> 1 + 1\n3\n"], "inline") != []
    marked = folder / "marked.md"
    marked.write_text("<!-- example: skip (network) -->\n```sh\nuv run pytest\n```\n")
    assert _blocks(marked) == []
