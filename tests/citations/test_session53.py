"""Forms read in session 53: a patent's designation after the title; a footnote's number
pasted before a "see" word; a title cut inside a hyphenated compound; publishing cities the
language files lacked; Kazakh's `Қараң.`."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.citations.list_numbers import without_list_number
from citekit.csl import to_csl
from citekit.model import Citation, Location, NoteKind


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


def test_a_patents_designation_after_the_title_gives_its_number() -> None:
    found = _one("Larsen, K. Valve for gas pipelines. US Patent 8,112,904, 14 May 2013.")
    record = to_csl(found)
    assert record.get("number") == "8,112,904"
    assert found.title == "Valve for gas pipelines"
    assert "unparsed" not in record  # the designation's words are read, not lost


def test_a_patents_unseparated_number_after_the_title() -> None:
    found = _one('A. Omarov, "Solar dryer for grain," U.S. Patent 10234567, Mar. 5, 2019.')
    assert to_csl(found).get("number") == "10234567"


def test_a_patent_word_inside_a_title_names_no_number() -> None:
    found = _one("Smith, J. Patent Law in Practice. London: Sweet & Maxwell, 2012.")
    assert "number" not in to_csl(found)
    assert found.title == "Patent Law in Practice"


def test_a_footnotes_number_before_a_see_word_is_no_title() -> None:
    assert without_list_number("7. Bkz. Mehmet Tunç, Eser, Ankara 2004.") == (
        "Bkz. Mehmet Tunç, Eser, Ankara 2004."
    )
    assert without_list_number("4) См.: Иванов И. И. История. М., 2001.").startswith("См.:")
    assert without_list_number("25. Yıl Kitabı, Ankara 1948.").startswith("25.")  # an ordinal


def test_a_title_goes_on_over_a_hyphenated_compound() -> None:
    found = _one(
        "Open Society Foundations. Closed Doors: Access to Soviet-Era Archives in Uzbekistan. "
        "New York: Open Society Foundations, 2016."
    )
    assert found.title == "Closed Doors: Access to Soviet-Era Archives in Uzbekistan"


def test_washington_is_a_russian_notes_place() -> None:
    found = _one("Сидоров К. Л. Узбекистан: оценка бедности. Вашингтон, 2015. 212 с.")
    assert found.title == "Узбекистан: оценка бедности"
    assert found.publisher_place == "Вашингтон"


def test_kazakh_qarang_is_a_see_word() -> None:
    found = _one(
        "Қараң.: Жұмабаев Н. Қазақ баспасөзінің тарихы // Қазақ тарихы. – 2018. – № 4. – Б. 12–19."
    )
    assert [a.family for a in found.authors] == ["Жұмабаев"]


def test_a_publication_number_in_brackets_closes_no_title() -> None:
    found = _one(
        "Tulegenova, S. (2017). Water users' associations in southern Kazakhstan "
        "(Publication No. 10634412) [Doctoral dissertation, University of Arizona]. ProQuest "
        "Dissertations and Theses Global."
    )
    record = to_csl(found)
    assert found.title == "Water users' associations in southern Kazakhstan"
    assert record.get("number") == "10634412"
    assert "unparsed" not in record  # `Publication` labels the number: read


def test_a_cases_numbered_name_keeps_its_bracket() -> None:
    found = _one("Kavala v. Turkey (No. 2) [GC], App. No. 28749/18, 11 July 2022, §§ 140–142.")
    assert found.title is not None
    assert found.title.endswith("(No. 2)")


def test_a_hosts_subtitle_ending_on_a_proceedings_word_stays_the_hosts() -> None:
    found = _one(
        "Сергеева Н. П. Образ степи в прозе 1920-х годов // Советская литература 1920-х годов: "
        "исследования и материалы / ред.: А. Б. Котов. – Москва : Наука, 2015. – С. 44–61."
    )
    assert found.container == "Советская литература 1920-х годов: исследования и материалы"


def test_a_hosts_description_opening_on_a_proceedings_word_is_cut() -> None:
    found = _one(
        "Иванов А. В. Цифровая трансформация региональной экономики // Экономика и управление: "
        "теория и практика : материалы междунар. науч.-практ. конф. (г. Москва, 12–13 мая 2019 "
        "г.). – М. : РЭУ им. Г. В. Плеханова, 2019. – С. 45–48."
    )
    assert found.container == "Экономика и управление: теория и практика"


def test_a_hosts_subtitle_read_as_a_second_title_joins_the_host() -> None:
    found = _one(
        "Омаров К. Т. Водные споры в регионе // Каспийский регион: 30 лет сотрудничества / отв. "
        "ред. Б. К. Ахметов. – Алматы : КИСИ, 2021. – С. 12–25."
    )
    assert found.container == "Каспийский регион: 30 лет сотрудничества"
    assert found.title == "Водные споры в регионе"


def test_a_titles_plain_tail_before_its_host_is_the_titles() -> None:
    found = _one(
        "7. Tokayeva, G. (2017). Kinship and loyalty in Kazakh business. Journal of Eurasian "
        "Studies, 8(1), 14–25."
    )
    assert found.title == "Kinship and loyalty in Kazakh business"
    assert found.container == "Journal of Eurasian Studies"


def test_a_titles_tail_with_capitals_before_its_house() -> None:
    found = _one("Abenova, Dana. Nomad Memory and the Imperial Archive. Indiana UP, 2018.")
    assert found.title == "Nomad Memory and the Imperial Archive"


def test_a_sets_count_stays_out_of_the_title() -> None:
    found = _one(
        "Бекмаханов Е. Б. Собрание сочинений в семи томах. Т. 2. Алматы: Жазушы, 2005. С. 14."
    )
    assert found.title == "Собрание сочинений"


def test_an_articles_title_read_as_its_host_swaps_back() -> None:
    found = _one(
        "Yıldız, B., & Nurmatova, K. (2017). Teacher beliefs about English-medium instruction "
        "in Turkish and Kyrgyz universities. System, 61, 10–22."
    )
    assert found.title == (
        "Teacher beliefs about English-medium instruction in Turkish and Kyrgyz universities"
    )
    assert found.container == "System"


def test_a_genres_slash_opens_the_statement_of_responsibility() -> None:
    found = _one(
        "Классификатор видов экономической деятельности (ОКЭД) [Электронный ресурс] : набор "
        "данных / Бюро национальной статистики. – 2022. – URL: "
        "https://data.egov.kz/datasets/view?index=oked (дата обращения: 14.03.2023)."
    )
    assert to_csl(found).get("genre") == "набор данных"
    assert [a.literal for a in found.authors] == ["Бюро национальной статистики"]


def test_a_list_number_before_a_cyrillic_title_is_stripped() -> None:
    found = _one(
        "3. Послание Главы государства народу Казахстана. – URL: "
        "https://www.akorda.kz/ru/poslanie-2023 (дата обращения: 10.10.2023)."
    )
    assert found.title == "Послание Главы государства народу Казахстана"
    assert without_list_number("25. Yıl Kitabı, Ankara 1948.").startswith("25.")


def test_gosts_access_area_makes_a_citation_of_a_bare_title() -> None:
    note = parse_note(
        1,
        "Заявление для прессы по итогам российско-узбекистанских переговоров. – URL: "
        "http://kremlin.ru/events/president/transcripts/statements/7012",
        location=Location(path="t"),
    )
    assert note.kind is NoteKind.CITATION
    assert note.citations[0].title is not None


def test_a_houses_apostrophe_ends_no_house() -> None:
    found = _one("Taberî, Câmiu'l-beyân (Beyrut: Dâru'l-Ma'rife, 1989), 7/88.")
    assert found.publisher == "Dâru'l-Ma'rife"


def test_a_bodys_initials_and_a_titles_head_before_its_colon() -> None:
    found = _one(
        "UNDP, Empowering Uzbekistan: Skills, Jobs and Regional Growth (Tashkent: UNDP, 2019), 12."
    )
    assert found.title == "Empowering Uzbekistan: Skills, Jobs and Regional Growth"
    assert [a.literal for a in found.authors] == ["UNDP"]


def test_a_surname_in_capitals_keeps_its_given_name() -> None:
    found = _one(
        "EROĞLU, Nurhan:  Kamu Yönetimi ve Yerel Yönetimler, Ankara, Seçkin, 2. Bası, 2015, s.77"
    )
    assert found.title == "Kamu Yönetimi ve Yerel Yönetimler"


def test_prose_with_a_dash_and_a_linked_site_stays_a_comment() -> None:
    for text in (
        "Эта тема широко обсуждалась в прессе, а полный текст выступления — на официальном "
        "сайте: https://www.akorda.kz/ru/speeches",
        "The speech was widely reported in the press, and the full text is on the "
        "president's well-known site: https://www.akorda.kz/en/speeches",
    ):
        assert parse_note(1, text, location=Location(path="t")).kind is NoteKind.COMMENT


def test_a_series_bracket_the_rule_leaves_is_reported() -> None:
    found = _one(
        "Smith J. The Kazakh Khanate. London: Routledge, 2005 (Reprint Series No. 12), p. 45."
    )
    assert "Reprint Series" in found.unparsed


def test_a_spelled_out_kind_after_a_hosts_colon_is_cut() -> None:
    found = _one(
        "Иванов И. И. Кочевники // Проблемы истории : научные труды. – Алматы, 2005. – С. 10–20."
    )
    assert found.container == "Проблемы истории"


def test_a_see_word_alone_after_a_number_is_no_entry() -> None:
    assert without_list_number("3 See also") == "3 See also"


def test_lncs_host_page_word_and_springers_city() -> None:
    found = _one(
        "Seitkazy, M., Brown, T.: Morphological analysis of Kazakh verbs. In: Smith, J., Lee, K. "
        "(eds.) Advances in Natural Language Processing, pp. 45–57. Springer, Cham (2021)"
    )
    assert found.container == "Advances in Natural Language Processing"
    assert (found.publisher, found.publisher_place) == ("Springer", "Cham")
    assert found.page == "45–57"


def _all(text: str) -> tuple[Citation, ...]:
    return parse_note(1, text, location=Location(path="t")).citations


def test_a_sentence_with_a_count_before_see_is_prose() -> None:
    found = _all(
        "The number of 15,000 returning migrants was never confirmed and was probably "
        'overstated by the regional press. See Migration Watch, "No Way Home: Returnees in the '
        'Fergana Valley," report, May 2011, 14.'
    )
    assert found[0].title == "No Way Home: Returnees in the Fergana Valley"


def test_a_second_source_after_a_lead_and_a_small_see_word() -> None:
    found = _all(
        "Abdullaeva, Nodira. The Silent Steppe. Penguin, 2012, p. 44. For the colonial "
        'background, see also Morrison, Alexander. "Sufism and the Tsars." Slavic Review, vol. '
        "71, no. 2, 2012, pp. 320–45."
    )
    assert [c.title for c in found] == ["The Silent Steppe", "Sufism and the Tsars"]
    assert found[0].container is None


def test_an_author_date_mention_after_a_lead_is_a_source_of_its_own() -> None:
    found = _all(
        "Demir, A. ve Koç, B. (2018). Öğretmenlerin dijital yeterlikleri. Eğitim ve Bilim, "
        "43(195), 101–119. Benzer bulgular için ayrıca bkz. Aydın (2020)."
    )
    assert len(found) == 2
    assert found[0].container == "Eğitim ve Bilim"


def test_a_place_after_a_bracket_is_no_lead_of_a_see_word() -> None:
    found = _all(
        "Hürmet Adlan Mansız, “Dede Korkut Hikâyeleri”, Kültürel Diplomasi Çalışması, hzl. "
        "Necati Şahin - Gelengül Soylu (Kars: Kafkas Üniversitesi Yayınları, 1986), 322-335."
    )
    assert len(found) == 1


def test_a_list_number_before_an_inverted_name_and_its_given_name() -> None:
    assert without_list_number("7. Tunalı, Cengiz. Bir Sosyolog Gözüyle Türkiye.") == (
        "Tunalı, Cengiz. Bir Sosyolog Gözüyle Türkiye."
    )
    assert without_list_number("3. Baskı, İstanbul. Yayınevi").startswith("3.")  # a place


def test_vancouvers_meeting_date_and_place_after_the_hosts_semicolon() -> None:
    run_in = _one(
        "Tasova A, Berg L. Early mobilisation after spinal surgery. In: Larsen T, editor. "
        "Proceedings of the 20th Nordic Orthopaedic Congress; 2019 May 7-9; Bergen, Norway. "
        "Oslo: Universitetsforlaget; 2020. p. 45-9."
    )
    assert run_in.container == "Proceedings of the 20th Nordic Orthopaedic Congress"
    dated = _one(
        "Akhmetova D, Brown K. Late detection of sepsis in neonatal care units. In: Proceedings "
        "of the 14th European Congress of Neonatal Care; 2018 Jun 8-11; Vienna, Austria. "
        "Geneva: ESPNIC; 2018. p. 18-22."
    )
    assert dated.publisher_place == "Geneva"
    assert to_csl(dated)["issued"] == {"date-parts": [[2018]]}


def test_apas_blog_post_bracket_types_a_post() -> None:
    found = _one(
        "Karimov, B. (2021, May 4). How Tashkent rebuilt its tram lines [Blog post]. Retrieved "
        "from https://urbanasia.org/tashkent-trams"
    )
    assert found.type == "post-weblog"
    assert found.unparsed == ()


def test_a_host_left_unread_after_a_quoted_title() -> None:
    from citekit.citations.tagger.tokens import tokenize
    from citekit.citations.tagger.unread_hosts import host_after_quoted_title

    text = (
        'Özdemir, Canan. "Anadolu Ağızlarında Ünlü Uyumu." XI. Uluslararası Türk Dil '
        "Kurultayı Bildirileri, c. 2, Türk Dil Kurumu, 2014."
    )
    tokens = tokenize(text)
    at = {t.text: k for k, t in reversed(list(enumerate(tokens)))}
    title, volume = at["Anadolu"], at["2"]
    runs = [
        ("author", 0, 3),
        ("other", 3, title),
        ("title", title, at["Uyumu"] + 1),
        ("other", at["Uyumu"] + 1, volume),
        ("volume", volume, volume + 1),
        ("other", volume + 1, len(tokens)),
    ]
    host = [r for r in host_after_quoted_title(tokens, runs) if r[0] == "container-title"]
    assert [" ".join(t.text for t in tokens[a:b]) for _, a, b in host] == [
        "XI . Uluslararası Türk Dil Kurultayı Bildirileri"
    ]


def test_harvards_imprint_after_a_meetings_year_is_no_host() -> None:
    found = _one(
        "Abenov, K. and Li, T. (2019) 'Cotton exports and water use', in Proceedings of the "
        "International Conference on Central Asian Agriculture 2019. Tashkent: Westminster "
        "International University, pp. 45–52."
    )
    assert found.container == (
        "Proceedings of the International Conference on Central Asian Agriculture"
    )
    assert (found.publisher_place, found.publisher) == (
        "Tashkent",
        "Westminster International University",
    )


def test_review_mends_of_the_second_half() -> None:
    subtitle = _one(
        "Abenov, K. (2019) 'Cotton exports', in Proceedings of the International Conference on "
        "Central Asian Agriculture 2019. New Approaches: Water and Land, pp. 45–52."
    )
    assert subtitle.publisher is None  # a subtitle after the meeting's year: no imprint
    assert len(_all("Journal of History 12 (2010); Smith, J. Oil. London, 2010.")) == 1
    assert without_list_number("1. Dünya Savaşı, Hatıralar. İstanbul: Kitap, 2001.")[:2] == "1."
    assert without_list_number("12. Almaty, Kazakhstan. Statistical Yearbook.")[:3] == "12."


def test_several_sources_stay_linear_in_a_notes_leads() -> None:
    from citekit.citations.sources import split_sources

    calls = 0
    import citekit.citations.sources as sources

    whole = sources._whole

    def counted(head: str) -> bool:
        nonlocal calls
        calls += 1
        return whole(head)

    sources._whole = counted
    try:
        for n in (50, 100):
            calls = 0
            split_sources(
                "Smith, J., Oil, London, 2010, p. 4. " + "For this, see what we say. " * n
            )
            assert calls <= 3  # a few leads tried, however long the note
    finally:
        sources._whole = whole


def test_a_reports_series_and_number_out_of_its_title() -> None:
    numbered = _one(
        "Bekova, A. and Li, P. (2021) Arms imports of Central Asian states. SIPRI Insights on "
        "Peace and Security no. 2021/07. Stockholm: SIPRI."
    )
    assert numbered.title == "Arms imports of Central Asian states"
    assert to_csl(numbered).get("collection-title") == "SIPRI Insights on Peace and Security"
    assert (numbered.issue, numbered.type) == ("2021/07", "report")
    named = _one(
        "Sara Lind, Water Diplomacy in the Aral Basin, Carnegie Endowment for International "
        "Peace Working Paper (Washington, DC: Carnegie Endowment for International Peace, "
        "2020), 7."
    )
    assert named.title == "Water Diplomacy in the Aral Basin"


def test_a_cases_name_holds_no_series() -> None:
    found = _one("Kavala v. Turkey (No. 2) [GC], App. No. 28749/18, 11 July 2022, §§ 140–142.")
    assert "collection-title" not in to_csl(found)


def test_a_footnotes_number_before_a_lead_and_a_see_word() -> None:
    assert without_list_number("9. On this question, see Aliya Nurova, Steppe Law, 12.") == (
        "On this question, see Aliya Nurova, Steppe Law, 12."
    )
    assert without_list_number("25. Yıl Kitabı, Ankara 1948.").startswith("25.")


def test_a_theses_city_before_its_database_is_the_place() -> None:
    found = _one(
        "Aksoy, M. (2019). Lise öğrencilerinin okuma alışkanlıkları ile akademik başarıları "
        "arasındaki ilişki (Yayımlanmamış yüksek lisans tezi). Hacettepe Üniversitesi Eğitim "
        "Bilimleri Enstitüsü, Ankara. YÖK Ulusal Tez Merkezi (Tez No. 601234)."
    )
    assert (found.publisher_place, found.container) == ("Ankara", "YÖK Ulusal Tez Merkezi")


def test_a_bracketed_number_after_the_journal_is_its_issue() -> None:
    found = _one('Demir, Ali (2018). "Kazak Bozkırında Göç ve Yerleşim". Bilig (85): 45-60.')
    assert (found.issue, found.page) == ("85", "45-60")
