"""`--cache` naming a file that is not a link cache: it is never moved, rewritten or altered.

Before, `citekit links --cache article.txt urls.txt` renamed the article to
``article.txt.broken-<time>`` and put a database in its place, and `--cache zotero.sqlite`
added citekit's tables to the Zotero library and switched it to WAL mode.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from citekit.errors import CacheError
from citekit.links import LinkSettings, LinkStatus, check_links
from citekit.links.cache import LinkCache

URL = "http://127.0.0.1:9/page"  # loopback: reported as private, never contacted


def _run(path: Path) -> list[str]:
    warnings: list[str] = []
    (result,) = check_links(URL, settings=LinkSettings(cache=path), warn=warnings.append)
    assert result.status is LinkStatus.SKIPPED
    return warnings


def test_a_text_file_given_as_the_cache_is_left_as_it_is(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Text.[1]\n\n[1] Smith J. A Book. 2019.\n", encoding="utf-8")
    before = article.read_bytes()
    warnings = _run(article)
    assert article.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.txt"]
    assert warnings == [
        f"{article}: is not a link cache (not an SQLite file); left as it is; "
        "checking without the cache"
    ]


def test_another_programs_database_is_not_written(tmp_path: Path) -> None:
    library = tmp_path / "zotero.sqlite"
    with sqlite3.connect(library) as db:
        db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)")
        db.execute("INSERT INTO items (title) VALUES ('A Book')")
    db.close()
    before = library.read_bytes()
    with pytest.raises(CacheError, match=r"other tables \(items\), not a link cache"):
        LinkCache(library, max_age=60)
    warnings = _run(library)
    assert library.read_bytes() == before
    assert len(warnings) == 1
    assert "not a link cache" in warnings[0]


def test_a_damaged_cache_is_still_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "links.sqlite"
    _run(path)  # a real cache, then cut short as a full disk or a crash leaves it
    path.write_bytes(path.read_bytes()[:3000])
    warnings = _run(path)
    assert "moved to" in warnings[0]
    assert len(list(tmp_path.glob("links.sqlite.broken-*"))) == 1
    LinkCache(path, max_age=60).close()  # the rebuilt file opens as a cache


def test_the_cache_recover_wrote_is_still_the_link_cache(tmp_path: Path) -> None:
    # `citekit recover` keeps the pages it read in the same file; `check` then refused the
    # file as "an SQLite database with other tables (recover_pages)" and ran without a cache
    from citekit.links.recover.fetch import _PageCache

    path = tmp_path / "links.sqlite"
    _PageCache(LinkSettings(cache=path)).close()
    LinkCache(path, max_age=60).close()
    assert _run(path) == []


def test_recover_does_not_write_into_another_programs_database(tmp_path: Path) -> None:
    from citekit.links.recover.fetch import _PageCache

    library = tmp_path / "zotero.sqlite"
    with sqlite3.connect(library) as db:
        db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, title TEXT)")
    db.close()
    before = library.read_bytes()
    with pytest.raises(CacheError, match=r"other tables \(items\), not a link cache"):
        _PageCache(LinkSettings(cache=library))
    assert library.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["zotero.sqlite"]
