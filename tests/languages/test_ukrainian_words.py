"""Ukrainian titles told from Kazakh (both write і) and from Russian by their endings."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Історія Гетьманщини", "uk"),
        ("Етнографічні матеріали", "uk"),
        ("Журналістика Туреччини: історичний досвід", "uk"),
        ("Зеленський запропонував створити транспортний коридор", "uk"),
        # unchanged: Kazakh with і alone, and Russian with ь before к
        ("Тіл білімі", "kk"),
        ("Мемлекеттік тіл", "kk"),
        ("Фольклорная традиция. Том III", "ru"),
    ],
)
def test_the_language_of_a_title(title: str, code: str) -> None:
    assert detect_language(title) == code
