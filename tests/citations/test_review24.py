"""Forms written for these tests (session 24, review): family names opened by a particle, an
article or an elided particle at a note's head, read from `[names]` data."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "von Hagen, Mark: Die Ukraine. Geschichte eines Landes. München: Beck, 2019, S. 112.",
            "von Hagen, Mark",
            "Die Ukraine. Geschichte eines Landes",
        ),
        (
            "al-Ṭabarī, Muḥammad ibn Jarīr. Taʾrīkh al-rusul wa-l-mulūk. Leiden: Brill, 1879, "
            "p. 12.",
            "al-Ṭabarī, Muḥammad ibn Jarīr",
            "Taʾrīkh al-rusul wa-l-mulūk",
        ),
        (
            "ibn Khaldūn, ʿAbd al-Raḥmān. The Muqaddimah. Princeton: Princeton University Press, "
            "1967, p. 9.",
            "ibn Khaldūn, ʿAbd al-Raḥmān",
            "The Muqaddimah",
        ),
        (
            "an-Nawawī, Yaḥyā b. Sharaf. Riyāḍ al-Ṣāliḥīn. Beirut: Dār al-Fikr, 1994, p. 203.",
            "an-Nawawī, Yaḥyā b. Sharaf",
            "Riyāḍ al-Ṣāliḥīn",
        ),
        (
            "as-Suyūṭī, Jalāl al-Dīn. Al-Itqān fī ʿulūm al-Qurʾān. Cairo: Dār al-Turāth, 1985, "
            "p. 44.",
            "as-Suyūṭī, Jalāl al-Dīn",
            "Al-Itqān fī ʿulūm al-Qurʾān",
        ),
        (
            "Hélène Carrère d'Encausse, La Russie inachevée (Paris: Fayard, 2000), p. 18.",
            "Hélène Carrère d'Encausse",
            "La Russie inachevée",
        ),
        (
            "O'Brien, Conor. The Great Melody. London: Sinclair-Stevenson, 1992, p. 310.",
            "O'Brien, Conor",
            "The Great Melody",
        ),
    ],
)
def test_a_particle_name_at_the_head_is_the_authors(text: str, author: str, title: str) -> None:
    found = _first(text)
    assert [str(a) for a in found.authors] == [author]
    assert found.title == title


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Conor O'Brien, The Great Melody (London: Sinclair-Stevenson, 1992), 310.",
            ["Conor O'Brien"],
            "The Great Melody",
        ),
        (
            "Rābiʿa bt. Ismāʿīl, Kitāb al-Zuhd (Cairo: Maktabat al-Khānjī, 1990), 14.",
            ["Rābiʿa bt. Ismāʿīl"],
            "Kitāb al-Zuhd",
        ),
        (
            "Olivier Roy et Gilles Kepel, Les Nouveaux penseurs de l'islam (Paris: Seuil, "
            "2004), 21.",
            ["Olivier Roy", "Gilles Kepel"],
            "Les Nouveaux penseurs de l'islam",
        ),
    ],
)
def test_a_given_first_name_with_its_particle_before_the_title(
    text: str, authors: list[str], title: str
) -> None:
    found = _first(text)
    assert [str(a) for a in found.authors] == authors
    assert found.title == title


def test_a_series_word_typed_with_a_latin_look_alike_stays_the_hosts() -> None:
    found = _first(
        "Мамедов Р. Торговля Хивы // Вестник Санкт-Петербургского университета. Cер. 2. – "
        "2009. – № 4. – С. 12–20."
    )
    assert found.container == "Вестник Санкт-Петербургского университета. Cер. 2"


@pytest.mark.parametrize(
    "text",
    [
        'Yılmaz, Ahmet. "Orta Asya\'da Su Sorunu." Bilig, Cilt 15, No: 2, 2018, s. 77-98.',
        'Pérez, Luis: "La herencia soviética", En: Revista de Estudios Asiáticos, Vol. 12, No 3, '
        "2016, pp. 33-52.",
    ],
)
def test_a_bare_no_after_the_volume_labels_the_issue(text: str) -> None:
    found = _first(text)
    assert found.volume in {"15", "12"}
    assert found.issue in {"2", "3"}
