"""Session 23's second review (review23b): a note cut short parses, and a fact read once.
Notes written for these tests."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Location


def test_a_note_ending_on_a_given_names_initial_without_its_period_parses() -> None:
    # `Family, Given - Family, K`: the list's last given name is the note's last token (no error)
    for text in ("Şahin, Emine - Öztürk, K", "Ахметов, Болат - Сейітов, Е"):
        note = parse_note(1, text, location=Location(path="t"))
        assert note.citations
        assert note.citations[0].authors


def test_a_romanised_repeat_adds_no_author() -> None:
    # the entry's Latin repeat in closing brackets names its authors again: no author of its own
    text = (
        "Масанов Н.Э. Кочевая цивилизация казахов. – М.; Алматы: Горизонт, 1995. – 320 с. "
        "[Masanov N.E. Kochevaya tsivilizatsiya kazakhov. – M.; Almaty: Gorizont, 1995. – 320 s.]"
    )
    found = parse_note(1, text, location=Location(path="t")).citations[0]
    assert [a.family for a in found.authors] == ["Масанов"]
