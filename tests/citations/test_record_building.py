"""How parsed fields become a record: a paper's issue named by the paper and its day."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location


@pytest.mark.parametrize(
    "note", ["«Казахстанская правда», 2015, 8 ноябрь.", "«Türkmen dünýäsi», 2005, 4 Awgust."]
)
def test_a_paper_named_with_its_day_alone_is_the_host(note: str) -> None:
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.type == "article-newspaper"
    assert citation.title is None
    assert citation.container == note[1 : note.index("»")]


def test_an_article_with_its_paper_keeps_its_title() -> None:
    note = "«Жаңа заң қабылданды» // Егемен Қазақстан. 2015. 3 наурыз."
    (citation,) = parse_note(1, note, location=Location(path="a.md")).citations
    assert citation.title == "Жаңа заң қабылданды"
    assert citation.container == "Егемен Қазақстан"
