"""Editors listed before their role word: each is an editor, the role no title's words
(`tagger/unquoted_heads.py`, `tagger/bracketed_roles.py`, `tagger/named_roles.py`)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "editors", "title"),
    [
        (
            "Kappeler, Andreas, and Zenon E. Kohut, eds. Culture, Nation, and Identity: The "
            "Ukrainian-Russian Encounter. Edmonton: CIUS Press, 2003.",
            ["Kappeler", "Kohut"],
            "Culture, Nation, and Identity: The Ukrainian-Russian Encounter",
        ),
        (
            "Golden, Peter B., and Thomas T. Allsen, eds. Nomads, Empires, and States. "
            "Cambridge: Cambridge University Press, 2011.",
            ["Golden", "Allsen"],
            "Nomads, Empires, and States",
        ),
        (
            "Kılıç, Ahmet, ve Bülent Demir, haz. Türk Dünyası, Tarih ve Kültür. Ankara: Nobel, "
            "2018.",
            ["Kılıç", "Demir"],
            "Türk Dünyası, Tarih ve Kültür",
        ),
        (
            "Baker, R., and S. Khan (eds.) Water and Power in Central Asia. Cambridge: "
            "Cambridge University Press, 2019.",
            ["Baker", "Khan"],
            "Water and Power in Central Asia",
        ),
        (
            "Jones, P. and M. Lee (eds) Energy Security in the Caspian. Oxford: Oxford "
            "University Press, 2015.",
            ["Jones", "Lee"],
            "Energy Security in the Caspian",
        ),
        (
            "Laruelle, M. (ed) Russian Eurasianism. Washington: Woodrow Wilson Center Press, 2008.",
            ["Laruelle"],
            "Russian Eurasianism",
        ),
        (
            "Cummings, S. N. (ed.) Power and Change in Central Asia. London: Routledge, 2002.",
            ["Cummings"],
            "Power and Change in Central Asia",
        ),
    ],
)
def test_listed_editors(note: str, editors: list[str], title: str) -> None:
    found = first_citation(note)
    assert [name.family for name in found.editors] == editors
    assert not found.authors
    assert found.title == title


@pytest.mark.parametrize(
    ("note", "translators", "title"),
    [
        (
            "Brown, Mary, and John Smith, trans. The Book of Dede Korkut, Legends and Tales. "
            "London: Penguin, 1990.",
            ["Brown", "Smith"],
            "The Book of Dede Korkut, Legends and Tales",
        ),
        (
            "Lewis, Geoffrey, trans. The Book of Dede Korkut. Harmondsworth: Penguin, 1974.",
            ["Lewis"],
            "The Book of Dede Korkut",
        ),
    ],
)
def test_the_title_opens_after_the_role(note: str, translators: list[str], title: str) -> None:
    found = first_citation(note)
    assert [name.family for name in found.translators] == translators
    assert found.title == title
