"""Words the session's passes read from the language data rather than code (session 20
cleanup): each key is read, is no tagger feature, and its words reach the pass."""

from __future__ import annotations

import pytest

from citekit.citations.addresses import social_host
from citekit.citations.tagger.edition_runs import _joins
from citekit.citations.tagger.lexicons import LEXICON_KEYS
from citekit.languages import language, shipped_words
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("key", "word"),
    [("publisher_after", "Publ"), ("in_bare", "in"), ("social_host", "t.me")],
)
def test_a_decoder_key_is_read_and_is_no_tagger_feature(key: str, word: str) -> None:
    assert word in getattr(language("en").words, key)
    assert word in shipped_words(key)
    assert key not in LEXICON_KEYS


def test_the_publishers_word_after_its_name_stays_the_publishers() -> None:
    found = _first("Petrov A.I. Istoriya Kazakhstana. Moscow, Nauka Publ., 1983. 320 p.")
    assert found.publisher in ("Nauka Publ", "Nauka Publ.")


def test_a_hosts_own_bare_in_is_its_word() -> None:
    found = _first(
        'Aigerim Bekova, "Steppe Memory," in Central Asia in the Making, ed. Daniel Brown '
        "(London: Routledge, 2019), 45."
    )
    assert (found.type, found.container) == ("chapter", "Central Asia in the Making")


@pytest.mark.parametrize(
    ("url", "social"),
    [
        ("https://t.me/orda_kz/12345", True),
        ("https://www.facebook.com/akorda/posts/1", True),
        ("https://m.vk.com/wall-1_2", True),
        ("https://x.com/AkordaPress/status/1", True),
        ("https://tass.ru/politika/1", False),
        ("https://box.com/file", False),
    ],
)
def test_a_social_platforms_domain_comes_from_the_data(url: str, social: bool) -> None:
    assert (social_host().search(url) is not None) is social


def test_an_editions_joining_words_are_the_languages_and_words() -> None:
    assert {"и", "and", "ve", "және", "we", ",", "."} <= _joins()
    found = _first("Назаров Б. Тарих. 3-е изд., испр. и доп. Ташкент: Фан, 2001. 320 с.")
    assert found.title == "Тарих"
