from __future__ import annotations

import citekit


def test_all_is_sorted_and_complete() -> None:
    assert sorted(citekit.__all__) == citekit.__all__
    for name in citekit.__all__:
        assert hasattr(citekit, name), name


def test_the_style_guide_example_works() -> None:
    doc = citekit.read_document("examples/ankasam-tokayev-visit-turkmenistan.txt")
    first = doc.notes[0].citations[0]
    assert (first.container, first.url) == ("Biznes Türkmenistan", None)
    assert citekit.to_csl(first)["accessed"] == {"date-parts": [[2021, 10, 25]]}
    assert citekit.PartialDate(2021, 10, 25) == citekit.parse_date("25 октября 2021 г.")
    assert citekit.detect_language("Қасым-Жомарт Тоқаев пен Гурбангулы Бердімұхамедов") == "kk"
