"""Item types by how a work is issued and named: a headline that reports an event, a news
outlet's host closing on `-inform` or `-press`, a book of papers that names no meeting, a
quoted book with its editor, a volume inside a title's quotes (session 30)."""

from __future__ import annotations

import pytest

from citekit.citations.headlines import reports_event
from citekit.citations.meetings import names_collection
from citekit.citations.news_outlets import news_outlet
from citekit.training.type_labels import label_type
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    "note",
    [
        "“Ankara’da su kesintisi uyarısı yapıldı”, Başkent Postası, 18 Ocak 2023, "
        "https://www.baskentpostasi.com.tr/ankara-su-kesintisi-uyarisi-4412 (Erişim: 20.01.2023).",
        "Жаңа емхана пайдалануға берілді // Ortalyq.kz. – 2022. – 14 наурыз. – URL: "
        "https://ortalyq.kz/zhana-emkhana-4421/ (қаралған күні: 15.03.2022).",
        "“Toshkentda yangi metro bekati ochildi”, Daryo, 30 avgust 2020, "
        "https://daryo.uz/k/toshkentda-yangi-metro-bekati",
        "“Bakıda yeni park açıldı”, Bizim Yol, 12 may 2021, https://bizimyol.info/page/87123.",
        "Бишкекте жаңы көпүрө курулду // Айыл Турмушу. – 2021. – 5 май. – URL: "
        "https://ayyl.kg/page/4512 (кирүү күнү: 6.05.2021).",
        "“Mary welaýatynda täze mekdep gurnaldy”, Gündogar, 3 sentýabr 2022, "
        "https://gundogar.org/content/30912.",
        "Токаев подписал закон о бюджете // Abai-inform. – 2023. – 5 декабря. – URL: "
        "https://abai-inform.kz/kk/article/51823 (дата обращения: 06.12.2023).",
        "Жаңа мектептер ашылды // Turkistan-inform. – 2021. – 3 қыркүйек. – URL: "
        "https://turkistan-inform.kz/kk/article/3321 (қаралған күні: 10.09.2021).",
    ],
)
def test_news_items(note: str) -> None:
    assert first_citation(note).type == "article-newspaper"


@pytest.mark.parametrize(
    "note",
    [
        "“Bakan Yardımcısı Kazakistan heyetini kabul etti”, T.C. Ticaret Bakanlığı, 4 Nisan "
        "2023, https://ticaret.gov.tr/haberler/bakan-yardimcisi-kazakistan-heyetini-kabul-etti.",
        "“Rektör yeni öğrencilerle buluştu”, Ankara Üniversitesi, 2 Ekim 2023, "
        "https://www.ankara.edu.tr/haberler/rektor-yeni-ogrencilerle-bulustu.",
        "Kazakhstan: Population by Region, Statista, March 12, 2024, "
        "https://www.statista.com/statistics/1234567/kazakhstan-population-by-region/.",
    ],
)
def test_body_pages_stay_pages(note: str) -> None:
    assert first_citation(note).type == "webpage"


@pytest.mark.parametrize(
    ("title", "reported"),
    [
        ("Kurbanlık fiyatları belirlendi", True),
        ("TBMM doğalgaz anlaşmasını imzaladı", True),
        ("Жаңа мектептер ашылды", True),
        ("Aşgabatda täze mekdep açyldy", True),
        ("Türk Dış Politikası", False),
        ("Қазақ әдебиетінің тарихы", False),
        ("История Золотой Орды", False),
        ("Продукты и факты", False),
        ("Легенди та міфи", False),
        ("Ayrıldı", False),
    ],
)
def test_reports_event(title: str, reported: bool) -> None:
    assert reports_event(title) is reported


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("abai-inform.kz", True),
        ("almaty-press.kz", True),
        ("kazinform.kz", True),
        ("press.un.org", False),
        ("pressbooks.pub", False),
        ("information.kz", False),
        ("stat-inform.gov.kz", False),
    ],
)
def test_inform_hosts(host: str, outlet: bool) -> None:
    assert news_outlet(host) is outlet


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        (
            "Иванов И. И. Тюркские надписи Монголии // Сборник научных трудов. – Новосибирск, "
            "2005. – С. 45–58.",
            "chapter",
        ),
        (
            "Сейітов А. Абай шығармаларының тілі // Ғылыми еңбектер жинағы. – Алматы, 2010. "
            "– 112–120 б.",
            "chapter",
        ),
        (
            "Коваленко О. Козацькі літописи як історичне джерело // Збірник наукових праць. – "
            "Київ, 2012. – С. 33–41.",
            "chapter",
        ),
        (
            "Ахметов Б. Цифровая экономика Казахстана // Материалы Международной "
            "научно-практической конференции. – Алматы, 2019. – С. 12–15.",
            "paper-conference",
        ),
        (
            "Orazow A. Türkmen dilinde sözlem // Halkara ylmy maslahatyň materiallary. – "
            "Aşgabat, 2015. – S. 88–92.",
            "paper-conference",
        ),
    ],
)
def test_books_of_papers(note: str, kind: str) -> None:
    assert first_citation(note).type == kind


@pytest.mark.parametrize(
    ("host", "kind"),
    [
        ("Сборник научных трудов", "chapter"),
        ("Ғылыми еңбектер жинағы", "chapter"),
        ("Збірник наукових праць", "chapter"),
        ("Материалы Международной научно-практической конференции", "paper-conference"),
        ("Halkara ylmy maslahatyň materiallary", "paper-conference"),
        ("Proceedings of LREC 2020", "paper-conference"),
    ],
)
def test_generator_label(host: str, kind: str) -> None:
    assert names_collection(host) is (kind == "chapter")
    assert label_type({"type": "paper-conference", "container-title": host}) == kind


@pytest.mark.parametrize(
    "note",
    [
        "Ahmet Kaya, “Türk Halk Edebiyatı Araştırmaları,” ed. Mehmet Öz (İstanbul: Dergâh "
        "Yayınları, 2005), 112.",
        "John Smith, “The Steppe and the Sown,” ed. Mary Brown (London: Routledge, 1998), 45.",
    ],
)
def test_quoted_edited_book(note: str) -> None:
    assert first_citation(note).type == "book"


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "“Этнокультурное развитие. Том III,” Казинформ, 16 августа 2014, "
            "https://www.inform.kz/ru/etnokulturnoe-razvitie_a2700312 "
            "(дата обращения: 28.02.2015).",
            "Этнокультурное развитие. Том III",
        ),
        (
            "“Türk Dünyası Ansiklopedisi. Cilt 4 Çıktı”, Haberler.com, 26 Eylül 2012, "
            "https://www.haberler.com/turk-dunyasi-ansiklopedisi-cilt-4-cikti-4012345-haberi/.",
            "Türk Dünyası Ansiklopedisi. Cilt 4 Çıktı",
        ),
        (
            'Güneş, Zeynep (2009). "Destan Geleneği. Cilt II". Anadolu Ajansı.',
            "Destan Geleneği. Cilt II",
        ),
    ],
)
def test_volume_inside_quotes(note: str, title: str) -> None:
    citation = first_citation(note)
    assert citation.title == title
    assert citation.volume is None
    assert citation.type == "article-newspaper"


@pytest.mark.parametrize(
    ("note", "volume"),
    [
        ("Smith, J. “Steppe Empires.” Central Asian Survey 12, no. 3 (1993): 45–60.", "12"),
        ("Иванов И. «Тюркские надписи». Т. 2. – М.: Наука, 1990. – 300 с.", "2"),
    ],
)
def test_volume_after_quotes(note: str, volume: str) -> None:
    assert first_citation(note).volume == volume
