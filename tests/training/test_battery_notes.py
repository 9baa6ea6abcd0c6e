"""`scripts/battery_notes.py` turns battery notes into labelled training notes: each expected
value a span of the note, each person widened from the family name to the name as written."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from tests.scripts import load_script

from citekit.citations.tagger.align import record_spans

SCRIPT = Path(__file__).parent.parent.parent / "scripts" / "battery_notes.py"


@pytest.mark.parametrize(
    ("text", "family", "written"),
    [
        ("Петренко О. М. Сільське господарство України. Київ, 2001.", "Петренко", "Петренко О. М."),
        ("Ğaliev, R. (2012). Tatar telendä süz yasalışı. Kazan: Fän.", "Ğaliev", "Ğaliev, R."),
        ("Sh. Ualikhanov. On the Kyrgyz. Alma-Ata: Nauka, 1961.", "Ualikhanov", "Sh. Ualikhanov"),
        ("Kemal Karpat, Osmanlı Nüfusu, İstanbul 2003.", "Karpat", "Karpat"),
        ("Сейткали А. Қазақстанның энергетикасы. Астана, 2017.", "сейткали", "Сейткали А."),
    ],
)
def test_a_family_is_widened_to_its_initials(text: str, family: str, written: str) -> None:
    assert load_script(SCRIPT).written_name(text, family, []) == written


def test_the_name_the_parser_read_is_taken_when_it_holds_the_family() -> None:
    text = "Kemal Karpat, Osmanlı Nüfusu, İstanbul 2003."
    assert load_script(SCRIPT).written_name(text, "Karpat", ["Kemal Karpat"]) == "Kemal Karpat"


def test_a_battery_line_becomes_a_corpus_record_whose_values_are_spans() -> None:
    line = {
        "note": "Насевіч В. Пачаткі Вялікага княства Літоўскага. Мінск: Навука, 1993. 160 с.",
        "expect": {
            "type": "book",
            "title": "Пачаткі Вялікага княства Літоўскага",
            "authors": ["Насевіч"],
            "place": "Мінск",
            "publisher": "Навука",
            "issued": "1993",
            "extent": "160",
            "language": "other",
        },
    }
    counts: Counter[str] = Counter()
    (record,) = load_script(SCRIPT).convert([line], counts)
    gold = record["gold"]
    assert gold["author"] == ["Насевіч В."]
    assert (gold["place"], gold["extent"]) == ("Мінск", "160")
    assert "type" not in gold
    labels = {label for _s, _e, label in record_spans(line["note"], gold) or []}
    assert labels >= {"author", "title", "publisher-place", "publisher", "issued"}
    assert counts["kept"] == 1


@pytest.mark.parametrize(
    ("expect", "reason"),
    [
        ({"kind": "ibid", "page": "5"}, "not a citation"),
        ({"type": "book", "issued": "1993"}, "no title"),
        ({"title": "Пачаткі", "publisher": "Прогресс"}, "values not found"),
    ],
)
def test_a_line_that_cannot_teach_a_whole_citation_is_skipped_and_counted(
    expect: dict[str, str], reason: str
) -> None:
    line = {"note": "Насевіч В. Пачаткі. Мінск: Навука, 1993.", "expect": expect}
    counts: Counter[str] = Counter()
    assert load_script(SCRIPT).convert([line], counts) == []
    assert counts[reason] == 1


def test_a_note_whose_values_leave_most_of_it_unlabelled_is_left_out_by_min_cover() -> None:
    line = {
        "note": "Насевіч В. Пачаткі Вялікага княства Літоўскага. Мінск: Навука, 1993. 160 с.",
        "expect": {"title": "Пачаткі Вялікага княства Літоўскага", "issued": "1993"},
    }
    script = load_script(SCRIPT)
    counts: Counter[str] = Counter()
    assert len(script.convert([line], counts)) == 1
    assert script.convert([line], counts, min_cover=0.9) == []
    assert counts["values cover too little"] == 1
