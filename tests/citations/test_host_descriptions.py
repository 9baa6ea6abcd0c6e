"""A host's description of kind after GOST's spaced colon is no words of the host's title."""

from __future__ import annotations

import pytest

from citekit.citations.host_descriptions import host_description
from tests.citations.parsed import first_citation as _parse


@pytest.mark.parametrize(
    ("note", "container", "kind"),
    [
        (
            "Иванов И. И. Степь и город // Актуальные проблемы истории : сб. науч. тр. – Омск, "
            "2010. – С. 5–10.",
            "Актуальные проблемы истории",
            "chapter",
        ),
        (
            "Иванов И. И. Степь и город // Тюркология и современность : материалы междунар. "
            "науч. конф. – Омск : Наука, 2010. – С. 5–10.",
            "Тюркология и современность",
            "paper-conference",
        ),
        (
            "Ахметов Б. Дала тарихы // Қазақ тарихының мәселелері : ғылыми еңбектер жинағы. – "
            "Алматы, 2010. – Б. 5–10.",
            "Қазақ тарихының мәселелері",
            "chapter",
        ),
        (
            "Orazow B. Ykdysady ösüş // Ykdysadyýet meseleleri : ylmy makalalar ýygyndysy. – "
            "Aşgabat, 2010. – S. 5–10.",
            "Ykdysadyýet meseleleri",
            "chapter",
        ),
        (
            "Шевчук О. Мова і влада // Українська мова : зб. наук. праць. – Київ, 2011. – "
            "С. 15–20.",
            "Українська мова",
            "chapter",
        ),
    ],
)
def test_kind_after_the_colon_leaves_the_host(note: str, container: str, kind: str) -> None:
    cited = _parse(note)
    assert cited.container == container
    assert cited.type == kind


@pytest.mark.parametrize(
    "note",
    [
        "Петров В. Город // Россия и Восток : проблемы взаимодействия. – Омск, 2010. – С. 5–10.",
        "Сейтов К. Дала // Тюркский мир : история и современность. – Алматы, 2012. – С. 7–9.",
    ],
)
def test_a_subtitle_stays_the_hosts(note: str) -> None:
    assert " : " in (_parse(note).container or "")


def test_a_capitalised_description_stays() -> None:
    assert host_description("Тюркология : Сборник статей") == (
        "Тюркология : Сборник статей",
        None,
    )
    assert host_description(None) == (None, None)
