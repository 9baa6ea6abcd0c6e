"""Every field a record carries is printed once in each GOST, Chicago and İSNAD entry, or
left out by a rule of the standard (`field_matrix.DELIBERATE`)."""

from __future__ import annotations

import pytest

from citekit.csl import to_csl
from citekit.model import Citation
from citekit.styles import format_bibliography, format_notes
from tests.citations.parsed import first_citation as _parsed

from .field_matrix import DELIBERATE, FORMS, LANGS, STYLES, TYPES, check


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("kind", sorted(TYPES))
def test_each_field_once(style: str, kind: str) -> None:
    found = [f for lang in LANGS for form in FORMS for f in check(kind, lang, style, form)]
    assert not found, "\n".join(
        f"{f.form} {f.lang} {f.field}: {'lost' if f.count == 0 else f'x{f.count}'} in {f.entry}"
        for f in found
    )


def test_each_deliberate_omission_names_a_field_and_a_rule() -> None:
    fields = {field for kept in TYPES.values() for field in kept}
    for (style, form, kind, field), rule in DELIBERATE.items():
        assert style in STYLES
        assert form in (*FORMS, "*")
        assert kind in (*TYPES, "*")
        assert field in fields or field == "*"
        assert rule.strip()


_ICG = (
    "International Crisis Group, Central Asia: Islam and the State, Asia Report No. 59 "
    "(Brussels: ICG, 2003), 12."
)
_IMEMO = "Иванов И.И. Энергетическая безопасность: доклад № 3. М.: ИМЭМО РАН, 2015. 40 с."


def test_a_records_report_number_is_printed_as_the_reports_number() -> None:
    issue = format_bibliography([Citation(type="report", title="T", issue="59")])
    assert issue == format_bibliography([Citation(type="report", title="T", number="59")])
    both = format_bibliography([Citation(type="report", title="T", issue="2", number="59")])
    assert "59" in both[0]
    assert to_csl(Citation(type="report", title="T", issue="59"))["issue"] == "59"  # lossless


@pytest.mark.parametrize(
    ("note", "style", "entry"),
    [
        (
            _ICG,
            "chicago-notes-bibliography",
            "International Crisis Group. Central Asia: Islam and the State. Asia Report no. 59. "
            "ICG, 2003.",
        ),
        (
            _ICG,
            "isnad-dipnotlu",
            "International Crisis Group. Central Asia: Islam and the State. Asia Report No. 59. "
            "Brussels: ICG, 2003.",
        ),
        (
            _ICG,
            "gost-r-7-0-5-2008",
            "1. International Crisis Group. Central Asia: Islam and the State : Asia Report no. "
            "59. Brussels: ICG, 2003.",
        ),
        (
            _IMEMO,
            "gost-r-7-0-5-2008",
            "1. Иванов И. И. Энергетическая безопасность : доклад № 3. М.: ИМЭМО РАН, 2015. 40 с.",
        ),
        (
            _IMEMO,
            "isnad-dipnotlu",
            "Иванов, И.И. Энергетическая безопасность. Доклад No. 3. М.: ИМЭМО РАН, 2015.",
        ),
        (
            _IMEMO,
            "chicago-notes-bibliography",
            "Иванов, И. И. Энергетическая безопасность. Доклад no. 3. ИМЭМО РАН, 2015.",
        ),
    ],
)
def test_a_reports_number_once_and_its_publisher_once(note: str, style: str, entry: str) -> None:
    assert format_bibliography([_parsed(note)], style=style) == [entry]


def test_isnad_notes_write_a_report_without_a_second_imprint() -> None:
    (text,) = format_notes([[_parsed(_IMEMO)]], style="isnad-dipnotlu")
    assert text == "И.И. Иванов, Энергетическая безопасность, доклад No. 3 (М.: ИМЭМО РАН, 2015)."


def test_isnad_writes_a_laws_short_title_only_when_it_has_one() -> None:
    law = {"id": "l", "type": "legislation", "title": "Türk Medeni Kanunu", "number": "4721"}
    (bare,) = format_notes([[law]], style="isnad-dipnotlu")
    (short,) = format_notes([[{**law, "title-short": "TMK"}]], style="isnad-dipnotlu")
    assert bare.count("Türk Medeni Kanunu") == 1
    assert short.startswith("Türk Medeni Kanunu (TMK), ")
