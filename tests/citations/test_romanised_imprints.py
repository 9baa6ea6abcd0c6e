"""A romanised Chinese or Japanese title told by its imprint's house or town; Turkish editor
lists; an ayn typed `‘` inside a name."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("Sima Qian, Shiji (Beijing: Zhonghua shuju, 1959), p. 2879.", "zh"),
        ("Lin Gan, Tujue shi (Huhehaote: Nei Menggu renmin chubanshe, 1988), 77.", "zh"),
        ("Wei Zheng, Suishu. Beijing: Zhonghua shuju, 1973.", "zh"),
        ("Mori Masao, Kodai Toruko (Tokyo: Yamakawa Shuppansha, 1967), 45.", "ja"),
        ("John Smith, Mao (Beijing: Foreign Languages Press, 1960).", "en"),
    ],
)
def test_a_romanised_title_is_told_by_its_house(note: str, language: str) -> None:
    assert first_citation(note).language == language


@pytest.mark.parametrize(
    ("note", "editors", "title"),
    [
        (
            "Der. Ali Kaya, Veli Can, Türk Dünyası Tarihi, Ankara: Berikan, 2015, s. 34.",
            ["Kaya", "Can"],
            "Türk Dünyası Tarihi",
        ),
        (
            "Der. Ahmet Yıldız, Mustafa Kara, Zeynep Ak, Osmanlı Toplumu, İstanbul: Timaş, 2012.",
            ["Yıldız", "Kara", "Ak"],
            "Osmanlı Toplumu",
        ),
        ("Salim Koca (der.), Türkler, Ankara: Yeni Türkiye Yayınları, 2002.", ["Koca"], "Türkler"),
        (
            "Kemal Çiçek, Salim Koca (ed.), Türkler, Ankara: Yeni Türkiye Yayınları, 2002.",
            ["Çiçek", "Koca"],
            "Türkler",
        ),
        (
            "Andreas Kappeler, Edward Allworth (eds.), Tatars of the Crimea, Durham: Duke, 1998.",
            ["Kappeler", "Allworth"],
            "Tatars of the Crimea",
        ),
    ],
)
def test_an_editor_list_shares_its_role(note: str, editors: list[str], title: str) -> None:
    cited = first_citation(note)
    assert [e.family for e in cited.editors] == editors
    assert cited.title == title
    assert not cited.authors


@pytest.mark.parametrize(
    ("note", "family"),
    [
        (
            "Ebül‘ulâ Mardin, Medenî Hukuk Cephesinden Ahmet Cevdet Paşa, İstanbul 1946, s. 45.",
            "Mardin",
        ),
        ("Ali Kaya, Şer‘iyye Sicilleri, Ankara: TTK, 2005, s. 12.", "Kaya"),
    ],
)
def test_an_ayn_inside_a_word_is_no_quote(note: str, family: str) -> None:
    assert first_citation(note).authors[0].family == family


def test_an_ottoman_code_cited_by_its_article() -> None:
    cited = first_citation("Mecelle-i Ahkâm-ı Adliyye, md. 1.")
    assert (cited.type, cited.title) == ("legislation", "Mecelle-i Ahkâm-ı Adliyye")


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        ("Mevlânâ, Mesnevî.", "Mevlânâ", "Mesnevî"),
        ("Sadî, Gülistan.", "Sadî", "Gülistan"),
        ("Fuzûlî, Leylâ vü Mecnûn.", "Fuzûlî", "Leylâ vü Mecnûn"),
        ("Babur, Baburnama.", "Babur", "Baburnama"),
    ],
)
def test_a_sole_name_and_a_classic(note: str, author: str, title: str) -> None:
    cited = first_citation(note)
    assert (cited.authors[0].literal, cited.title) == (author, title)
