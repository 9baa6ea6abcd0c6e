"""An address's pattern is tried only on a text that may hold one (`_may_hold_url`): its
scheme's `://`, a `www.`, or a lower-case letter just before a slash; any other text has no
match of it."""

from __future__ import annotations

import random

import pytest

from citekit.citations.structure import _URL, _may_hold_url, find_exact
from citekit.training import generate_samples

_ADDRESSES = [
    ("Иванов И. И. Статья // Вестник МГУ. 2005. № 3. С. 5–9.", False),
    ("Karar, E. 2019/123, K. 2020/45, RG 12.10.2004/25611.", False),
    ("Title. URL: https://example.org/a (дата обращения: 12.03.2021).", True),
    ("See WWW.Example.COM for details.", True),
    ("Smith, J. (2020). Title. thediplomat.com/2021/02/title-of-piece", True),
    ("Kaya A., Başlık, Ankara / İstanbul 2001.", False),
    ("Tarih/Kültür, 2001", True),  # a letter before the slash: the pattern is asked
]


@pytest.mark.parametrize(("text", "may"), _ADDRESSES)
def test_may_hold_url(text: str, may: bool) -> None:
    assert _may_hold_url(text) is may
    if not may:
        assert _URL.search(text) is None


def test_no_address_where_none_may_stand() -> None:
    rng = random.Random(25)
    texts = [s.text.text for s in generate_samples(400, seed=25)]
    alphabet = "ab/.:wW hH-zZ9ſtTpPsS"
    texts += [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(20000)
    ]
    for text in texts:
        if not _may_hold_url(text):
            assert _URL.search(text) is None, text


def test_exact_rules_find_the_address() -> None:
    exact = find_exact("Title. Journal, 2020. www.example.org/a/b, accessed 1 May 2021.")
    assert exact.url == "www.example.org/a/b"
