"""Forms editors paste: a title beside its translation in the other alphabet, a film's genre
in brackets after its quoted title, a website named as the page's host."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Kozybaev M. Aqtaban shubyryndy (Годы великого бедствия). – Almaty: Gylym, 1998. – S. 12",
            "Aqtaban shubyryndy",
        ),
        (
            "Mamedov R. Neft i politika v Azerbaydzhane (Нефть и политика в Азербайджане). Baku: "
            "Elm, 2005. S. 45",
            "Neft i politika v Azerbaydzhane",
        ),
        (
            "Ахмедов Э. Азербайджанская эмиграция (Azərbaycan mühacirəti). Баку: Элм, 2009. С. 14.",
            "Азербайджанская эмиграция",
        ),
        (
            "Ataýew G. Türkmen halk döredijiligi (Туркменское народное творчество). Aşgabat: "
            "Ylym, 2011. 212 s.",
            "Türkmen halk döredijiligi",
        ),
        (
            "Dzhandosova Z. Kazakhskaia step' (Казахская степь) // Vestnik KazNU. 2010. No 3. "
            "S. 5–12.",
            "Kazakhskaia step'",
        ),
    ],
)
def test_a_bracket_in_the_other_alphabet_is_the_titles_translation(note: str, title: str) -> None:
    assert first_citation(note).title == title


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Оразбаева А. Тілдік қатынас (Языковая коммуникация) // Хабаршы. – 2014. – №2. – "
            "Б. 33–38.",
            "Тілдік қатынас (Языковая коммуникация)",
        ),
        ("Deny, Jean. Türk Dili Grameri (Osmanlı Lehçesi). İstanbul, 1941.", None),
        ("Токаев К. Казахстан и Североатлантический альянс (NATO). Астана, 2010.", None),
        ("Смагулов Е. Развитие стандарта связи (LTE Advanced). Алматы, 2015.", None),
    ],
)
def test_a_bracket_in_the_titles_own_alphabet_stays(note: str, title: str | None) -> None:
    found = first_citation(note).title or ""
    assert found == title if title else found.endswith(")")
