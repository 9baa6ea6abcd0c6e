"""Persons' names and their roles in the places a note gives them: editors before a bracketed
role, a co-author's family after a middle initial, a GOST host's own author, a host named
between an "In" word and its editor, a role word before its colon, a translator's chain of
role words and initials typed glued to the family."""

from __future__ import annotations

import pytest

from citekit.citations.names import to_name
from citekit.model import Name
from tests.citations.parsed import first_citation as _parse


def _written(names: tuple[Name, ...]) -> list[str]:
    return [str(n) for n in names]


@pytest.mark.parametrize(
    ("note", "editors", "title"),
    [
        (
            "Gökbel, A. (ed.), Türk Dünyası Tarihi, Ankara, Akçağ, 2011, s. 145.",
            ["Gökbel, A."],
            "Türk Dünyası Tarihi",
        ),
        (
            "Gökbel, Ahmet (Ed.), Türk Dünyası Tarihi, Ankara, Akçağ, 2011, s. 145.",
            ["Gökbel, Ahmet"],
            "Türk Dünyası Tarihi",
        ),
        (
            "Ahmet Yaşar Ocak (ed.), Türk Sufiliğine Bakışlar, İstanbul, İletişim, 1996, s. 23.",
            ["Ahmet Yaşar Ocak"],
            "Türk Sufiliğine Bakışlar",
        ),
        (
            "Yılmaz, A. ve Kaya, B. (haz.), Osmanlı Belgeleri, İstanbul, Kitabevi, 2009, s. 12.",
            ["Yılmaz, A.", "Kaya, B."],
            "Osmanlı Belgeleri",
        ),
        (
            "Hasan Celal Güzel (ed.), Türkler, C. 8, Ankara, Yeni Türkiye Yayınları, 2002, s. 45.",
            ["Hasan Celal Güzel"],
            "Türkler",
        ),
        (
            "Sinor, D. (ed.), The Cambridge History of Early Inner Asia, Cambridge, CUP, 1990, "
            "p. 12.",
            ["Sinor, D."],
            "The Cambridge History of Early Inner Asia",
        ),
        (
            "Laruelle, M., & Peyrouse, S. (Eds.). (2013). Globalizing Central Asia. Armonk, NY: "
            "M. E. Sharpe.",
            ["Laruelle, M.", "Peyrouse, S."],
            "Globalizing Central Asia",
        ),
    ],
)
def test_names_before_a_bracketed_role_are_the_editors(
    note: str, editors: list[str], title: str
) -> None:
    cited = _parse(note)
    assert cited.authors == ()
    assert editors == _written(cited.editors)
    assert title == cited.title


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        (
            "O’Rourke, Kevin H., and Jeffrey G. Williamson. Globalization and History. "
            "Cambridge, MA: MIT Press, 1999, 41.",
            ["O’Rourke, Kevin H.", "Jeffrey G. Williamson"],
            "Globalization and History",
        ),
        (
            "Golden, Peter B., and Thomas T. Allsen. Nomads and Their Neighbours. London: "
            "Routledge, 2002.",
            ["Golden, Peter B.", "Thomas T. Allsen"],
            "Nomads and Their Neighbours",
        ),
        (
            "Smith, J., and K. Brown. Energy Politics. London: Routledge, 2002.",
            ["Smith, J.", "K. Brown"],
            "Energy Politics",
        ),
        (
            "Yılmaz, Ahmet, ve Mehmet A. Kaya. Türk Dış Politikası. Ankara: Nobel, 2015.",
            ["Yılmaz, Ahmet", "Mehmet A. Kaya"],
            "Türk Dış Politikası",
        ),
    ],
)
def test_last_coauthors_family_follows_the_middle_initial(
    note: str, authors: list[str], title: str
) -> None:
    cited = _parse(note)
    assert authors == _written(cited.authors)
    assert title == cited.title


@pytest.mark.parametrize(
    ("note", "authors", "title", "host"),
    [
        (
            "Лихачев Д. С. Предисловие // Гумилев Л. Н. Древняя Русь и Великая степь. М.: "
            "Мысль, 1989. С. 3–8.",
            ["Лихачев Д. С."],
            "Предисловие",
            "Древняя Русь и Великая степь",
        ),
        (
            "Иванов В. В. Мифология кочевников // Топоров В. Н. Мировое дерево: универсальные "
            "знаковые комплексы. М.: Рукописные памятники Древней Руси, 2010. С. 12–34.",
            ["Иванов В. В."],
            "Мифология кочевников",
            "Мировое дерево: универсальные знаковые комплексы",
        ),
        (
            "Бартольд В. В. Туркестан в эпоху монгольского нашествия // Бартольд В. В. "
            "Сочинения. М.: Наука, 1963. Т. 1. С. 45–597.",
            ["Бартольд В. В."],
            "Туркестан в эпоху монгольского нашествия",
            "Сочинения",
        ),
        (
            "Аверинцев С. С. Предисловие // Й. Хейзинга. Homo ludens. М.: Прогресс, 1992. С. 5–12.",
            ["Аверинцев С. С."],
            "Предисловие",
            "Homo ludens",
        ),
        (
            "Smith J. Introduction // Brown K. Essays on Eurasia. London: Routledge, 2010. "
            "P. 1–10.",
            ["Smith J."],
            "Introduction",
            "Essays on Eurasia",
        ),
    ],
)
def test_gost_hosts_own_author_is_no_word_of_its_title(
    note: str, authors: list[str], title: str, host: str
) -> None:
    cited = _parse(note)
    assert authors == _written(cited.authors)
    assert title == cited.title
    assert host == cited.container


def test_a_volume_after_the_slashes_is_no_hosts_author() -> None:
    cited = _parse(
        "Скорик О. І. Тіні забутих предків // Том IV. Торговельні шляхи / за ред. О. П. "
        "Михайлюк. Київ: Темпора, 2015. С. 12."
    )
    assert cited.volume == "IV"


@pytest.mark.parametrize(
    ("note", "host", "editors"),
    [
        (
            "Yılmaz, A. Türkistan'da Ceditçilik. In: Orta Asya Tarihi, ed. M. Saray. Ankara: "
            "TTK, 2005, s. 67–89.",
            "Orta Asya Tarihi",
            ["M. Saray"],
        ),
        (
            "Rashid A. Central Asia. In: Ferghana Valley, ed. S. F. Starr. Armonk: Sharpe, "
            "2011. P. 12.",
            "Ferghana Valley",
            ["S. F. Starr"],
        ),
    ],
)
def test_host_between_in_and_its_editors_role(note: str, host: str, editors: list[str]) -> None:
    cited = _parse(note)
    assert host == cited.container
    assert editors == _written(cited.editors)


@pytest.mark.parametrize(
    ("note", "title", "editors", "translators"),
    [
        (
            "Şeyh Bedreddin, Varidat, Hazırlayan: Abdülbaki Gölpınarlı, İstanbul, Eti "
            "Yayınevi, 1966, s. 12.",
            "Varidat",
            ["Abdülbaki Gölpınarlı"],
            [],
        ),
        (
            "Yunus Emre, Divan, Hazırlayan: Mustafa Tatçı, Ankara, Akçağ, 1990, s. 45.",
            "Divan",
            ["Mustafa Tatçı"],
            [],
        ),
        (
            "Wittgenstein, L. Tractatus Logico-Philosophicus, trans. D. F. Pears and B. F. "
            "McGuinness, London, Routledge, 1961, p. 12.",
            "Tractatus Logico-Philosophicus",
            [],
            ["D. F. Pears", "B. F. McGuinness"],
        ),
        (
            "Родословное древо тюрков / пер. и предисл. Г. С. Саблукова. М.: Институт, 1996. "
            "С. 56.",
            "Родословное древо тюрков",
            [],
            ["Г. С. Саблукова"],
        ),
        (
            "Бабур З. М. Бабурнаме / пер. с узб. М. Салье; под ред. С. А. Азимджановой. "
            "Ташкент: Фан, 1982. С. 34.",
            "Бабурнаме",
            ["С. А. Азимджановой"],
            ["М. Салье"],
        ),
    ],
)
def test_roles_named_after_the_title(
    note: str, title: str, editors: list[str], translators: list[str]
) -> None:
    cited = _parse(note)
    assert title == cited.title
    assert editors == _written(cited.editors)
    assert translators == _written(cited.translators)


def test_inverted_initials_before_a_role_stay_the_authors() -> None:
    cited = _parse(
        "Wittgenstein, L. Tractatus Logico-Philosophicus, trans. D. F. Pears, London, "
        "Routledge, 1961, p. 12."
    )
    assert _written(cited.authors) == ["Wittgenstein, L."]


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("И.И.Иванов", "Иванов", "И.И."),
        ("A.B.Smith", "Smith", "A.B."),
        ("Б.Тұрғараев", "Тұрғараев", "Б."),
        ("S.Ahmet-Oğlu", "Ahmet-Oğlu", "S."),
    ],
)
def test_initials_glued_to_the_family_are_split(written: str, family: str, given: str) -> None:
    assert to_name(written) == Name(family=family, given=given)


@pytest.mark.parametrize("written", ["U.S.A.", "A.Ş.", "e.g.Smith"])
def test_dotted_words_are_no_glued_name(written: str) -> None:
    assert to_name(written).family is None


@pytest.mark.parametrize(
    ("note", "publisher", "place", "title"),
    [
        (
            "Kennan G. Memoirs. New York: W. W. Norton, 1967, p. 12.",
            "W. W. Norton",
            "New York",
            "Memoirs",
        ),
        (
            "Bregel, Y. An Historical Atlas of Central Asia. Leiden: E. J. Brill, 2003, p. 12.",
            "E. J. Brill",
            "Leiden",
            "An Historical Atlas of Central Asia",
        ),
        (
            "Akiner S. Islamic Peoples of the Soviet Union. London: I. B. Tauris, 1986. P. 45.",
            "I. B. Tauris",
            "London",
            "Islamic Peoples of the Soviet Union",
        ),
    ],
)
def test_publisher_named_with_initials_after_the_place(
    note: str, publisher: str, place: str, title: str
) -> None:
    cited = _parse(note)
    assert publisher == cited.publisher
    assert place == cited.publisher_place
    assert title == cited.title
    assert len(cited.authors) == 1


def test_edited_books_title_is_the_sentence_after_the_role() -> None:
    cited = _parse(
        "Starr, S. Frederick, ed. Xinjiang: China's Muslim Borderland. Armonk: M. E. Sharpe, "
        "2004, 12."
    )
    assert _written(cited.editors) == ["Starr, S. Frederick"]
    assert cited.title == "Xinjiang: China's Muslim Borderland"
    assert cited.publisher == "M. E. Sharpe"
    assert cited.publisher_place == "Armonk"


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        (
            "Yılmaz, Ahmet – Kaya, Mehmet, Türk Dış Politikası, Ankara, Nobel, 2015, s. 78.",
            ["Yılmaz, Ahmet", "Kaya, Mehmet"],
            "Türk Dış Politikası",
        ),
        (
            "ÖZTÜRK, Nazif – KAYA, Ali, Osmanlı Vakıfları, İstanbul, 2005, s. 12.",
            ["ÖZTÜRK, Nazif", "KAYA, Ali"],
            "Osmanlı Vakıfları",
        ),
        (
            "Kafesoğlu, İbrahim - Turan, Osman, Türk Tarihi, İstanbul, 1980, s. 12.",
            ["Kafesoğlu, İbrahim", "Turan, Osman"],
            "Türk Tarihi",
        ),
        (
            "Kara, Mehmet – Yıldız, Ayşe, “Osmanlı Tarihi”, Bilig, S. 45, 2010, s. 12-34.",
            ["Kara, Mehmet", "Yıldız, Ayşe"],
            "Osmanlı Tarihi",
        ),
    ],
)
def test_inverted_names_joined_by_a_dash_before_a_comma(
    note: str, authors: list[str], title: str
) -> None:
    cited = _parse(note)
    assert authors == _written(cited.authors)
    assert title == cited.title


@pytest.mark.parametrize(
    ("note", "editors", "translators", "place"),
    [
        (
            "Kaya, Ahmet, “Kazak Hanlığı”, Türk Dünyası Tarihi, haz. Mehmet Saray – Ali Demir, "
            "Ankara, Akçağ, 2011, s. 45-67.",
            ["Mehmet Saray", "Ali Demir"],
            [],
            "Ankara",
        ),
        (
            "Ebu'l Gazi, Şecere-i Terakime, haz. Zuhal Kargı Ölmez – Ali Demir, Ankara, Simurg, "
            "1996, s. 145.",
            ["Zuhal Kargı Ölmez", "Ali Demir"],
            [],
            "Ankara",
        ),
        (
            "Roux, J.-P., Türklerin Tarihi, çev. A. Kazancıgil – Z. Demir, İstanbul, Kabalcı, "
            "2007, s. 89.",
            [],
            ["A. Kazancıgil", "Z. Demir"],
            "İstanbul",
        ),
    ],
)
def test_second_person_after_a_spaced_dash_shares_the_role(
    note: str, editors: list[str], translators: list[str], place: str
) -> None:
    cited = _parse(note)
    assert editors == _written(cited.editors)
    assert translators == _written(cited.translators)
    assert place == cited.publisher_place


@pytest.mark.parametrize(
    ("note", "author", "title", "kind"),
    [
        (
            "Мұхтар Әуезов «Абай жолы». Алматы: Жазушы, 1997. 45 б.",
            "Мұхтар Әуезов",
            "Абай жолы",
            "book",
        ),
        (
            "Бұхар жырау «Толғаулар». Алматы: Жазушы, 1992. 45 б.",
            "Бұхар жырау",
            "Толғаулар",
            "book",
        ),
        ("Махамбет ақын «Өлеңдер». Алматы, 2005. 12 б.", "Махамбет ақын", "Өлеңдер", "book"),
        (
            "Қожаберген жырау «Елім-ай». Құраст: Б.Тұрғараев. Петропавл – 2009, Облыстық Баспа "
            "үй).",
            "Қожаберген жырау",
            "Елім-ай",
            "book",
        ),
    ],
)
def test_name_right_before_a_quoted_title_is_its_author(
    note: str, author: str, title: str, kind: str
) -> None:
    cited = _parse(note)
    assert [author] == _written(cited.authors)
    assert title == cited.title
    assert kind == cited.type


def test_words_before_a_quote_with_no_known_name_stay_as_read() -> None:
    cited = _parse("Казахстанская правда «Новости». 2010.")
    assert cited.authors == ()


def test_a_name_known_by_its_epithet_is_not_split() -> None:
    assert to_name("Бұхар жырау") == Name(literal="Бұхар жырау")


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "ibn Fadlan, Ahmad. Mission to the Volga. New York: NYU Press, 2017, 23.",
            "ibn Fadlan, Ahmad",
            "Mission to the Volga",
        ),
        (
            "bin Laden, Osama. Messages to the World. London: Verso, 2005, p. 12.",
            "bin Laden, Osama",
            "Messages to the World",
        ),
        (
            "Bin Bayyah, Abdullah. Sinaat al-Fatwa. Beirut: Dar al-Minhaj, 2007, p. 45.",
            "Bin Bayyah, Abdullah",
            "Sinaat al-Fatwa",
        ),
        (
            "de Weese, Devin. Islamization and Native Religion. University Park: Penn State, "
            "1994, p. 45.",
            "de Weese, Devin",
            "Islamization and Native Religion",
        ),
    ],
)
def test_particle_opening_the_note_is_the_names(note: str, author: str, title: str) -> None:
    cited = _parse(note)
    assert [author] == _written(cited.authors)
    assert title == cited.title


@pytest.mark.parametrize(
    ("note", "translators", "title"),
    [
        (
            "Brown, Mary, translator. The Book of Dede Korkut. London: Penguin, 1974.",
            ["Brown, Mary"],
            "The Book of Dede Korkut",
        ),
        (
            "Orozco E., Lopez R. The Letters of D. H. Lawrence / E. Orozco, R. Lopez, "
            "translators S. A. Edwards, B. Garcia, Palo Alto: Ashgate, 2022.",
            ["S. A. Edwards", "B. Garcia"],
            "The Letters of D. H. Lawrence",
        ),
    ],
)
def test_translator_written_out_in_english(note: str, translators: list[str], title: str) -> None:
    cited = _parse(note)
    assert translators == _written(cited.translators)
    assert cited.editors == ()
    assert title == cited.title


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Türkiye İstatistik Kurumu (TÜİK). İstatistiklerle Türkiye 2020. Ankara: TÜİK, "
            "2021, s. 14.",
            "Türkiye İstatistik Kurumu",
            "İstatistiklerle Türkiye 2020",
        ),
        (
            "Asian Development Bank (ADB). Central Asia Regional Economic Cooperation. Manila: "
            "ADB, 2018, p. 34.",
            "Asian Development Bank",
            "Central Asia Regional Economic Cooperation",
        ),
    ],
)
def test_bodys_acronym_in_brackets_is_no_title(note: str, author: str, title: str) -> None:
    cited = _parse(note)
    assert [author] == _written(cited.authors)
    assert title == cited.title


def test_turkish_teskilati_names_a_body() -> None:
    assert to_name("Devlet Planlama Teşkilatı") == Name(literal="Devlet Planlama Teşkilatı")


@pytest.mark.parametrize("written", ["Ibn Khaldun", "Ibn Sina", "Bin Laden"])
def test_son_word_opens_a_family_of_two_words(written: str) -> None:
    assert to_name(written) == Name(family=written)


def test_son_word_inside_a_name_opens_its_family() -> None:
    assert to_name("Ahmad ibn Fadlan") == Name(family="ibn Fadlan", given="Ahmad")


@pytest.mark.parametrize(
    ("note", "editors", "translators", "title"),
    [
        (
            "Central Asia Today, ed. by John Smith and Mary Brown, London, Routledge, 2010, p. 12.",
            ["John Smith", "Mary Brown"],
            [],
            "Central Asia Today",
        ),
        (
            "Title of Book, trans. John Smith and Mary Brown, London, Penguin, 2001, p. 3.",
            [],
            ["John Smith", "Mary Brown"],
            "Title of Book",
        ),
        (
            "Türk Dünyası El Kitabı, Editör: Ahmet Yılmaz, Ankara, TKAE, 1992, s. 45.",
            ["Ahmet Yılmaz"],
            [],
            "Türk Dünyası El Kitabı",
        ),
    ],
)
def test_persons_after_a_role_word_and_the_work_before_it(
    note: str, editors: list[str], translators: list[str], title: str
) -> None:
    cited = _parse(note)
    assert cited.authors == ()
    assert editors == _written(cited.editors)
    assert translators == _written(cited.translators)
    assert title == cited.title


def test_run_before_a_statement_of_responsibility_is_the_title() -> None:
    cited = _parse("Kutadgu Bilig / Yusuf Has Hacib; çev. R. R. Arat. Ankara: TTK, 1959. 456 s.")
    assert cited.title == "Kutadgu Bilig"
    assert _written(cited.authors) == ["Yusuf Has Hacib"]
    assert _written(cited.translators) == ["R. R. Arat"]


@pytest.mark.parametrize(
    ("note", "editors"),
    [
        (
            "Редакторы: А. Иванов, Б. Петров. Очерки истории. М., 2001. С. 12.",
            ["А. Иванов", "Б. Петров"],
        ),
        ("Очерки истории / Отв. ред. А. Иванов. М., 2001. С. 12.", ["А. Иванов"]),
        ("Очерки истории / Составитель А. Иванов. М., 2001. С. 12.", ["А. Иванов"]),
    ],
)
def test_russian_editors_words_written_out(note: str, editors: list[str]) -> None:
    cited = _parse(note)
    assert cited.authors == ()
    assert editors == _written(cited.editors)
    assert cited.title == "Очерки истории"
    assert cited.container is None


def test_run_before_a_slash_and_a_role_word_is_the_title() -> None:
    cited = _parse("Hafız Divanı / çeviren: Abdülbaki Gölpınarlı. İstanbul: İnkılap, 1985. 345 s.")
    assert cited.title == "Hafız Divanı"
    assert cited.authors == ()
    assert _written(cited.translators) == ["Abdülbaki Gölpınarlı"]
