"""CSL-JSON as other tools write it: a name part given as null is not given, and an empty
date (``"date-parts": [[]]``) is no date. `citekit convert` refused both ("'given' must be a
string, not null"; "must be a list of lists, not [[]]") while `citekit format` read them."""

from __future__ import annotations

import pytest

from citekit.interop.csljson import loads_csl_json
from citekit.model import Name


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ('{"family": "Demir", "given": null}', Name(family="Demir")),
        (
            '{"family": "Иванов", "given": "И. И.", "suffix": null}',
            Name(family="Иванов", given="И. И."),
        ),
        ('{"literal": "Akorda", "family": null}', Name(literal="Akorda")),
    ],
)
def test_a_null_name_part_is_not_given(name: str, read: Name) -> None:
    (item,) = loads_csl_json(f'[{{"id": "a", "type": "book", "title": "K", "author": [{name}]}}]')
    assert item.authors == (read,)


def test_an_empty_date_is_no_date() -> None:
    text = '[{"id": "a", "type": "book", "title": "K", "issued": {"date-parts": [[]]}}]'
    (item,) = loads_csl_json(text)
    assert item.issued is None


def test_an_empty_date_with_a_literal_reads_the_literal() -> None:
    issued = '{"date-parts": [[]], "literal": "2019"}'
    text = f'[{{"id": "a", "type": "book", "title": "K", "issued": {issued}}}]'
    (item,) = loads_csl_json(text)
    assert item.issued is not None
    assert item.issued.year == 2019


def test_a_null_family_with_nothing_else_is_still_an_error() -> None:
    with pytest.raises(ValueError, match=r"has no family, given or literal name"):
        loads_csl_json('[{"id": "a", "type": "book", "author": [{"family": null}]}]')
