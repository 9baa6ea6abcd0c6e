"""Names as written into family and given: two-word families beside initials, patronymic
families, run-together Vancouver initials, offices and bodies that sign a work."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Майлы ұлы А.", "Майлы ұлы", "А."),  # the initials after a family of two words
        ("Ә. Мұқан ұлы", "Мұқан ұлы", "Ә."),  # … and before it
        ("ТОҒЖАН ҚЫЗЫ Қ.", "ТОҒЖАН ҚЫЗЫ", "Қ."),
        ("van Dijk T. A.", "van Dijk", "T. A."),
        ("Дидара Әуез қызы", "Әуез қызы", "Дидара"),  # a patronymic family, no initials
        ("Ozan Öwez ogly", "Öwez ogly", "Ozan"),
        ("Yakovlev YeV", "Yakovlev", "YeV"),  # Vancouver initials with a digraph
        # unchanged: a two-letter given name is no initial beside a family of two words
        ("Ия Вячеславовна Харитонова", "Харитонова", "Ия Вячеславовна"),
        ("Le J.", "Le", "J."),
        ("A. C. Kozlowski", "Kozlowski", "A. C."),
    ],
)
def test_family_and_given(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize(
    "written",
    ["Kazakh President", "Cumhurbaşkanı Erdoğan", "Посол Турции", "Dışişleri Bakanı",
     "International Crisis Group", "Российская газета", "Қазақстан делегациясы"],
)  # fmt: skip
def test_an_office_or_body_is_kept_whole(written: str) -> None:
    assert to_name(written).literal == written
