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
    """The member's bytes, at most `limit` of them once inflated.

    A part stored twice is refused: zipfile reads the last copy, Word or Writer may show the
    first, and citekit must check the text the editor sees.
    """
    if sum(1 for info in archive.infolist() if info.filename == name) > 1:
        raise DocumentError(path, f"{name} is stored more than once in the zip archive")
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
