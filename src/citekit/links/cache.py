"""The results cache: one SQLite table keyed by URL and guard setting, safe for two processes.

SQLite in WAL mode lets one process write while others read; each result batch is one short
transaction. A result older than `max_age` is stale and checked again. A result is only replayed
under the setting it was made with: "private address, not contacted" must not answer a run that
allows private addresses (nor an ``ok`` from such a run answer one that does not).

The cache is a convenience, never a reason to lose a run: a locked file is waited for a bounded
time and then given up (the results are still printed), a row that does not read back as a result
is checked again, and a damaged cache (an SQLite file that no longer reads) is moved aside and
rebuilt. A file that is not SQLite at all, or an SQLite database that holds other tables, is
never touched: it is someone's article or Zotero library given to ``--cache`` by mistake, not a
cache (a `CacheError`, and the run goes on without the cache).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from citekit.errors import CacheError
from citekit.links.results import LinkResult, redact

__all__ = ["LinkCache", "refuse_foreign"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS link_results (
    url TEXT NOT NULL,
    private_ok INTEGER NOT NULL,
    checked_at TEXT NOT NULL,
    result TEXT NOT NULL,
    PRIMARY KEY (url, private_ok)
)
"""
_RUNS = """
CREATE TABLE IF NOT EXISTS link_runs (
    key TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished INTEGER NOT NULL
)
"""
_BUSY_SECONDS = 5.0  # SQLite's own wait for a lock, per try
_TRIES = 3  # tries of a locked write before the results are kept out of the cache
_SQLITE_HEADER = b"SQLite format 3\x00"
# citekit's own tables: `citekit recover` keeps the pages it reads in the same file
_OURS = frozenset({"link_results", "link_runs", "recover_pages"})


def refuse_foreign(db: sqlite3.Connection, path: Path) -> None:
    """A `CacheError` when the database holds tables that are not citekit's (a Zotero
    library given to ``--cache``): nothing may be written into it."""
    tables = {
        str(row[0]) for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if tables - _OURS:
        others = ", ".join(sorted(tables - _OURS)[:3])
        raise CacheError(
            str(path),
            f"is an SQLite database with other tables ({others}), not a link cache; left as it is",
        )


def _is_locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc).lower() or "busy" in str(exc).lower()


def _is_corrupt(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _is_sqlite(path: Path) -> bool:
    """Whether the file starts as an SQLite database does (a damaged cache still does)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


class LinkCache:
    """Link results stored by URL in a SQLite file.

    `warn` receives one line for each thing that went wrong but did not stop the run (a broken
    file moved aside, rows skipped, a write given up after waiting).
    """

    def __init__(
        self,
        path: Path,
        *,
        max_age: float,
        allow_private: bool = False,
        warn: Callable[[str], None] | None = None,
        busy_seconds: float = _BUSY_SECONDS,
    ) -> None:
        self.path = path
        self.max_age = timedelta(seconds=max_age)
        self._private_ok = int(allow_private)
        self._warn = warn or (lambda _line: None)
        self._busy = busy_seconds
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = self._open()
        except sqlite3.DatabaseError as exc:
            if not _is_corrupt(exc):
                raise CacheError(str(path), f"cannot open the link cache: {exc}") from exc
            if not _is_sqlite(path):
                raise CacheError(
                    str(path), "is not a link cache (not an SQLite file); left as it is"
                ) from exc
            self._db = self._rebuild(exc)
        except OSError as exc:
            raise CacheError(str(path), f"cannot open the link cache: {exc}") from exc

    def _open(self) -> sqlite3.Connection:
        # Two processes creating the file at once: switching a new file to WAL takes a lock
        # SQLite does not wait for, so "database is locked" is retried for up to `_busy` s.
        deadline = time.monotonic() + self._busy
        pause = 0.01
        while True:
            try:
                return self._open_once()
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or time.monotonic() + pause > deadline:
                    raise
                time.sleep(pause)
                pause = min(pause * 2, 0.5)

    def _open_once(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self._busy, isolation_level=None)
        try:
            refuse_foreign(db, self.path)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(_SCHEMA)
            db.execute(_RUNS)
            db.execute("SELECT count(*) FROM link_results").fetchone()
        except (sqlite3.Error, CacheError):
            db.close()
            raise
        return db

    def _rebuild(self, cause: sqlite3.Error) -> sqlite3.Connection:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.broken-{stamp}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):
                extra = self.path.with_name(self.path.name + suffix)
                if extra.exists():
                    extra.replace(aside.with_name(aside.name + suffix))
            db = self._open()
        except (OSError, sqlite3.Error) as exc:
            raise CacheError(str(self.path), f"cannot rebuild the link cache: {exc}") from exc
        self._warn(f"{self.path}: the link cache was broken ({cause}); moved to {aside}, rebuilt")
        return db

    def begin_run(self, key: str, *, resume: bool, now: datetime) -> datetime | None:
        """Record that a run over the URL set `key` starts; with `resume`, continue the last
        unfinished run over the same set instead and return when it started (its results are
        then reused whatever their age). None when there is nothing to resume."""
        try:
            row = self._db.execute(
                "SELECT started_at FROM link_runs WHERE key = ? AND finished = 0", (key,)
            ).fetchone()
            if resume and row is not None:
                return datetime.fromisoformat(str(row[0]))
            self._db.execute(
                "INSERT OR REPLACE INTO link_runs (key, started_at, finished) VALUES (?, ?, 0)",
                (key, now.astimezone(UTC).isoformat()),
            )
        except (sqlite3.Error, ValueError) as exc:
            self._warn(f"{self.path}: cannot record the run ({exc}); --resume will not find it")
        return None

    def finish_run(self, key: str) -> None:
        """Mark the run over `key` complete: nothing is left to resume."""
        try:
            self._db.execute("UPDATE link_runs SET finished = 1 WHERE key = ?", (key,))
        except sqlite3.Error as exc:
            self._warn(f"{self.path}: cannot record the end of the run ({exc})")

    def fresh(
        self, urls: Iterable[str], *, now: datetime, since: datetime | None = None
    ) -> dict[str, LinkResult]:
        """The cached results for `urls` younger than `max_age` (or checked after `since`,
        when that is earlier: a resumed run), keyed by the URL asked.

        A row that does not read back as a valid result for its URL is left out (and so
        checked again); a locked or unreadable file gives an empty answer and a warning.
        """
        found: dict[str, LinkResult] = {}
        oldest = now - self.max_age
        if since is not None and since < oldest:
            oldest = since
        cutoff = oldest.astimezone(UTC).isoformat()
        keys: dict[str, list[str]] = {}
        for url in urls:
            keys.setdefault(redact(url), []).append(url)
        wanted = list(keys)
        bad = 0
        try:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT url, result FROM link_results WHERE url IN ({marks}) "
                    "AND private_ok = ? AND checked_at >= ?",
                    [*chunk, self._private_ok, cutoff],
                ).fetchall()
                for key, text in rows:
                    try:
                        result = LinkResult.from_json(json.loads(text), from_cache=True)
                    except (ValueError, TypeError, KeyError, RecursionError):
                        bad += 1
                        continue
                    if result.url != key or key not in keys:
                        bad += 1
                        continue
                    for url in keys[key]:
                        found[url] = result
        except sqlite3.Error as exc:
            self._warn(f"{self.path}: cannot read the link cache ({exc}); checking every link")
            return {}
        if bad:
            self._warn(f"{self.path}: {bad} cached result(s) were invalid; checking them again")
        return found

    def store(self, results: Iterable[LinkResult]) -> bool:
        """Save results (replacing older ones for the same URLs); False when given up.

        A locked file is retried a few times (SQLite waits `busy_seconds` each time); then the
        results are left out of the cache with a warning, never lost from the run.
        """
        rows = [
            (
                redact(r.url),
                self._private_ok,
                r.checked_at.astimezone(UTC).isoformat(),
                json.dumps(r.to_json(), ensure_ascii=False),
            )
            for r in results
        ]
        if not rows:
            return True
        for attempt in range(1, _TRIES + 1):
            try:
                with self._db:
                    self._db.execute("BEGIN IMMEDIATE")
                    self._db.executemany(
                        "INSERT OR REPLACE INTO link_results (url, private_ok, checked_at, result)"
                        " VALUES (?, ?, ?, ?)",
                        rows,
                    )
                return True
            except sqlite3.Error as exc:
                if _is_locked(exc) and attempt < _TRIES:
                    time.sleep(0.05 * attempt)
                    continue
                self._warn(
                    f"{self.path}: {len(rows)} result(s) not cached ({exc}); they are still shown"
                )
                return False
        return False  # pragma: no cover - the loop always returns

    def close(self) -> None:
        """Close the database."""
        self._db.close()
