"""Classics, translations and editions: the roles named after the title, a set's count and the
volume cited, a first edition's year, a set's years, names of a time before surnames, and the
language of a romanised title (session 33)."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "editor"),
    [
        (
            "Ahmed Yüknekî, Atebetü'l-Hakayık, neşr. Reşit Rahmeti Arat (İstanbul: İbrahim Horoz "
            "Basımevi, 1951), 62.",
            "Atebetü'l-Hakayık",
            "Arat",
        ),
        (
            "Yusuf Has Hacib, Kutadgu Bilig I: Metin, neşr. Reşit Rahmeti Arat, 3. baskı (Ankara: "
            "Türk Tarih Kurumu, 1991), beyit 1203.",
            "Kutadgu Bilig I: Metin",
            "Arat",
        ),
        (
            "Neşrî, Kitâb-ı Cihan-nümâ, neşr. Faik Reşit Unat (Ankara: TTK, 1957), 612.",
            "Kitâb-ı Cihan-nümâ",
            "Unat",
        ),
    ],
)
def test_nesr_names_the_editor(note: str, title: str, editor: str) -> None:
    c = first_citation(note)
    assert c.title == title
    assert [n.family for n in c.editors] == [editor]


@pytest.mark.parametrize(
    "note",
    [
        "Babur, Zahiruddin Muhammad. The Baburnama: Memoirs of Babur, Prince and Emperor. "
        "Translated and edited by Wheeler M. Thackston. New York: Modern Library, 2002, p. 12.",
        "Ibn Fadlan, Mission to the Volga, Edited and translated by James E. Thackston (New York: "
        "NYU Press, 2017), 12.",
    ],
)
def test_both_roles_in_one_phrase(note: str) -> None:
    c = first_citation(note)
    assert [n.family for n in c.translators] == ["Thackston"]
    assert [n.family for n in c.editors] == ["Thackston"]


@pytest.mark.parametrize(
    ("note", "volume", "page"),
    [
        (
            "İbn Haldun, Mukaddime, çev. Süleyman Uludağ, 2 cilt, 6. bs. (İstanbul: Dergâh, 2013), "
            "I, 301.",
            "I",
            "301",
        ),
        (
            "Mehmed Süreyya, Sicill-i Osmanî, haz. Nuri Akbayar, 6 cilt (İstanbul: Tarih "
            "Vakfı Yurt "
            "Yayınları, 1996), III, 1021.",
            "III",
            "1021",
        ),
        (
            "Ahmed Cevdet Paşa, Tarih-i Cevdet, 12 cilt (İstanbul: Matbaa-i Osmaniye, 1309), "
            "V, 72.",
            "V",
            "72",
        ),
        (
            "Evliyâ Çelebi Seyahatnâmesi, 2. Kitap, haz. Zekeriya Kurşun, Seyit Ali "
            "Kahraman, Yücel "
            "Dağlı (İstanbul: Yapı Kredi Yayınları, 1999), 144.",
            "2",
            "144",
        ),
    ],
)
def test_the_volume_cited_not_the_count(note: str, volume: str, page: str) -> None:
    c = first_citation(note)
    assert (c.volume, c.page) == (volume, page)


def test_a_count_alone_may_be_the_volume() -> None:
    # `2 Cilt` with no other volume may name the second: it counts only before the one cited
    c = first_citation(
        "Metin Ergun, Türk Dünyası Efsanelerinde Değişme Motifi, 2 Cilt, Ankara 1997."
    )
    assert c.volume == "2"


def test_an_ordinal_book_closes_the_title() -> None:
    c = first_citation(
        "Koca Sinan Paşa Lâyihaları, 3. Kitap, haz. Mehmet İpşirli (İstanbul: Enderun, 1982), 77."
    )
    assert (c.title, c.volume) == ("Koca Sinan Paşa Lâyihaları", "3")


@pytest.mark.parametrize(
    ("note", "year"),
    [
        (
            "Orhun Abideleri, haz. Talat Tekin, İstanbul: Yapı Kredi Yayınları, 2003 (1. bs. "
            "1988), s. 44.",
            2003,
        ),
        (
            "Fuad Köprülü, Türk Edebiyatında İlk Mutasavvıflar, Ankara: Diyanet İşleri Başkanlığı, "
            "1991 (1. bs. 1918), s. 12.",
            1991,
        ),
        ("E. H. Carr, What Is History? (London: Penguin, 1990 [1st ed. 1961]), 24.", 1990),
        ("Гумилёв Л. Н. Древние тюрки. М.: Айрис-пресс, 2007 (1-е изд. 1967). 560 с.", 2007),
    ],
)
def test_a_first_editions_year_is_not_the_date(note: str, year: int) -> None:
    c = first_citation(note)
    assert c.issued is not None
    assert c.issued.year == year


@pytest.mark.parametrize(
    ("note", "year"),
    [
        (
            "Rashīd al-Dīn, Jāmiʿ al-tawārīkh: Compendium of Chronicles, trans. W. M. Thackston, "
            "3 vols. (Cambridge, MA: Harvard University, 1998–99), 1:43.",
            1998,
        ),
        (
            "Bartold, V. V. Four Studies on the History of Central Asia. Trans. V. and T. "
            "Minorsky. "
            "3 vols. Leiden: E. J. Brill, 1956–62.",
            1956,
        ),
    ],
)
def test_a_sets_years_give_its_first(note: str, year: int) -> None:
    c = first_citation(note)
    assert c.issued is not None
    assert c.issued.year == year


@pytest.mark.parametrize(
    "written",
    [
        "Kâşgarlı Mahmud",
        "Balasagunlu Yusuf",
        "Bursalı Mehmed Tahir",
        "Rashīd al-Dīn",
        "Nasir al-Din Tusi",
        "Nizam al-Mulk",
        "Yusuf Xos Hojib",
    ],
)
def test_names_before_surnames_are_whole(written: str) -> None:
    name = to_name(written)
    assert (name.literal, name.family) == (written, None)


@pytest.mark.parametrize(
    ("written", "family"),
    [
        ("Vitali Klitschko", "Klitschko"),
        ("Ahmet Karslı", "Karslı"),
        ("Castelli Marco", "Castelli"),
        ("Kafesoğlu İbrahim", "Kafesoğlu"),
        ("Tanrıkulu A", "Tanrıkulu"),
        ("Ibn Khaldun", "Ibn Khaldun"),
    ],
)
def test_other_names_keep_their_family(written: str, family: str) -> None:
    assert family in (to_name(written).family, to_name(written).given)


@pytest.mark.parametrize("written", ["Ибн Фадлан", "Ибн Хальдун", "İbn Haldun", "Ibn Battuta"])
def test_son_of_opens_the_family_in_every_alphabet(written: str) -> None:
    # "son of" heads the name a reference list files under (`Ибн Фадлан`, not `Фадлан, Ибн`)
    assert (to_name(written).family, to_name(written).given) == (written, None)


@pytest.mark.parametrize(
    ("note", "language"),
    [
        (
            "Rashīd al-Dīn, Jāmiʿ al-tawārīkh: Compendium of Chronicles, trans. W. M. Thackston "
            "(Cambridge, MA: Harvard University, 1998), 43.",
            "en",
        ),
        (
            "Ḥudūd al-ʿĀlam: The Regions of the World, trans. V. Minorsky (London: Luzac, "
            "1937), 99.",
            "en",
        ),
        (
            "Abu'l-Ghazi Bahadur Khan, Shajara-i Tarākima: The Genealogy of the Turkmens, trans. "
            "A. N. Kononov (Moscow: Nauka, 1958), 61.",
            "en",
        ),
        ("Zahiriddin Muhammad Bobur. Boburnoma. – Toshkent: Sharq, 2002. – 335 b.", "uz"),
        ("Yusuf Xos Hojib. Qutadg‘u bilig. – Toshkent: Yulduzcha, 1990. – 400 b.", "uz"),
    ],
)
def test_language_of_classical_titles(note: str, language: str) -> None:
    assert first_citation(note).language == language


@pytest.mark.parametrize(
    ("note", "title", "translator"),
    [
        (
            "Ibn Khaldun. The Muqaddimah: An Introduction to History. Translated from the Arabic "
            "by Franz Rosenthal. 3 vols. New York: Pantheon, 1958.",
            "The Muqaddimah: An Introduction to History",
            "Rosenthal",
        ),
        (
            "Nizam al-Mulk. The Book of Government or Rules for Kings. Translated from the "
            "Persian by Hubert Darke. London: Routledge, 1960.",
            "The Book of Government or Rules for Kings",
            "Darke",
        ),
        (
            "Ibn Khaldun, The Muqaddimah, Translated with an introduction by Franz Rosenthal "
            "(Princeton: Princeton University Press, 1967), 1: 94.",
            "The Muqaddimah",
            "Rosenthal",
        ),
    ],
)
def test_a_translators_longer_phrase(note: str, title: str, translator: str) -> None:
    c = first_citation(note)
    assert c.title == title
    assert [n.family for n in c.translators] == [translator]


@pytest.mark.parametrize(
    ("note", "title", "person"),
    [
        (
            "Rašīd ad-Dīn, Die Geschichte der Oġuzen, hrsg. und übers. von Karl Jahn (Wien: ÖAW, "
            "1969), 33.",
            "Die Geschichte der Oġuzen",
            "Jahn",
        ),
        (
            "Ibn Khaldun, The Muqaddimah, ed. and trans. Franz Rosenthal (Princeton: Princeton "
            "University Press, 1958), 12.",
            "The Muqaddimah",
            "Rosenthal",
        ),
    ],
)
def test_chained_role_words_name_both(note: str, title: str, person: str) -> None:
    c = first_citation(note)
    assert c.title == title
    assert [n.family for n in c.editors] == [person]
    assert [n.family for n in c.translators] == [person]


@pytest.mark.parametrize("written", ["Kazakh Invest", "Turkmen Gas", "Uzbek Airways"])
def test_a_peoples_adjective_heads_a_bodys_name(written: str) -> None:
    assert to_name(written).literal == written  # a body, whole: no given name "Kazakh"


def test_a_peoples_adjective_before_a_name_in_capitals_is_left_to_the_person_rules() -> None:
    assert to_name("Russian ЮРИЙ").literal is None
