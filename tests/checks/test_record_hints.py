"""The hints of the record rules (issue 12) show an example in the source's language."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes

RU = """Экономика Казахстана растёт быстрее, чем ожидали аналитики[1], а статьи[2] это объясняют.

Примечания
[1] Иванов И. И. Экономика Казахстана. 304 с.
[2] Петров П. Статья о росте // Вопросы экономики. 2020.
"""


def _hints(text: str) -> dict[str, str]:
    doc = read_bytes(text.encode(), path="статья.txt")
    config = CheckConfig()
    return {f.rule: f.hint or "" for f in check(doc, config=config) if f.location.note}


def test_a_russian_sources_hints_show_russian_examples() -> None:
    hints = _hints(RU)
    assert "М.: Наука, 2015" in hints["book-without-publisher"]
    assert "Т. 84, № 5. С. 905–949" in hints["article-without-volume"]


def test_an_english_source_in_a_russian_article_gets_an_english_example() -> None:
    text = RU.replace(
        "Петров П. Статья о росте // Вопросы экономики", "Lee A. Growth // Journal of Economics"
    )
    assert "Vol. 84, no. 5" in _hints(text)["article-without-volume"]
