"""Item types by rule: archival references and laws whatever the tagger named their parts."""

from __future__ import annotations

import pytest

from citekit.citations.types import rule_type
from citekit.model import Name, PartialDate


def test_an_archival_reference_is_a_manuscript_even_with_a_title() -> None:
    text = "ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3."
    assert rule_type({"title": "12", "page": "3"}, text) == "manuscript"


def test_initials_that_look_like_archive_words_do_not_make_a_manuscript() -> None:
    text = "Иванов Д. Л. История Казахстана. М.: Наука, 2001. 300 с."
    fields = {"title": "История Казахстана", "publisher": "Наука", "publisher-place": "М."}
    assert rule_type(fields, text) == "book"


def test_a_law_named_in_its_genre_is_legislation_in_a_gazette() -> None:
    text = (
        "Федеральный закон от 01.06.2005 № 53-ФЗ «О государственном языке Российской "
        "Федерации» // Собрание законодательства РФ. 2005. № 23. Ст. 2199."
    )
    fields = {
        "title": "О государственном языке Российской Федерации",
        "container-title": "Собрание законодательства РФ",
        "genre": "Федеральный закон",
        "issue": "23",
    }
    assert rule_type(fields, text) == "legislation"


def test_a_paper_of_one_day_with_a_page_is_a_newspaper_article() -> None:
    text = "“Dışişleri Bakanı Orta Koridoru değerlendirdi”, Yeni Şafak, 1 Mayıs 2022, s. 5."
    fields = {
        "title": "Dışişleri Bakanı Orta Koridoru değerlendirdi",
        "container-title": "Yeni Şafak",
        "page": "5",
        "issue": "5",  # a tagger's slip must not make it a journal
        "issued": PartialDate(2022, 5, 1),
    }
    assert rule_type(fields, text) == "article-newspaper"
    fields["issued"] = PartialDate(2022)
    assert rule_type(fields, text) == "article-journal"


def test_proceedings_of_a_society_with_volume_issue_and_year_is_a_journal() -> None:
    text = (
        'Turing, Alan. "On computable numbers." Proceedings of the London Mathematical '
        "Society 2.42 (1937): 230-265."
    )
    fields = {
        "title": "On computable numbers",
        "container-title": "Proceedings of the London Mathematical Society 2.42",
        "page": "230-265",
    }
    assert rule_type(fields, text) == "article-journal"
    paper = {"title": "Parsing", "container-title": "Proceedings of the Conference", "page": "1-9"}
    assert rule_type(paper, "Parsing. In Proceedings of the Conference, 2001, pp. 1-9.") == (
        "paper-conference"
    )


def test_report_words_in_the_series_or_a_bare_title_make_a_report() -> None:
    series = {"title": "Energy Security", "collection-title": "OIES Working Paper"}
    assert rule_type(series, "Energy Security. OIES Working Paper 12. Oxford, 2019.") == "report"
    text = "Orta Asya Enerji Raporu. Ankara: SETA, 2020."
    bare = {"title": "Orta Asya Enerji Raporu", "publisher": "SETA", "publisher-place": "Ankara"}
    assert rule_type(bare, text) == "report"
    news = {"title": "Доклад ООН о климате", "container-title": "РИА Новости"}
    assert rule_type(news, "Доклад ООН о климате // РИА Новости. 2021.") != "report"


def test_a_blog_platform_address_is_a_post() -> None:
    fields = {"title": "Notes on Khiva", "URL": "https://steppes.blogspot.com/2019/05/khiva.html"}
    assert rule_type(fields, "Notes on Khiva, https://steppes.blogspot.com/2019/05/khiva.html") == (
        "post-weblog"
    )


def test_a_quoted_part_with_editors_and_publisher_is_a_chapter_when_its_host_is_unnamed() -> None:
    text = (
        "Sulhi Sezer, “Kazakistan’da Doğalgaz”, hzl. Çağlar Demirel (İzmir: Yeditepe, 1963), 27-31."
    )
    fields = {
        "title": "Kazakistan’da Doğalgaz",
        "author": (Name(family="Sezer", given="Sulhi"),),
        "editor": (Name(family="Demirel", given="Çağlar"),),
        "publisher": "Yeditepe",
        "publisher-place": "İzmir",
        "page": "27-31",
    }
    assert rule_type(fields, text) == "chapter"
    book = dict(fields, title="Kazakistan’da Doğalgaz", page="27")
    plain = "Sulhi Sezer, Kazakistan’da Doğalgaz, hzl. Çağlar Demirel (İzmir: Yeditepe, 1963), 27."
    assert rule_type(book, plain) == "book"


def test_an_ottoman_archive_shelf_mark_is_a_manuscript() -> None:
    assert rule_type({"title": "MKT"}, "BOA, DH. MKT., 1121/78.") == "manuscript"
    fields = {"title": "Cumhuriyet Arşivi ve Tarih", "publisher": "TTK", "publisher-place": "Van"}
    assert rule_type(fields, "Cumhuriyet Arşivi ve Tarih, Van: TTK, 1990.") == "book"


def test_thesis_words_of_each_language_make_a_thesis() -> None:
    phd = {"title": "Remaking Eden", "genre": "PhD diss.", "publisher": "University of Oxford"}
    assert rule_type(phd, "Ortiz, “Remaking Eden” (PhD diss., University of Oxford, 1966).") == (
        "thesis"
    )
    tk = {"title": "Galamlar", "publisher": "Türkmen döwlet medeniýet instituty"}
    text = "Gurbanowa A. Galamlar : dissertasiýanyň awtoreferaty. – Aşgabat, 2022. – 115 s."
    assert rule_type(tk, text) == "thesis"


def test_a_journal_named_in_the_note_makes_an_article_when_its_role_was_missed() -> None:
    text = "“Seçmen Algısı.”; Aksoy.; International Journal of Social Sciences, 2019"
    fields = {"title": "Seçmen Algısı", "container-title": "Aksoy", "issued": PartialDate(2019)}
    assert rule_type(fields, text) == "article-journal"


def test_a_bare_title_dated_to_the_day_is_a_newspaper_issue_and_a_book_keeps_its_year() -> None:
    assert rule_type({"title": "Қазақ әдебиеті", "issued": PartialDate(1981, 1, 1)}, "x") == (
        "article-newspaper"
    )
    book = {"title": "Аз и Я", "author": (Name(family="Сулейменов", given="О."),)}
    assert rule_type(dict(book, issued=PartialDate(1975)), "Сулейменов О. Аз и Я. 1975.") == "book"


def test_an_open_journal_platform_address_is_a_journal_article() -> None:
    url = "https://journals.example.kz/index.php/hist/article/view/2034"
    fields = {"title": "Ұлы дала", "URL": url}
    assert rule_type(fields, f"Ұлы дала. URL: {url}") == "article-journal"
    url = "https://cyberleninka.ru/article/n/kazahskaya-step"
    assert rule_type({"title": "Казахская степь", "URL": url}, url) == "article-journal"


def test_news_sections_of_each_language_make_a_newspaper_article() -> None:
    for path in ("tk/habar/ikinji-gun", "kk/zhanalyqtar/bugin", "ru/politika/vstrecha", "gundem/x"):
        url = f"https://example.tm/{path}"
        fields = {"title": "Duşuşyk", "container-title": "Site", "URL": url}
        assert rule_type(fields, f"Duşuşyk, Site, {url}") == "article-newspaper", path
    url = "https://example.tm/tk/about/ikinji-gun"
    page = {"title": "Duşuşyk", "container-title": "Site", "URL": url}
    assert rule_type(page, f"Duşuşyk, Site, {url}") == "webpage"


def test_ukrainian_archive_and_conference_words_type_their_notes() -> None:
    text = "ЦДАВО України. Ф. 1. Оп. 2. Спр. 45. Арк. 3."
    assert rule_type({"title": "Історія"}, text) == "manuscript"
    text = "Іванов І. Мова // Матеріали конференції. Київ, 2001. С. 5-9."
    fields = {"title": "Мова", "container-title": "Матеріали конференції", "page": "5-9"}
    assert rule_type(fields, text) == "paper-conference"


def test_a_title_translated_in_brackets_is_not_a_host() -> None:
    text = (
        "Kyýasowa, G. (2016). Türkmen diliniň sözlügi [Dictionary of the Turkmen Language]. "
        "(G. Annaýew, Ed.). Türkmen döwlet neşirýat gullugy."
    )
    fields = {
        "title": "Türkmen diliniň sözlügi",
        "container-title": "Dictionary of the Turkmen Language",
        "editor": (Name(family="Annaýew", given="G."),),
        "publisher": "Türkmen döwlet neşirýat gullugy",
        "author": (Name(family="Kyýasowa", given="G."),),
    }
    assert rule_type(fields, text) == "book"
    hosted = text.replace("[Dictionary of the Turkmen Language]", "In: Dictionary of the Turkmen")
    assert rule_type(dict(fields, **{"container-title": "Dictionary of the Turkmen"}), hosted) == (
        "chapter"
    )


def test_an_encyclopedia_is_known_by_its_host_in_any_language() -> None:
    for url in ("https://islamansiklopedisi.org.tr/ahmed-yesevi", "https://encyclopedia.kz/a/1"):
        fields = {"title": "Ahmed Yesevi", "URL": url}
        assert rule_type(fields, f"Ahmed Yesevi. URL: {url}") == "entry-encyclopedia"


def test_a_law_printed_in_a_newspaper_is_legislation() -> None:
    text = (
        "Қазақстан Республикасының 2002 жылғы 3 сәуірдегі № 69 «Мемлекеттік қызмет туралы» "
        "Заңы // Егемен Қазақстан. 2002."
    )
    fields = {"title": "Мемлекеттік қызмет туралы", "container-title": "Егемен Қазақстан"}
    assert rule_type(fields, text) == "legislation"
    # a person's article whose note names a law outside its title stays an article
    article = {"title": "Білім туралы ойлар", "container-title": "Егемен Қазақстан", "issue": "3"}
    author = (Name(family="Сейітов", given="А."),)
    text = "Сейітов А. Заңы бойынша: Білім туралы ойлар // Егемен Қазақстан. 2002. № 3."
    assert rule_type(dict(article, author=author), text) == "article-newspaper"
    assert rule_type(article, text) == "legislation"


def test_a_named_newspaper_with_an_issue_number_is_a_newspaper_not_a_journal() -> None:
    text = "Почему культурное наследие важно? // Литературная газета. 2008. № 194. С. 3."
    fields = {
        "title": "Почему культурное наследие важно?",
        "container-title": "Литературная газета",
        "issue": "194",
        "page": "3",
    }
    assert rule_type(fields, text) == "article-newspaper"
    journal = dict(fields, **{"container-title": "Вопросы литературы", "page": "3-19"})
    assert rule_type(journal, text.replace("Литературная газета", "Вопросы литературы")) == (
        "article-journal"
    )


def test_proceedings_with_their_extent_are_a_book_not_a_paper() -> None:
    text = (
        "Тюркские языки: история и современность : материалы междунар. конф. (Казань, 2010). "
        "- Казань: Изд-во КФУ, 2011. - 412 с."
    )
    fields = {
        "title": "Тюркские языки: история и современность",
        "container-title": "материалы междунар. конф.",
        "publisher": "Изд-во КФУ",
        "publisher-place": "Казань",
        "number-of-pages": "412",
    }
    assert rule_type(fields, text) == "book"
    part = {**fields, "page": "12–19"}
    part.pop("number-of-pages")
    assert rule_type(part, text.replace("412 с.", "С. 12–19.")) == "paper-conference"


def test_a_journal_with_a_place_after_it_is_no_book_chapter() -> None:
    text = (
        "Kaya A., “Eski Uygur Metinleri”, Türkiyat Araştırmaları Dergisi, Sayı: 12, Konya. 5-20 s."
    )
    fields = {
        "author": (Name(family="Kaya", given="A."),),
        "title": "Eski Uygur Metinleri",
        "container-title": "Türkiyat Araştırmaları Dergisi",
        "publisher-place": "Konya",
        "page": "5-20",
    }
    assert rule_type(fields, "In: " + text) == "article-journal"
    book = {**fields, "container-title": "Türk Dili Üzerine Yazılar", "editor": "x"}
    assert rule_type(book, "In: " + text) == "chapter"


def test_a_book_read_online_is_still_a_book() -> None:
    text = (
        "Çetin, Ergönül. 2025. Orta Asya’da Enerji. İstanbul: Akçağ Yayınları. "
        "https://euronews.com/ru/news/389862."
    )
    fields = {
        "title": "Orta Asya’da Enerji",
        "publisher": "Akçağ Yayınları",
        "publisher-place": "İstanbul",
        "URL": "https://euronews.com/ru/news/389862",
    }
    assert rule_type(fields, text) == "book"
    # a site named as publisher is no imprint: a page of that site
    web = {"title": "Orta Asya’da Enerji", "publisher": "Euronews", "URL": fields["URL"]}
    assert (
        rule_type(web, "Orta Asya’da Enerji. Euronews. https://euronews.com/ru/news/389862.")
        != "book"
    )


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://e-history.kz/en/page/373652", "webpage"),  # a site's own pages
        ("https://www.government.ru/tr/sayfa/249358", "webpage"),
        ("https://e-history.kz/2019/10/18/abd-ve-turkiye", "article-newspaper"),
        ("https://e-history.kz/environment/2019/may/17/why", "article-newspaper"),
        ("http://e-history.kz/web/?p=15328", "article-newspaper"),  # a post's number
        ("https://e-history.kz/news/page/2", "article-newspaper"),  # a news section wins
    ],
)
def test_an_address_tells_a_page_from_a_news_article(url: str, kind: str) -> None:
    text = f"Бас тақырып // Қазақстан тарихы. 12 мамыр 2020. URL: {url}"
    fields = {"title": "Бас тақырып", "container-title": "Қазақстан тарихы", "URL": url,
              "issued": PartialDate(2020, 5, 12)}  # fmt: skip
    assert rule_type(fields, text) == kind


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("Tengrinews", "https://kaz.tengrinews.kz/en/page/373652"),  # an outlet's name
        ("Daily Sabah", "https://www.dailysabah.com/about/61380"),
        ("", "https://www.dailysabah.com/about/61380"),  # its host: the name, no space or mark
        ("", "https://www.hurriyet.com.tr/wiki/924249"),
        ("", "https://salamnews.tm/contact/644071"),  # a host named a news one
        ("", "https://www.haberler.com/docs/842515"),
    ],
)
def test_a_news_outlets_pages_are_news_items_in_any_folder(host: str, url: str) -> None:
    # the corpus README: news sites' and news agencies' pages are `article-newspaper`
    text = f"“Başlık”, {host + ', ' if host else ''}{url}, (Erişim Tarihi: 17.04.2024)."
    fields = {"title": "Başlık", "container-title": host, "URL": url}
    assert rule_type(fields, text) == "article-newspaper"


def test_a_site_that_is_no_outlet_keeps_its_pages() -> None:
    text = "“Başlık”, https://www.mfa.gov.tr/sayfa/61380, (Erişim Tarihi: 17.04.2024)."
    fields = {"title": "Başlık", "URL": "https://www.mfa.gov.tr/sayfa/61380"}
    assert rule_type(fields, text) == "webpage"


def test_a_volume_with_a_publisher_and_no_host_is_a_book_online_too() -> None:
    text = "Amangeldiýewa B. Orfografik sözlük, т. 8 (Ylym, 2009), https://mfa.gov.tm/en/s_1."
    fields = {"title": "Orfografik sözlük", "volume": "8", "publisher": "Ylym",
              "URL": "https://mfa.gov.tm/en/s_1"}  # fmt: skip
    assert rule_type(fields, text) == "book"


def test_a_headline_about_a_law_is_no_law() -> None:
    text = "“Президент Казахстана подписал закон о бюджете”, Tengrinews,, (Erişim: 21.01.2021)."
    fields = {
        "title": "Президент Казахстана подписал закон о бюджете",
        "container-title": "Tengrinews",
    }
    assert rule_type(fields, text) != "legislation"
    text = "Ömer Yavuz, “Elçiliklerini kapatma kararı”, Yeni Asır, 28 Ağustos 2024, s. 13."
    article: dict[str, object] = {
        "title": "Elçiliklerini kapatma kararı",
        "container-title": "Yeni Asır",
        "author": (Name(family="Yavuz", given="Ömer"),),
        "page": "13",
    }
    assert rule_type(article, text) != "legislation"
    # a law's name closes with its word, and no person wrote it
    law = {"title": "Türk Ceza Kanunu"}
    assert rule_type(law, "Türk Ceza Kanunu, 5237 sayılı.") == "legislation"


def test_initials_that_spell_archive_words_make_no_archive() -> None:
    text = (
        "Фурс Л. В. Мовна політика / Л. В. Фурс, Д. Ф. Лапін // Український географічний "
        "журнал. — 2015. — т. 9, № 1. — С. 25-56."
    )
    fields = {
        "title": "Мовна політика",
        "container-title": "Український географічний журнал",
        "volume": "9",
        "issue": "1",
    }
    assert rule_type(fields, text) == "article-journal"
    shelf = "Записка. ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3."
    assert rule_type({"title": "Записка"}, shelf) == "manuscript"


def test_a_conference_word_in_a_serials_article_title_makes_no_proceedings() -> None:
    text = "Оліфіренко Г. Б. Фольклор: матеріали до дослідження // Українська мова. 2023. № 10."
    fields = {
        "title": "Фольклор: матеріали до дослідження",
        "container-title": "Українська мова",
        "issue": "10",
    }
    assert rule_type(fields, text) == "article-journal"


def test_a_page_on_a_bodys_site_is_a_web_page() -> None:
    text = "“Ethnic Relations in Uzbekistan”, Stanford University,, (Erişim Tarihi: 20.08.2016)."
    fields = {"title": "Ethnic Relations in Uzbekistan", "container-title": "Stanford University"}
    assert rule_type(fields, text) == "webpage"
    news = "“Gazagystan bilen Türkmenistan”, Biznes Türkmenistan,, (Date of Accession: 25.10.2021)."
    paper = {"title": "Gazagystan bilen Türkmenistan", "container-title": "Biznes Türkmenistan"}
    assert rule_type(paper, news) == "article-newspaper"


def test_a_cue_word_typed_with_a_twin_letter_still_cues_the_type() -> None:
    from citekit.citations import parse_citation

    typed = parse_citation("Сырдарья (рeка), Большая Советская Энциклoпедия")  # Latin e, o
    assert typed.type == "entry-encyclopedia"
    assert typed.container == "Большая Советская Энциклoпедия"  # the value as typed


def test_an_access_date_with_no_address_or_host_is_a_web_page() -> None:
    text = "BM İklim Sözleşmesi, T.C. Dışişleri Bakanlığı (Erişim Tarihi: 08.10.2020)"
    fields: dict[str, object] = {"title": "BM İklim Sözleşmesi"}
    assert rule_type(fields, text) == "book"  # no date of reading: a title alone is a book
    fields["accessed"] = PartialDate(2020, 10, 8)
    assert rule_type(fields, text) == "webpage"
    # a named site with an access date and no address stays a paper's article
    text = "“Kazakhstan to export more”, Informburo,, (Date of Accession: 25.10.2021)."
    fields = {"title": "Kazakhstan to export more", "container-title": "Informburo"}
    fields["accessed"] = PartialDate(2021, 10, 25)
    assert rule_type(fields, text) == "article-newspaper"


def test_a_sheets_letter_in_a_persons_initials_makes_no_manuscript() -> None:
    text = "Иванов И. М., Петров П. Л., 2015."
    names = (Name("Иванов", "И. М."), Name("Петров", "П. Л."))
    assert rule_type({"author": names, "issued": PartialDate(2015)}, text) != "manuscript"
    shelf = "Петров П. Л. ЦГА РК. Ф. 5. Оп. 1. Д. 12. Л. 3."
    fields = {"author": names[1:], "title": "ЦГА РК"}
    assert rule_type(fields, shelf) == "manuscript"


@pytest.mark.parametrize(
    "title",
    [
        "Токаев подписал закон о языках",
        "Nasuh Mahruki hakkında flaş karar! Cumhurbaşkanına hakaretten yargılanıyordu",
    ],
)
def test_a_law_word_inside_a_headline_makes_no_legislation(title: str) -> None:
    fields = {"title": title, "issued": PartialDate(2021, 3, 12)}
    assert rule_type(fields, f"{title}. 12.03.2021.") != "legislation"


def test_a_law_named_by_its_word_is_still_legislation() -> None:
    fields = {"title": "Закон о языках", "issued": PartialDate(1997)}
    assert rule_type(fields, "Закон о языках. 1997.") == "legislation"


def test_a_body_named_like_a_journal_is_no_journal() -> None:
    fields = {"title": "Neutrality Day", "container-title": "Ministry of Foreign Affairs"}
    assert rule_type(fields, "Ministry of Foreign Affairs. “Neutrality Day.”") != "article-journal"
    fields = {"title": "Neutrality", "container-title": "Foreign Affairs", "volume": "98"}
    assert rule_type(fields, "“Neutrality.” Foreign Affairs 98.") == "article-journal"


def test_a_body_that_published_its_own_work_wrote_a_report() -> None:
    fields = {
        "title": "PISA 2018 Assessment and Analytical Framework",
        "author": (Name(literal="OECD"),),
        "publisher": "OECD Publishing",
        "issued": PartialDate(2019),
    }
    assert (
        rule_type(fields, "OECD (2019). PISA 2018 Assessment. OECD Publishing, Paris.") == "report"
    )
    person = {**fields, "author": (Name(family="Smith", given="J."),), "publisher": "Smith Press"}
    assert rule_type(person, "Smith J. Energy. London: Smith Press, 2001.") == "book"
    other = {**fields, "author": (Name(literal="Döwlet statistika komiteti"),)}
    other["publisher"] = "Türkmen döwlet neşirýat gullugy"
    assert (
        rule_type(other, "Döwlet statistika komiteti. Title. Türkmen döwlet neşirýat gullugy.")
        != "report"
    )


def test_a_bodys_own_dictionary_is_a_book() -> None:
    whole = {
        "title": "Türkçe Sözlük",
        "author": (Name(literal="Türk Dil Kurumu"),),
        "publisher": "Türk Dil Kurumu Yayınları",
        "publisher-place": "Ankara",
    }
    assert (
        rule_type(whole, "Türk Dil Kurumu. Türkçe Sözlük. Ankara: TDK Yayınları, 2011.") == "book"
    )


@pytest.mark.parametrize(
    ("text", "container", "kind"),
    [
        # a host named as a site, or a body, holds pages; a bare name with no date a paper
        (
            "Мектеп тарихы (каз.). Ауданның ресми сайты. Қаралған күні 2 мамыр 2020.",
            "Ауданның ресми сайты",
            "webpage",
        ),
        (
            "Памятники района (рус.). Портал акимата Талгарского района. Дата обращения: "
            "5 мая 2019.",
            "Портал акимата Талгарского района",
            "webpage",
        ),
        (
            "Число браков в 2020 году (рус.). Бюро национальной статистики. Дата обращения: "
            "4 марта 2021.",
            "Бюро национальной статистики",
            "webpage",
        ),
        (
            "Аким встретился с жителями (рус.). Караван. Дата обращения: 4 марта 2021.",
            "Караван",
            "article-newspaper",
        ),
    ],
)
def test_a_host_named_as_a_site_or_a_body_holds_webpages(
    text: str, container: str, kind: str
) -> None:
    fields = {
        "title": text.split(" (")[0],
        "container-title": container,
        "accessed": PartialDate(2020, 5, 2),
    }
    assert rule_type(fields, text) == kind


@pytest.mark.parametrize(
    ("text", "fields", "kind"),
    [
        # a quoted part, its host and a publisher: a book's chapter, no editor written
        (
            "Sibel Kara, “Kervansaraylar”, Anadolu Mimarisi, Cilt 3, Ufuk Yayınları, Konya, "
            "2005, ss. 40-61.",
            {
                "title": "Kervansaraylar",
                "container-title": "Anadolu Mimarisi",
                "volume": "3",
                "publisher": "Ufuk Yayınları",
                "publisher-place": "Konya",
                "issued": PartialDate(2005),
                "page": "40-61",
            },
            "chapter",
        ),
        # … but a journal's issue makes an article, and a paper's day a newspaper's
        (
            "Sibel Kara, “Kervansaraylar”, Mimarlık, Cilt 3, Sayı 2, Ufuk Yayınları, 2005.",
            {
                "title": "Kervansaraylar",
                "container-title": "Mimarlık",
                "volume": "3",
                "issue": "2",
                "publisher": "Ufuk Yayınları",
                "issued": PartialDate(2005),
            },
            "article-journal",
        ),
        # a number a journal's word labels, read as a volume: no book's volume
        (
            "IVANOV, I. (1980), “Slovo i Delo” Voprosy Filologii, 1980, No: 4, Moskva: Nauka.",
            {
                "title": "Slovo i Delo",
                "container-title": "Voprosy Filologii",
                "volume": "4",
                "publisher": "Nauka",
                "publisher-place": "Moskva",
                "issued": PartialDate(1980),
            },
            "article-journal",
        ),
        (
            "“Liman açıldı”, Yeni Gün, Gün Matbaası, 3 Mart 1998.",
            {
                "title": "Liman açıldı",
                "container-title": "Yeni Gün",
                "publisher": "Gün Matbaası",
                "issued": PartialDate(1998, 3, 3),
            },
            "article-newspaper",
        ),
    ],
)
def test_a_quoted_part_of_a_published_host_is_a_chapter(
    text: str, fields: dict[str, object], kind: str
) -> None:
    assert rule_type(fields, text) == kind


@pytest.mark.parametrize(
    ("container", "url", "expected"),
    [
        ("МИД Республики Казахстан", "https://www.gov.kz/memleket/mfa/press/news/1", "webpage"),
        ("T.C. Dışişleri Bakanlığı", "https://www.mfa.gov.tr/news/x.tr.mfa", "webpage"),
        ("Embassy of Turkmenistan", "https://tmembassy.gov.tm/en/news/12", "webpage"),
        ("Anadolu Ajansı", "https://www.aa.com.tr/tr/dunya/x/123", "article-newspaper"),
        ("Reuters", "https://www.reuters.com/world/news/x-2021-03-12/", "article-newspaper"),
    ],
)
def test_a_state_bodys_announcements_are_pages_a_news_agencys_are_articles(
    container: str, url: str, expected: str
) -> None:
    text = f"“Visit of the President”, {container}, {url}, (Erişim: 12.03.2021)."
    fields = {
        "title": "Visit of the President",
        "container-title": container,
        "URL": url,
        "accessed": PartialDate(2021, 3, 12),
    }
    assert rule_type(fields, text) == expected


def test_a_state_bodys_page_dated_to_the_day_is_still_a_page() -> None:
    text = "“Visit of the President”, Akorda, 12 March 2021, https://akorda.kz/en/news/1."
    fields = {
        "title": "Visit of the President",
        "container-title": "Akorda",
        "URL": "https://akorda.kz/en/news/1",
        "issued": PartialDate(2021, 3, 12),
    }
    assert rule_type(fields, text) == "webpage"


def test_a_conferences_proceedings_with_a_journals_word_in_their_name_are_a_conferences() -> None:
    text = (
        "Smith J. Water disputes in Central Asia // Proceedings of the International Conference"
        " on Eurasian Studies. Almaty, 2019. P. 45–50."
    )
    fields = {
        "title": "Water disputes in Central Asia",
        "container-title": "Proceedings of the International Conference on Eurasian Studies",
        "publisher-place": "Almaty",
        "page": "45–50",
    }
    assert rule_type(fields, text) == "paper-conference"


def test_a_collection_whose_word_also_names_proceedings_stays_a_collection() -> None:
    text = "Иванов И. Степь // Ғылыми еңбектер жинағы. Алматы, 2018. Б. 51–65."
    fields = {"title": "Степь", "container-title": "Ғылыми еңбектер жинағы", "page": "51–65"}
    assert rule_type(fields, text) != "paper-conference"


def test_a_reports_own_number_is_no_laws() -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    text = "World Bank, Kazakhstan Economic Memorandum, Report No. 123-KZ, Washington, 2019."
    note = parse_note(1, text, location=Location(path="t"))
    assert note.citations[0].type == "report"


@pytest.mark.parametrize(
    ("container", "kind"),
    [
        ("Eurasianet", "article-newspaper"),  # a news outlet's name, whole
        ("tass.ru", "article-newspaper"),
        ("www.tass.ru", "article-newspaper"),
        ("ru.sputnik.kz", "article-newspaper"),  # by its site's host name
        ("Sputnik Казахстан", "article-newspaper"),  # with its edition's country
        ("Dünya Bankası", "webpage"),  # `Dünya`, a paper's name, opens a bank's
        ("Posta ve Telgraf Teşkilatı", "webpage"),  # `Posta`, a paper's, opens a post office's
        ("Orient Express Hotels", "webpage"),
    ],
)
def test_a_news_outlet_is_named_whole_by_its_host(container: str, kind: str) -> None:
    url = "https://www.example.org/overview"
    text = f"“Genel Bakış”, {container}, {url} (Erişim: 5.5.2021)."
    fields = {"title": "Genel Bakış", "container-title": container, "URL": url}
    assert rule_type(fields, text) == kind
