"""mixed-date-formats when no format is the usual one: it names them all, not one at random."""

from __future__ import annotations

from citekit.checks import CheckConfig, check
from citekit.pipeline import read_bytes

TEXT = """Энергетическое сотрудничество Туркменистана и Казахстана развивается быстрыми темпами,
и эксперты отмечают рост товарооборота.[1] Правительства подписали соглашения.[2] Аналитики
ожидают роста.[3]

[1] Соглашение // Бизнес Туркменистан. URL: https://business.com.tm/1 (дата обращения: 25.10.2021).
[2] Газ // Нефть и газ. URL: https://neftegaz.ru/2 (дата обращения: 2021-10-26).
[3] Экспорт // Тренд. URL: https://trend.az/3 (дата обращения: 27 октября 2021 г.).
"""


def _mixed(text: str) -> list[tuple[str, str | None]]:
    doc = read_bytes(text.encode(), path="статья.txt")
    found = check(doc, config=CheckConfig())
    return [(f.message, f.hint) for f in found if f.rule == "mixed-date-formats"]


def test_a_three_way_tie_names_every_format_and_how_to_choose() -> None:
    found = _mixed(TEXT)
    assert found
    formats = "('25.10.2021', '2021-10-26', '27 октября 2021')"
    for message, hint in found:
        assert message.endswith(f"one of 3 formats in the article {formats}")
        assert hint is not None
        assert "date-format" in hint


def test_a_clear_majority_is_still_named_as_the_usual_format() -> None:
    text = TEXT.replace("27 октября 2021 г.", "27.10.2021")
    (message, hint), *rest = _mixed(text)
    assert rest == []
    assert message.endswith("while the article writes dates as '25.10.2021'")
    assert hint == "write '26.10.2021'"
