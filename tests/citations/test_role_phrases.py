"""The names after an editor's or a translator's role phrase are that role's whichever word the
note writes (`çev.`, `Çeviren:`, `trc.`, `Hazırlayan:`, `Trans.`, `ed.`), and the title stays
the title (`role_phrases`); with them, the Turkish forms of İSNAD notes on Islamic sources:
a volume and page joined by a slash, an Arabic title's and an Arabic name's article, an
Arabic house's word, and the no-imprint marks of a bracket."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Location
from tests.citations.parsed import first_citation


def _families(names: tuple[object, ...]) -> list[str | None]:
    return [getattr(n, "family", None) for n in names]


# a Turkish note with a role word before one person (`{r}`), in İSNAD 1 and 2
_FORMS = [
    "Ahmet Yılmaz, Osmanlı Toplumu, {r} Süleyman Uludağ (İstanbul: Dergâh Yayınları, 2013), 243.",
    "Yılmaz, Ahmet. Osmanlı Toplumu. {r} Süleyman Uludağ. İstanbul: Dergâh Yayınları, 2013.",
    "Yılmaz, Ahmet. Mukaddime. {r} Süleyman Uludağ. İstanbul: Dergâh Yayınları, 2013.",
]


@pytest.mark.parametrize(
    "role",
    [
        "çev.",
        "Çev.:",
        "trc.",
        "Trc.",
        "Tercüme:",
        "tercüme eden",
        "Çeviren:",
        "Çeviren",
        "Türkçeleştiren:",
        "Türkçesi:",
        "Çeviri:",
        "Trans.",
    ],
)
@pytest.mark.parametrize(
    "form",
    [
        *_FORMS,
        "Ahmet Yılmaz, Osmanlı Toplumu, {r} Süleyman Uludağ, Dergâh Yayınları, İstanbul 2013, "
        "s. 243.",
    ],
)
def test_a_translator_word_gives_the_names_after_it(form: str, role: str) -> None:
    found = first_citation(form.format(r=role))
    assert _families(found.translators) == ["Uludağ"]
    assert found.title in ("Osmanlı Toplumu", "Mukaddime")
    assert _families(found.authors) == ["Yılmaz"]


@pytest.mark.parametrize(
    "role",
    [
        "haz.",
        "Haz.:",
        "Hazırlayan:",
        "yay. haz.",
        "Yayına Hazırlayan:",
        "Ed.:",
        "Editör:",
        "Editörler:",
        "Derleyen:",
        "nşr.",
        "Neşreden:",
        "thk.",
        "Tahkik:",
    ],
)
@pytest.mark.parametrize("form", _FORMS)
def test_an_editor_word_gives_the_names_after_it(form: str, role: str) -> None:
    found = first_citation(form.format(r=role))
    assert _families(found.editors) == ["Uludağ"]
    assert found.title in ("Osmanlı Toplumu", "Mukaddime")
    assert _families(found.authors) == ["Yılmaz"]


@pytest.mark.parametrize(
    ("text", "role", "families"),
    [
        (
            "Pamuk, Orhan. Snow. Trans. Maureen Freely. New York: Knopf, 2004.",
            "translators",
            ["Freely"],
        ),
        (
            "Archer, Anthony. Oral Epic Traditions. ed. Emma Campos Hayden. trans. Aaron Bailey - "
            "Ryan Jones. Seoul: Metropolitan Books, 2019.",
            "translators",
            ["Bailey", "Jones"],
        ),
        (
            "Taberî, Câmiu’l-beyân, thk. Abdullah b. Abdülmuhsin et-Türkî (Kahire: Dâru Hicr, "
            "2001), 3/45.",
            "editors",
            ["et-Türkî"],
        ),
        (
            "Roberts, Lisa. Microeconomia. ed. Ross Lopez vd. Cambridge: Wiley, 2014.",
            "editors",
            ["Lopez"],
        ),
    ],
)
def test_role_phrases_in_other_families(text: str, role: str, families: list[str]) -> None:
    assert _families(getattr(first_citation(text), role)) == families


@pytest.mark.parametrize(
    "text",
    [
        # a role written after its names, in brackets: the names before it are the role's
        "Jones, B. (1977) “Exploiting rich fonts,” in King, K. and Peterson, C. M. (eds.) "
        "Public Diplomacy. 3rd ed. Boca Raton, FL: University Press, pp. 583–588.",
        "Kaplan, T. (2015). Yerel medyada haber dili. İçinde A. Tuncel (Ed.), Medya ve toplum "
        "(ss. 45-68). İstanbul: Der Yayınları.",
    ],
)
def test_a_closing_role_gives_no_names_after_it(text: str) -> None:
    found = first_citation(text)
    assert found.container in ("Public Diplomacy", "Medya ve toplum")


def test_initials_end_a_name_before_the_place() -> None:
    found = first_citation(
        "Aslan P. Doğumda ihmal iddiası / ed. Durmuş S.; çev. Ertaş D. Van: Selçuk "
        "Üniversitesi, 2011. 326 s."
    )
    assert found.publisher_place == "Van"
    assert _families(found.translators) == ["Ertaş"]


@pytest.mark.parametrize(
    ("text", "title", "volume", "page"),
    [
        ("Taberî, Câmiu’l-beyân, 3/45.", "Câmiu’l-beyân", "3", "45"),
        ("Kâtib Çelebi, Keşfü’z-zunûn, 2/1456.", "Keşfü’z-zunûn", "2", "1456"),
        ("Ahmet Yaman, İslam Hukuku, 3/45-47.", "İslam Hukuku", "3", "45-47"),
        ("Serahsî, el-Mebsût, 10/12.", "el-Mebsût", "10", "12"),
        ("Gazzâlî, el-Müstasfâ, 1/45.", "el-Müstasfâ", "1", "45"),
    ],
)
def test_a_volume_and_page_joined_by_a_slash_close_the_note(
    text: str, title: str, volume: str, page: str
) -> None:
    found = first_citation(text)
    assert (found.title, found.volume, found.page) == (title, volume, page)


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        (
            "Fahreddin er-Râzî, Mefâtîhu’l-gayb (Beyrut: Dâru İhyâi’t-Türâsi’l-Arabî, 1420), "
            "7/123.",
            "er-Râzî",
            "Mefâtîhu’l-gayb",
        ),
        ("Fahreddin er-Râzî, Mefâtîhu’l-gayb, 7/123.", "er-Râzî", "Mefâtîhu’l-gayb"),
        (
            "Ali b. Muhammed es-Seyyid eş-Şerîf el-Cürcânî, Kitâbü’t-Ta‘rîfât (Beyrut: "
            "Dârü’l-Kütübi’l-İlmiyye, 1983), 45.",
            "el-Cürcânî",
            "Kitâbü’t-Ta‘rîfât",
        ),
        ("Serahsî, el-Mebsût (Beyrut: Dârü’l-Marife, 1989), 10/12.", None, "el-Mebsût"),
    ],
)
def test_an_arabic_article_tells_the_name_from_the_title(
    text: str, family: str | None, title: str
) -> None:
    found = first_citation(text)
    assert found.title == title
    if family is not None:
        assert _families(found.authors) == [family]


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Fahreddin Râzî, Mefâtîhu’l-gayb (Beyrut: Dâru İhyâi’t-Türâsi’l-Arabî, 1420), 7/123.",
            "Dâru İhyâi’t-Türâsi’l-Arabî",
        ),
        (
            "Zemahşerî, el-Keşşâf (Beyrut: Dârü’l-Kitâbi’l-Arabî, 1407), 2/112.",
            "Dârü’l-Kitâbi’l-Arabî",
        ),
        ("Ahmet Yaman, Fıkıh Usulü (Riyad: Mektebetü’r-Rüşd, 2005), 45.", "Mektebetü’r-Rüşd"),
    ],
)
def test_an_arabic_house_is_the_publisher(text: str, publisher: str) -> None:
    found = first_citation(text)
    assert str(found.type) == "book"
    assert found.publisher == publisher


@pytest.mark.parametrize(
    "text",
    [
        "Ali Haydar Bey, Mecmua-i Nukuş (y.y., ty.), 22.",
        "Ali Rıza Bey, Bir Zamanlar İstanbul (b.y., t.y.), 22.",
        "Ali Rıza Bey, Bir Zamanlar İstanbul (y.y., ts.), 22.",
    ],
)
def test_a_bracket_of_no_imprint_marks_ends_the_title(text: str) -> None:
    found = first_citation(text)
    assert found.title in ("Mecmua-i Nukuş", "Bir Zamanlar İstanbul")
    assert found.page == "22"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Çakırca Zengin, Karadeniz’de Boru Hatları (XVI-XVII. yy.) (Lefkoşa: Ayten Yayınları, "
            "2017), s. 258.",
            "Karadeniz’de Boru Hatları (XVI-XVII. yy.)",
        ),
    ],
)
def test_a_century_is_no_unknown_imprint(text: str, title: str) -> None:
    assert first_citation(text).title == title


def test_a_day_in_a_sentence_is_no_access_date() -> None:
    note = parse_note(
        1,
        "Ali Kaya ile 12 Mart 2019 tarihinde Ankara’da yapılan görüşme.",
        location=Location(path="t"),
    )
    found = note.citations[0]
    assert found.accessed is None
    assert str(found.type) == "interview"


def test_a_day_before_an_address_is_the_access_date() -> None:
    found = first_citation(
        "Milli Eğitim Bakanlığı. (2018). Fen bilimleri dersi öğretim programı. 14 Şubat 2020 "
        "tarihinde http://mufredat.meb.gov.tr/ProgramDetay.aspx?PID=325 adresinden erişildi."
    )
    assert found.accessed is not None
    assert found.accessed.isoformat() == "2020-02-14"


def test_a_meeting_in_the_news_is_no_interview() -> None:
    found = first_citation(
        "“Erdoğan ile Putin arasında yapılan görüşme sona erdi”, Hürriyet, 5 Mart 2020."
    )
    assert str(found.type) == "article-newspaper"


@pytest.mark.parametrize(
    ("text", "volume", "issue", "page"),
    [
        (
            "Aydın, M . (2019). Türk Dış Politikasında Kafkasya . Bilig , (89) , 1-20 . "
            "Retrieved from https://dergipark.org.tr/tr/pub/bilig/issue/48290/611534",
            None,
            "89",
            "1-20",
        ),
        (
            "Kaya, A , Demir, B . (2021). Covid-19 sürecinde uzaktan eğitim . Eğitim ve Bilim , "
            "46 (205) , 1-22 . DOI: 10.15390/EB.2021.9876",
            "46",
            "205",
            "1-22",
        ),
    ],
)
def test_marks_typed_after_a_space_read_as_the_style_writes_them(
    text: str, volume: str | None, issue: str, page: str
) -> None:
    found = first_citation(text)
    assert (found.volume, found.issue, found.page) == (volume, issue, page)
    assert found.title is not None
    assert not found.title.endswith(" ")


def test_one_spaced_comma_in_a_title_is_kept() -> None:
    found = first_citation(
        "Aşyr Orazow, Manometriki , temperatura degişli termometrler (TDG), Ylym we tehnika, "
        "Sany 28, 1980, sah. 268-282."
    )
    assert found.title is not None
    assert found.title.startswith("Manometriki , temperatura")


@pytest.mark.parametrize(
    ("text", "host", "issue"),
    [
        (
            'Aydın, Mustafa. "Türk Dış Politikasında Kafkasya". Bilig / 89 (Ağustos 2019), 1-20.',
            "Bilig",
            "89",
        ),
        (
            "Kaya, Ali. “Osmanlı’da Vakıf”. Türk Kültürü İncelemeleri Dergisi / 41 (Güz 2019), "
            "45-67. https://doi.org/10.5555/tki.41",
            "Türk Kültürü İncelemeleri Dergisi",
            "41",
        ),
    ],
)
def test_a_number_after_an_empty_volume_is_the_issue(text: str, host: str, issue: str) -> None:
    found = first_citation(text)
    assert (found.container, found.issue, found.volume) == (host, issue, None)


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        ("Ahmet Yaman, “Kazâ” md., DİA, XXV, 108.", "Kazâ", "DİA"),
        ("Ahmet Yaman, “Kazâ” maddesi, DİA, XXV, 108.", "Kazâ", "DİA"),
        ("Ahmet Yaman, “Kazâ” mad., DİA, XXV, 108.", "Kazâ", "DİA"),
        (
            "Mehmet İpşirli, “Şeyhülislâm” md., Türkiye Diyanet Vakfı İslâm Ansiklopedisi, c. 39, "
            "İstanbul 2010, s. 91.",
            "Şeyhülislâm",
            "Türkiye Diyanet Vakfı İslâm Ansiklopedisi",
        ),
    ],
)
def test_an_entry_label_after_its_quotes_is_no_field(text: str, title: str, host: str) -> None:
    found = first_citation(text)
    assert (found.title, found.container) == (title, host)


@pytest.mark.parametrize(
    ("text", "accessed"),
    [
        (
            "“Türkiye-Azerbaycan İlişkileri”, Dışişleri Bakanlığı, "
            "https://www.mfa.gov.tr/turkiye-azerbaycan.tr.mfa (12.03.2020)",
            "2020-03-12",
        ),
        (
            "Yalçın, Cem, “Türkiye’de Vergi Adaleti”, Maliye Dergisi, 2018, Sayı 175, s. 1-25, "
            "http://www.sbb.gov.tr/maliye-dergisi/175.pdf, (15.04.2020).",
            "2020-04-15",
        ),
        ("Kaya, A. Başlık. https://example.org/x (2019).", None),
    ],
)
def test_a_day_alone_in_brackets_after_the_address_is_the_access_date(
    text: str, accessed: str | None
) -> None:
    found = first_citation(text)
    assert (found.accessed.isoformat() if found.accessed else None) == accessed


@pytest.mark.parametrize(
    "text",
    [
        "İbn Haldun, Mukaddime, Beyrut: Dâru'l-Kalem, 1984, s. 112.",
        "İbn Haldun, Mukaddime, Türkçesi: Süleyman Uludağ (İstanbul: Dergâh, 2013), I, 243.",
        "İbn Haldun, Mukaddime, Hazırlayan Süleyman Uludağ (İstanbul: Dergâh, 2013), 243.",
    ],
)
def test_a_given_name_opens_the_author_not_the_title(text: str) -> None:
    found = first_citation(text)
    assert found.title == "Mukaddime"
    assert _families(found.authors) == ["İbn Haldun"]
