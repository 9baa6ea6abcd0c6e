"""The pre-commit hooks, offline: the manifest checked by pre-commit's own schema, each hook run.

pre-commit's `language: python` would build a virtualenv and install citekit from the index;
here each hook of `.pre-commit-hooks.yaml` runs as a `repo: local`, `language: system` hook
whose entry is this environment's `citekit` console script, with the manifest's own `args`,
`files` and `types`. pre-commit installs nothing, and nothing leaves the machine.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from pre_commit.clientlib import load_config, load_manifest

from citekit.documents import EXTENSIONS
from tests.conftest import EXAMPLE, ROOT

MANIFEST = ROOT / ".pre-commit-hooks.yaml"
BIN = Path(sys.executable).parent
DOCX = ROOT / "examples" / "article.docx"
# the keys a local hook takes over from the manifest unchanged
KEPT = ("id", "name", "args", "files", "exclude", "types", "types_or", "require_serial")


def hooks() -> dict[str, dict[str, Any]]:
    """The manifest's hooks by id, as pre-commit validates and fills in them."""
    return {hook["id"]: hook for hook in load_manifest(str(MANIFEST))}


def local_hook(hook: dict[str, Any]) -> dict[str, Any]:
    """The same hook as a `language: system` hook on this environment's console script."""
    command, *rest = shlex.split(hook["entry"])
    entry = shlex.join([str(BIN / command), *rest])
    return {**{key: hook[key] for key in KEPT}, "entry": entry, "language": "system"}


def test_manifest_is_valid_for_pre_commit_and_names_our_command() -> None:
    found = hooks()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert list(found) == ["citekit", "citekit-fix"]
    assert [h["entry"] for h in found.values()] == ["citekit check", "citekit fix"]
    # `language: python` installs the project, whose console script the entry names
    assert {"python"} == {h["language"] for h in found.values()}
    assert {"citekit"} == {shlex.split(h["entry"])[0] for h in found.values()} & set(scripts)
    # the documented default: the check hook is offline unless the user overrides `args`
    assert found["citekit"]["args"] == ["--no-links"]
    assert found["citekit-fix"]["args"] == []


def test_hooks_take_every_format_citekit_reads() -> None:
    # the check hook left out .odt, .fodt, .xhtml and .text: such articles were never checked
    found = hooks()
    checked = re.compile(found["citekit"]["files"])
    fixed = re.compile(found["citekit-fix"]["files"])
    for extension, format in EXTENSIONS.items():
        name = f"articles/a{extension}"
        assert bool(checked.search(name)) == (format != "wordpress"), extension
        assert bool(fixed.search(name)) == (format in ("text", "markdown", "html")), extension


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_fix_then_check_hooks_run_by_pre_commit(tmp_path: Path) -> None:
    repo = tmp_path / "articles"
    repo.mkdir()
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "cache"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    shutil.copy(EXAMPLE, repo / "article.txt")
    shutil.copy(DOCX, repo / "article.docx")
    (repo / "clean.md").write_text("Söz.\n", encoding="utf-8")
    (repo / "notes.rst").write_text("not an article\n", encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    found = hooks()
    # as docs/guides/check.md advises: the fixer first, then the check
    config = tmp_path / "pre-commit-config.yaml"
    local = {"repo": "local", "hooks": [local_hook(found[i]) for i in ("citekit-fix", "citekit")]}
    config.write_text(json.dumps({"repos": [local]}), encoding="utf-8")
    load_config(str(config))  # the hooks as a user would configure them are valid too
    before = (repo / "article.txt").read_text(encoding="utf-8")
    result = subprocess.run(
        [str(BIN / "pre-commit"), "run", "--all-files", "--verbose", "-c", str(config)],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    output = result.stdout + result.stderr
    # each hook's report starts with its name; the fixer runs first
    fix_part, check_name, check_part = output.partition("\ncitekit check.")
    assert result.returncode == 1, output
    # no environment was built: nothing installed, nothing fetched
    assert "Installing environment" not in output
    # citekit-fix: rewrote the article, left the clean file, was not given the DOCX
    assert fix_part.startswith("citekit fix.")
    assert "files were modified by this hook" in fix_part
    assert "article.txt: 9 fix(es) applied" in fix_part
    assert "article.docx" not in fix_part
    after = (repo / "article.txt").read_text(encoding="utf-8")
    assert "Date of Accession" in before
    assert "Date of Accession" not in after
    assert (repo / "clean.md").read_text(encoding="utf-8") == "Söz.\n"
    # citekit: the missing URLs stop the commit; the DOCX is checked, the .rst file is not
    assert check_name
    assert "- hook id: citekit\n" in check_part
    assert "- exit code: 1" in check_part
    assert "article.txt:38 note 1: error note 1 has no URL" in check_part
    assert "article.docx" in check_part
    assert "notes.rst" not in output
