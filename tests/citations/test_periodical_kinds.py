"""A periodical's kind after its name and GOST's spaced colon (`// Вестник науки : науч.
журн.`) is no words of its name (`citations/host_descriptions.py`, `[types] periodical_kind`)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "container"),
    [
        (
            "Петров П. П. Цифровая экономика региона // Вестник науки : науч. журн. 2019. "
            "№ 3. С. 10–15.",
            "Вестник науки",
        ),
        (
            "Иванова А. А. Дистанционное обучение // Молодой учёный : междунар. науч. журн. "
            "2020. № 12 (302). С. 45–47.",
            "Молодой учёный",
        ),
        (
            "Козлов Д. В. Малый бизнес // Экономика и социум : электрон. науч.-практ. журн. "
            "2018. № 5 (48). С. 1–5.",
            "Экономика и социум",
        ),
        (
            "Бойко О. Козацька доба // Український історичний журнал : наук. журн. 2010. № 4. "
            "С. 20–31.",
            "Український історичний журнал",
        ),
        (
            "Нұрланов Б. Абай мұрасы // Абай : ғылыми журнал. 2016. № 2. Б. 25–30.",
            "Абай",
        ),
        (
            "Annaýew M. Türkmen halysy // Miras : ylmy-publisistik žurnal. 2019. № 4. S. 33–40.",
            "Miras",
        ),
    ],
)
def test_periodical_kind_is_no_name(note: str, container: str) -> None:
    found = first_citation(note)
    assert found.container == container
    assert found.type == "article-journal"


def test_a_series_after_the_kind_stays_the_hosts() -> None:
    found = first_citation(
        "Петров П. Реформа // Вестник КазНУ : науч. журн. Сер. ист. 2015. № 2 (77). С. 5–9."
    )
    assert found.container == "Вестник КазНУ. Сер. ист"
    assert found.issue == "2"
