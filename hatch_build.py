"""Build hook: compile the parser's hot modules with mypyc when this machine can.

The modules are listed in ``pyproject.toml`` (``[tool.hatch.build.targets.wheel.hooks.custom]``).
With no C compiler, or when mypyc fails for any reason, or with ``CITEKIT_PURE_PYTHON=1`` set,
the build goes on and the package is pure Python (same output, slower parsing). A wheel carries
the compiled modules beside their sources; an editable install (``uv sync``) builds them into
``src/`` in place. Either way ``citekit/_native.json`` records what was compiled, from which
sources (``citekit._native`` runs the sources instead when they changed since), or why nothing
was compiled.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_RECORD = "citekit/_native.json"


_PROBE = """#include <Python.h>
static struct PyModuleDef probe = {PyModuleDef_HEAD_INIT, "citekit_probe", NULL, -1, NULL};
PyMODINIT_FUNC PyInit_citekit_probe(void) { return PyModule_Create(&probe); }
"""


def _build(extensions: list[Any], work: Path) -> Any:
    """setuptools' build_ext run on `extensions`, its output under `work` (C files compiled
    in parallel, one process per core)."""
    from setuptools import Distribution
    from setuptools.command.build_ext import build_ext

    command = build_ext(Distribution({"ext_modules": extensions, "script_name": "setup.py"}))
    command.build_lib = str(work / "lib")
    command.build_temp = str(work / "tmp")
    command.parallel = True
    command.ensure_finalized()
    command.run()
    return command


def _compile(root: Path, sources: list[str], work: Path) -> dict[str, Path]:
    """Each compiled module's file (relative to ``src``) -> where it was built."""
    from mypyc.build import mypycify
    from setuptools import Extension

    # a C compiler and Python's headers first (a second, not mypyc's minute, when they lack)
    probe = work / "probe" / "citekit_probe.c"
    probe.parent.mkdir(parents=True)
    probe.write_text(_PROBE, encoding="utf-8")
    try:
        _build([Extension("citekit_probe", [str(probe)])], probe.parent)
    except Exception as error:
        raise RuntimeError("no working C compiler, or no Python headers") from error
    # no config file: the build environment lacks the runtime dependencies' types (treated as
    # Any, which mypyc handles dynamically), and mypyc needs types, not strictness
    options = ["--config-file=", "--ignore-missing-imports", "--follow-imports=silent"]
    options += ["--cache-dir", str(work / "mypy_cache")]
    here = os.getcwd()
    os.chdir(root)
    try:
        paths = [f"src/{s}" for s in sources]
        # a C file per module: a third less compiler time than one file, and as fast
        c = str(work / "c")
        extensions = mypycify(options + paths, target_dir=c, opt_level="3", multi_file=True)
        command = _build(extensions, work)
    finally:
        os.chdir(here)
    return {
        command.get_ext_filename(e.name): work / "lib" / command.get_ext_filename(e.name)
        for e in extensions
    }


class MypycHook(BuildHookInterface):
    """Compiles the listed modules; never fails the build."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        src = root / "src"
        editable = version == "editable"
        sources: list[str] = list(self.config.get("mypyc-modules", []))
        if editable:  # what an earlier editable build left in the source tree
            (src / _RECORD).unlink(missing_ok=True)
            for old in [*src.glob("*__mypyc.*"), *src.glob("citekit/**/*.so")]:
                old.unlink()
        if not sources or os.environ.get("CITEKIT_PURE_PYTHON"):
            return
        work = Path(tempfile.mkdtemp(prefix="citekit-mypyc-"))
        built: dict[str, Path] = {}
        try:
            # the sources as they are before mypyc reads them (an edit made meanwhile is stale)
            modules = {_module(s): _state(src / s) for s in sources}
            built = _compile(root, sources, work)
        except BaseException as error:  # no compiler, mypyc error (it exits), …: pure Python
            if isinstance(error, KeyboardInterrupt):
                raise
            if isinstance(error, SystemExit):  # mypyc's way to fail (its errors printed)
                reason = f"mypyc failed (exit status {error.code})"
            else:
                reason = " ".join(f"{type(error).__name__}: {error}".split())[:160]
            self.app.display_warning(
                f"citekit: parser modules not compiled ({reason}); "
                "installing the pure Python modules (same output, slower)"
            )
            modules = {}
            record: dict[str, Any] = {"modules": {}, "error": reason}
        else:
            if not editable:  # a wheel's files cannot go stale: no stat or hash to compare
                modules = {name: {} for name in modules}
            record = {
                "editable": editable,
                "modules": modules,
                "mypyc": _mypy_version(),
                "python": sys.version.split()[0],
            }
            self.app.display_info(f"citekit: {len(sources)} parser modules compiled with mypyc")
        text = json.dumps(record, indent=1, sort_keys=True) + "\n"
        if editable:
            for relative, path in built.items():
                shutil.copy2(path, src / relative)
            (src / _RECORD).write_text(text, encoding="utf-8")
            shutil.rmtree(work, ignore_errors=True)
            return
        (work / "record.json").write_text(text, encoding="utf-8")
        build_data["force_include"][str(work / "record.json")] = _RECORD
        for relative, path in built.items():
            build_data["force_include"][str(path)] = relative
        if built:
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
        self._work = work  # read when the wheel is written: removed in `finalize`

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def _module(source: str) -> str:
    return source.removesuffix("/__init__.py").removesuffix(".py").replace("/", ".")


def _state(path: Path) -> dict[str, Any]:
    """What `citekit._native` compares: size and time first (a stat), then the bytes."""
    stat = path.stat()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"mtime_ns": stat.st_mtime_ns, "sha256": digest, "size": stat.st_size}


def _mypy_version() -> str:
    from mypy.version import __version__

    return str(__version__)
