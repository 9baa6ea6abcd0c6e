"""The one safe way citekit rewrites a file (`fix`, `edition`, `convert -o`, `refs -o`).

A rewrite must never lose what someone else wrote or break how the file is shared:

- the file is read again just before it is replaced, and the write is refused if it changed
  since citekit read it (an editor saved, a line was appended);
- a symlink is followed and its target written, so the link stays a link; a file with several
  hard links is rewritten in place so that every name keeps seeing it; any other file is
  replaced atomically (a temporary file in the same folder, then ``os.replace``);
- mode bits are kept, and the owner and group where the operating system allows;
- a file without write permission bits is refused (even for root, who could write it) unless
  `force` is given;
- a temporary file is removed when anything fails, and those left by a killed run
  (``.NAME.*.tmp``, older than a minute) are removed by the next write to the same file;
- a new file is never created through a dangling symlink (``-o link`` where the link points
  nowhere would create a file wherever it points).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from pathlib import Path

from citekit.errors import DocumentError

__all__ = ["write_file"]

_STALE_SECONDS = 60.0


def _fail(path: Path, reason: str) -> DocumentError:
    return DocumentError(str(path), reason)


def _target(path: Path) -> Path:
    """The file a write to `path` lands in: the end of its symlink chain."""
    if not path.is_symlink():
        return path
    try:
        return path.resolve(strict=True)
    except FileNotFoundError:
        raise _fail(
            path, f"is a symlink to {os.readlink(path)}, which does not exist; not written"
        ) from None
    except (OSError, RuntimeError) as exc:  # a loop of links
        raise _fail(path, f"cannot follow the symlink: {exc}") from exc


def _remove_stale(target: Path) -> None:
    cutoff = time.time() - _STALE_SECONDS
    for leftover in target.parent.glob(f".{target.name}.*.tmp"):
        try:
            if (
                leftover.is_file()
                and not leftover.is_symlink()
                and leftover.stat().st_mtime < cutoff
            ):
                leftover.unlink()
        except OSError:
            continue  # another process's, or already gone


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_file(
    path: Path, data: bytes, *, original: bytes | None = None, force: bool = False
) -> Path:
    """Write `data` to `path` safely; returns the file actually written (a link's target).

    `original` is what the file held when it was read: the write is refused when the file no
    longer holds it. Without `original` an existing file is simply replaced (an output file).
    Raises `DocumentError` naming the path and the reason.
    """
    target = _target(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _fail(path, f"cannot write: {exc.strerror or exc}") from exc
    if info is None and original is not None:
        raise _fail(path, "was removed since citekit read it; not written")
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise _fail(path, "is not a regular file; not written")
        if not info.st_mode & 0o222 and not force:
            raise _fail(path, "is read-only; not written (use --force to write it anyway)")
    _remove_stale(target)
    try:
        if info is not None and info.st_nlink > 1:
            _rewrite_in_place(path, target, data, original)
        else:
            _replace(path, target, data, original, info)
    except OSError as exc:
        raise _fail(path, f"cannot write: {exc.strerror or exc}") from exc
    return target


def _check_unchanged(path: Path, target: Path, original: bytes | None) -> None:
    if original is None:
        return
    try:
        now = target.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "was removed since citekit read it; not written") from None
    if now != original:
        raise _fail(path, "changed since citekit read it; not written (run citekit again)")


def _replace(
    path: Path, target: Path, data: bytes, original: bytes | None, info: os.stat_result | None
) -> None:
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if info is not None:
            os.chmod(temp, stat.S_IMODE(info.st_mode))
            # not allowed for this user (or this OS): the writer's ownership stays
            with contextlib.suppress(PermissionError, AttributeError):
                os.chown(temp, info.st_uid, info.st_gid)
        else:
            os.chmod(temp, 0o666 & ~_umask())
            if os.path.lexists(path) and not path.exists():
                raise _fail(path, "became a dangling symlink; not written")
        _check_unchanged(path, target, original)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _rewrite_in_place(path: Path, target: Path, data: bytes, original: bytes | None) -> None:
    """Several names share this file: write its bytes in place so that they all keep it."""
    with open(target, "r+b") as out:
        if original is not None and out.read() != original:
            raise _fail(path, "changed since citekit read it; not written (run citekit again)")
        out.seek(0)
        out.write(data)
        out.truncate()
        out.flush()
        os.fsync(out.fileno())
