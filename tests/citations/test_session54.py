"""Forms read in session 54: a law's number before `sayılı` is its number, no title's words;
OSCOLA's chapter with its editors before the host."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note
from citekit.csl import to_csl
from citekit.model import Citation, Location


def _one(text: str) -> Citation:
    note = parse_note(1, text, location=Location(path="t"))
    assert len(note.citations) == 1
    return note.citations[0]


@pytest.mark.parametrize(
    ("text", "title", "number"),
    [
        (
            "5237 sayılı Türk Ceza Kanunu, Resmî Gazete, 12.10.2004, S. 25611.",
            "Türk Ceza Kanunu",
            "5237",
        ),
        (
            "Bkz. 4721 sayılı Türk Medenî Kanunu (RG, 08.12.2001, S. 24607), md. 24.",
            "Türk Medenî Kanunu",
            "4721",
        ),
    ],
)
def test_a_laws_number_before_sayili_is_its_number(text: str, title: str, number: str) -> None:
    found = _one(text)
    assert (found.type, found.title, found.number) == ("legislation", title, number)


def test_a_quoted_laws_name_stays_as_written() -> None:
    found = _one('"5490 sayılı Nüfus Hizmetleri Kanunu" (PDF). Resmî Gazete. 29 Nisan 2006.')
    assert found.title == "5490 sayılı Nüfus Hizmetleri Kanunu"


@pytest.mark.parametrize(
    ("text", "editors", "host"),
    [
        (
            "Rustem Kadyrzhanov, 'Constitutional Courts in Post-Soviet Central Asia' in Maria"
            " Popova and William Partlett (eds), Constitutional Change in Eurasia (Cambridge"
            " University Press 2021) 140.",
            ["Popova", "Partlett"],
            "Constitutional Change in Eurasia",
        ),
        (
            "John Smith, ‘Water and Power’ in Anna Lee (ed), Rivers of the Steppe (Hart 2019) 45.",
            ["Lee"],
            "Rivers of the Steppe",
        ),
    ],
)
def test_an_oscola_chapters_editors_and_host(text: str, editors: list[str], host: str) -> None:
    found = _one(text)
    assert [e.family for e in found.editors] == editors
    assert found.container == host
    assert found.type == "chapter"
    assert "unparsed" not in to_csl(found) or "Eurasia" not in str(to_csl(found)["unparsed"])


def test_a_translators_bracket_is_no_imprint_after_an_edited_host() -> None:
    found = _one(
        "Wilkins, K. (1953) “Knowledge in Farabi,” in Padilla, J. (ed.), Stein, D. (trans.)"
        " Globo Rural. 3rd ed. Cleveland: Springer, pp. 386–400."
    )
    assert found.container == "Globo Rural"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Kelin, directed by Ermek Tursunov (Almaty: Kazakhfilm, 2009), 01:12:40–01:14:05.",
            "01:12:40–01:14:05",
        ),
        ("Nuri Bilge Ceylan (yön.), Kış Uykusu (İstanbul: Zeyno Film, 2014), 1:32:10.", "1:32:10"),
    ],
)
def test_a_films_time_code_is_no_volume_and_is_reported(text: str, code: str) -> None:
    found = _one(text)
    assert found.volume is None
    assert found.issue is None
    assert code in found.unparsed  # no field holds it: reported, not dropped


def test_a_films_time_code_types_it_by_its_director() -> None:
    found = _one("Kelin, directed by Ermek Tursunov (Almaty: Kazakhfilm, 2009), 01:12:40–01:14:05.")
    assert found.type == "motion_picture"


@pytest.mark.parametrize(
    "text",
    [
        'Dina Akhmetova, "Memory and Silence in Kazakh Famine Narratives" (public lecture,'
        " Nazarbayev University, Astana, October 6, 2022).",
        'Halil İnalcık, "Osmanlı\'da Devlet ve Toplum" (Konferans, Bilkent Üniversitesi,'
        " Ankara, 12 Mart 2009).",
        "Meredov, R. (2019, September 27). Statement at the general debate of the 74th session"
        " of the United Nations General Assembly [Speech]. United Nations."
        " https://gadebate.un.org/en/74/turkmenistan",
        "Press conference by Foreign Minister Mukhtar Tileuberdi, Nur-Sultan, 21 January 2020,"
        " transcript at https://www.gov.kz/memleket/entities/mfa/press/news/details/34567.",
    ],
)
def test_a_talks_descriptor_types_a_speech(text: str) -> None:
    assert _one(text).type == "speech"


def test_a_bracketed_medium_after_a_title_is_no_speech_unless_it_names_one() -> None:
    found = _one(
        "Ahmetov, A. (2020). Water and power [Data set]. Zenodo. https://doi.org/10.5281/zenodo.1"
    )
    assert found.type != "speech"


@pytest.mark.parametrize(
    ("text", "title", "genre"),
    [
        (
            "Omarova G.S. Sotsial'naya struktura aula v 1920-e gody. Cand. Sci. (Hist.) diss."
            " Karaganda, 2011. 187 p.",
            "Sotsial'naya struktura aula v 1920-e gody",
            "Cand. Sci. (Hist.) diss.",
        ),
        (
            "Sergeeva O.V. Sibirskoe kazachestvo. Extended abstract of Dr. Sci. (Econ.) diss."
            " Omsk, 2009. 24 p.",
            "Sibirskoe kazachestvo",
            "Extended abstract of Dr. Sci. (Econ.) diss.",
        ),
    ],
)
def test_a_russian_degrees_thesis_in_transliteration(text: str, title: str, genre: str) -> None:
    found = _one(text)
    assert (found.type, found.title, found.genre) == ("thesis", title, genre)


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        (
            "“Memory is a border we keep redrawing.” Aigerim Sultanova, Steppe Archives:"
            " Memory and Power (London: Hurst, 2020), 41.",
            "Sultanova",
            "Steppe Archives: Memory and Power",
        ),
        (
            "«Уақыт күтпейді!» («Время не ждёт!»). Жуков П. В. Очерки степной истории. – Омск:"
            " Наука, 2004. – С. 12.",
            "Жуков",
            "Очерки степной истории",
        ),
    ],
)
def test_a_quotation_opening_a_note_is_no_title(text: str, family: str, title: str) -> None:
    found = _one(text)
    assert [a.family for a in found.authors] == [family]
    assert found.title == title
    assert found.note is not None
    assert found.note.startswith(text[0])  # the quotation is kept as the note's words


@pytest.mark.parametrize(
    "text",
    [
        "“Kazakhstan Votes for Change.” The Economist, 5 May 2019, 34.",
        '"Rus çizgi filme ajanlık suçlaması". Dünya. 9 Ekim 2015. Erişim tarihi: 10 Nisan 2016.',
    ],
)
def test_a_quoted_title_with_no_author_after_it_stays_the_title(text: str) -> None:
    found = _one(text)
    assert found.title is not None
    assert found.title.split()[0] in text[:12]


@pytest.mark.parametrize(
    ("text", "families"),
    [
        (
            "Bekova, A. (2015) cited in Sadykov, R. and Lane, T. (2020) 'Rural schools in"
            " Kazakhstan', Central Asian Survey, 39(1), pp. 20–35.",
            ["Sadykov", "Lane"],
        ),
        (
            "Vygotsky (1978), akt. Demir, K. (2017). Öğrenme ve gelişim. Eğitim ve Bilim,"
            " 42(1), 1–9.",
            ["Demir"],
        ),
        (
            'Qtd. in Lane, Mary. "Silent Archives." Slavic Review, vol. 70, no. 2, 2011, pp. 1-20.',
            ["Lane"],
        ),
    ],
)
def test_a_mention_cited_in_another_work_cites_that_work(text: str, families: list[str]) -> None:
    found = _one(text)
    assert [a.family for a in found.authors] == families


def test_a_kazakh_type_word_in_the_latin_alphabet_types_the_entry() -> None:
    found = _one("Qazyna // Qazaq tiliniń sózdigi / red. A. Bekov. – Almaty: Dáýir, 2011. – 88-b.")
    assert found.type == "entry-dictionary"


def test_an_article_in_the_diplomat_is_a_magazines() -> None:
    found = _one(
        'Aida Nurova, "Dams and Diplomacy on the Syr Darya," The Diplomat, 2 May 2022,'
        " https://thediplomat.com/2022/05/dams-and-diplomacy/."
    )
    assert found.type == "article-magazine"


@pytest.mark.parametrize(
    "text",
    [
        "7 Gulnara Abenova, Dala men qala (Almaty: Atamura, 2011), 45.",
        "14.Peter Lindqvist, Caravans of the Steppe, 2nd ed. (London: Hurst, 2004), 12–13.",
    ],
)
def test_a_pasted_footnote_number_before_a_chicago_name_is_stripped(text: str) -> None:
    found = _one(text)
    assert len(found.authors) == 1
    assert found.authors[0].family in ("Abenova", "Lindqvist")
    assert found.title is not None
    assert not found.title[:1].isdigit()


def test_a_single_word_after_a_number_keeps_it() -> None:
    assert _one("3 Baskı, Türk Tarihi (Ankara: TTK, 1990), 4.").raw.startswith("3 Baskı")


# the first review's findings (each reproduced on the rule's first version)


def test_a_short_citation_before_a_quoting_word_stays_a_source() -> None:
    note = parse_note(
        1,
        "Ziya Gökalp, Türkçülüğün Esasları (1923), aktaran Yıldırım, M. (2014). Türk"
        " milliyetçiliği. Ankara: Nobel.",
        location=Location(path="t"),
    )
    assert [c.title for c in note.citations] == ["Türkçülüğün Esasları", "Türk milliyetçiliği"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("“Türk Tarih Tezi.” Afet İnan, Belleten 2, no. 5 (1938): 5.", "Türk Tarih Tezi"),
        ('"Who Owns the Steppe?" Sarah Cameron, Eurasianet, 5 May 2020.', "Who Owns the Steppe?"),
        (
            "«Экономика растет!» Иванов Иван. Экономика России. М.: Наука, 2010.",
            "Экономика растет!",
        ),
    ],
)
def test_a_quoted_title_before_its_author_and_periodical_stays_the_title(
    text: str, title: str
) -> None:
    assert _one(text).title == title


def test_a_quotation_lead_is_linear_in_a_run_of_spaces() -> None:
    from citekit.citations.quoted_leads import _LEAD

    for n in (2_000, 4_000):
        assert _LEAD.match("“Bir iki üç" + " " * n + "Kaya, A. Kitap. Ankara: X, 2001.") is None


def test_an_oscola_host_stops_at_its_sentence() -> None:
    found = _one(
        "Smith, J. (2010) 'Chapter title' in Jones, A. (ed.) Book Title. London: Routledge,"
        " pp. 1-10 (Table 2)."
    )
    assert found.publisher == "Routledge"


@pytest.mark.parametrize(
    "text",
    [
        "Astana Documentary, YouTube video, https://www.youtube.com/watch?v=abc&t=01:12:40.",
        "Kazakh Steppe, Site, https://example.kz/a (accessed: 12.05.2020 14:30:45).",
    ],
)
def test_a_time_in_an_address_or_after_a_date_is_no_time_code(text: str) -> None:
    assert not any(":" in piece and piece[:1].isdigit() for piece in _one(text).unparsed)


def test_a_degrees_abstract_word_after_it_stays_in_the_genre() -> None:
    found = _one(
        "Ivanov I. Physics of plasma. Dr. Sci. (Phys.-Math.) diss. abstract. Moscow, 1999."
    )
    assert found.genre == "Dr. Sci. (Phys.-Math.) diss. abstract"
    assert found.title == "Physics of plasma"


def test_a_book_on_a_law_keeps_its_number_in_its_title() -> None:
    found = _one("4721 sayılı Türk Medeni Kanunu Şerhi, Ankara: Seçkin, 2010.")
    assert found.title == "4721 sayılı Türk Medeni Kanunu Şerhi"
    assert _one('5237 sayılı "Türk Ceza Kanunu", md. 12.').title == "Türk Ceza Kanunu"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            'A. Orlov, "Qipchaq," in The Encyclopaedia of Islam, new ed., ed. P. Bearman et al.'
            " (Leiden: Brill, 2001), 5:125.",
            "The Encyclopaedia of Islam",
        ),
        ("Dana Ross, Steppe Empires, new ed. (London: Hurst, 2005), 12.", None),
    ],
)
def test_a_new_edition_is_the_edition(text: str, host: str | None) -> None:
    found = _one(text)
    assert found.edition == "new"
    assert found.container == host


def test_a_models_isbn_of_no_isbns_shape_is_no_isbn() -> None:
    found = _one("Power Utility Automation – Part 7-2: Basic Structure, IEC 61850-7-2, 2010.")
    assert found.isbn is None
    assert _one("Smith, J. Title. London: X, 2001. ISBN 978-5-02-033519-8.").isbn is not None


def test_an_article_ahead_of_print_names_its_journal() -> None:
    found = _one(
        "Serikova A, Omar B. Rural clinics and telehealth in Kazakhstan. Health Policy Plan."
        " 2023 Mar 2. doi: 10.1093/heapol/czad011"
    )
    assert found.container == "Health Policy Plan"
    assert found.title == "Rural clinics and telehealth in Kazakhstan"
    assert found.type == "article-journal"


@pytest.mark.parametrize(
    ("text", "title", "director"),
    [
        (
            "The Last Caravan, directed by Aliya Bekova (London: Steppe Films, 2012), DVD.",
            "The Last Caravan",
            "Bekova",
        ),
        (
            "Tulpan, directed by Sergei Dvortsevoy (Almaty: Kazakhfilm, 2008).",
            "Tulpan",
            "Dvortsevoy",
        ),
    ],
)
def test_a_films_credit_after_its_comma(text: str, title: str, director: str) -> None:
    found = _one(text)
    assert found.type == "motion_picture"
    assert found.title == title
    assert found.container is None
    assert not found.editors
    assert director in str(to_csl(found).get("director"))


def test_a_director_named_before_a_bracketed_credit_is_a_person() -> None:
    found = _one("Yavuz Turgul (yön.), Eşkıya, Filmacass, 1996.")
    assert found.type == "motion_picture"
    assert found.authors[0].family == "Turgul"


def test_a_journals_name_after_a_translator_is_no_second_translator() -> None:
    found = _one(
        "Lindqvist, Ola, “Türkmen Destanları”, çev. Ayşe Kurt, Türk Dünyası İncelemeleri"
        " Dergisi, S. 12 (2010), s. 5-20."
    )
    assert [t.family for t in found.translators] == ["Kurt"]
    assert found.container == "Türk Dünyası İncelemeleri Dergisi"


def test_a_subtitle_left_unread_after_the_colon_joins_the_title() -> None:
    from citekit.citations.tagger.colon_subtitles import subtitle_after_colon
    from citekit.citations.tagger.tokens import tokenize

    tokens = tokenize("Songs of the Steppe: Oral Epic and the Archive. Ithaca: Cornell")
    found = [("title", 0, 4), ("other", 4, 11), ("publisher-place", 11, 12), ("other", 12, 13)]
    found.append(("publisher", 13, 14))
    assert subtitle_after_colon(tokens, found)[0] == ("title", 0, 10)
    numbered = [("title", 0, 4), ("other", 4, 11), ("page", 11, 12)]
    assert subtitle_after_colon(tokens, numbered) == numbered  # no imprint or host after it


# the second review's findings (each reproduced on the rule's first version)


@pytest.mark.parametrize(
    "text",
    [
        "Histoire de l'Asie centrale, dir. Jean Dupont (Paris: Seuil, 2005), 45.",
        "Historia de Kazajistán, dir. Juan Pérez (Madrid: Cátedra, 2005), 45.",
    ],
)
def test_a_french_or_spanish_dir_after_a_title_is_an_editor(text: str) -> None:
    found = _one(text)
    assert found.type == "book"
    assert len(found.editors) == 1


def test_a_time_code_after_a_disc_number_is_reported() -> None:
    assert "01:12:40" in " ".join(
        _one("Kelin (Almaty: Kazakhfilm, 2009), disc 2 01:12:40.").unparsed
    )


def test_a_version_before_a_day_and_doi_is_no_journal() -> None:
    found = _one("Smith J. Survey of households. Version 2. 2021 Mar 3. doi:10.5281/zenodo.123456.")
    assert found.container is None


def test_a_tab_after_a_quotation_lead() -> None:
    found = _one(
        "“The steppe remembers what we forget.”\tAida Sarsen, Steppe Memory (Almaty: Atamura,"
        " 2015), 17."
    )
    assert found.title == "Steppe Memory"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("«Ел болам десең!» Жұмабаев М. Шығармалары. – Алматы: Жазушы, 1989.", "Шығармалары"),
        (
            "«Слово о полку Игореве». Лихачев Д.С. Комментарий. – М.: Наука, 1985.",
            "Слово о полку Игореве",
        ),
    ],
)
def test_a_quotations_stop_tells_it_from_a_title(text: str, title: str) -> None:
    assert _one(text).title == title


def test_a_laws_kind_with_its_case_ending_leaves_the_number() -> None:
    found = _one("6698 sayılı Kişisel Verilerin Korunması Kanunu’nun 5. maddesi, RG, 07.04.2016.")
    assert found.title is not None
    assert not found.title.startswith("6698")


def test_a_list_number_before_an_article_is_stripped() -> None:
    found = _one(
        "40. The Caspian Basin Programme // Caspian Fund: official site. URL: https://cf.kz"
    )
    assert found.title is not None
    assert found.title.startswith("The Caspian")


def test_a_quotation_before_initials_and_a_translation() -> None:
    found = _one(
        "«Время не ждёт» (“Time does not wait”). A. B. Orlov, Sobranie sochinenii (Moscow:"
        " Nauka, 1980), 12."
    )
    assert found.title == "Sobranie sochinenii"
