"""The results cache: one SQLite table keyed by URL, safe for two processes at once.

SQLite in WAL mode lets one process write while others read, and a busy timeout makes a second
writer wait instead of failing; each result is one short transaction. A result older than
`max_age` is stale and checked again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from citekit.errors import CacheError
from citekit.links.results import LinkResult

__all__ = ["LinkCache"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    url TEXT PRIMARY KEY,
    checked_at TEXT NOT NULL,
    result TEXT NOT NULL
)
"""


class LinkCache:
    """Link results stored by URL in a SQLite file."""

    def __init__(self, path: Path, *, max_age: float) -> None:
        self.path = path
        self.max_age = timedelta(seconds=max_age)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, timeout=30.0, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(str(path), f"cannot open the link cache: {exc}") from exc

    def fresh(self, urls: Iterable[str], *, now: datetime) -> dict[str, LinkResult]:
        """The cached results for `urls` that are younger than `max_age`."""
        found: dict[str, LinkResult] = {}
        cutoff = (now - self.max_age).astimezone(UTC).isoformat()
        wanted = list(dict.fromkeys(urls))
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT result FROM results WHERE url IN ({marks}) AND checked_at >= ?",
                    [*chunk, cutoff],
                )
                for (text,) in rows:
                    result = LinkResult.from_json(json.loads(text), from_cache=True)
                    found[result.url] = result
        except (sqlite3.Error, ValueError, KeyError) as exc:
            raise CacheError(str(self.path), f"cannot read the link cache: {exc}") from exc
        return found

    def store(self, results: Iterable[LinkResult]) -> None:
        """Save results (replacing older ones for the same URLs)."""
        rows = [
            (
                r.url,
                r.checked_at.astimezone(UTC).isoformat(),
                json.dumps(r.to_json(), ensure_ascii=False),
            )
            for r in results
        ]
        try:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(
                    "INSERT OR REPLACE INTO results (url, checked_at, result) VALUES (?, ?, ?)",
                    rows,
                )
        except sqlite3.Error as exc:
            raise CacheError(str(self.path), f"cannot write the link cache: {exc}") from exc

    def close(self) -> None:
        """Close the database."""
        self._db.close()
