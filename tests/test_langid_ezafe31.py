"""Titles whose romanisation or typing leaves their language open (session 31, second round):
Persian's ezafe romanised without macrons (`-e`, `-ye`) or as the Library of Congress writes it
(`-i`, `-yi`, `-nāma`) is no Russian, English, Uzbek, Kazakh or Arabic spelling; a language whose
spelling a title is not has none of its letter groups' evidence; romanised groups tell nothing
against a title that also writes the language's own letters; Kyrgyz writes the genitive after
`н` as `-дын`; a foreign word opening a title whose other words tell no language by their words
but by their letters. The titles and notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("title", "code"),
    [
        # Persian romanised without macrons: the ezafe, Persian words
        ("Tarikh-e Bukhara", "fa"),
        ("Tarikh-e Bayhaqi", "fa"),
        ("Tarikh-e mardom-e Iran", "fa"),
        ("Safarnameh-ye Naser Khosrow", "fa"),
        ("Tarikh-e ravabet-e siyasi-ye Iran va Englis", "fa"),
        ("Sabkshenasi: tarikh-e tatavvor-e nasr-e farsi", "fa"),
        # … and as the Library of Congress romanises it
        ("Tārīkh-i Rashīdī", "fa"),
        ("Siyāsat-nāma", "fa"),
        ("Tārīkh-i Jahān-gushā-yi Juvaynī", "fa"),
        ("Tārīkh-i Bukhārā", "fa"),
        # Arabic, romanised Russian and Kazakh stay theirs
        ("Kitāb al-ʿibar", "ar"),
        ("Tārīkh al-rusul wa-l-mulūk", "ar"),
        ("Kurs russkoi istorii", "ru"),
        ("Istoriia Bukhary", "ru"),
        ("Qazaqstan tarikhy", "kk"),
        # a Russian frame around a cited Persian title is Russian
        ("Рецензия на: Tarikh-e Sistan", "ru"),
        ("Отзыв о книге Tarikh-e Bukhara", "ru"),
        # Kazakh typed with Russian letters: the genitive after `н`
        ("Казакстаннын экономикасы", "kk"),
        ("Казакстаннын тарихы", "kk"),
        ("Кыргызстандын экономикасы", "ky"),
        ("Кыргыз калкынын тарыхы", "ky"),
        # a foreign word opening a Turkish title
        ("Quantum Fiziğine Giriş", "tr"),
        ("Wittgenstein Felsefesine Giriş", "tr"),
        ("Wordsworth Şiirinde Doğa", "tr"),
        ("Qarabağ Tarixinə Giriş", "az"),
        ("Wagtyň Geçişi", "tk"),
    ],
)
def test_title_language(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "title", "code"),
    [
        (
            "Narshakhi, Abu Bakr. Tarikh-e Bukhara. Tehran: Tus, 1984. 380 p.",
            "Tarikh-e Bukhara",
            "fa",
        ),
        (
            "Zarrinkub, Abdolhossein. Tarikh-e mardom-e Iran. Tehran: Amir Kabir, 1985.",
            "Tarikh-e mardom-e Iran",
            "fa",
        ),
        (
            "Mirza Haydar Dughlat. Tārīkh-i Rashīdī. Ed. W. M. Thackston. Cambridge, MA: Harvard"
            " University, 1996.",
            "Tārīkh-i Rashīdī",
            "fa",
        ),
        (
            "Nizām al-Mulk. Siyāsat-nāma. Tehran: Bungāh-i Tarjuma va Nashr-i Kitāb, 1968.",
            "Siyāsat-nāma",
            "fa",
        ),
        (
            "Сагадиев К. Казакстаннын экономикасы: оку куралы. Алматы: Экономика, 2006.",
            None,
            "kk",
        ),
        (
            "Yılmaz, A. (2018). Quantum Fiziğine Giriş. Ankara: Nobel Yayınları.",
            "Quantum Fiziğine Giriş",
            "tr",
        ),
        (
            "Demir, K. Wittgenstein Felsefesine Giriş. İstanbul: Paradigma, 2009.",
            "Wittgenstein Felsefesine Giriş",
            "tr",
        ),
    ],
)
def test_note_language(note: str, title: str | None, code: str) -> None:
    cited = first_citation(note)
    if title is not None:
        assert cited.title == title
    assert cited.language == code
