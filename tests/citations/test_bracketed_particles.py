"""A family name written before its given name in brackets keeps every particle the languages'
`[names] particle` lists (Dutch `der`: `Van der Berg (Jan)`), not only the French ones."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "family", "given"),
    [
        ("Van der Berg (Jan), Nomaden van de steppe, Leiden, Brill, 1999.", "Van der Berg", "Jan"),
        ("Ten Have (Paul), Doing Conversation Analysis, London, Sage, 2007.", "Ten Have", "Paul"),
        ("Roux (Pierre), Le coton ouzbek, Paris, Karthala, 2004.", "Roux", "Pierre"),
        (
            "Carrère d'Encausse (Hélène), L'Empire éclaté, Paris, Flammarion, 1978.",
            "Carrère d'Encausse",
            "Hélène",
        ),
    ],
)
def test_a_bracketed_given_names_family_keeps_its_particles(
    note: str, family: str, given: str
) -> None:
    found = first_citation(note)
    assert [(a.family, a.given) for a in found.authors][:1] == [(family, given)]
