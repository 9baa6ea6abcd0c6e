"""A folder's `.xml` files are documents only when they are WordPress exports: a sitemap
beside the articles made `citekit check FOLDER` stop with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.documents.files import find_documents
from citekit.errors import DocumentError
from citekit.pipeline import read_documents

ARTICLE = "Trade grew in the first nine months of the year, officials said.[^1]\n\n[^1]: “T”, O.\n"
SITEMAP = '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>'
EXPORT = (
    '<?xml version="1.0"?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>'
    "<content:encoded><![CDATA[<p>Text.</p>]]></content:encoded></item></channel></rss>"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "art.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text(SITEMAP, encoding="utf-8")
    (tmp_path / "export.xml").write_text(EXPORT, encoding="utf-8")
    return tmp_path


def test_a_folder_reads_wordpress_exports_and_no_other_xml(folder: Path) -> None:
    found = [Path(p).name for p in find_documents(folder)]
    assert found == ["art.md", "export.xml"]


def test_check_on_the_folder_succeeds(folder: Path) -> None:
    assert main(["check", str(folder / "art.md"), str(folder)]) in (0, 1)


def test_an_xml_file_named_outright_is_read_and_its_error_named(folder: Path) -> None:
    assert find_documents(folder / "sitemap.xml") == [str(folder / "sitemap.xml")]
    with pytest.raises(DocumentError, match=r"sitemap\.xml"):
        list(read_documents(folder / "sitemap.xml"))
