"""Reading a member of a zip-based document (DOCX, ODT) with its real size counted.

A zip's central directory states each member's size, and a hostile file can state anything: the
bytes are counted while they are inflated, and a damaged member is a `DocumentError`, not a
``BadZipFile`` from deep inside zipfile.
"""

from __future__ import annotations

import zipfile
import zlib

from citekit.errors import DocumentError

__all__ = ["MAX_PART", "inflate"]

MAX_PART = 64 * 1024 * 1024  # inflated bytes of one XML part
_CHUNK = 1024 * 1024


def inflate(archive: zipfile.ZipFile, name: str, path: str, limit: int = MAX_PART) -> bytes:
    """The member's bytes, at most `limit` of them once inflated."""
    out = bytearray()
    try:
        with archive.open(name) as member:
            while chunk := member.read(_CHUNK):
                out += chunk
                if len(out) > limit:
                    raise DocumentError(
                        path, f"{name} inflates to more than {limit // (1024 * 1024)} MB"
                    )
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise DocumentError(path, f"{name} is damaged in the zip archive: {exc}") from exc
    return bytes(out)
