from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import Citation, Name, PartialDate, from_csl, to_csl

_text = st.text(min_size=1, max_size=40)
_dates = st.builds(
    lambda y, m, d, s: PartialDate(y, m, d if m else None, season=None if m else s),
    st.integers(1, 9999),
    st.one_of(st.none(), st.integers(1, 12)),
    st.integers(1, 28),
    st.one_of(st.none(), st.integers(1, 4)),
)
_names = st.one_of(
    st.builds(Name, family=_text, given=st.one_of(st.none(), _text)),
    st.builds(Name, literal=_text),
)
_citations = st.builds(
    Citation,
    type=st.sampled_from(["webpage", "article-journal", "book"]),
    title=st.one_of(st.none(), _text),
    authors=st.lists(_names, max_size=3).map(tuple),
    editors=st.lists(_names, max_size=2).map(tuple),
    container=st.one_of(st.none(), _text),
    publisher=st.one_of(st.none(), _text),
    publisher_place=st.one_of(st.none(), _text),
    url=st.one_of(st.none(), _text),
    doi=st.one_of(st.none(), _text),
    accessed=st.one_of(st.none(), _dates),
    issued=st.one_of(st.none(), _dates),
    page=st.one_of(st.none(), _text),
    volume=st.one_of(st.none(), _text),
    issue=st.one_of(st.none(), _text),
    language=st.one_of(st.none(), st.sampled_from(["tr", "ru", "kk", "tk", "en"])),
)


@given(_citations)
def test_csl_round_trip_is_lossless(citation: Citation) -> None:
    assert citation == from_csl(to_csl(citation))


def test_csl_uses_standard_variable_names() -> None:
    item = to_csl(
        Citation(
            title="Т",
            container="Akorda",
            url="https://akorda.kz",
            accessed=PartialDate(2021, 10, 25),
            authors=(Name(family="Тоқаев", given="Қ."),),
        )
    )
    assert item["accessed"] == {"date-parts": [[2021, 10, 25]]}
    assert item["container-title"] == "Akorda"
    assert item["URL"] == "https://akorda.kz"
    assert item["author"] == [{"family": "Тоқаев", "given": "Қ."}]


def test_partial_date_knows_its_precision() -> None:
    assert [
        PartialDate(2021).isoformat(),
        PartialDate(2021, 10).isoformat(),
        PartialDate(2021, 10, 25).isoformat(),
    ] == ["2021", "2021-10", "2021-10-25"]
    with pytest.raises(ValueError, match="does not exist"):
        PartialDate(2021, 2, 31)


def test_bad_csl_item_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="must be a date object"):
        from_csl({"issued": "2021"})


def test_a_season_dates_an_issue_by_its_season() -> None:
    # CSL's seasons: 13-16 as a month, CSL-JSON's 21-24, or the `season` key (1-4 or a name)
    assert PartialDate.from_parts([2019, 13]) == PartialDate(2019, season=1)
    assert PartialDate.from_parts([2019, 24]) == PartialDate(2019, season=4)
    assert PartialDate(2019, season=2).isoformat() == "2019"  # ISO has no season
    item = {"type": "article-journal", "issued": {"date-parts": [[2019]], "season": "Fall"}}
    assert from_csl(item).issued == PartialDate(2019, season=3)
    assert to_csl(from_csl(item))["issued"] == {"date-parts": [[2019]], "season": 3}
    with pytest.raises(ValueError, match="a date with a month has no season"):
        PartialDate(2019, 5, season=1)
    with pytest.raises(ValueError, match="'issued' season must be 1 to 4"):
        from_csl({"type": "book", "issued": {"date-parts": [[2019]], "season": "Monsoon"}})
