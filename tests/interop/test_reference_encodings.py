"""A reference file saved as UTF-16 with a byte order mark (Windows Notepad's "Unicode", EndNote's
Unicode export) is read as documents are, and one in a legacy encoding is named plainly, its line
and byte: `convert` and `format` said "cannot read: 'utf-8' codec can't decode byte 0xff in
position 0: invalid start byte"."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cli import main
from citekit.errors import DocumentError
from citekit.interop import load_items

FILES = {
    "refs.ris": "TY  - BOOK\r\nAU  - Kaya, Ali\r\nTI  - Türk Tarihi\r\nPY  - 2019\r\nER  - \r\n",
    "refs.bib": "@book{kaya2019,\r\n  author = {Kaya, Ali},\r\n  title = {Türk Tarihi},\r\n"
    "  year = {2019}\r\n}\r\n",
    "refs.json": '[{"id": "kaya2019", "type": "book", "title": "Türk Tarihi",'
    ' "author": [{"family": "Kaya", "given": "Ali"}], "issued": {"date-parts": [[2019]]}}]',
}


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
@pytest.mark.parametrize("name", sorted(FILES))
def test_a_utf16_reference_file_is_read(tmp_path: Path, name: str, codec: str) -> None:
    path = tmp_path / name
    text = FILES[name]
    path.write_bytes(text.encode(codec) if codec == "utf-16" else ("\ufeff" + text).encode(codec))
    (item,) = load_items(path)
    assert item.title == "Türk Tarihi"
    assert [a.family for a in item.authors] == ["Kaya"]


@pytest.mark.parametrize("command", ["convert", "format"])
def test_the_cli_reads_a_utf16_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    for name, text in FILES.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-16"))
        args = [command, str(path)]
        args += [str(tmp_path / f"out-{name}.json")] if command == "convert" else []
        assert main(args) == 0, name
    assert "cannot read" not in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_legacy_encoding_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / name
    path.write_bytes(FILES[name].replace("Türk", "История").encode("cp1251"))
    with pytest.raises(DocumentError, match="save the file as UTF-8"):
        load_items(path)
    for args in (["convert", str(path), str(tmp_path / "o.json")], ["format", str(path)]):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert "not valid UTF-8 (line " in err
        assert "codec" not in err
