"""`--locale` as people have it: a system locale from ``$LANG`` (``tr_TR.UTF-8``,
``kk_KZ@cyrillic``) was an unknown locale, and so was a region citekit ships no locale for
(``ru-KZ``, Russian as written in Kazakhstan); such a region is now its language's own locale,
as CSL processors fall back. A language citekit has no locale for is still refused."""

from __future__ import annotations

import pytest

from citekit.styles import StyleError, load_style
from citekit.styles.locale import known_locale


@pytest.mark.parametrize(
    ("asked", "found"),
    [
        ("tr_TR.UTF-8", "tr-TR"),
        ("ru_RU.utf8", "ru-RU"),
        ("kk_KZ@cyrillic", "kk-KZ"),
        ("ru-KZ", "ru-RU"),
        ("tr-CY", "tr-TR"),
        ("en-KZ", "en-US"),
        ("tk", "tk-TM"),
        ("de-AT", "de-AT"),  # a shipped region is kept
    ],
)
def test_a_locale_as_people_write_it(asked: str, found: str) -> None:
    assert known_locale(asked) == found
    assert load_style("gost-r-7-0-5-2008", locale=asked).lang == found


@pytest.mark.parametrize("asked", ["xx-XX", "xx", "ru-Latn-ZZ", ""])
def test_an_unknown_language_is_refused(asked: str) -> None:
    assert known_locale(asked) is None
    if asked:
        with pytest.raises(StyleError, match="unknown locale"):
            load_style("apa", locale=asked)
