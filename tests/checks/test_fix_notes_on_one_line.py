"""`citekit fix` edits notes that share one line, as in a Google Docs or Gutenberg export whose
HTML is a single line: each label was "found more than once in the note", because the note's
region ran from its line to the next note's, which was the whole file. Such edits are now
applied by count within the line: every occurrence there is a note being fixed, or none is
edited."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.checks.fixes import plan_fixes
from citekit.pipeline import read_bytes
from tests.conftest import DATA

BODY = (
    "Kazakistan ile Türkmenistan arasındaki ticaret hacmi 2021 yılının ilk aylarında "
    "belirgin biçimde arttı ve iki ülke yeni anlaşmalar imzaladı"
)
NOTE = '<li id="fn{n}">“Haber {n}”, Site, https://site.tm/{n}, (Erişim Tarihi: 2{n}.10.2021).</li>'
ONE_LINE = (
    f'<html lang="tr"><body><p>{BODY}.<sup><a href="#fn1">1</a></sup> {BODY}.'
    f'<sup><a href="#fn2">2</a></sup></p><ol>{NOTE.format(n=1)}{NOTE.format(n=2)}</ol>'
    "</body></html>\n"
)


def _plan(data: bytes, path: str) -> tuple[str, list[str]]:
    doc = read_bytes(data, path=path)
    plan = plan_fixes(data, doc, check(doc, config=CheckConfig(edition_language="en")))
    return plan.fixed.decode(), [why for _edit, why in plan.skipped]


def test_notes_on_one_line_are_fixed_by_count() -> None:
    fixed, skipped = _plan(ONE_LINE.encode(), "one-line.html")
    assert skipped == []
    assert fixed == ONE_LINE.replace("Erişim Tarihi", "Accessed")


def test_a_label_also_in_the_body_of_that_line_is_left() -> None:
    text = ONE_LINE.replace(
        f'{BODY}.<sup><a href="#fn2">', 'Erişim Tarihi dedi.<sup><a href="#fn2">'
    )
    fixed, skipped = _plan(text.encode(), "one-line.html")
    assert fixed == text
    assert skipped == ["'Erişim Tarihi' also occurs outside the notes being fixed"] * 2


def test_the_google_docs_export() -> None:
    data = (DATA / "documents" / "google-docs-export.tr.html").read_bytes()
    fixed, skipped = _plan(data, "google-docs-export.tr.html")
    assert skipped == []
    assert fixed.count("(Accessed: ") == 2
    assert (
        fixed.replace("(Accessed: ", "(Erişim Tarihi: ").replace("&nbsp;Ibid.<", "&nbsp;Aynı yer.<")
        == data.decode()
    )
