"""The address parts that tell an item's type are the language files' data (`[words]
video_address`, `journal_address`, `blog_address`, `wiki_address`), read from every language."""

from __future__ import annotations

import pytest

from citekit.citations.addresses import blog, journal_host, video_host, wiki_host
from citekit.languages import shipped_words


@pytest.mark.parametrize(
    ("key", "word"),
    [
        ("video_address", "youtu.be"),
        ("journal_address", "/article/view/"),
        ("blog_address", "/blog/"),
        ("wiki_address", "ansiklop"),  # Turkish's stem, in tr.toml
        ("wiki_address", "enciklop"),  # Russian's, in ru.toml
    ],
)
def test_each_address_word_is_shipped_data(key: str, word: str) -> None:
    assert word in shipped_words(key)


@pytest.mark.parametrize(
    ("url", "video", "journal", "posted", "wiki"),
    [
        ("https://www.youtube.com/watch?v=abc", True, False, False, False),
        ("https://dergipark.org.tr/tr/pub/bilig/issue/1/2", False, True, False, False),
        ("https://example.kz/index.php/vestnik/article/view/55", False, True, False, False),
        ("https://ivanov.livejournal.com/1234.html", False, False, True, False),
        ("https://islamansiklopedisi.org.tr/timur", False, False, False, True),
        ("https://example.com/wikipedia.org/x", False, False, False, False),  # a path, no host
        ("https://kazinform.kz/news/123", False, False, False, False),
    ],
)
def test_an_address_tells_its_platform(
    url: str, video: bool, journal: bool, posted: bool, wiki: bool
) -> None:
    assert (video_host().search(url) is not None) is video
    assert (journal_host().search(url) is not None) is journal
    assert (blog().search(url) is not None) is posted
    assert (wiki_host().search(url) is not None) is wiki
