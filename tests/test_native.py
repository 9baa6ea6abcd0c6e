"""Compiled parser modules (mypyc) and their sources: which run, and the fallback to sources."""

from __future__ import annotations

import hashlib
import importlib.machinery
import json
import subprocess
import sys
from pathlib import Path

import citekit.citations.tagger.features as features
from citekit._native import SourceFirst, check, mode

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _package(root: Path, source: str, compiled: str, *, editable: bool = True) -> Path:
    """A package `kitpkg` with `mod.py` and a record of `compiled` as mod's compiled source
    (its size and time never the file's: the bytes decide)."""
    (root / "kitpkg").mkdir()
    (root / "kitpkg" / "__init__.py").write_text("", encoding="utf-8")
    (root / "kitpkg" / "mod.py").write_text(source, encoding="utf-8")
    built = {"sha256": hashlib.sha256(compiled.encode()).hexdigest(), "size": -1, "mtime_ns": 0}
    record = root / "record.json"
    data = {"editable": editable, "modules": {"kitpkg.mod": built}}
    record.write_text(json.dumps(data), encoding="utf-8")
    return record


def test_no_record_is_pure_python(tmp_path: Path) -> None:
    assert check(tmp_path, tmp_path / "absent.json") == ("pure Python", {})


def test_fresh_compiled_module_runs(tmp_path: Path) -> None:
    record = _package(tmp_path, "X = 1\n", "X = 1\n")
    (tmp_path / "kitpkg" / f"mod{SUFFIX}").write_bytes(b"")
    assert check(tmp_path, record) == ("compiled with mypyc (1 modules)", {})


def test_edited_source_runs_instead_of_its_stale_compiled_module(tmp_path: Path) -> None:
    record = _package(tmp_path, "X = 2\n", "X = 1\n")
    # not a loadable extension: importing it would fail, so the source must be the one found
    (tmp_path / "kitpkg" / f"mod{SUFFIX}").write_bytes(b"not an extension")
    said, stale = check(tmp_path, record)
    assert said.startswith("pure Python: kitpkg.mod changed since it was compiled")
    assert stale == {"kitpkg.mod": tmp_path / "kitpkg" / "mod.py"}
    code = (
        "import sys; from pathlib import Path; from citekit._native import SourceFirst;"
        f"sys.path.insert(0, {str(tmp_path)!r});"
        f"names = {{'kitpkg.mod': Path({str(stale['kitpkg.mod'])!r})}};"
        "sys.meta_path.insert(0, SourceFirst(names));"
        "import kitpkg.mod; print(kitpkg.mod.X, kitpkg.mod.__file__)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["2", str(tmp_path / "kitpkg" / "mod.py")]


def test_unchanged_size_and_time_need_no_hash(tmp_path: Path) -> None:
    record = _package(tmp_path, "X = 2\n", "X = 1\n")
    (tmp_path / "kitpkg" / f"mod{SUFFIX}").write_bytes(b"")
    data = json.loads(record.read_text(encoding="utf-8"))
    stat = (tmp_path / "kitpkg" / "mod.py").stat()
    data["modules"]["kitpkg.mod"].update(size=stat.st_size, mtime_ns=stat.st_mtime_ns)
    record.write_text(json.dumps(data), encoding="utf-8")
    assert check(tmp_path, record)[0] == "compiled with mypyc (1 modules)"


def test_a_wheel_s_sources_are_not_compared(tmp_path: Path) -> None:
    record = _package(tmp_path, "X = 2\n", "X = 1\n", editable=False)
    (tmp_path / "kitpkg" / f"mod{SUFFIX}").write_bytes(b"")
    assert check(tmp_path, record) == ("compiled with mypyc (1 modules)", {})


def test_a_failed_build_says_why(tmp_path: Path) -> None:
    record = tmp_path / "record.json"
    record.write_text(json.dumps({"modules": {}, "error": "CompileError: no cc"}), "utf-8")
    assert check(tmp_path, record) == ("pure Python (not compiled: CompileError: no cc)", {})


def test_missing_compiled_module_means_sources(tmp_path: Path) -> None:
    record = _package(tmp_path, "X = 1\n", "X = 1\n")
    said, stale = check(tmp_path, record)
    assert said.startswith("pure Python")
    assert "kitpkg.mod" in stale


def test_finder_leaves_other_modules_alone(tmp_path: Path) -> None:
    finder = SourceFirst({"kitpkg.mod": tmp_path / "mod.py"})
    assert finder.find_spec("json", None) is None


def test_mode_says_what_this_installation_runs() -> None:
    compiled = not features.__file__.endswith(".py")
    assert mode().startswith("compiled with mypyc") == compiled


def test_version_names_the_parser_mode() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citekit", "--version"], capture_output=True, text=True, check=True
    )
    assert f"(parser: {mode()})" in " ".join(done.stdout.split())


def test_the_listed_modules_compile_when_the_build_ran_mypyc() -> None:
    # a build with a compiler that reached mypyc and failed (our code: a construct mypyc
    # cannot compile) falls back to pure Python silently for users; here it fails loudly
    record = Path(features.__file__).parents[2] / "_native.json"
    if not record.exists():
        return  # built with no record (a plain source tree): nothing to check
    error = json.loads(record.read_text(encoding="utf-8")).get("error", "")
    assert not str(error).startswith("mypyc failed"), error
