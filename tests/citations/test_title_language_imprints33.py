"""Session 33: the language of a cited title its own words leave open, told by the rest of the
note: the house's word, the place one language alone spells so, the note's labels, a
translation's English subtitle; and words two languages write alike tell neither."""

from __future__ import annotations

import pytest

from citekit.citations.house_words import house_language
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "language"),
    [
        # a title too short to tell, printed by a house named with its language's word
        ("Aksoy, B. (2018). Medya. Istanbul: Der Yayinlari.", "tr"),
        ("Arslan, T. (2012). Medya. Ankara: Nobel Kitabevi.", "tr"),
        ("Ersoy, M. (2013). Hukuk. Konya: Eğitim Kitabevi.", "tr"),
        ("Şahin, F. (2022). Ekonomi. İzmir: Ege Basımevi.", "tr"),
        # … or printed in a place one language alone spells so
        ("Alisher Navoiy. Xamsa. Toshkent: Sharq, 2006.", "uz"),
        # a translation's English subtitle after its romanised original's title
        (
            "Rashīd al-Dīn, Jāmiʿ al-tawārīkh: Compendium of Chronicles, trans. W. M. "
            "Thackston, 3 vols. (Cambridge, MA: Harvard University, 1998–99), 1:43.",
            "en",
        ),
        (
            "Mahmud al-Kashgari, Dīwān Lughāt al-Turk: Compendium of the Turkic Dialects, "
            "trans. Robert Dankoff and James Kelly (Cambridge, MA: Harvard University, "
            "1982), 1:70.",
            "en",
        ),
        (
            "Ahmad ibn Fadlan, Kitāb ilā Mulk al-Ṣaqāliba: Mission to the Volga, trans. James "
            "Montgomery (New York: New York University Press, 2017), 201.",
            "en",
        ),
        # a title no language's words are in: the note's labels
        (
            "Pannier, B. (2021, January 10). Kyrgyzstan votes. RFE/RL. Retrieved from "
            "https://www.rferl.org/a/kyrgyzstan-votes/31040000.html",
            "en",
        ),
        (
            "“Seyahat”, Hürriyet Kelebek, 12.01.2023, https://www.hurriyet.com.tr/seyahat "
            "(Erişim Tarihi: 13.01.2023).",
            "tr",
        ),
        # romanised Ukrainian's own small words (`chy`, `mizh`: Russian `ili`, `mezhdu`)
        ("Kasianov H. Ukraina chy Malorosiia? Kyiv: Laurus, 2016. 288 p.", "uk"),
        ("Hrytsak Ia. Prorok chy reformator? Kyiv: Krytyka, 2006.", "uk"),
        ("Lysiak-Rudnytskyi I. Mizh istoriieiu i politykoiu. Kyiv: Krytyka, 1994.", "uk"),
        ("Dziuba I. Internatsionalizm chy rusyfikatsiia? Kyiv: KM Academia, 1998.", "uk"),
        # a passive past Turkish writes as Turkmen does, beside a name's apostrophe suffix
        ("“Kabul edildi”, Hürriyet, 12.01.2023.", "tr"),
        ("TRT Haber, “Kazakistan’da sel felaketi: köyler tahliye edildi”, 10.04.2024.", "tr"),
        ("Anadolu Ajansı, “Kazakistan’da seçim günü ilan edildi”, 01.02.2024.", "tr"),
    ],
)
def test_title_language_told_by_the_note(note: str, language: str) -> None:
    assert first_citation(note).language == language


@pytest.mark.parametrize(
    ("note", "language"),
    [
        # an English title keeps its language beside another language's labels
        (
            "Firebase Advantages. https://blog.back4app.com/firebase-database-vs-mysql/ "
            "(Erişim Tarihi: 21.01.2023)",
            None,
        ),
        # a translation's subtitle in another language: the translation is in that one
        (
            "Yusuf Has Hacib, Kutadgu Bilig: Mutluluk Veren Bilgi, çev. R. R. Arat (Ankara: "
            "TTK, 1959), 45.",
            "tr",
        ),
        # an English subtitle with no translator: the work is in its main title's language
        ("Қазақ әдебиеті: history and perspectives. Алматы: Ғылым, 2015.", "kk"),
        (
            "O‘zbekistonda raqamli iqtisodiyot: challenges and prospects. Toshkent: "
            "Iqtisodiyot, 2021.",
            "uz",
        ),
        # romanised Russian stays Russian
        ("Miller A. Ukrainskii vopros v Rossiiskoi imperii. Kiev: Laurus, 2013.", "ru"),
        # a Turkish title with a Turkish house, untouched
        ("Kaya, M. (2017). Türkmenistan ve Türkiye. Ankara: Nobel Yayınları.", "tr"),
    ],
)
def test_title_language_not_overruled(note: str, language: str | None) -> None:
    found = first_citation(note).language
    if language is None:
        assert found != "tr"
    else:
        assert found == language


@pytest.mark.parametrize(
    ("publisher", "language"),
    [("Наука.", "ru"), ("Nobel Kitabevi.", "tr"), ("Наука", "ru"), ("Press.", None)],
)
def test_a_house_word_written_with_its_point_tells_its_language(
    publisher: str, language: str | None
) -> None:
    # a house word the note closes with a point (`М.: Наука., 2001`) is read without it, as
    # listed: its language, never an error
    assert house_language(publisher) == language


def test_a_note_whose_house_word_ends_in_a_point_parses() -> None:
    found = first_citation("Иванов И. И. Тарих. М.: Наука., 2001. 300 с.")
    assert found.publisher is not None
