"""`Salgylanylan senesi`, the access label of Turkmen sites (the WordPress export in
tests/data/documents writes it), is read as one: the date is the access date, not an issue
number and a publication date, and `check` does not say the note lacks its access date."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.csl import to_csl
from citekit.pipeline import read_bytes

ARTICLE = (
    "# Türkmenistan bilen Gazagystanyň söwdasy\n\n"
    "Iki ýurduň arasyndaky haryt dolanyşygy artdy.[^1] Hünärmenler muny möhüm ädim "
    "hasaplaýarlar.\n\n"
    "[^1]: “Gazagystan bilen söwda artdy”, Türkmenistan: Altyn asyr, "
    "https://turkmenistan.gov.tm/tk/post/1, (Salgylanylan senesi: 25.10.2021).\n"
)


def test_the_label_gives_the_access_date() -> None:
    doc = read_bytes(ARTICLE.encode(), path="makala.md")
    (citation,) = doc.notes[0].citations
    item = to_csl(citation)
    assert item["accessed"] == {"date-parts": [[2021, 10, 25]]}
    assert "issue" not in item
    assert "issued" not in item


def test_check_names_the_house_label_instead_of_a_missing_date() -> None:
    doc = read_bytes(ARTICLE.encode(), path="makala.md")
    findings = check(doc, config=CheckConfig(edition_language="tk"))
    rules = {f.rule for f in findings}
    assert "missing-access-date" not in rules
    (label,) = [f for f in findings if f.rule == "access-label"]
    assert label.hint == "write 'Barlanan senesi'"
