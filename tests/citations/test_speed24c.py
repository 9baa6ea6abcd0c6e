"""speed24c: the shelf mark's label scan searched from each run of digits gives re's own
matches (`citekit.citations.labelled_scan`)."""

from __future__ import annotations

import random

from citekit.citations.archives import leaf_locator
from citekit.citations.legal import find_legal
from citekit.citations.legal_words import patterns

NOTES = [
    "ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3–4 об.",
    "ГАРФ. Ф. Р-5446. Оп. 1а. Д. 123. Л. 45.",
    "ҚР ОМА. 12-қ. 1-т. 12-іс. 3-п.",
    "BOA, Fon Kodu: 1, Dosya No: 12, Gömlek No. 3, Sıra No:4",
    "TNA, Kew. FO 371/12345, Box   7, file\t12, item 5",
    "Иванов И. И. История. М., 2019. С. 12–14; Т. 3, д.5, ф.Р12",
    "Record Group 59, Box 3, f. 2, ff. 12a-b, vr. 3a-7b",
    "(1830-1914), s.-12, Оп.- 4, д. ab-12, д.abc-3, д.abcd-3, д. \u00b2-4",
]


def _spans(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def test_labelled_scan_is_res_finditer() -> None:
    part = patterns().part
    for text in NOTES:
        for pos in range(len(text) + 1):
            assert _spans(part.finditer(text, pos)) == _spans(part.pattern.finditer(text, pos))
        assert _spans(part.finditer(text, 0, 20)) == _spans(part.pattern.finditer(text, 0, 20))


def test_labelled_scan_on_random_texts() -> None:
    part = patterns().part
    pieces = [*patterns().levels, " ", "  ", "\t", "1", "12", "3–4", "-", "Р-", "аб", "x", "."]
    pieces += [",", "/", "об.", "(", "٣", "12/34", "5a-b", "\u00b2"]
    rnd = random.Random(24)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(1, 12)))
        assert _spans(part.finditer(text)) == _spans(part.pattern.finditer(text))


def test_shelf_marks_still_found() -> None:
    assert find_legal(NOTES[0]).archive_location == "Ф. 5. Оп. 1. Д. 12"
    assert leaf_locator("Л. 4 об.") == "4 об."
