"""Module constants of the compiled modules are `Final`: mypyc reads a `Final` name from a C
static (or inlines it), and any other module-level name from the module's dict at each read
(`docs/guides/speed.md`). A constant is an upper-case name bound once at module level."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _compiled_modules() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hook = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]
    modules: list[str] = hook["mypyc-modules"]
    return modules


def _loose_constants(source: str) -> list[str]:
    """The upper-case names bound once at module level without a `Final` annotation (a name
    bound again, or rebound by `global`, is no constant)."""
    tree = ast.parse(source)
    bound: dict[str, list[ast.stmt]] = {}
    for node in tree.body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                bound.setdefault(target.id, []).append(node)
    rebound = {
        name for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names
    }
    loose = []
    for name, nodes in bound.items():
        if not name.lstrip("_")[:1].isupper() or not name.lstrip("_").isupper():
            continue
        if len(nodes) != 1 or name in rebound:
            continue
        node = nodes[0]
        if isinstance(node, ast.AnnAssign) and "Final" in ast.unparse(node.annotation):
            continue
        loose.append(name)
    return loose


def test_compiled_modules_constants_are_final() -> None:
    modules = _compiled_modules()
    assert len(modules) > 200
    loose = {
        module: names
        for module in modules
        if (names := _loose_constants((ROOT / "src" / module).read_text(encoding="utf-8")))
    }
    assert not loose, f"annotate these module constants `Final`: {loose}"


def test_a_loose_constant_is_found() -> None:
    source = "from typing import Final\n_A = 1\n_B: Final = 2\n_C: int = 3\nX, Y = 1, 2\n"
    assert _loose_constants(source) == ["_A", "_C"]
    assert _loose_constants("_CACHE = {}\n\ndef f():\n    global _CACHE\n    _CACHE = {}\n") == []
