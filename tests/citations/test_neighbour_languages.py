"""The language of a cited title among the neighbour languages: a bracketed mark of Kyrgyz,
Tatar, Bashkir, Uzbek, Azerbaijani or Belarusian in an English, Russian, Turkish or Kazakh
reference list; the suffixes and words that tell Kazakh, Tatar, Bashkir and Uzbek Cyrillic
apart; and a main title in one language with an English subtitle after its colon."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.citations.marked_titles import before_english_subtitle
from citekit.citations.tagger.values import marked_language, unmarked
from citekit.langid import detect_language
from citekit.model import Location


def _language(note: str) -> str | None:
    parsed = parse_note(1, note, location=Location(path="t"))
    assert parsed.citations
    return parsed.citations[0].language


@pytest.mark.parametrize(
    ("note", "language"),
    [
        (
            "Sadykov T. Kyrgyz adabiyatynyn tarykhy [History of Kyrgyz literature]. "
            "Bishkek, 2008. 210 p. (In Kyrgyz)",
            "ky",
        ),
        ("Valeev R. Tatar tarikhy [Tatar history]. Kazan, 2012. 180 p. (In Tatar)", "tt"),
        (
            "Ishberdin E. Bashkort teleneng tarikhy [History of the Bashkir language]. "
            "Ufa, 2004. (In Bashkir)",
            "ba",
        ),
        (
            "Aliyev R. Azerbaycan iqtisadiyyati [Economy of Azerbaijan]. Baku, 2016. 220 p. "
            "(In Azerbaijani)",
            "az",
        ),
        (
            "Rakhimov M. Ozbekiston tarikhi [History of Uzbekistan]. Tashkent, 2014. (In Uzbek)",
            "uz",
        ),
        ("Osmonov O. Kyrgyzstan tarykhy. — Bishkek: Turar, 2012. — 500 s. (на кирг. яз.)", "ky"),
        ("Gainullin M. Tatar khalkynyn zhyrlary. — Kazan, 1985. (на татарском языке)", "tt"),
        ("Osmonov, O. Kırgızistan Tarihi. Bişkek: Turar, 2012 (Kırgızca).", "ky"),
        ("Safarov, A. Özbek Halk Edebiyatı. Taşkent: Fan, 2001 (Özbekçe).", "uz"),
        ("Hasanov, B. Azerbaycan Tarihi. Bakü: Elm, 2005 (Azerice).", "az"),
    ],
)
def test_a_bracketed_mark_of_a_neighbour_language_sets_the_language(
    note: str, language: str
) -> None:
    assert _language(note) == language


@pytest.mark.parametrize(
    ("note", "language"),
    [
        ("Нұрпейісов К. Алаш һәм Алашорда. — Алматы: Ата мұра, 1995. — 256 б.", "kk"),
        ("Кәримов М. Ай тотолған төндә. — Өфө: Китап, 2001. — 96 б.", "ba"),
        ("Хөсәйенов Ғ. Башҡорт әҙәбиәте тарихы. — Өфө: Китап, 2005. — 400 б.", "ba"),
        ("Гайнуллин М. Татар халкының җырлары. — Казан, 1985. — 240 б.", "tt"),
        ("Каримов И. Юксак маънавият – енгилмас куч. — Тошкент: Маънавият, 2008. — 176 б.", "uz"),
        ("Жўраев Т. Ўзбек халқ оғзаки ижоди. — Тошкент: Фан, 1993. — 220 б.", "uz"),
        ("Сейфуллин С. ТАР ЖОЛ, ТАЙҒАҚ КЕШУ. — Алматы: Жазушы, 1964. — 420 б.", "kk"),
        ("Грушевський М. С. Історія України-Руси. — Київ: Наукова думка, 1991. — 648 с.", "uk"),
    ],
)
def test_a_neighbours_words_and_suffixes_tell_its_title(note: str, language: str) -> None:
    assert _language(note) == language


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Татар халкы тарихы", "tt"),  # Tatar writes тарихы as Kazakh and Bashkir do
        ("Беларуская мова", "be"),
        ("Бош ғоя – инсон қадрини улуғлаш", "uz"),  # the verbal noun in -ш, Kazakh -у
        ("Посол Туреччини запропонував створити транспортний коридор", "ru"),  # not Uzbek -ини
        ("Қазақ әдебиеті мен мәдениеті", "kk"),
        ("Мәңгілік ел", "kk"),
        ("Täuelsizdik şejiresi", "kk"),  # Turkmen writes `aw`: no `äu`
        ("Türkmen halkynyň taryhy", "tk"),
        ("Kazakstan Respublikasyndagy til turaly", "kk"),  # Turkmen `-daky`
        ("Türkmenistandaky ýaşlar", "tk"),
        ("Проблеми сходознавства", "uk"),  # Russian `востоковедение`
        ("Языкознание", "ru"),
    ],
)
def test_neighbour_titles(title: str, language: str) -> None:
    # `Посол Туреччини …` has no letter or word Ukrainian alone writes: Russian's prior
    assert detect_language(title) == language


@pytest.mark.parametrize(
    ("note", "language"),
    [
        (
            "Tursunov B. O‘zbekistonda raqamli iqtisodiyot: challenges and prospects // "
            "Iqtisodiyot va ta’lim. — 2021. — № 3. — B. 10–18.",
            "uz",
        ),
        (
            'Demir, Ali. "Türkiye\'de Dijital Dönüşüm: Challenges and Opportunities." '
            "Sosyal Bilimler Dergisi 12, no. 3 (2020): 45–60.",
            "tr",
        ),
        (
            "Kaya A. Tarihi yeniden düşünmek: history and memory in modern Turkey. "
            "İstanbul: İletişim, 2015.",
            "tr",
        ),
        (
            "Olcott M. B. Kazakhstan: Unfulfilled Promise. Washington: Carnegie, 2002.",
            "en",
        ),
    ],
)
def test_a_main_title_with_an_english_subtitle_keeps_its_language(note: str, language: str) -> None:
    assert _language(note) == language


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Қазақ әдебиеті: history and perspectives", "Қазақ әдебиеті"),
        ("Kazakh Khanate: A History", "Kazakh Khanate: A History"),  # a name, no sentence
        ("Kazakh khanate: a history of the steppe", "Kazakh khanate: a history of the steppe"),
        ("Kutadgu Bilig: Wisdom of Royal Glory", "Kutadgu Bilig: Wisdom of Royal Glory"),
        ("Russia: A History", "Russia: A History"),
        ("Ulus Chaghatay: The Mongol Empire", "Ulus Chaghatay: The Mongol Empire"),
    ],
)
def test_before_english_subtitle(title: str, kept: str) -> None:
    assert before_english_subtitle(title) == kept


@pytest.mark.parametrize(
    ("note", "language"),
    [
        (
            "Sadykov T. Kyrgyz adabiyatynyn tarykhy [History of Kyrgyz literature]. "
            "Bishkek, 2008. (In Kyrgyz, abstract in Engl.)",
            "ky",
        ),
        (
            "Valeev R. Tatar tarikhy [Tatar history]. Kazan, 2012. (In Tatar, abstract in Russ.)",
            "tt",
        ),
        (
            "Omarov B. Tauelsizdik zhyldary [Years of independence]. Almaty, 2010. "
            "(In Kazakh; abstract in Engl.)",
            "kk",
        ),
    ],
)
def test_a_mark_before_the_abstracts_language_is_the_works(note: str, language: str) -> None:
    assert _language(note) == language


def test_a_bare_word_opening_a_bracketed_list_is_no_mark() -> None:
    assert marked_language("Kaya. Altay dilleri (Türk, Moğol ve Tunguz). Ankara") is None
    assert marked_language("Vestnik, 2015. (In Russ., abstract in Engl.)") == "ru"
    assert unmarked("Vestnik (In Russ., abstract in Engl.)") == "Vestnik"
    assert unmarked("Dilleri (Türk, Moğol)") == "Dilleri (Türk, Moğol)"
