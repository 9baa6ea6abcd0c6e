"""How labelled spans become CSL values: brackets, suffix titles, name lists, volume words."""

from __future__ import annotations

import pytest

from citekit.citations.names import unlist
from citekit.model import Name, PartialDate
from tests.citations.labelled import decode_labelled as _decode


def test_a_title_that_opens_and_ends_with_brackets_keeps_them() -> None:
    text = '"(Lecture 3.2) Sorting in linear time (part 2)". Open Course, 2019.'
    fields = _decode(text, [(text[1:47], "title"), ("Open Course", "container-title")])
    assert fields["title"] == "(Lecture 3.2) Sorting in linear time (part 2)"
    text = "«(Не)возможность диалога», Вопросы философии, 2020."
    fields = _decode(text, [("«(Не)возможность диалога»", "title")])
    assert fields["title"] == "(Не)возможность диалога"


def test_quotes_around_a_whole_title_still_go() -> None:
    text = "Ахметов Б. «Тіл мен қоғам (очерк)» // Ақиқат. 2011."
    fields = _decode(text, [("«Тіл мен қоғам (очерк)»", "title")])
    assert fields["title"] == "Тіл мен қоғам (очерк)"


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        (
            "Ахметова А. «-лық/-лік жұрнағының қызметі» // Тіл білімі. 2015.",
            "«-лық/-лік жұрнағының қызметі»",
            "-лық/-лік жұрнағының қызметі",
        ),
        (
            "Smith J. -ing forms in learner English. Linguistics, 2001.",
            "-ing forms in learner English",
            "-ing forms in learner English",
        ),
    ],
)
def test_a_title_about_a_suffix_keeps_its_hyphen(text: str, span: str, title: str) -> None:
    assert _decode(text, [(span, "title")])["title"] == title


def test_a_dash_before_the_place_is_still_a_separator() -> None:
    text = "Әуезов М. Абай жолы. — Алматы: Жазушы, 1979."
    fields = _decode(text, [("— Алматы", "publisher-place"), ("Жазушы", "publisher")])
    assert fields["publisher-place"] == "Алматы"


def test_a_list_with_only_its_first_name_inverted_gives_each_name() -> None:
    assert unlist("Ершова, Анна, Виктор Соколов, Ирина Павлова") == (
        "Ершова, Анна",
        "Виктор Соколов",
        "Ирина Павлова",
    )
    assert unlist("Kaya, Ahmet, Mehmet Demir") == ("Kaya, Ahmet", "Mehmet Demir")
    # inverted names with initials are paired (Harvard's `Acton, E., Cherniaev, V.Iu.`); a
    # single inverted name is left alone
    assert unlist("Kaya, A., Demir, M.") == ("Kaya, A.", "Demir, M.")
    assert unlist("King, M. L., Jr.") == ("King, M. L., Jr.",)
    assert unlist("Kaya, Ahmet") == ("Kaya, Ahmet",)
    text = "Ершова, Анна, Виктор Соколов, и Ирина Павлова. «Қала тарихы». Алматы, 2019."
    fields = _decode(text, [("Ершова, Анна, Виктор Соколов, и Ирина Павлова", "author")])
    assert fields["author"] == (
        Name(family="Ершова", given="Анна"),
        Name(family="Соколов", given="Виктор"),
        Name(family="Павлова", given="Ирина"),
    )


def test_a_volume_word_opening_a_title_run_is_the_volume() -> None:
    text = "Әуезов М. «Шығармалар жинағы». Т. 3. «Абай жолы». — Алматы: Жазушы, 1979. — 416 б."
    spans = [
        ("«Шығармалар жинағы»", "title"),
        ("Т. 3. «Абай жолы»", "title"),
        ("Алматы", "publisher-place"),
    ]
    fields = _decode(text, spans)
    assert fields["title"] == "Шығармалар жинағы"
    assert fields["volume"] == "3"
    # a title that only contains a number word is left whole
    text = "Лабораторная работа № 4. Сети. М., 2020."
    fields = _decode(text, [("Лабораторная работа № 4", "title")])
    assert fields["title"] == "Лабораторная работа № 4"
    assert "issue" not in fields


def test_a_role_word_before_a_person_gives_the_role_and_initials_join_the_name() -> None:
    text = "Абай. Қара сөздер. Құраст.: Б. Әбдіғазиұлы. Алматы: Өнер, 2010."
    spans = [("Абай", "author"), ("Қара сөздер", "title"), ("Әбдіғазиұлы", "author")]
    fields = _decode(text, spans)
    assert fields["author"] == (Name(literal="Абай"),)
    assert fields["editor"] == (Name(family="Әбдіғазиұлы", given="Б."),)
    # an edition word is not a role: "2nd ed. Smith" keeps its author
    text = "Theory of Games. 2nd ed. Smith J. Oxford, 1999."
    fields = _decode(text, [("Theory of Games", "title"), ("Smith J.", "author")])
    assert fields["author"] == (Name(family="Smith", given="J."),)


def test_place_and_publisher_in_one_run_are_split_at_the_colon() -> None:
    text = "Петров П. П. История края. — СПб.: Питер, 2020. — 448 с."
    fields = _decode(text, [("История края", "title"), ("СПб.: Питер", "publisher-place")])
    assert (fields["publisher-place"], fields["publisher"]) == ("СПб.", "Питер")
    text = "Петров П. П. История края. — Санкт-Петербург: Питер, 2020."
    spans = [("Санкт-Петербург", "publisher-place"), ("Питер", "publisher")]
    assert _decode(text, spans)["publisher-place"] == "Санкт-Петербург"


@pytest.mark.parametrize(
    ("journal", "volume", "issue"),
    [("Mind 59.236", "59", "236"), ("Econometrica 22", "22", None)],
)
def test_an_mla_volume_after_the_journal_is_not_its_name(
    journal: str, volume: str, issue: str | None
) -> None:
    text = f'Turing, Alan. "Computing Machinery and Intelligence." {journal} (1950): 433-460.'
    fields = _decode(text, [(journal, "container-title")])
    assert fields["container-title"] == journal.split()[0]
    assert (fields.get("volume"), fields.get("issue")) == (volume, issue)
    text = 'Kaya, A. "Web Ekonomisi." Industry 4.0 Review, 2021.'
    fields = _decode(text, [("Industry 4.0 Review", "container-title")])
    assert fields["container-title"] == "Industry 4.0 Review"


def test_a_lone_word_after_the_title_is_the_site_not_a_person() -> None:
    text = 'Aýna Durdyýewa, "Täze mekdep açyldy," Türkmenportal, 3 Mart 2023.'
    spans = [("Aýna Durdyýewa", "author"), ("Täze mekdep açyldy", "title")]
    fields = _decode(text, [*spans, ("Türkmenportal", "author")])
    assert fields["author"] == (Name(family="Durdyýewa", given="Aýna"),)
    assert fields["container-title"] == "Türkmenportal"


def test_a_number_after_a_title_with_no_periodical_is_the_title_s() -> None:
    text = "Практическая работа №3. Кафедра информатики."
    fields = _decode(text, [("Практическая работа №", "title"), ("3", "issue")])
    assert fields["title"] == "Практическая работа №3"
    assert "issue" not in fields
    text = "Иванов И. Статья // Вестник КазНУ. №3. С. 5."
    spans = [("Статья", "title"), ("Вестник КазНУ", "container-title"), ("3", "issue")]
    assert _decode(text, spans)["issue"] == "3"


def test_a_sentence_of_names_before_a_quoted_title_is_the_authors() -> None:
    text = "Ayşe Kaya and Mehmet Demir. “Yeni Dönem Başlıyor.” Hürriyet, May 3 2019."
    fields = _decode(text, [("Ayşe Kaya and Mehmet Demir. “Yeni Dönem Başlıyor", "title")])
    assert fields["author"] == (
        Name(family="Kaya", given="Ayşe"),
        Name(family="Demir", given="Mehmet"),
    )
    assert fields["title"] == "Yeni Dönem Başlıyor"
    # a title that goes on to quote a name is one title
    text = "Реформа образования. «Болашак» в цифрах. Алматы, 2015."
    fields = _decode(text, [("Реформа образования. «Болашак» в цифрах", "title")])
    assert fields["title"] == "Реформа образования. «Болашак» в цифрах"
    assert fields["author"] == ()


def test_an_inverted_first_author_sentence_opening_the_title_is_the_author() -> None:
    text = "Köprülü, Mehmet Fuad. Türk Edebiyatında İlk Mutasavvıflar. Ankara: TTK, 1966."
    span = "Köprülü, Mehmet Fuad. Türk Edebiyatında İlk Mutasavvıflar"
    fields = _decode(text, [(span, "title"), ("Ankara", "publisher-place")])
    assert fields["author"] == (Name(family="Köprülü", given="Mehmet Fuad"),)
    assert fields["title"] == "Türk Edebiyatında İlk Mutasavvıflar"
    text = "Smith, A. C. Modern Empires. London: Verso, 2004."
    fields = _decode(text, [("Smith, A. C. Modern Empires", "title")])
    assert (fields["author"], fields["title"]) == ((Name("Smith", "A. C."),), "Modern Empires")
    # a title that starts with a city and a comma is a title
    text = "London, Paris. Two Capitals Compared. Oxford, 2010."
    fields = _decode(text, [("London, Paris. Two Capitals Compared", "title")])
    assert fields["title"] == "London, Paris. Two Capitals Compared"


def test_an_author_date_note_s_upper_case_word_is_its_author() -> None:
    text = "MARTINS, 2017, p. 112"
    fields = _decode(text, [("MARTINS", "title"), ("2017", "issued"), ("112", "page")])
    assert fields["author"] == (Name(literal="MARTINS"),)
    assert "title" not in fields
    text = "NATO, Brussels, 2017."
    assert _decode(text, [("NATO", "title"), ("2017", "issued")])["title"] == "NATO"


def test_an_emphasised_title_is_one_title() -> None:
    text = "Wirth, N. *Algorithms + Data Structures = Programs: A Primer.* Prentice Hall, 1976."
    spans = [("Algorithms + Data Structures", "title"), ("A Primer", "editor")]
    fields = _decode(text, [*spans, ("Prentice Hall", "publisher")])
    assert fields["title"] == "Algorithms + Data Structures = Programs: A Primer"
    assert fields["editor"] == ()
    # an emphasised journal (APA) keeps its own label
    text = "Kaya, A. (2019). Başlık. *Bilig*, *12*(3), 45–60."
    fields = _decode(text, [("Başlık", "title"), ("Bilig", "container-title")])
    assert (fields["title"], fields["container-title"]) == ("Başlık", "Bilig")


def test_a_release_number_glued_to_the_title_is_the_title_s() -> None:
    text = "Python Data Guide Release 3.1 (pp. 10-12)"
    fields = _decode(text, [("Python Data Guide Release 3", "title"), ("1", "issue")])
    assert fields["title"] == "Python Data Guide Release 3.1"
    assert "issue" not in fields


def test_an_abbreviation_before_a_role_word_is_not_a_person() -> None:
    text = "Ataýew, B. Sözlük. (A. Orazow, Gen. Ed.). Aşgabat: Ylym, 2010."
    spans = [("Ataýew, B.", "author"), ("Sözlük", "title"), ("A. Orazow", "editor")]
    fields = _decode(text, [*spans, ("Gen", "editor")])
    assert fields["editor"] == (Name(family="Orazow", given="A."),)


def test_a_name_that_ends_a_sentence_loses_the_period_an_initial_keeps_it() -> None:
    text = "UNESCO. World Heritage List. Paris, 2021."
    assert _decode(text, [("UNESCO.", "author")])["author"] == (Name(literal="UNESCO"),)
    text = "Yılmaz Ş. Osmanlı Tarihi. İstanbul, 2010."
    assert _decode(text, [("Yılmaz Ş.", "author")])["author"] == (Name("Yılmaz", "Ş."),)


def test_the_period_after_a_closing_initial_is_the_initial_s() -> None:
    text = "Ataýew B., Orazow A. Türkmen halkynyň taryhy. Aşgabat: Ylym, 2012."
    spans = [("Ataýew B., Orazow A", "author"), ("Türkmen halkynyň taryhy", "title")]
    assert _decode(text, spans)["author"] == (Name("Ataýew", "B."), Name("Orazow", "A."))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John Smith, ed., Central Asia in Transition (London: Routledge, 2015).", "John Smith"),
        ("Kaya, Ali (haz.). Türk Dünyası. Ankara: TDK, 2015.", "Kaya, Ali"),
    ],
)
def test_a_role_word_after_a_person_gives_the_role(text: str, name: str) -> None:
    fields = _decode(text, [(name, "author")])
    editors = fields["editor"]
    assert isinstance(editors, tuple)
    assert len(editors) == 1
    assert fields["author"] == ()
    # a sentence after the name is no role: "Smith J. Ed. Notes" names an author
    text = "Smith J. Editing Notes. London, 2001."
    assert _decode(text, [("Smith J.", "author")])["author"] == (Name("Smith", "J."),)


def test_a_volume_sentence_closing_the_title_is_the_volume() -> None:
    text = "Toynbee A. J. A Study of History. Vol. 3. London: Oxford University Press, 1934."
    fields = _decode(text, [("A Study of History. Vol. 3", "title")])
    assert (fields["title"], fields["volume"]) == ("A Study of History", "3")
    text = "Әуезов М. Абай жолы. Т. 2. Алматы: Жазушы, 2007."
    fields = _decode(text, [("Абай жолы. Т. 2", "title")])
    assert (fields["title"], fields["volume"]) == ("Абай жолы", "2")


def test_a_volume_range_is_whole() -> None:
    text = "Smith J. A History of Asia. Vol. 1-2. London: Penguin, 2001."
    fields = _decode(text, [("A History of Asia. Vol. 1-2", "title")])
    assert (fields["title"], fields["volume"]) == ("A History of Asia", "1-2")
    text = "Агентство по статистике. Численность населения, т. 1–3, Алматы, 2001."
    fields = _decode(text, [("т. 1", "volume")])
    assert fields["volume"] == "1–3"
    # a year after a spaced dash ends no range, and years are no volumes
    text = "Иванов И. И. Труды. Т. 1 — 2011."
    assert _decode(text, [("Т. 1", "volume")])["volume"] == "1"
    text = "Smith J. Ports and Trade, C. 1850–1914. London, 2001."
    fields = _decode(text, [("Ports and Trade, C. 1850–1914", "title")])
    assert (fields["title"], fields.get("volume")) == ("Ports and Trade, C. 1850–1914", None)


@pytest.mark.parametrize("second", ["issue", "other", "page"])
def test_a_range_whose_second_number_the_model_read_apart_is_whole(second: str) -> None:
    # `iss. 6—7`, `Т. 3—4`: the model labelled the second number alone, as no field, or as a
    # page with no page's word before it (`№ 38–39. Ст. 380`)
    text = "Ли К. Water Law // Water Policy. 2019. Vol. 44, iss. 6—7. P. 712—729."
    spans = [("Water Policy", "container-title"), ("44", "volume"), ("6", "issue")]
    assert _decode(text, [*spans, ("7", second)])["issue"] == "6—7"
    text = "Әлиев Б. Жер // Ақиқат. 2015. Т. 3—4. Б. 5–9."
    spans = [("Ақиқат", "container-title"), ("3", "volume")]
    assert (
        _decode(text, [*spans, ("4", "volume" if second == "issue" else second)])["volume"] == "3—4"
    )
    # a year after the dash is no range's end
    text = "Ли К. Water Law // Water Policy. Vol. 4, iss. 6 — 2019."
    spans = [
        ("Water Policy", "container-title"),
        ("4", "volume"),
        ("6", "issue"),
        ("2019", "issue"),
    ]
    assert _decode(text, spans)["issue"] == "6"


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        ("Лабораторная работа №2", "Лабораторная работа №", "Лабораторная работа №2"),
        ("Project Report No. 3. Boston, 2019.", "Project Report No.", "Project Report No. 3"),
    ],
)
def test_a_number_sign_closing_a_title_keeps_its_number(text: str, span: str, title: str) -> None:
    assert _decode(text, [(span, "title")])["title"] == title
    # with a periodical, the number is the issue's
    text = "Smith J. Notes. Review No. 3. 2019."
    fields = _decode(text, [("Notes", "title"), ("Review", "container-title"), ("3", "issue")])
    assert fields["issue"] == "3"


def test_the_number_after_an_issue_word_is_the_issue_not_the_day() -> None:
    text = "Kaya A. “Başlık”, Bilig Dergisi, Sayı: 63 Eylül 2017, s. 111-119."
    spans = [("Bilig Dergisi", "container-title"), ("63 Eylül 2017", "issued")]
    fields = _decode(text, spans)
    assert (fields["issue"], fields["issued"]) == ("63", PartialDate(2017, 9))
    # a day after a page's word, or with no word, stays the day
    text = "Kaya A. “Başlık”, Bilig Dergisi, 12 Eylül 2017."
    fields = _decode(text, [("Bilig Dergisi", "container-title"), ("12 Eylül 2017", "issued")])
    assert (fields.get("issue"), fields["issued"]) == (None, PartialDate(2017, 9, 12))


def test_names_that_open_a_note_by_their_shape_are_the_authors() -> None:
    text = "Mehmet Fuat KÖPRÜLÜ, Türk Edebiyatı Tarihi, Ankara: Akçağ, 2004, s. 12."
    fields = _decode(text, [("Mehmet Fuat KÖPRÜLÜ, Türk Edebiyatı Tarihi", "title")])
    assert fields["author"] == (Name(family="KÖPRÜLÜ", given="Mehmet Fuat"),)
    assert fields["title"] == "Türk Edebiyatı Tarihi"
    text = "A. Kaya, B. Demir ve C. Yıldız, Orta Asya Türkleri, Ankara, TTK, 2011."
    spans = [("A. Kaya, B. Demir", "title"), ("C. Yıldız", "author")]
    fields = _decode(text, [*spans, ("Orta Asya Türkleri", "container-title")])
    assert fields["author"] == (Name("Kaya", "A."), Name("Demir", "B."), Name("Yıldız", "C."))
    assert fields["title"] == "Orta Asya Türkleri"
    # a title that opens with capitalised words and a comma stays a title
    text = "Central Asia, Russia and China. London, 2015."
    fields = _decode(text, [("Central Asia, Russia and China", "title")])
    assert fields["title"] == "Central Asia, Russia and China"


def test_a_role_after_a_list_of_names_is_every_name_s() -> None:
    text = "Öztürk, A. ve Şahin, M. (Ed.). (2017). Türk Dünyası Tarihi. Ankara: Pegem Akademi."
    spans = [("Öztürk, A.", "author"), ("Şahin, M.", "author"), ("Türk Dünyası Tarihi", "title")]
    fields = _decode(text, spans)
    assert fields["editor"] == (Name("Öztürk", "A."), Name("Şahin", "M."))
    assert fields["author"] == ()


def test_a_role_word_after_a_slash_is_not_the_title_s() -> None:
    text = "Абылай хан: зерттеулер / құраст. Ж. Қасымбаев. – Алматы: Қазақ университеті, 2001."
    fields = _decode(text, [("Абылай хан: зерттеулер / құраст", "title")])
    assert fields["title"] == "Абылай хан: зерттеулер"
    text = "Война и мир / Мир и война. М.: Наука, 2001."
    assert _decode(text, [("Война и мир / Мир и война", "title")])["title"] == (
        "Война и мир / Мир и война"
    )


def test_a_date_with_no_access_label_is_the_works_date() -> None:
    text = '"Sorting in linear time". (Apr 13, 2016). Open Course. Erişim tarihi: 28 Kasım 2022.'
    fields = _decode(text, [("Sorting in linear time", "title"), ("Apr 13, 2016", "accessed")])
    issued = fields["issued"]
    assert isinstance(issued, PartialDate)
    assert (issued.year, issued.month, issued.day) == (2016, 4, 13)


def test_a_labelled_access_date_is_not_the_works_date() -> None:
    text = "Sorting in linear time. Open Course. Erişim tarihi: 28 Kasım 2022."
    fields = _decode(text, [("Sorting in linear time", "title"), ("28 Kasım 2022", "accessed")])
    assert "issued" not in fields


def test_a_number_sign_glued_to_a_title_number_keeps_it_in_the_title() -> None:
    text = "Практическое задание №3"
    fields = _decode(text, [("Практическое задание", "title"), ("3", "issue")])
    assert fields["title"] == "Практическое задание №3"
    assert "issue" not in fields


def test_an_abbreviation_that_qualifies_a_role_is_no_field() -> None:
    text = "Smith, J. (2010). Atlas of Rivers. (A. Brown, Exec. Ed.). River Press."
    spans = [("Atlas of Rivers", "title"), ("Exec", "container-title"), ("A. Brown", "editor")]
    fields = _decode(text, spans)
    assert "container-title" not in fields


def test_an_author_date_list_of_names_with_initials_is_whole() -> None:
    text = "Иванов И. М., Петров П. Л., 2015."
    spans = [("Иванов И. М.", "author"), ("Петров П", "title"), ("Л.", "publisher-place")]
    fields = _decode(text, [*spans, ("2015", "issued")])
    assert fields["author"] == (Name("Иванов", "И. М."), Name("Петров", "П. Л."))
    assert "title" not in fields
    assert "publisher-place" not in fields
    # no year after the list: the list's shape goes on (`Family I. I., Family I. I. Title`),
    # the title after the second name's initials (`listed_coauthors.py`)
    text = "Иванов И. М., Петров П. Л. Очерки. Алматы, 2015."
    spans = [("Иванов И. М.", "author"), ("Петров П. Л. Очерки", "title")]
    spans += [("Алматы", "publisher-place")]
    fields = _decode(text, [*spans, ("2015", "issued")])
    assert fields["author"] == (Name("Иванов", "И. М."), Name("Петров", "П. Л."))
    assert fields["title"] == "Очерки"


def test_the_title_follows_an_author_date_year_not_a_bracket_before_it() -> None:
    text = "AYVERDİ, İ. (Redaksiyon). (2008). Misalli Türkçe Sözlük, İstanbul: Kubbealtı."
    spans = [("AYVERDİ, İ.", "author"), ("Redaksiyon)", "title"), ("2008", "issued")]
    spans += [("Misalli Türkçe Sözlük", "container-title"), ("İstanbul", "publisher-place")]
    fields = _decode(text, spans)
    assert fields["title"] == "Misalli Türkçe Sözlük"
    assert "container-title" not in fields
    # a bracketed title after the year stays the title
    text = "Kaya, A. (2008). (Başlık). Bilig, 5."
    spans = [("Kaya, A.", "author"), ("2008", "issued"), ("Başlık", "title")]
    fields = _decode(text, [*spans, ("Bilig", "container-title")])
    assert (fields["title"], fields["container-title"]) == ("Başlık", "Bilig")


def test_a_year_outside_any_run_is_the_date_of_a_note_with_none() -> None:
    text = "Petek E. “Bir Nüsha”, Türk Dili Dergisi, Sayı: Bahar 2017/43, Ankara. 207-233 s."
    spans = [
        ("Petek E.", "author"),
        ("Bir Nüsha", "title"),
        ("Türk Dili Dergisi", "container-title"),
    ]
    fields = _decode(text, [*spans, ("207-233", "page")])
    assert fields["issued"] == PartialDate(2017, season=1)  # `Bahar`: spring
    # a page's, a shelf mark's or an archived copy's number is no date
    text = "Kaya A. Tarih. Ankara, s. 1917."
    assert "issued" not in _decode(text, [("Kaya A.", "author"), ("Tarih", "title")])
    text = "BOA İ. DH., 1769/45."
    assert "issued" not in _decode(text, [])
    text = "“Zirve”. ANKASAM. 24 Mart 2025 tarihinde kaynağından arşivlendi."
    assert "issued" not in _decode(text, [("Zirve", "title"), ("ANKASAM", "container-title")])


def test_an_iso_date_is_one_date() -> None:
    text = '"Constrained XSL formatting". GitHub. 2019-07-27. Retrieved 2025-03-26.'
    spans = [("Constrained XSL formatting", "title"), ("GitHub", "container-title")]
    fields = _decode(text, [*spans, ("2019", "issued"), ("07-27", "page")])
    assert fields["issued"] == PartialDate(2019, 7, 27)
    assert "page" not in fields
    # an archived copy's date is not the work's
    text = '"Тесты". Курсив (2016). Archived from the original on 2022-10-15.'
    fields = _decode(text, [("Тесты", "title"), ("Курсив", "container-title"), ("2016", "issued")])
    assert fields["issued"] == PartialDate(2016)


@pytest.mark.parametrize(("mark", "code"), [("(In Russ.)", "ru"), ("(in Kaz.)", "kk")])
def test_a_transliterated_references_language_mark_names_the_language(mark: str, code: str) -> None:
    from citekit.citations.tagger.decode import marked_language

    assert marked_language(f"Shashkova M. R. Epos. Moscow, Mir, 1993. 576 p. {mark}") == code


def test_an_issue_written_before_its_word_is_the_issue() -> None:
    text = "Wepaýew Ý. “Mawut”, Ykdysadyýet meseleleri 8-nji sany (1993), Sah. 105-145."
    spans = [("Wepaýew Ý.", "author"), ("Mawut", "title"), ("1993", "issued")]
    fields = _decode(text, [*spans, ("Ykdysadyýet meseleleri 8", "container-title")])
    assert (fields["container-title"], fields["issue"]) == ("Ykdysadyýet meseleleri", "8")
    text = "Kaya A. “Başlık”, Bilig, 43. sayı, 2019, s. 5-9."
    fields = _decode(text, [("Başlık", "title"), ("Bilig", "container-title"), ("2019", "issued")])
    assert fields["issue"] == "43"
    # five volumes are not the fifth; a shelf mark's `9-т.` is an inventory
    text = "Реклама: монография. В 5 т. – Оренбург: Прогресс, 1976."
    assert "volume" not in _decode(text, [("Реклама: монография", "title")])
    assert "volume" not in _decode("ҚР ПА, 1465-қ., 10-т., 2703-іс, 290-парақ.", [])


@pytest.mark.parametrize(
    ("text", "title", "key", "number"),
    [
        (
            "Orazgeldi Öwezow, Gadymy Merw, 3-nji tom, Aşgabat: Ylym, 2009, sah. 41.",
            "Gadymy Merw",
            "volume",
            "3",
        ),
        (
            "Ayla Sarı, Kent ve Bellek, 2. cilt, İstanbul: Dergâh, 2015, s. 7.",
            "Kent ve Bellek",
            "volume",
            "2",
        ),
    ],
)
def test_a_volume_written_before_its_word_leaves_the_title(
    text: str, title: str, key: str, number: str
) -> None:
    # the title run took in the volume after its comma (issue 12)
    run = text.split(", ", 1)[1].rsplit(", ", 3)[0]  # `Gadymy Merw, 3-nji tom`
    fields = _decode(text, [(run, "title"), ("2009" if "2009" in text else "2015", "issued")])
    assert (fields["title"], fields[key]) == (title, number)
    # a number inside the title stays the title's
    text = "Orazgeldi Öwezow, Gadymy Merw we 3-nji tom meselesi, Aşgabat: Ylym, 2009."
    fields = _decode(text, [("Gadymy Merw we 3-nji tom meselesi", "title"), ("2009", "issued")])
    assert fields["title"] == "Gadymy Merw we 3-nji tom meselesi"


def test_a_host_gives_back_its_volumes_word() -> None:
    text = "Овчинникова З. А. Работы // Вестник радиологии Т. 5, вып. 21 (1975). С. 243–263."
    spans = [("Работы", "title"), ("Вестник радиологии Т.", "container-title"), ("5", "volume")]
    fields = _decode(text, spans)
    assert (fields["container-title"], fields["volume"]) == ("Вестник радиологии", "5")


def test_names_with_initials_before_an_author_date_year_are_the_authors() -> None:
    text = "Atar, B., Atalay Kabasakal, K. ve Uysal, N. (2019). **R ile Veri Analizi**. Pegem."
    spans = [("Atar, B., Atalay Kabasakal, K.", "title"), ("Uysal, N.", "author")]
    spans += [("2019", "issued"), ("R ile Veri Analizi", "title"), ("Pegem", "publisher")]
    fields = _decode(text, spans)
    names = [Name("Atar", "B."), Name("Atalay Kabasakal", "K."), Name("Uysal", "N.")]
    assert fields["author"] == tuple(names)
    assert fields["title"] == "R ile Veri Analizi"
    # words that are no names' (a title before the year, APA's group authors) stay
    text = "Yapay zekâ, A. B. (2019). Rapor. Ankara."
    fields = _decode(text, [("Yapay zekâ, A. B.", "title"), ("2019", "issued"), ("Rapor", "title")])
    assert "author" not in fields or fields["author"] == ()


def test_a_page_count_is_no_date_of_a_note_with_none() -> None:
    spans = [("Kaya A.", "author"), ("Osmanlı Tarihi", "title"), ("İstanbul", "publisher-place")]
    for count in ("1536 s.", "1536 sayfa.", "1600 pp."):
        text = f"Kaya A. Osmanlı Tarihi. İstanbul: YKY. {count}"
        assert "issued" not in _decode(text, spans), count
    # a year before a page's pinpoint is still the date
    text = "Kaya A. Osmanlı Tarihi. İstanbul: YKY 2001 s. 45."
    assert _decode(text, spans)["issued"] == PartialDate(2001)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("G. Geldiýew, «Türkmen diliniň sözlügi», Aşgabat, 2010, 15-nji sah.", "15"),
        ("Ахметов А. Тарих. Алматы, 1999. 45-бет.", "45"),
    ],
)
def test_an_ordinal_before_a_pages_word_is_the_page(text: str, number: str) -> None:
    fields = _decode(text, [(number, "issue")])
    assert fields["page"] == number
    assert "issue" not in fields


@pytest.mark.parametrize(
    ("mark", "code"), [("[in Kazakh]", None), ("(In Kazakh)", "kk"), ("[in Russian]", None)]
)
def test_a_language_mark_in_any_bracket_is_no_lost_text_and_a_round_one_names_the_language(
    mark: str, code: str | None
) -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    text = f"Baitursynov A. Til-qural. Orynbor, 1914. 64 p. {mark}"
    citation = parse_note(1, text, location=Location(path="t")).citations[0]
    if code is not None:
        assert citation.language == code
    assert not any("Kazakh" in piece or "Russian" in piece for piece in citation.unparsed)


def test_a_square_bracketed_mark_after_an_english_title_leaves_the_titles_language() -> None:
    from citekit.citations import parse_note
    from citekit.model import Location

    text = (
        "Baqtybaeva, M. A. (2011). Kazakh ancestral laws and their reading. Bulletin, 1(7) "
        "[in Kazakh]."
    )
    assert parse_note(1, text, location=Location(path="t")).citations[0].language == "en"


def test_a_language_mark_whose_period_the_run_cut_off_leaves_the_title() -> None:
    text = "Токаев: Казахстан не будет помогать (рус.). РБК (17 июня 2022)."
    fields = _decode(
        text, [("Токаев: Казахстан не будет помогать (рус", "title"), ("РБК", "container-title")]
    )
    assert fields["title"] == "Токаев: Казахстан не будет помогать"


def test_a_second_title_after_place_and_colon_is_the_publisher() -> None:
    text = "Бердымухамедов Г. Ковёр. — Ашхабад: Туркменская издательская служба, 2015. — 255 с."
    spans = [("Бердымухамедов Г.", "author"), ("Ковёр", "title"), ("Ашхабад", "publisher-place")]
    spans += [("Туркменская издательская служба", "title"), ("2015", "issued")]
    fields = _decode(text, spans)
    assert fields["publisher"] == "Туркменская издательская служба"
    assert fields["title"] == "Ковёр"


def test_an_ordinal_edition_before_its_word_is_the_edition_and_the_host_alone_the_title() -> None:
    text = "İbrahim Kafesoğlu, Türk Millî Kültürü, 35. baskı, İstanbul: Ötüken, 2014, s. 220-225."
    spans = [("İbrahim Kafesoğlu", "author"), ("Türk Millî Kültürü", "container-title")]
    spans += [("35", "title"), ("İstanbul", "publisher-place"), ("Ötüken", "publisher")]
    fields = _decode(text, [*spans, ("2014", "issued"), ("220-225", "page")])
    assert fields["edition"] == "35"
    assert fields["title"] == "Türk Millî Kültürü"
    assert "container-title" not in fields


def test_a_journals_host_with_its_numbers_stays_the_host() -> None:
    text = "Kaya M. Makale. Bilig, 45(2), 2019, 5-9. Ankara: TDK."
    spans = [("Kaya M.", "author"), ("Bilig", "container-title"), ("45", "volume")]
    fields = _decode(text, [*spans, ("Ankara", "publisher-place"), ("5-9", "page")])
    assert fields["container-title"] == "Bilig"


@pytest.mark.parametrize(
    ("text", "run", "field", "value"),
    [
        (
            "Ким Л. Water // Asian Survey. 2017. Vol. 8, iss. 1—2. P. 5—9.",
            "iss. 1—2",
            "issue",
            "1—2",
        ),
        ("Ким Л. Water // Asian Survey. 2017. No. 4. P. 5—9.", "No. 4", "issue", "4"),
        ("Ким Л. Water // Asian Survey. 2017. Т. 12. С. 5—9.", "Т. 12", "volume", "12"),
    ],
)
def test_a_label_and_its_number_read_as_a_title_are_that_number(
    text: str, run: str, field: str, value: str
) -> None:
    spans = [("Ким Л.", "author"), ("Water", "title"), ("Asian Survey", "container-title")]
    fields = _decode(text, [*spans, (run, "title")])
    assert (fields.get(field), fields.get("title")) == (value, "Water")


def test_a_part_in_brackets_after_an_issue_is_no_volume() -> None:
    # a gazette's issue printed in parts: `№ 1 (ч. II)`; a volume before the issue stays
    text = "Указ от 02.05.2014 № 5 «О мерах» // СЗ РФ. 2014. № 18 (ч. II). Ст. 2151."
    spans = [("СЗ РФ", "container-title"), ("18", "issue"), ("II", "volume")]
    fields = _decode(text, spans)
    assert (fields.get("issue"), fields.get("volume")) == ("18", None)
    text = "Ли К. Water // Asian Survey. 2014. Т. 4, № 18 (ч. 2). P. 5."
    spans = [("Asian Survey", "container-title"), ("Т. 4", "volume"), ("18", "issue")]
    assert (_decode(text, spans).get("volume"), _decode(text, spans).get("issue")) == ("4", "18")


@pytest.mark.parametrize(
    ("text", "host", "number", "key"),
    [
        # İSNAD with no volume: the number after the slash is the issue (issue 12)
        ('Kaya, Ali. "Kıyı". Bilig / 71 (Ekim 2014): 1-20.', "Bilig", "71", "issue"),
        ('Sarı, Gül. "Dağ". Türk Kültürü / 8 (Mart 2001): 5-9.', "Türk Kültürü", "8", "issue"),
        # a volume before the slash keeps the first number the volume's
        ('Kaya, Ali. "Kıyı". Bilig 12 / 71 (Ekim 2014): 1-20.', "Bilig", "12", "volume"),
    ],
)
def test_a_number_after_the_hosts_slash_is_the_issue(
    text: str, host: str, number: str, key: str
) -> None:
    spans = [
        (host, "container-title"),
        (f" {number} ", "volume"),
        ("Kıyı" if "Kıyı" in text else "Dağ", "title"),
    ]
    assert _decode(text, spans)[key] == number


@pytest.mark.parametrize(
    ("text", "run", "host", "key", "number"),
    [
        (
            'Ali Kaya, "Köy", Anadolu Kültürü ve Kimlik, Cilt 2, Kaynak Yayınları, İzmir, 1990.',
            "Anadolu Kültürü ve Kimlik, Cilt 2",
            "Anadolu Kültürü ve Kimlik",
            "volume",
            "2",
        ),
        (
            'Ali Kaya, "Köy", Halk Bilimi Yazıları, C. IV, Kaynak Yayınları, İzmir, 1990.',
            "Halk Bilimi Yazıları, C. IV",
            "Halk Bilimi Yazıları",
            "volume",
            "IV",
        ),
    ],
)
def test_a_hosts_run_gives_back_its_worded_volume(
    text: str, run: str, host: str, key: str, number: str
) -> None:
    # the host's run took in the volume after its comma (issue 12)
    spans = [("Ali Kaya", "author"), ("Köy", "title"), (run, "container-title")]
    fields = _decode(text, [*spans, ("Kaynak Yayınları", "publisher"), ("1990", "issued")])
    assert (fields["container-title"], fields[key]) == (host, number)


def test_a_volume_inside_the_quotes_stays_the_titles() -> None:
    text = '"Düzeltme: Kıyı Kentleri, Cilt 10, Sayı 3", Bilig, 2001.'
    fields = _decode(text, [("Düzeltme: Kıyı Kentleri, Cilt 10, Sayı 3", "title")])
    assert fields["title"] == "Düzeltme: Kıyı Kentleri, Cilt 10, Sayı 3"
    assert "issue" not in fields


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        # a book's volume and pages after its bracketed imprint (issue 12)
        (
            'Ali Sert, "Vakıf", Türk Ansiklopedisi (Ankara: TDV Yayınları, 2011), 40/1-10.',
            [
                ("Vakıf", "title"),
                ("Türk Ansiklopedisi", "container-title"),
                ("40", "volume"),
                ("1-10", "issue"),
                ("2011", "issued"),
            ],
            {"volume": "40", "page": "1-10"},
        ),
        (
            "Kâtib Çelebi, Cihannüma, thk. Ali Su (İstanbul: Matbaa, 1952), 3/322.",
            [("Cihannüma", "title"), ("Ali Su", "editor"), ("1952", "issued"), ("3", "volume")],
            {"volume": "3", "page": "322"},
        ),
        # … and the issue after it, read as no field
        (
            'Necati Su, "Lale", Toplumsal Tarih 12/70 (Ekim 1999), 4-11.',
            [
                ("Lale", "title"),
                ("Toplumsal Tarih 12", "container-title"),
                ("Ekim 1999", "issued"),
                ("4-11", "page"),
            ],
            {"container-title": "Toplumsal Tarih", "volume": "12", "issue": "70"},
        ),
        # a journal's volume the host's run took in, before the issue
        (
            'Hakan Er, "Köle", Tarih ve Toplum 12/68 (Ağustos 1989), 20-26.',
            [
                ("Köle", "title"),
                ("Tarih ve Toplum 12", "container-title"),
                ("68", "issue"),
                ("Ağustos 1989", "issued"),
                ("20-26", "page"),
            ],
            {"container-title": "Tarih ve Toplum", "volume": "12", "issue": "68"},
        ),
    ],
)
def test_isnads_numbers_about_a_slash(
    text: str, spans: list[tuple[str, str]], expected: dict[str, str]
) -> None:
    fields = _decode(text, spans)
    assert {key: fields.get(key) for key in expected} == expected
    assert "issue" not in fields or "issue" in expected


def test_a_slash_in_a_pages_range_before_more_text_stays() -> None:
    # numbers after the slash that more words follow are no pages at the note's end
    text = "Ali Sert, Vakıf (Ankara: TDV, 2011), 4/5 numaralı belge."
    fields = _decode(text, [("Vakıf", "title"), ("2011", "issued"), ("4", "volume")])
    assert "page" not in fields
