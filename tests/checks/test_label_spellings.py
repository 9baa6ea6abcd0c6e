"""The house label written two ways in one article (`Erişim Tarihi` … `Erişim tarihi`) is
reported by inconsistent-labels, as its rule page shows. access-label passes both (it
ignores case), and inconsistent-labels used to stay silent whenever the edition had a
label, so the page's own "Bad" example was never reported."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_edits
from citekit.pipeline import read_bytes

ARTICLE = """# Ticaret

Kazakistan ile Türkmenistan arasındaki ticaret hacmi 2021 yılında belirgin biçimde arttı.[^1] \
İhracat neredeyse iki katına çıktı.[^2] Taraflar yeni anlaşmalar imzaladı.[^3]

[^1]: “Söwda artdy”, Biznes Türkmenistan, https://business.com.tm/1, (Erişim Tarihi: 25.10.2021).
[^2]: “Eksport”, Biznes Türkmenistan, https://business.com.tm/post/2, (Erişim tarihi: 26.10.2021).
[^3]: “Ylalaşyk”, Biznes Türkmenistan, https://business.com.tm/post/3, (Erişim Tarihi: 27.10.2021).
"""


def _findings(text: str, labels: dict[str, str] | None = None) -> list[tuple[str, int | None]]:
    doc = read_bytes(text.encode(), path="makale.md")
    config = CheckConfig(edition_language="tr", labels=labels or {})
    return [(f.rule, f.location.note) for f in check(doc, config=config)]


def test_the_minority_spelling_is_reported_and_fixed() -> None:
    assert _findings(ARTICLE) == [("inconsistent-labels", 2)]
    doc = read_bytes(ARTICLE.encode(), path="makale.md")
    findings = check(doc, config=CheckConfig(edition_language="tr"))
    plan = plan_edits(ARTICLE.encode(), doc, [e for f in findings for e in f.fixes])
    assert plan.fixed.decode() == ARTICLE.replace("Erişim tarihi", "Erişim Tarihi")


def test_a_tie_goes_to_the_house_spelling() -> None:
    text = ARTICLE.replace("Taraflar yeni anlaşmalar imzaladı.[^3]", "")
    text = text[: text.index("[^3]:")]
    assert _findings(text) == [("inconsistent-labels", 2)]  # Erişim Tarihi: the tr term
    assert _findings(text, {"tr": "Erişim tarihi"}) == [("inconsistent-labels", 1)]


def test_one_spelling_throughout_is_clean() -> None:
    assert _findings(ARTICLE.replace("Erişim tarihi", "Erişim Tarihi")) == []


def test_a_foreign_label_is_left_to_access_label() -> None:
    text = ARTICLE.replace("(Erişim tarihi: 26.10.2021)", "(Accessed: 26.10.2021)")
    assert _findings(text) == [("access-label", 2)]
