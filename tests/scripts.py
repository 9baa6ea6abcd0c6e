"""Scripts of the repository (``scripts/*.py``, the corpus scorer) loaded as modules by tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).parent.parent / "scripts"


def load_script(path: Path) -> ModuleType:
    """The Python file at `path` run as a module named after it (a fresh module per call)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
