"""Forms read in session 56: persons written `Family, Given:` at a note's head (Turkish and
German legal writing)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import only_citation as _one
from tests.citations.parsed import parsed_note as _note


@pytest.mark.parametrize(
    ("text", "families", "title"),
    [
        (
            "Akıntürk, Turgut: Eşya Hukuku, 9. Baskı, Beta Yayınları, İstanbul 2015, s. 88.",
            ["Akıntürk"],
            "Eşya Hukuku",
        ),
        (
            "Bkz. Tekinay, S. Sulhi/Akman, Sermet: Borçlar Hukuku, 7. Bası, Filiz Kitabevi, "
            "İstanbul 1993, s. 410.",
            ["Tekinay", "Akman"],
            "Borçlar Hukuku",
        ),
        (
            'Ünal, Gülşah: "Vergi Yargılamasında İspat", İÜHFM, C. 71, S. 2, 2013, s. 55-80.',
            ["Ünal"],
            "Vergi Yargılamasında İspat",
        ),
    ],
)
def test_persons_written_family_given_before_a_colon(
    text: str, families: list[str], title: str
) -> None:
    found = _one(text)
    assert [name.family for name in found.authors] == families
    assert found.title == title


@pytest.mark.parametrize(
    "text",
    [
        "Sezgin, P. Erdoğan: Bir Vaadimiz Var. İstanbul, 1997.",
        "Ленин, Сочинения: Т. 2, М., 1950, с. 34.",
        "Xinhua, Beijing: China and Kazakhstan sign pipeline deal, 7 September 2013.",
        "Marx, Capital: A Critique of Political Economy (London: Penguin, 1976), 125.",
        "Türkçe Sözlük, Ankara: Türk Dil Kurumu Yayınları, 2011, s. 142.",
    ],
)
def test_no_person_read_from_a_title_or_place_before_a_colon(text: str) -> None:
    found = _one(text)
    givens = ("P. Erdoğan", "Ankara", "Сочинения", "Beijing", "Capital")
    assert all(name.given not in givens for name in found.authors)


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (
            "Оспанов Б.К. Земельная реформа в Казахстане (1921–1922 гг.): дис. ... канд. ист. "
            "наук. – Алма-Ата, 1971. – 210 с.",
            "дис. ... канд. ист. наук",
        ),
        (
            "Ковалева И.П. Договор ренты: дис. … канд. юрид. наук: 12.00.03. Томск, 2019. 201 с.",
            "дис. … канд. юрид. наук",
        ),
        (
            'Anna Berg, "Pastoral Water Rights in Kyrgyzstan" (MA thesis, University of Oslo, '
            "2019), 14.",
            "MA thesis",
        ),
        (
            "Sultanova, D. (2021). Teacher agency in rural Kazakhstan (Master's thesis). "
            "Nazarbayev University.",
            "Master's thesis",
        ),
        (
            "Hale, P. (2011) Irrigation and Empire in Turkestan, 1867–1917. PhD thesis. "
            "University of London.",
            "PhD thesis",
        ),
    ],
)
def test_a_thesis_kind_no_run_held_is_the_genre(text: str, genre: str) -> None:
    assert _one(text).genre == genre


def test_a_publisher_after_the_place_before_a_sets_volume() -> None:
    found = _one(
        "Сейфуллин С. Шығармалары. Алма-Ата: Гл. ред. Каз. сов. энцикл., 1984. Т. 5. С. 20."
    )
    assert (found.publisher, found.volume) == ("Гл. ред. Каз. сов. энцикл", "5")


@pytest.mark.parametrize(
    ("text", "volume", "place"),
    [
        (
            'Tahsin Özcan, "Vakıf", TDV İslâm Ansiklopedisi, XLII, İstanbul 2012, s. 479.',
            "XLII",
            "İstanbul",
        ),
        (
            'Golden, Peter. "Khazars." Encyclopaedia Iranica, XVI, New York: EIF, 2015, pp. 12–14.',
            "XVI",
            "New York",
        ),
    ],
)
def test_a_roman_volume_before_an_encyclopedias_place(text: str, volume: str, place: str) -> None:
    found = _one(text)
    assert (found.volume, found.publisher_place) == (volume, place)


def test_kazakh_wikipedias_checked_label_and_turkish_wikipedias_edition() -> None:
    found = _one("«Астана күні». Egemen Qazaqstan (2021-07-06). Тексерілген күні 2021-08-01.")
    assert found.accessed is not None
    assert found.accessed.isoformat() == "2021-08-01"
    found = _one("Gökalp, Ziya (1976). Türkçülüğün Esasları. 3. bas. İstanbul: Varlık Yayınları.")
    assert (found.edition, found.publisher) == ("3", "Varlık Yayınları")


def test_a_quoted_title_the_model_split_is_whole() -> None:
    found = _one(
        "KAYA, Mehmet, “Rus Arşiv Belgelerine Göre 1898 Andican Ayaklanması”, Bilig, 8/1 "
        "(2020): 11-30."
    )
    assert found.title == "Rus Arşiv Belgelerine Göre 1898 Andican Ayaklanması"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (
            "Сәрсенова Г.Б. Қазақ романындағы тарихи тұлға (1960–1990 жылдар): PhD дәрежесін "
            "алу үшін дайындалған диссертация. – Алматы, 2017. – 160 б.",
            "PhD дәрежесін алу үшін дайындалған диссертация",
        ),
        (
            "Бекқожа Н. Абай поэтикасы: филология ғылымдарының докторы (PhD) дәрежесін алу "
            "үшін дайындалған диссертация. – Алматы, 2020. – 148 б.",
            "филология ғылымдарының докторы (PhD) дәрежесін алу үшін дайындалған диссертация",
        ),
    ],
)
def test_a_kazakh_designation_closing_on_its_thesis_word(text: str, genre: str) -> None:
    assert _one(text).genre == genre


def test_an_azerbaijani_degree_abbreviation_types_a_thesis() -> None:
    found = _one(
        "Məmmədova S.R. Şuşa dialekti: filol. üzrə fəls. d-ru ... dis. – Bakı, 2016. – 170 s."
    )
    assert found.type == "thesis"


def test_a_quoted_colon_in_a_hosts_name_is_no_kinds_colon() -> None:
    found = _one(
        "Омаров Б. Алаш зиялылары // «Ұлт тарихы: жаңа көзқарастар» атты халықаралық "
        "ғылыми конференция материалдары. – Алматы, 2019. – 45–50-бб."
    )
    assert found.container == (
        "«Ұлт тарихы: жаңа көзқарастар» атты халықаралық ғылыми конференция материалдары"
    )


def test_a_meetings_days_are_no_volume() -> None:
    found = _one(
        "Моделирование паводков на реке Есиль / Д. К. Нурбаев, А. С. Ким, Р. М. "
        "Жакупова [и др.] // Водные ресурсы Центральной Азии и их использование : "
        "материалы Междунар. науч.-практ. конф., посвящ. подведению итогов "
        "объявленного ООН десятилетия «Вода для жизни», 22–24 сент. 2016 г. – Алматы, "
        "2016. – Кн. 1. – С. 310–316."
    )
    assert found.volume == "1"


def test_an_abbreviation_in_a_hosts_description_is_no_author() -> None:
    found = _one(
        "Омарова Б. А. Традиции и инновации в казахском прикладном искусстве // "
        "Культурное наследие Великой степи : материалы Республ. науч.-практ. конф., г. "
        "Актобе, 12 декабря 2017 г. / редкол.: А. Ж. Исмагулов (отв. ред.) [и др.]. – "
        "Актобе : АРГУ им. К. Жубанова, 2017. – С. 178–183."
    )
    assert [n.family for n in found.authors] == ["Омарова"]


def test_a_hosts_editors_listed_with_semicolons_after_in_are_one_source() -> None:
    note = _note(
        'Morgan, David (2007). "The Mongol Empire". In Amitai, Reuven; Biran, Michal; '
        "Kim, Hodong (eds.). Nomads as Agents. Leiden: Brill. pp. 12–30."
    )
    assert len(note.citations) == 1
    found = note.citations[0]
    assert [n.family for n in found.editors] == ["Amitai", "Biran", "Kim"]
    assert found.container == "Nomads as Agents"


def test_wikipedias_editor_list_after_in_stays_one_source() -> None:
    note = _note(
        'Bregel, Yuri (2009). "The new Uzbek states: Bukhara, Khiva and Khoqand: c. '
        '1750–1886". In Di Cosmo, Nicola; Frank, Allen J.; Golden, Peter B. (eds.). '
        "The Cambridge History of Inner Asia: The Chinggisid Age. Cambridge: Cambridge "
        "University Press. pp. 392–411. ISBN 978-0-521-84926-5."
    )
    assert len(note.citations) == 1
    assert [n.family for n in note.citations[0].editors] == ["Di Cosmo", "Frank", "Golden"]


def test_apas_bracketed_series_the_model_left_unread() -> None:
    found = _one(
        "International Monetary Fund. (2023). Kyrgyz Republic: Selected issues (IMF Country "
        "Report No. 23/128). https://doi.org/10.5089/9798400241345.002"
    )
    assert (found.genre, found.issue) == ("IMF Country Report", "23/128")


def test_a_kazakh_ibids_leaf_written_after_its_number() -> None:
    assert (_note("Сонда. 24-п.").page, _note("Сонда. 3–4-пп.").page) == ("24", "3–4")


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            '"Arşiv Rehberi", T.C. Cumhurbaşkanlığı Devlet Arşivleri Başkanlığı, erişim 3 Mart '
            "2022, https://www.devletarsivleri.gov.tr/rehber",
            "T.C. Cumhurbaşkanlığı Devlet Arşivleri Başkanlığı",
        ),
        (
            '"История района". Официальный интернет-ресурс акимата г. Шымкент. '
            "https://www.gov.kz/memleket/entities/shymkent/about (дата обращения: 2.03.2022)",
            "Официальный интернет-ресурс акимата г. Шымкент",
        ),
    ],
)
def test_a_hosts_name_goes_on_past_an_abbreviations_period(text: str, host: str) -> None:
    assert _one(text).container == host


@pytest.mark.parametrize(
    "text",
    [
        "Brown, A. (2018). Testing the resource curse thesis in Kazakhstan (Working Paper No. "
        "45). Asian Development Bank Institute.",
        "This thesis is developed in Anna Brown, Steppe Empires (Oxford: Clarendon Press, "
        "2011), 45.",
        'Ivanov, P. "The Thesis of Eurasianism Revisited," Slavic Review 60, no. 2 (2001): 1.',
    ],
)
def test_a_thesis_word_among_a_titles_or_proses_words_is_no_genre(text: str) -> None:
    genre = _note(text).citations[0].genre
    assert genre is None or "thesis" not in genre.casefold()


def test_apas_unpublished_masters_thesis_in_brackets() -> None:
    found = _one(
        "Doe, J. (2012). Nomads in transition [Unpublished master's thesis]. Nazarbayev University."
    )
    assert found.genre == "Unpublished master's thesis"


def test_a_known_given_name_before_two_letters_is_a_short_family() -> None:
    found = _one(
        "Eugene Rumer and Nicole Ng, Central Asia at a Crossroads (Washington, DC: Carnegie "
        "Endowment for International Peace, 2019), 7."
    )
    assert [n.family for n in found.authors] == ["Rumer", "Ng"]


def test_a_turkish_suffix_after_an_apostrophe_stays_in_the_hosts_name() -> None:
    found = _one(
        "Mehmet Kaya, “Halkevleri”, Cumhuriyet’in İlk Yüzyılında Kültür, haz. Ali Demir "
        "(Ankara: Pegem Akademi, 2022), 45-60."
    )
    assert found.container == "Cumhuriyet’in İlk Yüzyılında Kültür"


def test_a_german_host_after_its_editors_role_and_colon() -> None:
    found = _one(
        "Halbach, Uwe: Der Islam im Kaukasus. In: Kappeler, Andreas/Simon, Gerhard (Hrsg.): "
        "Muslime in der Sowjetunion. Köln 1989, S. 210–230, hier S. 215."
    )
    assert (found.container, found.type) == ("Muslime in der Sowjetunion", "chapter")
    assert [n.family for n in found.authors] == ["Halbach"]


def test_a_work_read_as_a_publisher_after_the_authors_colon_is_the_title() -> None:
    found = _one("Kiepert, Heinrich: Karte von Kleinasien. Berlin: Reimer 1890.")
    assert found.title == "Karte von Kleinasien"


def test_a_guillemet_quote_with_sentences_inside_a_title_stays_in_it() -> None:
    found = _one(
        "Токаев К.-Ж. Послание Главы государства народу Казахстана «Справедливо"
        "е государство. Единая нация. Благополучное общество» [Электронный ресу"
        "рс]. – 01.09.2022. – Режим доступа: https://www.akorda.kz/ru/poslanie-"
        "glavy-gosudarstva-kasym-zhomarta-tokaeva-narodu-kazahstana-181130 (дат"
        "а обращения: 15.03.2023)."
    )
    assert found.title == (
        "Послание Главы государства народу Казахстана «Справедливое государство. Единая нация. "
        "Благополучное общество»"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Мұқанов С. Өмір мектебі // Жұлдыз. – 1975. – №3. – 20–45-бб.",
        "Annaýew B. Ahal-teke bedewi // Diýar. – 2019. – № 2. – 10–14 sah.",
    ],
)
def test_kazakh_and_turkmen_magazines_by_name(text: str) -> None:
    assert _one(text).type == "article-magazine"


def test_a_number_after_no_and_its_colon_is_the_issue_not_a_year() -> None:
    found = _one('Ali Kaya, "Başlık", Resmî Gazete, No: 1560, 9 Temmuz 1930, s. 3.')
    assert found.issue == "1560"
    assert found.issued is not None
    assert found.issued.year == 1930


def test_a_bracket_of_small_words_after_a_host_is_its_subtitle() -> None:
    found = _one(
        "Қасымбаев Ж. Кенесары хан // Қазақстан тарихы (көне заманнан бүгінге дейін). – "
        "Алматы: Атамұра, 2010. – Т. 3. – Б. 300–320."
    )
    assert found.container == "Қазақстан тарихы (көне заманнан бүгінге дейін)"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Закон о печати. § 5.", "citation"),
        ("Бартольд. Работы. С. 12.", "citation"),
        ("Там же. 5 п.", "ibid"),
    ],
)
def test_review_guards_on_kinds(text: str, kind: str) -> None:
    assert str(_note(text).kind) == kind


def test_an_unsigned_article_on_an_administration_keeps_its_title() -> None:
    found = _one(
        "Soviet Administration in Central Asia, Central Asian Review 5, no. 2 (1957): 120–35."
    )
    assert (found.title, found.container) == (
        "Soviet Administration in Central Asia",
        "Central Asian Review",
    )


def test_a_german_host_written_with_commas_keeps_its_place_and_year() -> None:
    found = _one(
        "Müller, Hans: Die Steppe, in: Meier, Karl (Hrsg.): Zentralasien heute, Berlin 2005, "
        "S. 12–30."
    )
    assert (found.container, found.publisher_place) == ("Zentralasien heute", "Berlin")
    assert found.issued is not None
    assert found.issued.year == 2005


@pytest.mark.parametrize(
    "text",
    [
        "Jones Luong, Pauline and Erika Weinthal. Oil Is Not a Curse. Cambridge: CUP, 2010. "
        "On the thesis, see pp. 5–12.",
        "Smith, John, Oil and Politics (London: Routledge, 2010), 45; see also his MA thesis, "
        "Leeds, 2004.",
        "Smith, John. Oil and Politics. London: Routledge, 2010 (originally a PhD thesis, "
        "University of Leeds, 2005).",
    ],
)
def test_prose_before_a_thesis_word_is_no_genre(text: str) -> None:
    assert _note(text).citations[0].genre is None


def test_a_periodicals_bracket_stays_out_of_its_name() -> None:
    found = _one(
        'Smith, J. "Water." Central Asian Survey (special issue on water) 29, no. 2 (2010): 12–30.'
    )
    assert found.container == "Central Asian Survey"
