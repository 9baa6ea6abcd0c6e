"""A BibTeX value whose braces nest thousands deep is read, its text kept: the LaTeX reader
recursed once a level, and `format`, `convert` and `refs` ended with an internal error
(RecursionError) on such a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.interop import loads_items


@pytest.mark.parametrize("depth", [400, 3000])
def test_deeply_nested_braces_keep_the_text(depth: int) -> None:
    bib = (
        "@book{deep, title={" + "{" * depth + 'T\\"urk Tarihi' + "}" * depth + "},"
        " author={Kaya, Ali}, year={2019}}\n@book{next, title={{Next} Book}, year={2020}}\n"
    )
    deep, following = loads_items(bib, "bibtex")
    assert deep.title is not None
    assert "rk Tarihi" in deep.title
    assert "{" not in deep.title
    assert following.title == "Next Book"


def test_a_few_nested_braces_are_still_decoded_as_latex() -> None:
    (item,) = loads_items('@book{a, title={{{{T\\"urk}}} {Tarihi}}, year={2019}}', "bibtex")
    assert item.title == "Türk Tarihi"


def test_format_reads_a_deeply_nested_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "refs.bib"
    path.write_text("@book{a, title={" + "{" * 3000 + "Tarih" + "}" * 3000 + "}, year={2019}}")
    assert main(["format", "--style", "apa", str(path)]) == 0
    assert "Tarih" in capsys.readouterr().out
