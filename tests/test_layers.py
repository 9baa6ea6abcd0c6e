"""Imports go one way (STYLE.md §2): a test walks every import under src/citekit.

cli -> reports/checks/styles/links/interop -> citations -> documents/dates/langid ->
languages/model/errors. Imports inside functions count too: a lazy import that climbs is
still a cycle. A module may import its own layer and any layer below.
"""

from __future__ import annotations

import ast
import functools

from tests.conftest import ROOT

SRC = ROOT / "src"

# Top-level modules and subpackages of citekit, by layer (higher imports lower, never back).
LAYERS: dict[str, int] = {
    "errors": 0,
    "model": 0,
    "languages": 0,
    "_version": 0,
    "_text": 0,
    "_native": 0,  # which parser modules run compiled; imported first by the package root
    "documents": 1,
    "dates": 1,
    "langid": 1,
    "langid_spelling": 1,  # what a title's spelling tells against a language (langid's)
    "langid_detect": 1,  # langdetect, seeded and narrowed (langid's)
    "langid_keyboards": 1,  # what a title typed without some of its letters tells (langid's)
    "langid_suffixes": 1,  # a suffix an apostrophe joins to a name is no word (langid's)
    "langid_profiles": 1,  # the per-language tables langid weighs evidence by (langid's)
    "langid_romanised": 1,  # what a romanised title's spelling tells (langid's)
    "langid_read_back": 1,  # a romanised title read back into its script (langid's)
    "langid_foreign_names": 1,  # letters only a title's foreign names hold (langid's)
    "csl": 1,
    "romanize": 1,
    "writing": 1,  # the one safe (atomic) file writer
    "citations": 2,
    "pipeline": 2,  # read -> parse -> Document: the one place documents and citations meet
    "reports": 3,
    "checks": 3,
    "styles": 3,
    "links": 3,
    "interop": 3,
    "editions": 3,
    "training": 3,
    "cli": 4,
    "__main__": 5,
    "<root>": 5,  # the package root re-exports the public surface; nothing imports it
}

# Known climbs, each to be removed, never added to. The test fails when one no longer occurs,
# so the list cannot go stale.
ALLOWED_CLIMBS: dict[tuple[str, str], str] = {}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "<root>"


@functools.cache
def _imports() -> list[tuple[str, str, str]]:
    """(importing file, importing part, imported part) for every citekit import (parsed once)."""
    found = []
    for path in sorted((SRC / "citekit").rglob("*.py")):
        module = ".".join(path.relative_to(SRC).with_suffix("").parts)
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        module = module.removesuffix(".__init__")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                targets = [".".join([*base, node.module] if node.module else base)]
            elif isinstance(node, ast.ImportFrom):
                targets = [node.module or ""]
            else:
                continue
            for target in targets:
                if target == "citekit" or target.startswith("citekit."):
                    rel = str(path.relative_to(ROOT))
                    found.append((f"{rel}:{node.lineno}", _part(module), _part(target)))
    return found


def test_every_part_of_citekit_has_a_layer() -> None:
    folder = SRC / "citekit"
    parts = {p.stem for p in folder.glob("*.py") if p.name != "__init__.py"}
    parts |= {p.parent.name for p in folder.glob("*/__init__.py")}
    assert sorted(parts - set(LAYERS)) == []
    assert {"cli", "checks", "citations", "documents", "model"} <= parts


def test_imports_never_climb_the_layers() -> None:
    climbs = [
        f"{where}: {source} (layer {LAYERS[source]}) imports {target} (layer {LAYERS[target]})"
        for where, source, target in _imports()
        if source != target
        and LAYERS[target] >= LAYERS[source]
        and not (LAYERS[target] == LAYERS[source] and target != "<root>")
        and (source, target) not in ALLOWED_CLIMBS
    ]
    assert climbs == []


def test_the_allow_list_is_not_stale() -> None:
    seen = {(source, target) for _where, source, target in _imports()}
    gone = [f"{ALLOWED_CLIMBS[pair]}: {pair} no longer occurs" for pair in ALLOWED_CLIMBS]
    gone = [text for pair, text in zip(ALLOWED_CLIMBS, gone, strict=True) if pair not in seen]
    assert gone == [], "delete these entries from ALLOWED_CLIMBS"


def test_nothing_imports_the_package_root() -> None:
    roots = [where for where, source, target in _imports() if target == "<root>"]
    assert roots == []
