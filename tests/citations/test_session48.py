"""Forms found unread or misread in session 48: a carrier's physical description and a film's
director in GOST's statement of responsibility."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Citation, Location, NoteKind


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "medium", "dimensions"),
    [
        (
            "Летят журавли [Видеозапись] / реж. М. Калатозов. М. : Мосфильм, 1957. "
            "1 видеокассета (97 мин).",
            "1 видеокассета",
            "97 мин",
        ),
        (
            "Тіні забутих предків : худож. фільм / реж. С. Параджанов. Київ : Кіностудія "
            "ім. О. Довженка, 1964. 1 фільм (97 хв).",
            "1 фільм",
            "97 хв",
        ),
        (
            "Kazakhstan: The Land [videorecording]. New York: Films Media Group, 2008. "
            "1 videodisc (52 min.).",
            "1 videodisc",
            "52 min.",
        ),
    ],
)
def test_a_films_physical_description_is_its_medium(
    text: str, medium: str, dimensions: str
) -> None:
    """`1 фильм (97 мин)` closing a film's note: the carrier is CSL's `medium`, the running
    time its `dimensions`; it was read as the issue, and the film typed as a book."""
    c = _one(text)
    assert c.type == "motion_picture"
    assert c.issue is None
    csl = to_csl(c)
    assert csl["medium"] == medium
    assert csl["dimensions"] == dimensions


def test_a_discs_format_in_brackets_stays_with_its_medium() -> None:
    """`1 электрон. опт. диск (CD-ROM)`: a bracket with no number names the format."""
    c = _one("Атлас мира [Электронный ресурс]. М. : Дизайн, 2005. 1 электрон. опт. диск (CD-ROM).")
    assert c.issue is None
    assert to_csl(c)["medium"] == "1 электрон. опт. диск (CD-ROM)"
    assert c.publisher == "Дизайн"


def test_an_issue_before_a_description_is_kept() -> None:
    """A journal's issue written before the closing description is still its issue."""
    c = _one(
        "Иванов И. И. Кино и память // Искусство кино. 2010. № 4. С. 5–12. 1 электрон. "
        "опт. диск (CD-ROM)."
    )
    assert c.issue == "4"


def test_a_count_of_pages_is_no_medium() -> None:
    """`304 с.` is a book's extent, no carrier."""
    c = _one("Сулейменов О. Аз и Я. Алма-Ата : Жазушы, 1975. 304 с.")
    assert "medium" not in to_csl(c)


@pytest.mark.parametrize(
    ("text", "title", "directors", "place"),
    [
        (
            "Летят журавли [Видеозапись] / реж. М. Калатозов. М. : Мосфильм, 1957.",
            "Летят журавли",
            ["Калатозов"],
            "М.",
        ),
        (
            "Кочевник [Видеозапись] / реж. С. Бодров, И. Пассер ; сцен. Р. Ибрагимбеков. "
            "Алматы : Казахфильм, 2005. 1 DVD (112 мин).",
            "Кочевник",
            ["Бодров", "Пассер"],
            "Алматы",
        ),
    ],
)
def test_a_director_in_gosts_responsibility_is_the_films_director(
    text: str, title: str, directors: list[str], place: str
) -> None:
    """`/ реж. М. Калатозов`: the film's director, no author whose given name holds `реж.`;
    a place whose letters the credit's initials share (`М.`) stays the place."""
    c = _one(text)
    assert c.title == title
    assert [n["family"] for n in to_csl(c)["director"]] == directors
    assert not any(n.family in directors for n in c.authors)
    assert c.publisher_place == place


@pytest.mark.parametrize(
    ("text", "family", "given", "title"),
    [
        (
            "Ибн ал-Асир. Ал-Камил фи-т-тарих. Ташкент : Узбекистан, 2006. С. 45.",
            "Ибн ал-Асир",
            None,
            "Ал-Камил фи-т-тарих",
        ),
        (
            "Абу Наср аль-Фараби. Философские трактаты. Алма-Ата : Наука, 1970. 432 с.",
            "аль-Фараби",
            "Абу Наср",
            "Философские трактаты",
        ),
    ],
)
def test_a_classical_authors_name_an_article_opens_heads_the_note(
    text: str, family: str, given: str | None, title: str
) -> None:
    """`Ибн ал-Асир.` at the note's head, no initials: the author, the sentence after it the
    title (both were one title); "son of" before an article's family opens the family whole."""
    c = _one(text)
    assert [(n.family, n.given) for n in c.authors] == [(family, given)]
    assert c.title == title


@pytest.mark.parametrize(
    "text",
    [
        "Alexander Gabuev, Friends with Benefits? Russian-Chinese Relations After the Ukraine "
        "Crisis (Moscow: Carnegie Moscow Center, June 2016), 14–15.",
        "Simon Pirani, Central Asian Gas: Prospects for the 2020s (Oxford: Oxford Institute for "
        "Energy Studies, December 2019), 22–24.",
        "T.C. Hazine ve Maliye Bakanlığı, 2024 Yılı Merkezi Yönetim Bütçe Gerekçesi, Ankara, "
        "Ekim 2023, s. 45.",
    ],
)
def test_a_work_its_imprint_dates_to_a_month_is_a_report(text: str) -> None:
    """A book's imprint names its year; one naming a month, no day, in no host, is a
    report's (they were typed as books)."""
    assert _one(text).type == "report"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Ahmed Rashid, Taliban: Militant Islam, Oil and Fundamentalism in Central Asia "
            "(New Haven: Yale University Press, 2000), 45.",
            "book",
        ),
        (
            "Fiona Hill, “Putin and the Caucasus,” Foreign Affairs, June 2016, 45–50.",
            "article-magazine",
        ),
    ],
)
def test_a_year_or_a_host_is_no_report(text: str, kind: str) -> None:
    """A book's year, or a magazine's month with its host: no report."""
    assert _one(text).type == kind


def test_a_bodys_initials_before_a_titles_head_and_year_are_the_author() -> None:
    """`UNDP, Human Development Report 2020. The Next Frontier: …`: the initials are the
    author, the words after their comma and the year the title's head (they were read as a
    person, given name `Human Development Report`)."""
    c = _one(
        "UNDP, Human Development Report 2020. The Next Frontier: Human Development and the "
        "Anthropocene (New York: United Nations Development Programme, 2020), 45."
    )
    assert [n.literal or n.family for n in c.authors] == ["UNDP"]
    assert c.title is not None
    assert c.title.startswith("Human Development Report 2020. The Next")
    assert c.type == "report"


@pytest.mark.parametrize(
    "text",
    [
        "Fiona Hill and Angela Stent, “The World Putin Wants,” Foreign Affairs 101, no. 5 "
        "(September/October 2022): 108–22.",
        "Weiss, M. (2019, June 3). The oligarch next door. The New Yorker, 95(15), 30–37.",
    ],
)
def test_a_listed_magazine_cited_by_its_volume_is_still_a_magazine(text: str) -> None:
    """A magazine the language files list by name (`[types] magazine`) stays one when cited by
    its volume and issue, as APA and Chicago cite it."""
    assert _one(text).type == "article-magazine"


def test_a_magazine_word_ending_a_journals_name_with_a_volume_is_a_journal() -> None:
    """`Geological Magazine 145`: a name ending on `Magazine`, cited by its volume, no listed
    magazine: a journal still."""
    c = _one("Smith, J. “Rocks of the Steppe.” Geological Magazine 145, no. 2 (2008): 201–15.")
    assert c.type == "article-journal"


def test_a_books_title_head_before_its_colon_is_no_host() -> None:
    """`Дала мен қала: XIX ғасырдағы қазақ қоғамы. – Алматы: …`: the head before the colon was
    read as a host; a book's imprint follows, so the two are one title."""
    c = _one(
        "Әбжанов Х.М. Дала мен қала: XIX ғасырдағы қазақ қоғамы. – Алматы: Қазақ университеті, "
        "2018. – 245 б."
    )
    assert c.title == "Дала мен қала: XIX ғасырдағы қазақ қоғамы"
    assert c.container is None
    assert c.type == "book"


def test_a_gost_host_before_a_colon_stays_a_host() -> None:
    """`// Host: subtitle`: a host a `//` opens stays one."""
    c = _one("Иванов И. И. Степь // Вопросы истории: журнал. 2010. № 3. С. 5–12.")
    assert c.title == "Степь"
    assert c.container is not None
    assert c.container.startswith("Вопросы истории")


def test_a_subtitle_read_as_a_host_after_the_titles_colon_is_the_titles() -> None:
    """`Kazakhstan: Unfulfilled Promise? Rev. ed. Washington, DC: …`: the subtitle after a
    question mark was read as a host with the edition's kind; a book's imprint follows."""
    c = _one(
        "Olcott, Martha Brill. Kazakhstan: Unfulfilled Promise? Rev. ed. Washington, DC: "
        "Carnegie Endowment for International Peace, 2010. 376 pp."
    )
    assert c.title == "Kazakhstan: Unfulfilled Promise?"
    assert c.container is None
    assert c.edition == "Rev."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Golden, Peter B., ed. Turkic Peoples, Past and Present. Wiesbaden: Harrassowitz, "
            "1992.",
            "Turkic Peoples, Past and Present",
        ),
        (
            "Faroqhi, Suraiya N., ed. The Later Ottoman Empire, 1603–1839. Cambridge: Cambridge "
            "University Press, 2006.",
            "The Later Ottoman Empire, 1603–1839",
        ),
    ],
)
def test_an_inverted_editors_name_before_ed_heads_the_book(text: str, title: str) -> None:
    """`Golden, Peter B., ed. Title, …`: the given name closed by its initial is the editor's
    (it was read as the title, the title left to no field)."""
    c = _one(text)
    assert c.title == title
    assert [e.family for e in c.editors] == [text.split(",")[0]]
    assert not c.authors


@pytest.mark.parametrize(
    ("text", "writer", "platform"),
    [
        (
            "General Staff of the Armed Forces of Ukraine, Facebook post, 24 February 2023, "
            "https://www.facebook.com/GeneralStaff.ua/posts/pfbid02 (accessed 25.02.2023).",
            "General Staff of the Armed Forces of Ukraine",
            "Facebook",
        ),
        (
            "İletişim Başkanlığı Dezenformasyonla Mücadele Merkezi (@dmmiletisim), X gönderisi, "
            "18.07.2024, https://twitter.com/dmmiletisim/status/1813901234567890123",
            "İletişim Başkanlığı Dezenformasyonla Mücadele Merkezi",
            "X",
        ),
    ],
)
def test_an_untitled_posts_writer_before_its_description_is_its_author(
    text: str, writer: str, platform: str
) -> None:
    """`Name, Facebook post, date, URL`: the name was read as the title and the description as
    the host; the name is the author, the description stands for the title, the platform is
    the host."""
    c = _one(text)
    assert [n.literal for n in c.authors] == [writer]
    assert c.container == platform
    assert c.title is not None
    assert c.title.startswith(platform)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Мустафаев Ш. М. Тюркские термины в персидских документах XVI в. // Тюркология в XXI "
            "веке: материалы междунар. науч. конф. (Казань, 12–14 октября 2015 г.). Казань: "
            "Изд-во Казан. ун-та, 2016. С. 211-219.",
            "Тюркология в XXI веке",
        ),
        (
            "Ысқақов Б.Б. Жезқазған өңіріндегі ашаршылық: мұрағат деректері // Ашаршылық: тарих "
            "және тағылым: халықаралық ғыл.-практ. конф. материалдары. – Қарағанды: ҚарМУ "
            "баспасы, 2022. – 77–83-бб.",
            "Ашаршылық: тарих және тағылым",
        ),
    ],
)
def test_a_hosts_kind_after_an_unspaced_colon_is_no_part_of_its_title(text: str, host: str) -> None:
    """GOST's description of a host's kind (`: материалы междунар. науч. конф.`) after a colon
    typed with no space before it is read as after GOST's spaced one: no title's words."""
    assert _one(text).container == host


def test_a_one_word_after_an_unspaced_colon_stays_the_hosts() -> None:
    """`…, 1995: proceedings`: one word after a colon typed without a space is the title's."""
    c = _one(
        "Myers, J. (2000). Trade theory. In: Image analysis and processing: 8th International "
        "Conference, San Remo, Italy, September 13–15, 1995: proceedings (pp. 147–155). "
        "Berlin: Springer."
    )
    assert c.container is not None
    assert c.container.endswith("proceedings")


def test_a_wiki_lists_number_before_its_caret_is_no_title() -> None:
    """`12. ^ "Club history". …`: a rendered reference list's number, then the back link."""
    c = _one(
        '12. ^ "Club history". Kayserispor. Archived from the original on 2 May 2011. '
        "Retrieved 2 May 2011."
    )
    assert c.title == "Club history"
    assert c.container == "Kayserispor"


def test_a_gost_theses_institution_is_its_publisher() -> None:
    """`/ Full Name ; Institution. – Place`: the institution after the thesis's statement is
    its publisher; `Казан.` (the city, shortened) was read as Kazakh `қазан`, October."""
    c = _one(
        "Гаврилова Т. А. Этнокультурные процессы в Поволжье : автореф. дис. … канд. ист. наук : "
        "07.00.07 / Гаврилова Татьяна Александровна ; Казан. (Приволж.) федер. ун-т. – Казань, "
        "2014. – 24 с."
    )
    assert c.type == "thesis"
    assert c.publisher == "Казан. (Приволж.) федер. ун-т"
    assert c.issued is not None
    assert c.issued.month is None
    assert c.unparsed == ()


def test_a_kazakh_month_in_a_day_is_still_read() -> None:
    """`5 қазан`: a day's month stays a month."""
    c = _one("Ахметов А. Мақала // Егемен Қазақстан. 2019. 5 қазан.")
    assert c.issued is not None
    assert c.issued.month == 10


def test_a_blogs_name_before_its_bracketed_kind_is_the_host() -> None:
    """`“Title,” Steppe Archives (blog), date, URL`: the name the model left to no field is
    the host (the post was typed a manuscript, its `Archives` read as an archive's)."""
    c = _one(
        "Nurlan Seitkali, “Reading the 1897 Census Sheets,” Steppe Archives (blog), May 2, 2020, "
        "https://steppearchives.org/2020/05/02/census-sheets/, para. 6."
    )
    assert c.container == "Steppe Archives"
    assert c.type == "post-weblog"


def test_two_page_ranges_after_a_comma_are_both_cited() -> None:
    """Chicago's `…, 2016), 45–52, 117–19.`: the second range was dropped."""
    c = _one(
        "Marcus Ellery, The Salt Roads: Trade and Empire on the Caspian Steppe (Cambridge: "
        "Cambridge University Press, 2016), 45–52, 117–19."
    )
    assert c.page == "45–52, 117–19"
    assert c.unparsed == ()


def test_a_table_after_the_pages_is_no_page() -> None:
    """`233-262, Tablo 3`: a table's number after its word is no second page."""
    c = _one(
        "KARAKAŞ, M. (2020). “Türkiye'de Kadın İstihdamı ve Ücret Eşitsizliği”. Çalışma ve "
        "Toplum, 64 (1), 233-262, Tablo 3."
    )
    assert c.page == "233-262"


def test_an_apa_e_locator_stands_in_the_pages_place() -> None:
    """`Journal, 57(4), e2020WR028815.`: the e-locator was read as the host and the journal's
    name as the title's last sentence."""
    c = _one(
        "Nurlanova, A., & Petersen, K. (2021). Groundwater depletion in the Syr Darya basin "
        "under irrigation expansion. Water Resources Research, 57(4), e2020WR028815. "
        "https://doi.org/10.1029/2020WR028815"
    )
    assert c.title == "Groundwater depletion in the Syr Darya basin under irrigation expansion"
    assert c.container == "Water Resources Research"
    assert c.page == "e2020WR028815"


def test_a_vancouver_meetings_date_and_place_are_no_fields() -> None:
    """`; 2018 Sep 12–14; Astana. Astana: ENU Press; 2019. p. 233–41.`: the meeting's days were
    read as the pages, its place with the imprint's."""
    c = _one(
        "Tulegenova M, Brandt K. Code-switching in Almaty secondary classrooms. In: Proceedings "
        "of the 6th International Conference on Turkic Languages; 2018 Sep 12–14; Astana. "
        "Astana: ENU Press; 2019. p. 233–41."
    )
    assert c.page == "233–41"
    assert c.publisher_place == "Astana"
    assert c.issued is not None
    assert c.issued.year == 2019


def test_a_hosts_bracketed_podcast_word_makes_an_episode() -> None:
    """`Sosyoloji Sohbetleri (Podcast), 15. Bölüm (Mart 2021)`: an episode aired, its number
    before the episode's word (it was a journal's article, page 15 of issue `Bölüm`)."""
    c = _one(
        "Hasan Çelik, “Göç ve Kimlik Üzerine”, Sosyoloji Sohbetleri (Podcast), 15. Bölüm (Mart "
        "2021), erişim: 4 Nisan 2021, https://podcasts.apple.com/tr/podcast/sosyoloji-sohbetleri/"
        "id1534821902"
    )
    assert c.type == "broadcast"
    assert c.container == "Sosyoloji Sohbetleri"
    assert c.page is None
    assert c.issue is None
    assert to_csl(c)["number"] == "15"


def test_an_apa_accounts_name_before_its_bracketed_handle_is_a_body() -> None:
    """`Istanbul Modern [@istanbulmodern]`: APA writes a person `Gates, B. [@BillGates]`; a name
    with neither comma nor initials is the account's, whole (it was `Modern, Istanbul`)."""
    c = _one(
        "Istanbul Modern [@istanbulmodern]. (2023, May 19). Opening night of our new photography "
        "exhibition [Photograph]. Instagram. https://www.instagram.com/p/CsQ8vLhN1zT/"
    )
    assert [n.literal for n in c.authors] == ["Istanbul Modern"]
    person = _one(
        "Gates, B. [@BillGates]. (2019, September 7). Text [Tweet]. Twitter. "
        "https://twitter.com/BillGates/status/1"
    )
    assert [n.family for n in person.authors] == ["Gates"]


@pytest.mark.parametrize(
    ("text", "title", "mark"),
    [
        (
            "Güneş, T. (2019). Yeni medya ve gazetecilik (E-kitap). Ankara: Siyasal Kitabevi.",
            "Yeni medya ve gazetecilik",
            "E-kitap",
        ),
        (
            "Ortaylı, İ. (2018). Osmanlı\u2019yı yeniden keşfetmek (e-kitap). İstanbul: Timaş.",
            "Osmanlı\u2019yı yeniden keşfetmek",
            "e-kitap",
        ),
    ],
)
def test_an_ebooks_bracketed_mark_is_its_medium(text: str, title: str, mark: str) -> None:
    """`Title (E-kitap)`: the mark closing the title is the book's medium, no title's words."""
    c = _one(text)
    assert c.title == title
    assert to_csl(c)["medium"] == mark


@pytest.mark.parametrize(
    "text",
    [
        "The figures cited here were current at the time of writing (spring 2023) and have "
        "since been revised upward by several agencies.",
        "Interviews were conducted in Bishkek and Osh between May and August 2019; respondents’ "
        "names have been changed to protect their anonymity.",
    ],
)
def test_a_sentence_dated_in_brackets_or_before_a_clause_is_a_comment(text: str) -> None:
    """A season's year in brackets (`(spring 2023)`) or a year before a clause's semicolon is
    prose's: the note comments (they were read as citations)."""
    assert parse_note(1, text, location=Location(path="t")).kind == NoteKind.COMMENT


def test_a_bracketed_imprint_year_still_cites() -> None:
    """`(Almaty 1992)`: a place and a year in brackets are an imprint's."""
    note = parse_note(
        1,
        "Smith J. History of the Steppe (Almaty 1992) was written late.",
        location=Location(path="t"),
    )
    assert note.kind == NoteKind.CITATION


def test_a_letter_dated_to_its_month_is_no_report() -> None:
    """`Letter from …, Omsk, March 1856`: a letter's word, no report's month."""
    c = _one("Letter from Ch. Valikhanov to F. Dostoevsky, Omsk, March 1856.")
    assert c.type != "report"


def test_a_remark_with_counts_after_the_pages_semicolon_is_no_source() -> None:
    """`…, 34; şirketin … 60 milyar TL’yi aşmıştır.`: a clause closing on a verb, its number
    counting a word, is the author's remark (it was read as the title)."""
    c = _one(
        "Koç Holding, Faaliyet Raporu 2022 (İstanbul: Koç Holding A.Ş., 2023), 34; şirketin "
        "konsolide net kârı bu dönemde ilk kez 60 milyar TL’yi aşmıştır."
    )
    assert c.title == "Faaliyet Raporu 2022"
    assert c.page == "34"
