"""The package as users get it: `uv build` makes a wheel and an sdist named citekit-notes, and
the wheel, installed into a clean venv, runs `citekit --version` and the founding check.

Offline throughout (``--offline``): the build backend and the locked runtime dependencies come
from the uv cache that `uv run pytest` itself filled. About 7 s on the shared 2-core machine,
so it runs with the normal suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from citekit._version import __version__
from tests.conftest import EXAMPLE, ROOT

NAME = "citekit_notes"


def _run(
    args: list[str], *, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    uv = shutil.which("uv")
    assert uv is not None, "uv is needed to build the distribution"
    out = tmp_path_factory.mktemp("dist")
    # the pure Python wheel: compiling the parser (mypyc, about a minute) is the build hook's
    # own path, and its failure leaves this one (docs/guides/speed.md)
    env = {**os.environ, "CITEKIT_PURE_PYTHON": "1"}
    result = _run([uv, "build", "--offline", "--quiet", "--out-dir", str(out)], cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    return out


def test_wheel_and_sdist_carry_the_distribution_name(built: Path) -> None:
    wheel = built / f"{NAME}-{__version__}-py3-none-any.whl"
    sdist = built / f"{NAME}-{__version__}.tar.gz"
    assert wheel.is_file()
    assert sdist.is_file()
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"{NAME}-{__version__}.dist-info/METADATA").decode()
        entry_points = archive.read(f"{NAME}-{__version__}.dist-info/entry_points.txt").decode()
    assert "Name: citekit-notes\n" in metadata
    assert "citekit = citekit.cli:run" in entry_points
    assert {"citekit/py.typed", "citekit/languages/data/tk.toml"} <= names
    assert any(n.startswith("citekit/styles/data/") and n.endswith(".csl") for n in names)
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    assert f"{NAME}-{__version__}/pyproject.toml" in members


def test_the_wheel_runs_in_a_clean_venv(built: Path, tmp_path: Path) -> None:
    uv = shutil.which("uv")
    assert uv is not None
    venv = tmp_path / "venv"
    env = {**os.environ, "UV_PROJECT_ENVIRONMENT": str(venv)}
    env.pop("VIRTUAL_ENV", None)
    # the locked runtime dependencies only (no dev tools, not the project), then the wheel
    sync = ["sync", "--frozen", "--offline", "--no-dev", "--no-install-project", "--quiet"]
    result = _run([uv, *sync], cwd=ROOT, env=env)
    assert result.returncode == 0, result.stderr
    wheel = built / f"{NAME}-{__version__}-py3-none-any.whl"
    python = venv / "bin" / "python"
    install = ["pip", "install", "--offline", "--no-deps", "--python", str(python), str(wheel)]
    result = _run([uv, *install, "--quiet"], cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    citekit = venv / "bin" / "citekit"
    version = _run([str(citekit), "--version"], cwd=tmp_path)
    said = (version.returncode, version.stdout)
    assert said == (0, f"citekit {__version__} (parser: pure Python)\n")
    where = _run([str(python), "-c", "import citekit; print(citekit.__file__)"], cwd=tmp_path)
    assert where.stdout.startswith(str(venv))  # the installed wheel, not this checkout
    check = _run([str(citekit), "check", "--no-links", str(EXAMPLE)], cwd=tmp_path)
    assert check.returncode == 1, check.stderr
    assert "missing-url" in check.stdout
    assert check.stdout.rstrip().endswith("10 finding(s), 8 error(s)")
