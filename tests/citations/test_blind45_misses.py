"""Forms the helper-written blind sets `blind45*` and the misses left by earlier sets found
unread (session 45)."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "page", "column"),
    [
        ("Yılmaz, “Başlık”, Cumhuriyet, 12 Mart 1935, s. 2, 3. sütun.", "2", "3. sütun"),
        ("Иванов И. И. Статья // Правда. 1937. 12 марта. С. 3, стб. 2.", "3", "стб. 2"),
        ('Smith, "Riots", The Times, 4 May 1926, p. 4, col. 2.', "4", "col. 2"),
    ],
)
def test_column_after_page_is_reported_not_the_page_nor_a_date(
    text: str, page: str, column: str
) -> None:
    c = _one(text)
    assert c.page == page
    assert c.volume is None
    assert c.accessed is None
    assert column in c.unparsed  # CSL has no column: reported, not dropped


def test_encyclopedia_column_alone_stays_the_page() -> None:
    c = _one(
        "Бартольд В. В. Туркестан // Энциклопедический словарь. СПб., 1902. Т. 34. Стб. 45–50."
    )
    assert c.page == "45–50"
    assert c.volume == "34"
    assert c.unparsed == ()


def test_run_read_as_date_but_mended_away_is_reported() -> None:
    # the model reads `2, 3. sütun` as an access date; the mend reads it as a page and a
    # column, so no date holds the column's words: they are lost text, not dropped silently
    c = _one("Yılmaz, “Başlık”, Cumhuriyet, 12 Mart 1935, s. 2, 3. sütun.")
    assert all("2" not in piece.split(",") for piece in c.unparsed)
    assert len(c.unparsed) == 1


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        (
            "Bourdieu P. La distinction : critique sociale du jugement. P. : Éditions de "
            "Minuit, 1979. 670 p.",
            "P.",
            "Éditions de Minuit",
        ),
        ("Human Rights Act 1998. L.: The Stationery Office, 1998.", "L.", "The Stationery Office"),
        (
            "Morgenthau H. J. Politics Among Nations. 5th ed. N. Y.: Alfred A. Knopf, 1978. "
            "P. 4–15.",
            "N. Y.",
            "Alfred A. Knopf",
        ),
        (
            "Skocpol T. Bringing the State Back In // Bringing the State Back In / ed. by P. B. "
            "Evans. Cambr.: Cambridge University Press, 1985. P. 3–37.",
            "Cambr.",
            "Cambridge University Press",
        ),
    ],
)
def test_gost_abbreviated_foreign_city_is_the_place(text: str, place: str, publisher: str) -> None:
    c = _one(text)
    assert c.publisher_place == place
    assert c.publisher == publisher
    assert not c.editors or c.editors[0].family == "Evans"  # the house is no editor


def test_upper_case_family_keeps_its_second_initial() -> None:
    c = _one(
        "MEARSHEIMER J. J. The Great Delusion: Liberal Dreams and International Realities. "
        "New Haven : Yale University Press, 2018. 328 p."
    )
    assert c.title == "The Great Delusion: Liberal Dreams and International Realities"
    assert [(n.family, n.given) for n in c.authors] == [("MEARSHEIMER", "J. J.")]


def test_article_after_initials_opens_the_title() -> None:
    c = _one(
        "Ignatius D. The U.S. must prepare for a long war // The Washington Post. 2022. 1 March. "
        "URL: https://www.washingtonpost.com/opinions/2022/03/01/us-must-prepare-long-war/ "
        "(дата обращения: 03.03.2022 г.)."
    )
    assert c.title == "The U.S. must prepare for a long war"
    assert [n.family for n in c.authors] == ["Ignatius"]


@pytest.mark.parametrize(
    ("text", "page", "comment"),
    [
        (
            "Әбжанов Х. М. Қазақ ауылы: тарихи тағдыр // Қазақ тарихы. 2010. № 4. 12–18 бб. "
            "Автор мұнда тек солтүстік өңірлерді қарастырады.",
            "12–18",
            "Автор мұнда",
        ),
        (
            "Yılmaz A. Başlık // Bilig. 2010. № 4. S. 12. Yazar burada başka bir görüş ileri "
            "sürer.",
            "12",
            "Yazar burada",
        ),
    ],
)
def test_labelled_page_before_a_comment_is_the_page(text: str, page: str, comment: str) -> None:
    c = _one(text)
    assert c.page == page
    assert comment not in (c.title or "")
    assert any(comment in piece for piece in (*c.unparsed, c.note or ""))  # reported


def test_prose_sentence_before_a_quoted_title_is_no_title() -> None:
    c = _one(
        "The current fees are set out on the government's own site: “Renew or replace your "
        "adult passport,” GOV.UK, https://www.gov.uk/renew-adult-passport, accessed 2 May 2023."
    )
    assert c.title == "Renew or replace your adult passport"
    assert any("current fees" in piece for piece in c.unparsed)


def test_prose_closing_on_the_author_before_a_quoted_title() -> None:
    c = _one(
        "A useful summary of the debate—if a partisan one—is given in Daniel Hirst, “What’s "
        "Wrong with the Replication Debate,” Crooked Timber (blog), June 4, 2019."
    )
    assert c.title == "What’s Wrong with the Replication Debate"
    assert [(n.family, n.given) for n in c.authors] == [("Hirst", "Daniel")]


@pytest.mark.parametrize(
    ("text", "paper", "day"),
    [
        ("Правда. 1938. 3 марта. № 61. С. 1.", "Правда", (1938, 3, 3)),
        (
            "Совет Түркменистаны. – 1941. – 24 июнь. – № 146. – С. 1.",
            "Совет Түркменистаны",
            (1941, 6, 24),
        ),
        (
            "Tercüman-ı Ahvâl, nr. 75, 5 Zilkade 1278 [4 Mayıs 1862], s. 2.",
            "Tercüman-ı Ahvâl",
            (1862, 5, 4),
        ),
    ],
)
def test_issue_of_a_paper_by_name_day_number_and_page(
    text: str, paper: str, day: tuple[int, int, int]
) -> None:
    c = _one(text)
    assert c.type == "article-newspaper"
    assert c.container == paper
    assert c.title is None
    assert not c.authors
    assert c.issued is not None
    assert (c.issued.year, c.issued.month, c.issued.day) == day


def test_comment_after_a_papers_page_is_no_title() -> None:
    c = _one("Правда. 1938. 3 марта. № 61. С. 1. Передовая статья без подписи.")
    assert c.container == "Правда"
    assert c.title is None
    assert c.page == "1"
    assert any("Передовая статья" in piece for piece in (*c.unparsed, c.note or ""))


def test_apostrophe_inside_a_word_does_not_end_the_title() -> None:
    c = _one(
        "Mustafa Naîmâ Efendi, Târih-i Na‘îmâ (Ravzatü’l-Hüseyn fî Hulâsati Ahbâri’l-Hâfikayn), "
        "ed. Mehmet İpşirli, 4 vols. (Ankara: Türk Tarih Kurumu, 2007), 1:213."
    )
    assert c.title == "Târih-i Na‘îmâ (Ravzatü’l-Hüseyn fî Hulâsati Ahbâri’l-Hâfikayn)"


def test_title_ends_before_a_bracketed_translation_it_leaves_open() -> None:
    c = _one(
        "See Kemal H. Karpat, Osmanlı Nüfusu (1830–1914): Demografik ve Sosyal Özellikleri "
        "[Ottoman Population, 1830–1914: Demographic and Social Characteristics], trans. Bahar "
        "Tırnakçı (İstanbul: Timaş Yayınları, 2003), 45–61."
    )
    assert c.title == "Osmanlı Nüfusu (1830–1914): Demografik ve Sosyal Özellikleri"


@pytest.mark.parametrize(
    "text",
    [
        "Duranty, “Russians Hungry,” 13.",
        "“Bolshevik Aims in Central Asia,” The Times, 12 March 1920, 13, "
        "https://www.thetimes.co.uk/archive/article/1920-03-12/13/4.html (accessed May 3, 2021).",
        "“Bolshevik Aims,” New York Times, March 12, 1920, 13.",
    ],
)
def test_page_without_its_label_after_a_quote_or_a_day(text: str) -> None:
    c = _one(text)
    assert c.page == "13"
    assert c.issued is None or c.issued.year == 1920


def test_journal_name_before_its_subtitle_colon_is_no_place() -> None:
    c = _one(
        "Erünsal, İ.E. (2013) ‘Osmanlılarda sahaflık ve sahaflar’, Kebikeç: İnsan Bilimleri "
        "İçin Kaynak Araştırmaları Dergisi, 35, pp. 7–24."
    )
    assert c.container == "Kebikeç: İnsan Bilimleri İçin Kaynak Araştırmaları Dergisi"
    assert c.publisher_place is None


def test_known_city_before_a_house_read_as_host_stays_the_place() -> None:
    c = _one(
        'Kafalı, Mustafa (2002). "Altın Orda Hanlığı". Güzel, Hasan Celal; Çiçek, Kemal; Koca, '
        "Salim (Ed.). Türkler. 8. Ankara: Yeni Türkiye Yayınları. ss. 112-130."
    )
    assert c.publisher_place == "Ankara"


def test_scanned_issue_of_a_paper_with_its_address() -> None:
    c = _one(
        "Правда. 1941. 23 июня. № 171. С. 1. URL: http://www.1941-1945.ru/pravda/1941/06/23.pdf "
        "(дата обращения: 15.03.2022)."
    )
    assert c.type == "article-newspaper"
    assert c.container == "Правда"
    assert c.title is None
    assert c.url == "http://www.1941-1945.ru/pravda/1941/06/23.pdf"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Ayşe KAYA, “Erken Cumhuriyet Döneminde Köy Enstitüleri ve Kırsal Kalkın-\nma”, "
            "Ankara Üniversitesi Dil ve Tarih-Coğrafya Fakültesi Dergisi, C. 58, S. 2, 2018.",
            "title",
            "Erken Cumhuriyet Döneminde Köy Enstitüleri ve Kırsal Kalkınma",
        ),
        (
            "Eric Hobsbawm, “Introduction: Inventing Traditions,” in The Invention of Tradition, "
            "ed. Eric Hobsbawm and Terence Ranger (Cambridge: Cambridge Uni-\nversity Press, "
            "1983), 1–14.",
            "publisher",
            "Cambridge University Press",
        ),
        (
            "Klein, Naomi. This Changes Everything: Capitalism vs. the Climate. New York: Simon "
            "&amp; Schuster, 2014.",
            "publisher",
            "Simon & Schuster",
        ),
        (
            "See Larry Diamond, &quot;Facing Up to the Democratic Recession,&quot; Journal of "
            "Democracy 26, no.&nbsp;1 (2015): 141-55.",
            "title",
            "Facing Up to the Democratic Recession",
        ),
        (
            "Mary Beard, â€œWomen in Power,â€\x9d London Review of Books 39, no. 6 (2017): 9–14.",
            "title",
            "Women in Power",
        ),
        (
            "3Ahmet Davutoğlu, Stratejik Derinlik: Türkiye’nin Uluslararası Konumu, İstanbul: "
            "Küre Yayınları, 2001, s. 131.",
            "authors",
            "Davutoğlu",
        ),
    ],
)
def test_what_copying_left_is_undone_before_reading(text: str, field: str, value: str) -> None:
    c = _one(text)
    got = getattr(c, field)
    if field == "authors":
        got = got[0].family
    assert got == value


def test_mojibake_whose_closing_quote_lost_its_last_byte() -> None:
    c = _one("Mary Beard, â€œWomen in Power,â€ London Review of Books 39, no. 6 (2017): 9–14.")
    assert c.title == "Women in Power"
    assert c.container == "London Review of Books"


def test_a_compound_hyphen_at_a_line_end_before_a_capital_stays() -> None:
    c = _one(
        "Ayşe KAYA, “Köy Enstitüleri”, Ankara Üniversitesi Dil ve Tarih-\nCoğrafya Fakültesi "
        "Dergisi, C. 58, S. 2, 2018, s. 233-259."
    )
    # read as the same note typed with a space for its break (`Tarih- Coğrafya`)
    assert c.container is not None
    assert "Tarih- Coğrafya" in c.container


@pytest.mark.parametrize("space", [" ", "\n"])
def test_a_broken_word_reads_the_same_after_a_space_or_a_line_break(space: str) -> None:
    c = _one(
        "Bucholtz, Mary & Hall, Kira (2004). “Language and Identity”. A Companion to Linguistic "
        f"Anthropology. Ed. Alessandro Duranti. Oxford: Blackwell Pub-{space}lishing. 369-395."
    )
    assert c.publisher == "Blackwell Publishing"


def test_a_suspended_hyphen_before_an_and_word_stays() -> None:
    c = _one("Smith, J. Pre- and Post-War Europe. London: Routledge, 2001.")
    assert c.title == "Pre- and Post-War Europe"


def test_note_keeps_its_text_as_written() -> None:
    text = "Klein, Naomi. This Changes Everything. New York: Simon &amp; Schuster, 2014."
    note = parse_note(1, text, location=Location(path="t"))
    assert note.text == text


def test_site_after_gost_slashes_with_no_title_after_it_is_the_host() -> None:
    c = _one(
        "Күлтегін ескерткіші // Türik Bitig. URL: http://bitig.kz/?lang=k&mod=1&tid=1&oid=15 "
        "(қаралған күні: 10.11.2020)."
    )
    assert c.container == "Türik Bitig"
    assert not c.authors


def test_host_author_after_gost_slashes_stays_an_author() -> None:
    c = _one("Предисловие // Хобсбаум Э. Эпоха революций. Европа 1789–1848. Ростов н/Д, 1999.")
    assert c.container != "Хобсбаум Э."


def test_gost_prepared_edition_names_the_editor() -> None:
    c = _one(
        "Юсуф Баласагунский. Благодатное знание / изд. подгот. С. Н. Иванов. — М.: Наука, "
        "1983. — 560 с."
    )
    assert [n.family for n in c.editors] == ["Иванов"]
    assert [n.family for n in c.authors] == ["Баласагунский"]


def test_particle_and_family_alone_are_the_family() -> None:
    c = _one("Van Bruinessen, Agha, Shaikh and State, 142.")
    assert [(n.family, n.given) for n in c.authors] == [("Van Bruinessen", None)]
    assert c.page == "142"


def test_particled_family_inside_an_apa_list_is_an_author() -> None:
    c = _one(
        "Sultangaziyeva, A., O’Brien, S. D., van den Berg, H., Abdrakhmanova-Smith, L., & "
        "Nurmagambetov, T. (2022). Air pollution and childhood asthma in Almaty and Astana: A "
        "panel study. Environmental Research, 212, Article 113401."
    )
    assert c.title == "Air pollution and childhood asthma in Almaty and Astana: A panel study"
    assert [n.family for n in c.authors][:3] == ["Sultangaziyeva", "O’Brien", "van den Berg"]


@pytest.mark.parametrize(
    ("text", "title", "version"),
    [
        (
            "Wickham, H., François, R., Henry, L., Müller, K., & Vaughan, D. (2023). dplyr: A "
            "grammar of data manipulation (R package version 1.1.4) [Computer software]. "
            "https://CRAN.R-project.org/package=dplyr",
            "dplyr: A grammar of data manipulation",
            "1.1.4",
        ),
        (
            "Sharma, A. (2021, March 14). Turkish tweets sentiment dataset (Version 3) [Data set]. "
            "Kaggle. https://www.kaggle.com/datasets/ashsharma/turkish-tweets",
            "Turkish tweets sentiment dataset",
            "3",
        ),
        (
            "R Core Team. R: A Language and Environment for Statistical Computing. Version 4.3.1. "
            "Vienna: R Foundation for Statistical Computing, 2023.",
            "R: A Language and Environment for Statistical Computing",
            "4.3.1",
        ),
        (
            "Иванов А. А. rosstatr: загрузка и обработка данных Росстата в R. – Версия 1.2.0. – "
            "2021. – URL: https://github.com/aaivanov/rosstatr (дата обращения: 12.03.2024).",
            "rosstatr: загрузка и обработка данных Росстата в R",
            "1.2.0",
        ),
    ],
)
def test_version_is_no_title_and_kept_as_csl_version(text: str, title: str, version: str) -> None:
    c = _one(text)
    assert c.title == title
    assert ("version", f'"{version}"') in c.extra
    assert not any(version in piece for piece in c.unparsed)


def test_computer_software_description_types_the_item() -> None:
    c = _one(
        "Çetin, M. (2023). tuikR: TÜİK veri tabanına R arayüzü (Sürüm 0.4.2) [Bilgisayar "
        "yazılımı]. CRAN. https://CRAN.R-project.org/package=tuikR"
    )
    assert c.type == "document"  # the annotation's list names no `software`
    assert c.title == "tuikR: TÜİK veri tabanına R arayüzü"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "European Union (Withdrawal) Act 2018, c. 16, s. 1.",
            "European Union (Withdrawal) Act 2018",
        ),
        ("Human Rights Act 1998, s. 3.", "Human Rights Act 1998"),
    ],
)
def test_an_acts_short_title_keeps_its_year(text: str, title: str) -> None:
    c = _one(text)
    assert c.type == "legislation"
    assert c.title == title
    assert c.issued is not None
    assert c.issued.year == int(title[-4:])
    assert not c.authors


def test_a_persons_described_name_before_an_interview_stays_the_author() -> None:
    c = _one("Ahmet Demir (emekli büyükelçi) ile kişisel görüşme, Ankara, 3 Şubat 2022.")
    assert [n.family for n in c.authors] == ["Demir"]


def test_volume_and_page_a_title_ran_over_with_prose_after_them() -> None:
    c = _one("See, e.g., Smith, Wealth of Nations, 2:311, though the passage is often misquoted.")
    assert c.title == "Wealth of Nations"
    assert (c.volume, c.page) == ("2", "311")
    assert c.unparsed == ("though the passage is often misquoted",)


@pytest.mark.parametrize(
    "text",
    [
        "Pannier B. Kazakhstan’s January events, one year later // Qishloq Ovozi [блог]. – 2023. "
        "– 5 қаңтар. – URL: https://www.rferl.org/a/kazakhstan-january/32210123.html",
        "Cowen T. What I've been reading // Marginal Revolution : [blog]. 2021. 14 Nov. URL: "
        "https://marginalrevolution.com/marginalrevolution/2021/11/what-ive-been-reading.html",
    ],
)
def test_gost_host_designated_a_blog_holds_a_post(text: str) -> None:
    assert _one(text).type == "post-weblog"
