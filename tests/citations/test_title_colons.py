"""A title's colon the model read as an imprint before the note's own imprint
(`tagger/title_colons.py`), and places and titles of romanised Ukrainian and Kazakh in Latin
letters (`[words] cities`, `[langid]`)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "place"),
    [
        (
            "Jones, Mark, Gandhi, Nehru, Jinnah: Three Lives, New Delhi: Penguin, 2004.",
            "Gandhi, Nehru, Jinnah: Three Lives",
            "New Delhi",
        ),
        (
            "Smith, John, Steppe, Empire, Nation: Kazakh Identity, London: Routledge, 2001.",
            "Steppe, Empire, Nation: Kazakh Identity",
            "London",
        ),
        (
            "Иванов И. И., Степь, город, власть: очерки истории, Москва: Наука, 2010, с. 33.",
            "Степь, город, власть: очерки истории",
            "Москва",
        ),
        (
            "Ahmet Kaya, Göç, Kimlik, Aidiyet: Orta Asya Örneği, İstanbul: Ötüken, 2015, s. 45.",
            "Göç, Kimlik, Aidiyet: Orta Asya Örneği",
            "İstanbul",
        ),
    ],
)
def test_title_colon_before_the_imprint(note: str, title: str, place: str) -> None:
    found = first_citation(note)
    assert (found.title, found.publisher_place) == (title, place)


@pytest.mark.parametrize(
    ("note", "place", "language"),
    [
        (
            "Isaievych Ya. Ukrainske knyhovydannia: vytoky, rozvytok, problemy. Lviv, 2002.",
            "Lviv",
            "uk",
        ),
        (
            "Zashkilniak L. Metodolohiia istorychnoho doslidzhennia. Lviv: LNU im. I. Franka, "
            "1999.",
            "Lviv",
            "uk",
        ),
        (
            "Mykhailyn I. Narys istorii ukrainskoi zhurnalistyky. Kharkiv: Prapor, 2003.",
            "Kharkiv",
            "uk",
        ),
        ("Bahalii D. Istoriia Slobidskoi Ukrainy. Kharkiv: Osnova, 1990. 256 s.", "Kharkiv", "uk"),
        (
            "Solov'ev S. M. Istoriia Rossii s drevneishikh vremen. Moskva: Mysl', 1988.",
            "Moskva",
            "ru",
        ),
        ("Äuezov M. Abay jolı. Almatı: Jazuşı, 1997.", "Almatı", "kk"),
        ("Qozıbaev M. Qazaq halqınıñ tarihı. – Almatı: Bilim, 2004. – 320 b.", "Almatı", "kk"),
        ("Jumabaev S. Qazaq dalasındağı köşpeli mädeniet. Astana: Foliant, 2019.", "Astana", "kk"),
    ],
)
def test_place_and_language(note: str, place: str, language: str) -> None:
    found = first_citation(note)
    assert (found.publisher_place, found.language) == (place, language)
