"""Turkish, Turkmen and English notes as editors write them (session 16): a site's name after
the title with no date between, bylines after a quoted headline, undated author-date headings,
an outlet before its headline, and the kinds of work told by words beside the title (court
decisions, speeches, interviews, magazine articles, e-books). The notes are written for these
tests; they run through the shipped model."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.decisions import case_numbers
from citekit.citations.tagger.sites import spells_host
from citekit.citations.tagger.tokens import Token
from citekit.citations.types import rule_type
from citekit.citations.worded_types import worded_type
from citekit.langid import detect_language
from citekit.model import PartialDate
from tests.citations.parsed import first_citation as _first
from tests.linear import assert_linear


def _typed(fields: dict[str, object], text: str) -> str:
    """The type the rules and the note's words tell, as the parser tells it."""
    return worded_type(rule_type(fields, text), fields, text)


@pytest.mark.parametrize(
    ("text", "title", "site"),
    [
        (
            "Gas Routes across the Caspian. Chatham House. URL: https://www.chathamhouse.org/gas",
            "Gas Routes across the Caspian",
            "Chatham House",
        ),
        (
            "Özbekistan'da Seçim Sonuçları. Kriter Dergi. URL: https://kriterdergi.com/dosya/secim",
            "Özbekistan'da Seçim Sonuçları",
            "Kriter Dergi",
        ),
    ],
)
def test_a_site_spelled_by_its_address_after_the_title_is_the_host(
    text: str, title: str, site: str
) -> None:
    found = _first(text)
    assert (found.title, found.container) == (title, site)


def test_a_headline_read_as_a_name_before_the_site_is_the_title() -> None:
    found = _first(
        "Water Politics After the Soviet Collapse. The Diplomat. URL: "
        "https://thediplomat.com/2021/water-politics/"
    )
    assert found.title == "Water Politics After the Soviet Collapse"
    assert found.container == "The Diplomat"
    assert found.authors == ()


@pytest.mark.parametrize(
    ("name", "url", "spelled"),
    [
        ("Anadolu Agency", "https://www.aa.com.tr/en/x", True),
        ("SETA", "https://www.setav.org/x", True),
        ("Euronews Türkçe", "https://tr.euronews.com/x", True),
        ("Entstehung, Geschichte", "https://www.beck.de/x", False),
    ],
)
def test_a_sites_name_spells_its_host_whole_by_a_word_by_its_start_or_initials(
    name: str, url: str, spelled: bool
) -> None:
    assert spells_host(name, url) is spelled


@pytest.mark.parametrize(
    ("text", "author", "container"),
    [
        (
            '"Bakü-Tiflis-Kars Demiryolunda Yeni Sefer", Mehmet Kara, AA, 05.04.2022, '
            "https://www.aa.com.tr/tr/ekonomi/baku-tiflis-kars/2555555",
            "Mehmet Kara",
            "AA",
        ),
        (
            '"Asgari Ücret Zammı Açıklandı", Haber Merkezi, Milliyet, 21 Aralık 2022.',
            "Haber Merkezi",
            "Milliyet",
        ),
    ],
)
def test_a_byline_between_the_headline_and_the_outlet_is_the_author(
    text: str, author: str, container: str
) -> None:
    found = _first(text)
    assert [n.written for n in found.authors] == [author]
    assert found.container == container


def test_a_bylines_label_is_no_part_of_the_name() -> None:
    found = _first('Yazar: Ayşe Demir, "Seçim Sonrası Dengeler", Karar, 3 Haziran 2023.')
    assert [n.written for n in found.authors] == ["Ayşe Demir"]


def test_a_body_before_an_undated_mark_is_the_author() -> None:
    found = _first(
        "Ministry of Energy of Turkmenistan. (n.d.). Gas Exports to China. Retrieved from "
        "https://www.energy.gov.tm/exports"
    )
    assert [n.written for n in found.authors] == ["Ministry of Energy of Turkmenistan"]
    assert found.title == "Gas Exports to China"


def test_an_outlet_before_the_quoted_headline_is_the_host() -> None:
    found = _first('Foreign Policy, "The Caspian Pipeline Puzzle," July 14, 2019.')
    assert found.container == "Foreign Policy"
    assert found.type == "article-magazine"


def test_a_second_name_before_a_books_imprint_is_the_title() -> None:
    found = _first("Peyami Safa, Yalnızız, 12. Baskı, İstanbul, Ötüken Neşriyat, 2014, s. 41.")
    assert found.title == "Yalnızız"
    assert [n.written for n in found.authors] == ["Peyami Safa"]


@pytest.mark.parametrize(
    "text",
    [
        "Yargıtay 9. HD, E. 2016/1234, K. 2018/5678, T. 12.03.2018.",
        "Danıştay 5. Daire, E. 2014/99, K. 2017/100, 04.05.2017.",
        "AİHM, Demir ve Baykara/Türkiye, Başvuru No: 34503/97, 12.11.2008.",
        "Miranda v. Arizona, 384 U.S. 436 (1966).",
    ],
)
def test_a_courts_decision_by_its_case_number_is_a_legal_case(text: str) -> None:
    assert _first(text).type == "legal_case"


def test_an_article_about_a_court_is_no_legal_case() -> None:
    fields = {
        "title": "Anayasa Mahkemesi'nin Bireysel Başvuru Kararları",
        "container-title": "Ankara Barosu Dergisi",
        "issue": "2",
    }
    text = (
        "Ali Kaya, “Anayasa Mahkemesi'nin Bireysel Başvuru Kararları”, Ankara Barosu Dergisi, "
        "Sayı 2, 2015."
    )
    assert _typed(fields, text) != "legal_case"


@pytest.mark.parametrize(
    "text",
    [
        'Abdullah Gül, "TBMM Yeni Yasama Yılı Açılış Konuşması", Ankara, 1 Ekim 2012.',
        'Joe Biden, "Remarks by the President at the NATO Summit," Vilnius, July 12, 2023.',
        'Angela Merkel, "Europe and Its Neighbours," address to the Bundestag, Berlin, 2016.',
    ],
)
def test_a_speech_is_told_by_its_words(text: str) -> None:
    assert _first(text).type == "speech"


def test_a_papers_report_of_a_speech_is_its_article() -> None:
    fields = {"title": "Bakan Kabine Sonrası Konuşma", "container-title": "Hürriyet"}
    text = '"Bakan Kabine Sonrası Konuşma", Hürriyet, 3 Mart 2021.'
    assert _typed(fields, text) != "speech"


@pytest.mark.parametrize(
    "text",
    [
        'Hasan Ünal ile Söyleşi, "Avrupa ile Yol Ayrımı", Cumhuriyet, 9 Mart 2017.',
        'Kemal Derviş, interview by Jim Lehrer, "The Turkish Recovery," PBS, May 5, 2002.',
    ],
)
def test_an_interview_is_told_by_its_phrase_and_its_title_is_the_quoted_one(text: str) -> None:
    found = _first(text)
    assert found.type == "interview"
    assert found.title is not None
    assert found.title in text.split('"')[1]


def test_a_word_for_interviews_inside_a_title_makes_no_interview() -> None:
    fields = {"title": "Nitel Araştırmada Söyleşi Tekniği", "container-title": "Eğitim Dergisi"}
    text = "Ali Kaya, “Nitel Araştırmada Söyleşi Tekniği”, Eğitim Dergisi, 12(2), 2019."
    assert _typed(fields, text) != "interview"


def test_a_listed_magazine_with_a_volume_is_a_magazine() -> None:
    """A magazine listed by name stays one when cited by its volume (session 48: the blind
    sets' writers cite `Foreign Affairs 101, no. 5` as a magazine)."""
    fields = {"title": "Neutrality", "container-title": "Foreign Affairs", "volume": "98"}
    assert _typed(fields, "“Neutrality.” Foreign Affairs 98.") == "article-magazine"
    fields = {
        "title": "Neutrality",
        "container-title": "Foreign Affairs",
        "issued": PartialDate(2019, 3),
    }
    assert _typed(fields, "“Neutrality.” Foreign Affairs, March 2019.") == "article-magazine"


def test_an_e_books_mark_tells_a_book() -> None:
    found = _first(
        "Norman Stone, Turkey: A Short History (London: Thames & Hudson, 2011), Kindle edition."
    )
    assert found.type == "book"


@pytest.mark.parametrize(
    "title", ["Turkey's Energy Strategy", "Davutoğlu Era in Turkish Foreign Policy"]
)
def test_an_english_title_with_a_turkish_name_or_a_final_y_is_english(title: str) -> None:
    assert detect_language(title) == "en"


def test_a_turkmen_title_on_an_origin_is_no_speech() -> None:
    found = _first("Amanow B. Türkmen dilleriniň gelip çykyşy. Aşgabat: Ylym, 2012. 180 s.")
    assert found.type == "book"


def test_a_name_before_an_outlet_named_whole_is_the_byline() -> None:
    found = _first('"Ankara\'da Kar Yağışı Etkili Oldu", Berk Aydın, DHA, 14.01.2022.')
    assert [n.written for n in found.authors] == ["Berk Aydın"]
    assert found.container == "DHA"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Yargıtay 2. HD, E. 2017/55, K. 2018/77, T. 09.02.2018.", PartialDate(2018, 2, 9)),
        ("AYM, B. No: 2014/4705, 22.05.2019.", PartialDate(2019, 5, 22)),
    ],
)
def test_a_decisions_case_numbers_are_no_fields_and_its_day_is_its_date(
    text: str, day: PartialDate
) -> None:
    found = _first(text)
    assert found.issued == day
    assert found.volume is None
    assert found.accessed is None


def test_a_pages_last_change_label_is_no_part_of_its_host() -> None:
    found = _first(
        '"Turkmen Carpet," Wikipedia, last modified May 2, 2022, '
        "https://en.wikipedia.org/wiki/Turkmen_carpet."
    )
    assert found.container == "Wikipedia"
    assert found.issued == PartialDate(2022, 5, 2)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Feroz Ahmad, Making of Modern Turkey: A History (London: Routledge, 1993), 12.",
            "Making of Modern Turkey: A History",
        ),
        (
            "Ayşe Kadıoğlu, Cumhuriyet İradesi: Demokrasi Muhakemesi, İstanbul, Metis, 1999.",
            "Cumhuriyet İradesi: Demokrasi Muhakemesi",
        ),
    ],
)
def test_a_titles_head_before_its_subtitle_is_no_second_author(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert len(found.authors) == 1


def test_a_cases_name_closes_before_its_law_report() -> None:
    assert _first("Gibbons v. Ogden, 22 U.S. (9 Wheat.) 1 (1824).").title == "Gibbons v. Ogden"


def test_many_unclosed_brackets_after_case_names_are_read_in_linear_time() -> None:
    # a law report's court and year in brackets are a few words: no look to the note's end
    assert_linear(lambda n: "X v Y, 1 A ( " * n, lambda t: _typed({}, t), 1000)
    assert _typed({}, "Roe v. Wade, 410 U.S. 113 (1973).") == "legal_case"
    assert _typed({}, "United States v. Microsoft Corp., 253 F.3d 34 (D.C. Cir. 2001).") == (
        "legal_case"
    )


def test_many_versus_words_without_a_report_are_read_in_linear_time() -> None:
    # a case's name before its report's comma is a few words: no look to the note's end
    assert_linear(lambda n: "a v b " * n, lambda t: case_numbers([], t, [], []), 3000)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Danıştay 10. D., Esas No.: 2019/12, Karar No: 2020/7.", "Esas No.: 2019/12"),
        ("AYM, B.No: 2018/12345, 25.06.2020.", "B.No: 2018/12345"),
        ("Kurt v. Turkey, App. no. 24276/94, 25 May 1998.", "App. no. 24276/94"),
    ],
)
def test_a_case_numbers_label_is_the_language_files(text: str, number: str) -> None:
    from citekit.citations.tagger.decisions import _case

    found = _case().search(text)
    assert found is not None
    assert found.group() == number


def test_many_case_numbers_are_laid_over_the_tokens_in_linear_time() -> None:
    from citekit.citations.tagger.tokens import tokenize

    def made(n: int) -> tuple[str, list[Token]]:
        text = "E. 2019/1 " * n
        return text, list(tokenize(text))

    def run(m: tuple[str, list[Token]]) -> object:
        return case_numbers(m[1], m[0], [set() for _ in m[1]], [("title", 0, len(m[1]))])

    assert_linear(made, run, 500)
