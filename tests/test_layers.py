"""Imports go one way: the readers never reach up into the note parser."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

SRC = ROOT / "src" / "citekit"


def _imports(path: str) -> set[str]:
    names: set[str] = set()
    where = SRC / path
    for file in where.rglob("*.py") if where.is_dir() else [where]:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return names


def test_documents_never_import_citations_or_the_pipeline() -> None:
    climbing = {
        name
        for name in _imports("documents")
        if name.startswith(("citekit.citations", "citekit.pipeline", "citekit.checks"))
    }
    assert climbing == set()


def test_the_pipeline_composes_the_two_layers() -> None:
    names = _imports("pipeline.py")
    assert {"citekit.citations", "citekit.documents"} <= names
