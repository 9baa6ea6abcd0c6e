"""English title case: every preposition stays lower case inside a title (CMOS 8.159)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.errors import LanguageDataError
from citekit.languages import language, load_language
from citekit.styles import format_bibliography


def _title_cased(title: str) -> str:
    item = {"id": "a", "type": "book", "title": title, "issued": {"date-parts": [[2020]]}}
    (entry,) = format_bibliography([item], style="chicago-notes-bibliography")
    return entry.removesuffix(". 2020.")


@pytest.mark.parametrize(
    ("title", "cased"),
    [
        ("meaning through word embeddings", "Meaning through Word Embeddings"),
        ("life without borders", "Life without Borders"),
        ("a war between empires", "A War between Empires"),
        ("notes toward a theory", "Notes toward a Theory"),
        ("trade according to the treaty", "Trade according to the Treaty"),
        ("what the past is about", "What the Past Is About"),
        ("the road: through the steppe", "The Road: Through the Steppe"),
        ("employee pro-environmental behavior", "Employee Pro-Environmental Behavior"),
        ("the antiquités de l'Égypte", "The Antiquités de l’Égypte"),  # name particles
        ("john von doe: a life", "John von Doe: A Life"),
    ],
)
def test_chicago_title_case_leaves_every_preposition_lower_case(title: str, cased: str) -> None:
    assert _title_cased(title) == cased


def test_the_lower_case_words_are_english_language_data() -> None:
    words = language("en").title_lowercase
    assert {"through", "without", "between", "according to"} <= set(words)


def test_language_data_with_a_capitalised_lower_case_word_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(
        'code = "xx"\ncldr = "en"\n[casing]\ntitle_lowercase = ["of", "Through"]\n',
        encoding="utf-8",
    )
    with pytest.raises(LanguageDataError, match="'Through' must be lower case"):
        load_language(path)
