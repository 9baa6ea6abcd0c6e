"""The same note typed by another hand gives the same fields: a language's letters typed
plainly (Turkish in ASCII, Turkmen without its marks, Kazakh with Russian letters), a field
glued to the comma or period before it, a note all in lower case, a year with its year word,
a DOI at another resolver's host. The notes are written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.fields import parse_citation
from citekit.citations.tagger.lexicons import own_spellings
from citekit.citations.tagger.tokens import as_read, tokenize
from citekit.langid import detect_language
from citekit.languages import language


def _fields(text: str) -> dict[str, object]:
    c = parse_citation(text)
    return {
        "title": c.title,
        "container": c.container,
        "publisher": c.publisher,
        "place": c.publisher_place,
        "authors": [str(a) for a in c.authors],
        "translators": [str(a) for a in c.translators],
        "issued": c.issued,
        "accessed": c.accessed,
        "issue": c.issue,
        "page": c.page,
    }


def test_a_languages_words_are_also_read_typed_plainly() -> None:
    assert "Erisim Tarihi" in language("tr").words.accessed
    assert "Aralik" in language("tr").months[12]
    assert "Гылым" in language("kk").words.publisher  # `Ғылым` typed with Russian letters
    assert "жане" in language("kk").common_words
    # a short month abbreviation typed plainly is another word (`қаз` as Russian `каз.`)
    assert "каз" not in language("kk").month_abbreviations[10]
    # a country's English name is no plain spelling (`Türkmenistan`), nor a word kept as
    # written (`Тоқаев` typed `Токаев` is the Russian spelling)
    assert "turkmenistan" not in language("tk").common_words
    assert "токаев" not in language("kk").common_words


def test_the_features_read_a_list_word_typed_plainly_in_its_own_letters() -> None:
    own = own_spellings()
    assert own["Erisim"] == "Erişim"
    assert own["Yayinlari"] == "Yayınları"
    assert own["cev"] == "çev"
    assert "Turkmenistan" not in own  # the English name
    assert "y" not in own  # Turkmen `ý.` typed `y.`: a letter of every language


@pytest.mark.parametrize(
    ("plain", "marked"),
    [
        (
            "“Dogalgaz ihracati”, Anadolu Ajansi, 12 Aralik 2020 (Erisim Tarihi: 15.01.2021).",
            "“Doğalgaz ihracatı”, Anadolu Ajansı, 12 Aralık 2020 (Erişim Tarihi: 15.01.2021).",
        ),
        (
            "Ozturk, Nuri, Turkistan Seyahatnamesi, (cev. Mehmet Kara), Istanbul, 1995, s. 112.",
            "Öztürk, Nuri, Türkistan Seyahatnamesi, (çev. Mehmet Kara), İstanbul, 1995, s. 112.",
        ),
        (
            "Aydin, S. “Kazakistan'da Egitim”, Bilig, Sayi 54, Yaz 2010, ss. 1-22.",
            "Aydın, S. “Kazakistan'da Eğitim”, Bilig, Sayı 54, Yaz 2010, ss. 1-22.",
        ),
    ],
)
def test_turkish_typed_in_ascii_reads_as_turkish(plain: str, marked: str) -> None:
    table = str.maketrans("ıİşŞğĞçÇöÖüÜ", "iIsSgGcCoOuU")

    def typed(value: object) -> object:
        if isinstance(value, list):
            return [typed(v) for v in value]
        return value.translate(table) if isinstance(value, str) else value

    expected = {k: typed(v) for k, v in _fields(marked).items()}
    assert _fields(plain) == expected


def test_turkish_and_kazakh_titles_typed_plainly_tell_their_language() -> None:
    assert detect_language("Osmanli Doneminde Turkistan") == "tr"
    assert detect_language("Жети томдык шыгармалар жинагы") == "kk"
    assert detect_language("Казак тилиндеги коптик жалгаулары") == "kk"
    # Russian stays Russian: surnames ending like a Kazakh genitive, the Russian spelling
    assert detect_language("Калинин") == "ru"
    assert detect_language("Токаев предложил создать транспортный коридор") == "ru"


def test_a_kazakh_publisher_typed_with_russian_letters() -> None:
    c = parse_citation("Кенжебаев Б. Казак адебиетинин тарихы. Алматы: Гылым, 1994. 320 б.")
    assert (c.publisher, c.publisher_place, c.title) == (
        "Гылым",
        "Алматы",
        "Казак адебиетинин тарихы",
    )
    assert c.language == "kk"


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        (
            "Mutasım Yorulmaz,Kazak Bozkırı (Ankara: Akçağ,1999),45.",
            "Mutasım Yorulmaz, Kazak Bozkırı (Ankara: Akçağ, 1999), 45.",
        ),
        (
            "Сазонова А.В. Степные города.7-е изд.Москва: Энергоиздат, 2020.",
            "Сазонова А.В. Степные города. 7-е изд. Москва: Энергоиздат, 2020.",
        ),
    ],
)
def test_a_field_glued_to_the_mark_before_it(glued: str, spaced: str) -> None:
    assert _fields(glued) == {
        k: v.replace(", ", ",").replace(". ", ".") if isinstance(v, str) else v
        for k, v in _fields(spaced).items()
    }


def test_a_glued_mark_reads_spaced_but_an_address_stays_whole() -> None:
    read = as_read(tokenize("края.Москва,Наука"))
    assert [(t.text, t.start, t.end) for t in read][1] == (".", 4, 4)
    assert [(t.text, t.start, t.end) for t in read][3] == (",", 11, 11)
    address = tokenize("tr.euronews.com.Дата Books.Google.com")
    assert as_read(address) == address


def test_a_note_typed_all_in_lower_case_keeps_its_author() -> None:
    text = "askarova, a. «основные тенденции литературы». вестник казну. 2015. № 3. с. 45–50."
    assert _fields(text)["authors"] == ["askarova, a."]  # as `Askarova, A.` reads
    assert _fields(text)["title"] == "основные тенденции литературы"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("СЗ СССР, 1923 г., № 81. Ст. 782.", 1923),
        ("Съезд Советов. Стенографический отчет. М., 1923 г. Приложение 1. С. 8.", 1923),
        ("Восстание 1916 г. в Казахстане. Алма-Ата, 1947.", 1947),
    ],
)
def test_a_year_with_its_year_word_is_the_date(text: str, year: int) -> None:
    issued = parse_citation(text).issued
    assert issued is not None
    assert issued.year == year


def test_a_doi_at_the_resolvers_www_host() -> None:
    c = parse_citation(
        "Jones, M. (2018). Nomads. CAS, 37(2), 1-5. http://www.doi.org/10.1080/0263.1"
    )
    assert c.doi == "10.1080/0263.1"
