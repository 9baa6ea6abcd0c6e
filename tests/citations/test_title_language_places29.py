"""The language of a cited title that its letters leave open, told by the note around it:
the place it names, spelled the way one language alone spells it, whatever the work's house
and place add to a short title's letters; and Uzbek words typed with an apostrophe for their
ʼ and ʻ, which Uzbek lists whole."""

from __future__ import annotations

import pytest

from citekit.langid import language_evidence
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "language"),
    [
        # a short Azerbaijani title without ə, beside its house and its place (`Bakı`): the
        # house's and the place's letters make it no long title that must write ə
        ("Əliyev R. Dastan poetikası. Bakı: Elm, 2004. 212 s.", "az"),
        ("Hacıyev T. Nağıl poetikası. Bakı: Elm, 1999. 180 s.", "az"),
        ("Məmmədli Q. Dastan sənəti. Bakı: Elm, 2003.", "az"),
        ("Mirzəyev H. Şeir və poetika. Bakı: Elm, 2000.", "az"),
        # … and the same title printed in İstanbul is Turkish
        ("Yıldız N. Dastan poetikası. İstanbul: Dergâh, 2004.", "tr"),
        # a romanised title no letter or word tells: the place its language alone spells so
        ("Gumilev L. N. Drevniaia Rus' i Velikaia step'. Moskva: Mysl', 1989.", "ru"),
        ("Propp V. Ia. Morfologiia skazki. Moskva: Nauka, 1969.", "ru"),
        # Uzbek words typed with an apostrophe for ʼ and ʻ are words Uzbek lists whole
        ("Karimov I. Yuksak ma'naviyat – yengilmas kuch. Toshkent: Ma'naviyat, 2008.", "uz"),
        ("Jo'rayev T. Yuksak ma'naviyat. Toshkent: Sharq, 2010.", "uz"),
        ("Rahimov A. Ma'naviyat asoslari. Toshkent: Sharq, 2005.", "uz"),
        ("Hasanov S. Ta'lim va tarbiya. Toshkent: O'qituvchi, 2003.", "uz"),
        # a Turkish apostrophe joins a suffix to a name, no word any language lists
        ("Öztürk S. Atatürk'ün Nutuk'u. Ankara: TTK, 2010.", "tr"),
    ],
)
def test_title_language_from_the_note(note: str, language: str) -> None:
    assert first_citation(note).language == language


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Yuksak ma'naviyat", "uz"),
        ("Yuksak ma’naviyat", "uz"),
        ("qo'llanma", "uz"),
        ("Türkiye'de Vakıf", "tr"),
    ],
)
def test_apostrophe_words(title: str, language: str) -> None:
    assert language_evidence(title)[0][0] == language


def test_long_title_without_the_frequent_letter() -> None:
    # a long Azerbaijani-looking title in its own words that never writes ə is no Azerbaijani
    scores = dict(language_evidence("Osmanlı dönemi kültür tarihi üzerine araştırmalar"))
    assert scores["tr"] > scores["az"]
