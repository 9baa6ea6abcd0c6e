"""Every shell and Python example in README.md, docs/index.md, docs/tutorial.md and
docs/guides/*.md runs as written.

Blocks run in order, one document at a time, in a temporary folder holding a copy of
`examples/` and a `citekit.toml` that turns link checking off (nothing here contacts the
internet). What runs:

- ```` ```console ````: each ``$ command``; the lines after it, when there are any, are its
  output, compared line by line: ``…`` in a line matches any text, a line of only ``…`` any
  number of lines;
- ```` ```sh ````: each command; it must exit 0 or 1 (1: findings) without an error;
- ```` ```pycon ````: the document's ``>>>`` examples, as one doctest (ELLIPSIS on);
- ```` ```python ````: the block as a script in a fresh interpreter, which must exit 0.

``uv run citekit`` and ``uv run python`` run this checkout's citekit (a plain ``uv run citekit``
command in this process, through `citekit.cli.main`; one with pipes in a shell). A block that
cannot run here (it contacts the network, or runs the suite itself) is marked on the line
before it with ``<!-- example: skip (why) -->``; any other broken example fails the test. A
block that shows the right output but fails today through a known bug is marked
``<!-- example: fails (the bug) -->``: it still runs, and it must fail (the test flags the mark
as stale once the bug is fixed). Lines ending in a backslash continue on the next line.
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

DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "docs" / "index.md",
    ROOT / "docs" / "tutorial.md",
    *sorted((ROOT / "docs" / "guides").glob("*.md")),
]
RUNNABLE = ("console", "sh", "pycon", "python")
_FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S)
_MARK = re.compile(r"<!--\s*example:\s*(skip|fails)\b.*-->\s*$")
_FAILED = ("Traceback", "internal error", "citekit: error")
_SHELL = re.compile(r"[|<>;&`$]")  # pipes, redirections: run by the shell


def _blocks(path: Path) -> list[tuple[int, str, str, bool]]:
    """(line, language, code, marked as failing) of each runnable block not skipped."""
    text = path.read_text(encoding="utf-8")
    found = []
    for match in _FENCE.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mark = _MARK.search(before)
        if match.group(1) in RUNNABLE and not (mark and mark.group(1) == "skip"):
            line = text.count("\n", 0, match.start()) + 1
            found.append((line, match.group(1), match.group(2), mark is not None))
    return found


def _lines(code: str) -> list[str]:
    """The block's lines, a line ending in a backslash joined to the next."""
    return code.replace("\\\n", " ").splitlines()


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
    for line in _lines(code):
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
    for line in _lines(code):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        status, _out, err = _shell(line, folder)
        if status not in (0, 1) or any(word in err for word in _FAILED):
            problems.append(f"{line}\nexit {status}\n{err}")
    return problems


def _run_python(code: str, folder: Path) -> list[str]:
    """The block as a script in a fresh interpreter, as a reader runs it (the suite's own
    imports must not change what it does)."""
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        return [f"{code}\n{done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ''}"]
    return []


def _run_pycon(code: str, name: str, line: int, names: dict[str, object]) -> list[str]:
    """One block's ``>>>`` examples as a doctest in `names`, the document's shared globals."""
    test = doctest.DocTestParser().get_doctest(code, names, name, name, line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    names.update(test.globs)  # the test ran in a copy
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
    names: dict[str, object] = {}  # the document's pycon blocks run as one session
    for line, language, code, fails in _blocks(path):
        where = f"{path.relative_to(ROOT)}:{line}"
        found = _run_block(language, code, folder, where, names)
        if fails and not found:
            problems.append(f"{where}\nmarked 'example: fails' but runs as written: drop the mark")
        elif not fails:
            problems += [f"{where}\n{p}" for p in found]
    assert not problems, "\n\n".join(problems)


def _run_block(
    language: str, code: str, folder: Path, where: str, names: dict[str, object]
) -> list[str]:
    if language == "console":
        return _run_console(code, folder)
    if language == "sh":
        return _run_sh(code, folder)
    if language == "python":
        return _run_python(code, folder)
    return _run_pycon(code, where, int(where.rsplit(":", 1)[1]), names)


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
    assert _run_pycon(">>> 1 + 1\n3\n", "inline:1", 1, {}) != []
    session: dict[str, object] = {}
    assert _run_pycon(">>> x = 2\n", "inline:1", 1, session) == []
    assert _run_pycon(">>> x + 1\n3\n", "inline:3", 3, session) == []
    assert _lines("a \\\n  b\nc\n") == ["a    b", "c"]
    marked = folder / "marked.md"
    marked.write_text("<!-- example: skip (network) -->\n```sh\nuv run pytest\n```\n")
    assert _blocks(marked) == []
    failing = folder / "failing.md"
    failing.write_text("<!-- example: fails (bug) -->\n```pycon\n>>> 1 + 1\n3\n```\n")
    assert _blocks(failing) == [(2, "pycon", ">>> 1 + 1\n3\n", True)]


def test_a_failing_mark_on_a_working_example_is_flagged(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "stale.md"
    stale.write_text("<!-- example: fails (fixed since) -->\n```pycon\n>>> 1 + 1\n2\n```\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    with pytest.raises(AssertionError, match="drop the mark"):
        test_examples_run_as_written(stale, folder)
