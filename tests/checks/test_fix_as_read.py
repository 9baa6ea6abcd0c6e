"""A value the note parser read through characters no reader sees (a soft hyphen, a zero-width
space: `citekit._text.visible`) is still found in the file by `citekit fix` and `citekit
edition`, which replace it with those characters."""

from __future__ import annotations

from pathlib import Path

from citekit.checks.fixes import plan_edits
from citekit.editions import plan_edition
from citekit.model import Edit
from citekit.pipeline import read_bytes

NOTE = "Иванов И. И. Исто\u00adрия Казахстана. М.: Наука, 2001. 300 с."


def test_an_edition_romanizes_a_title_written_with_a_soft_hyphen(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Body[1]\n\n[1] {NOTE}\n", encoding="utf-8")
    result = plan_edition(path, target="en", romanize_scheme="ala-lc")
    assert result.skipped == ()
    assert result.fixed.decode() == (
        "Body[1]\n\n[1] Иванов И. И. Istorii͡a Kazakhstana [История Казахстана]. "
        "М.: Наука, 2001. 300 с.\n"
    )


def test_a_value_found_only_through_invisible_characters_is_replaced_once() -> None:
    data = f"Body[1] more[2]\n\n[1] {NOTE}\n[2] Ka\u200bya, Ha\u2069san.\n".encode()
    document = read_bytes(data, path="a.txt")
    result = plan_edits(data, document, [Edit(2, "Kaya", "KAYA"), Edit(1, "Наука", "Nauka")])
    assert result.skipped == ()
    assert result.fixed.decode().endswith("Nauka, 2001. 300 с.\n[2] KAYA, Ha\u2069san.\n")


def test_what_is_not_there_or_there_twice_is_still_skipped() -> None:
    data = f"Body[1]\n\n[1] {NOTE} Kaya, Ka\u00adya.\n".encode()
    document = read_bytes(data, path="a.txt")
    result = plan_edits(data, document, [Edit(1, "Kaya", "K."), Edit(1, "Petrov", "P.")])
    assert result.fixed == data
    assert [why for _edit, why in result.skipped] == [
        "'Kaya' occurs more than once in the note",
        "'Petrov' is not written as such in the file",
    ]
