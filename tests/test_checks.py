"""Every rule with a real-looking document that triggers it and one that does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from citekit.checks import RULES, CheckConfig, check
from citekit.links.results import LinkResult, LinkStatus, Snapshot
from citekit.model import Finding
from citekit.pipeline import read_bytes

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
TODAY = dt.date(2026, 1, 1)

GOOD = """Türkmenistan bilen Gazagystan söwda gatnaşyklaryny giňeldýär[1], ulag ulgamy ösýär[2].

Bellikler
[1] “Gazagystan bilen Türkmenistanyň arasyndaky söwda”, Biznes Türkmenistan, https://business.com.tm/post/1, (Erişim Tarihi: 25.10.2021).
[2] “Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar, https://orient.tm/post/2, (Erişim Tarihi: 26.10.2021).
"""

CASES: dict[str, str] = {
    "missing-url": GOOD.replace(
        "Biznes Türkmenistan, https://business.com.tm/post/1,", "Biznes Türkmenistan,,"
    ),
    "ibid-without-antecedent": """Söz[1].

Notlar
[1] Aynı yer, s. 4.
""",
    "ibid-after-remark": """Söz[1], ýene söz[2].

Notlar
[1] Yazar bu konuda farklı bir görüş ileri sürmektedir, biz ise bunu ayrıca tartışacağız.
[2] Aynı yer, s. 4.
""",
    "unclear-ibid": GOOD.replace(
        "[2] “Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar, https://orient.tm/post/2, (Erişim Tarihi: 26.10.2021).",
        "[2] Aynı yer.",
    ).replace(
        "(Erişim Tarihi: 25.10.2021).",
        "(Erişim Tarihi: 25.10.2021); “Ikinji makala”, Orient, https://orient.tm/3, (Erişim Tarihi: 25.10.2021).",
    ),
    "foreign-ibid": GOOD.replace(
        "[2] “Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar, https://orient.tm/post/2, (Erişim Tarihi: 26.10.2021).",
        "[2] Там же.",
    ),
    "duplicate-citation": GOOD.replace(
        "https://orient.tm/post/2", "https://business.com.tm/post/1"
    ),
    "missing-access-date": GOOD.replace(", (Erişim Tarihi: 26.10.2021)", ""),
    "book-without-publisher": GOOD.replace(
        "“Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar, https://orient.tm/post/2, (Erişim Tarihi: 26.10.2021).",
        "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ (1300-1600), s. 45.",
    ),
    "article-without-volume": GOOD.replace(
        "“Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar, https://orient.tm/post/2, (Erişim Tarihi: 26.10.2021).",
        "Kozlowski A. C., Taddy M. The Geometry of Culture // American Sociological Review. 2019.",
    ),
    "missing-title": GOOD.replace("“Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar, ", ""),
    "access-date-invalid": GOOD.replace("26.10.2021", "31.02.2021"),
    "access-date-in-future": GOOD.replace("26.10.2021", "26.10.2031"),
    "access-before-publication": GOOD.replace(
        "“Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar,",
        "“Türkmenistanyň eksporty artdy”, Türkmenistan Gündogar, 15.11.2021,",
    ),
    "access-after-article": GOOD.replace("26.10.2021", "26.10.2024"),
    "ambiguous-date": GOOD.replace("(Erişim Tarihi: 26.10.2021)", "(Accessed: 03/04/2021)"),
    "mixed-date-formats": GOOD.replace("26.10.2021", "2021-10-26")
    .replace(
        "[2]", "[3] “Üçünji”, Orient, https://orient.tm/9, (Erişim Tarihi: 27.10.2021).\n[2]", 1
    )
    .replace("ösýär[2]", "ösýär[2][3]")
    .replace("[3] “Üçünji”", "[3] “Üçünji”"),
    "access-label": GOOD.replace("Erişim Tarihi: 26", "Date of Accession: 26"),
    "inconsistent-labels": GOOD,  # with no edition label, see test below
    "marker-without-note": GOOD.replace("ösýär[2]", "ösýär[2][4]"),
    "note-without-marker": GOOD.replace("ösýär[2]", "ösýär"),
    "note-number-gap": GOOD.replace("ösýär[2]", "ösýär[3]").replace("\n[2] ", "\n[3] "),
    "note-number-repeated": GOOD.replace("\n[2] ", "\n[1] ").replace("ösýär[2]", "ösýär[1]"),
    "note-out-of-order": GOOD.replace(
        "giňeldýär[1], ulag ulgamy ösýär[2]", "giňeldýär[2], ulag ulgamy ösýär[1]"
    ),
    "dead-link": GOOD,
    "link-timeout": GOOD,
    "link-unverified": GOOD,
    "link-redirected": GOOD,
}

LINKS: dict[str, LinkResult] = {
    "dead-link": LinkResult(
        url="https://orient.tm/post/2",
        status=LinkStatus.DEAD,
        http_status=404,
        detail="404 Not Found",
        checked_at=NOW,
        archived=Snapshot("https://web.archive.org/web/2021/https://orient.tm/post/2", "2021"),
    ),
    "link-timeout": LinkResult(
        url="https://orient.tm/post/2", status=LinkStatus.TIMEOUT, checked_at=NOW
    ),
    "link-unverified": LinkResult(
        url="https://orient.tm/post/2", status=LinkStatus.BLOCKED, http_status=403, checked_at=NOW
    ),
    "link-redirected": LinkResult(
        url="https://orient.tm/post/2",
        status=LinkStatus.REDIRECT,
        http_status=200,
        final_url="https://orient.tm/ru/post/2",
        checked_at=NOW,
    ),
}


def run(text: str, rule: str, **config: object) -> list[Finding]:
    document = read_bytes(text.encode(), path="article.txt")
    settings = CheckConfig(today=TODAY, edition_language="tr", article_date=dt.date(2021, 11, 1))
    if config:
        settings = CheckConfig(today=TODAY, **config)  # type: ignore[arg-type]
    ok = LinkResult(url="https://orient.tm/post/2", status=LinkStatus.OK, checked_at=NOW)
    links = [
        LINKS.get(rule, ok),
        LinkResult(url="https://business.com.tm/post/1", status=LinkStatus.OK, checked_at=NOW),
    ]
    return [f for f in check(document, config=settings, links=links) if f.rule == rule]


def test_every_rule_has_a_case() -> None:
    assert set(RULES) == set(CASES)


@pytest.mark.parametrize("rule", sorted(set(CASES) - {"inconsistent-labels"}))
def test_rule_fires_on_its_bad_document(rule: str) -> None:
    found = run(CASES[rule], rule)
    assert found, f"{rule} found nothing"
    assert found[0].message


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_is_quiet_on_a_good_document(rule: str) -> None:
    document = read_bytes(GOOD.encode(), path="article.txt")
    ok = [
        LinkResult(url=u, status=LinkStatus.OK, checked_at=NOW)
        for u in ("https://business.com.tm/post/1", "https://orient.tm/post/2")
    ]
    config = CheckConfig(today=TODAY, edition_language="tr", article_date=dt.date(2021, 11, 1))
    assert [f for f in check(document, config=config, links=ok) if f.rule == rule] == []


def test_inconsistent_labels_without_a_house_label() -> None:
    text = GOOD.replace("Erişim Tarihi: 26", "Erişim tarihi: 26").replace(
        "Erişim Tarihi: 25", "Erişim Tarihi: 25"
    )
    text = text.replace(
        "[2]", "[3] “Üç”, Orient, https://orient.tm/9, (Erişim Tarihi: 27.10.2021).\n[2]", 1
    )
    text = text.replace("ösýär[2]", "ösýär[2][3]")
    found = run(text, "inconsistent-labels", edition_language="it")
    assert len(found) == 1
    assert "Erişim tarihi" in found[0].message


def test_dead_link_offers_the_archived_copy() -> None:
    (finding,) = run(CASES["dead-link"], "dead-link")
    assert "web.archive.org" in (finding.hint or "")
    assert finding.fixes[0].old == "https://orient.tm/post/2"


def test_severity_and_disable_come_from_config() -> None:
    document = read_bytes(CASES["missing-url"].encode(), path="a.txt")
    from citekit.model import Severity

    config = CheckConfig(today=TODAY, severities={"missing-url": Severity.WARNING})
    assert {Severity.WARNING} == {
        f.severity for f in check(document, config=config) if f.rule == "missing-url"
    }
    config = CheckConfig(today=TODAY, disabled=frozenset({"missing-url"}))
    assert not [f for f in check(document, config=config) if f.rule == "missing-url"]


def test_rule_docs_page_exists_for_every_rule() -> None:
    docs = Path(__file__).parent.parent / "docs" / "reference" / "rules"
    assert {p.stem for p in docs.glob("*.md")} - {"index"} == set(RULES)


def test_required_fields_from_the_house_style() -> None:
    text = GOOD.replace(", https://orient.tm/post/2, (Erişim Tarihi: 26.10.2021)", "")
    document = read_bytes(text.encode(), path="article.txt")
    relaxed = CheckConfig(today=TODAY, edition_language="tr")
    strict = CheckConfig(
        today=TODAY, edition_language="tr", required=frozenset({"url", "accessed"})
    )
    rules = {f.rule for f in check(document, config=relaxed)}
    assert not {"missing-url", "missing-access-date"} & rules
    found = {(f.rule, f.location.note) for f in check(document, config=strict)}
    assert {("missing-url", 2), ("missing-access-date", 2)} <= found
