"""`citekit fix` and `edition` edit HTML notes whose words are written with character
references (`Eri&#351;im&nbsp;Tarihi`, `Ayn&#305; yer.`, a soft hyphen as `&shy;`), as CMS
exports write them. The checks read the decoded text, so they reported these notes as fixable,
and the fix was then refused: "'Aynı yer.' is not written as such in the file"."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.pipeline import read_bytes

BODY = (
    "The Middle Corridor carried more containers in 2021 than in the year before, according "
    "to the port authority of Kazakhstan and the ministry in Ashgabat."
)
LISTED = f"""<html lang="en"><body><div class="entry-content">
<p>{BODY}<sup><a href="#fn1" id="r1">1</a></sup> {BODY}<sup><a href="#fn2" id="r2">2</a></sup></p>
<ol class="footnotes">
<li id="fn1">&ldquo;T&uuml;rkmenba&#351;y porty&rdquo;, Altyn asyr, \
<a href="https://turkmenistan.gov.tm/?id=1">https://turkmenistan.gov.tm/?id=1</a> \
(Eri&#x15F;im&nbsp;Tari&shy;hi: 02.11.2021). <a href="#r1">↩</a></li>
<li id="fn2">Ayn&#305; yer. <a href="#r2">↩</a></li>
</ol></div></body></html>
"""
SHORTCODES = f"""<html lang="en"><body><div class="entry-content">
<p>{BODY}[footnote]&ldquo;Port&rdquo;, Altyn asyr, https://turkmenistan.gov.tm/?id=2 \
(Eri&#351;im&nbsp;Tarihi: 2 November 2021).[/footnote] {BODY}[footnote]Ayn&#305; \
yer.[/footnote]</p></div></body></html>
"""


def _fixed(text: str) -> tuple[str, list[str]]:
    doc = read_bytes(text.encode(), path="article.html")
    findings = check(doc, config=CheckConfig(edition_language="en"))
    assert {"access-label", "foreign-ibid"} <= {f.rule for f in findings}
    plan = plan_fixes(text.encode(), doc, findings)
    return plan.fixed.decode(), [why for _edit, why in plan.skipped]


def test_a_footnote_list_with_references_is_fixed() -> None:
    fixed, skipped = _fixed(LISTED)
    assert skipped == []
    assert fixed == LISTED.replace("Eri&#x15F;im&nbsp;Tari&shy;hi", "Accessed").replace(
        "Ayn&#305; yer.", "Ibid."
    )


def test_shortcode_notes_with_references_are_fixed() -> None:
    fixed, skipped = _fixed(SHORTCODES)
    assert skipped == []
    assert "(Accessed: 2 November 2021)" in fixed
    assert "[footnote]Ibid.[/footnote]" in fixed
    assert fixed == SHORTCODES.replace("Eri&#351;im&nbsp;Tarihi", "Accessed").replace(
        "Ayn&#305; yer.", "Ibid."
    )


def test_a_reference_inside_a_link_target_is_still_left_alone() -> None:
    text = LISTED.replace('href="#r2">↩', 'href="#Ayn&#305; yer.">↩')
    fixed, skipped = _fixed(text)
    assert fixed.count('href="#Ayn&#305; yer."') == 1
    assert "Ibid. <a" in fixed
    assert skipped == []
