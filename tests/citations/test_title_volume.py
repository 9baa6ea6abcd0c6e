"""A multi-volume work's volume written inside its title run (issue 12): the title before it,
the volume's number, the volume's own title reported as unparsed; a quoted title keeps its
own words. The title runs are labelled whole, as the model did wrongly, so the pass is tested
whatever the shipped model does; the notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.decode import Fields
from tests.citations.labelled import decode_labelled as _decode


def _book(title_run: str) -> Fields:
    """A GOST book note whose title run, as the model read it, is `title_run`."""
    text = f"Ахметов А. {title_run}. Алматы: Атамұра, 1997."
    spans = [("Ахметов А.", "author"), (title_run, "title"), ("Алматы", "publisher-place")]
    return _decode(text, [*spans, ("Атамұра", "publisher"), ("1997", "issued")])


@pytest.mark.parametrize(
    ("title_run", "title", "volume"),
    [
        ("История Казахстана. Т. 2: Средние века", "История Казахстана", "2"),
        (
            "Итоги переписи 2009 года. Том 1. Статистический сборник",
            "Итоги переписи 2009 года",
            "1",
        ),
        (
            "The Re-Enchantment of the West: Vol. 1: Alternative Spiritualities",
            "The Re-Enchantment of the West",
            "1",
        ),
        ("Türk Edebiyatı Tarihi. Cilt III. Cumhuriyet Dönemi", "Türk Edebiyatı Tarihi", "III"),
        ("Сочинения. Т. 1–2", "Сочинения", "1–2"),
        ("Шығармалар жинағы. Том IV", "Шығармалар жинағы", "IV"),
    ],
)
def test_a_volume_inside_a_title_run_is_the_volume(title_run: str, title: str, volume: str) -> None:
    fields = _book(title_run)
    assert fields["title"] == title
    assert fields["volume"] == volume


@pytest.mark.parametrize(
    "title_run",
    [
        "«Том 2. Избранное» и другие рассказы",  # a quoted title's own words
        "Козацька держава «Том II. Гетьманщина»",
        "A History of the Book. Vol. 3 of the Series",  # the title goes on after the number
    ],
)
def test_a_volume_word_the_title_owns_stays_in_the_title(title_run: str) -> None:
    fields = _book(title_run)
    assert fields["title"] == title_run
    assert "volume" not in fields
