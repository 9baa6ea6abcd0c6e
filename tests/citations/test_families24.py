"""Citation families written for these tests (session 24): Scopus's export of a journal with no
volume (`Bilig, (74), pp. 1-24`) and a preprint server's identifier (`arXiv:2005.14165`) after
the title's period."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _first(text: str) -> Citation:
    return parse_note(1, text, location=Location(path="t")).citations[0]


@pytest.mark.parametrize(
    ("text", "host", "issue"),
    [
        (
            "Öztürk, M. Türk dış politikasında Orta Asya (2015) Bilig, (74), pp. 1-24. "
            "Source: Scopus",
            "Bilig",
            "74",
        ),
        (
            "Aydın, K. Kazak dili (2012) Türk Dili Araştırmaları Yıllığı - Belleten, (2), "
            "pp. 33-40.",
            "Türk Dili Araştırmaları Yıllığı - Belleten",
            "2",
        ),
    ],
)
def test_scopus_bracketed_number_after_the_hosts_comma_is_the_issue(
    text: str, host: str, issue: str
) -> None:
    found = _first(text)
    assert found.container == host
    assert found.issue == issue


@pytest.mark.parametrize(
    ("text", "title", "host", "issued"),
    [
        (
            "Brown T, Mann B, Ryder N, et al. Language models are few-shot learners. "
            "arXiv:2005.14165 [Preprint]. 2020 [cited 2021 Mar 12]. Available from: "
            "https://arxiv.org/abs/2005.14165",
            "Language models are few-shot learners",
            "arXiv:2005.14165",
            "2020",
        ),
        (
            "Devlin J, Chang MW, Lee K, Toutanova K. BERT: pre-training of deep bidirectional "
            "transformers for language understanding. arXiv:1810.04805. 2018.",
            "BERT: pre-training of deep bidirectional transformers for language understanding",
            "arXiv:1810.04805",
            "2018",
        ),
    ],
)
def test_a_preprints_identifier_is_its_host_not_the_title_or_a_year(
    text: str, title: str, host: str, issued: str
) -> None:
    found = _first(text)
    assert found.title == title
    assert found.container == host
    assert found.issued is not None
    assert found.issued.year == int(issued)
