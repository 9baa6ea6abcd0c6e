"""Reading a document never takes more than the size limit, even where there is no size to
check first: `citekit notes /dev/zero` or `yes | citekit notes -` took every byte of memory."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import citekit.documents as documents
from citekit.cli import main
from citekit.errors import DocumentError

LIMIT = 64 * 1024


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "_MAX_BYTES", LIMIT)


@pytest.mark.usefixtures("small_limit")
def test_endless_standard_input_stops_at_the_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stream = io.BytesIO(b"y\n" * LIMIT)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stream))
    assert main(["notes", "-"]) == 2
    assert (
        f"citekit: error: <stdin>: more than {LIMIT} bytes; not read\n" == capsys.readouterr().err
    )
    assert stream.tell() == LIMIT + 1  # read no further than one byte past the limit


@pytest.mark.usefixtures("small_limit")
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_without_a_size_stops_at_the_limit() -> None:
    with pytest.raises(DocumentError, match=f"more than {LIMIT} bytes"):
        documents.read_file("/dev/zero")


@pytest.mark.usefixtures("small_limit")
def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * LIMIT)
    assert len(documents.read_file(path)) == LIMIT
