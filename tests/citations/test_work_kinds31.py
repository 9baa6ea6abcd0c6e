"""Session 31 facts of what a cited work is: a film credited by an abbreviation in brackets, a
paper named with its city in brackets, a speech printed in a paper of its day, a speech's word
after the place it was given in, the author's own talk with someone, a source person's label,
a body's press release.
The notes are written for these tests."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    "text",
    [
        "Eşkıya (yön. Yavuz Turgul). Türkiye, 1996.",
        "Babam ve Oğlum (yön. Çağan Irmak). Avşar Film, 2005.",
        "The Steppe (dir. Sergei Bondarchuk). USSR, 1977.",
        "Borat (dir. Larry Charles). 20th Century Fox, 2006.",
        "Tulpan (dir. Sergey Dvortsevoy, 2008).",
        "Magtymguly Pyragy (rež. H. Narliýew). Türkmenfilm, 1968.",
    ],
)
def test_abbreviated_director_credit_types_a_film(text: str) -> None:
    assert _first(text).type == "motion_picture"


@pytest.mark.parametrize(
    "text",
    [
        # an editor's `(dir.)` after a name, French: no credit
        "Dupont J. (dir.). Histoire de l'Asie centrale. Paris : Karthala, 2005.",
        # a board's abbreviation in capitals (`Yönetim Kurulu`): a report's
        "Ahmet Kaya, “Bozkırda Kış” (Yön. Kurulu Raporu), İstanbul, 2019.",
        # a film reviewed in a journal's numbered issue: the article
        'Ahmet Kaya, "Babam ve Oğlum (yön. Çağan Irmak)", Sinema Dergisi, sayı 12 (2006): 45-50.',
    ],
)
def test_no_credit_or_a_printed_review_is_no_film(text: str) -> None:
    assert _first(text).type != "motion_picture"


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Коммерсантъ (Москва), 12 марта 2004.", "Коммерсантъ"),
        ("Milliyet (İstanbul), 14 Ekim 1965.", "Milliyet"),
        ("The Times (London), 3 May 1920.", "The Times"),
        ("Правда (Москва). 1937. 5 мая.", "Правда"),
    ],
)
def test_a_paper_named_with_its_city_is_its_issue(text: str, paper: str) -> None:
    found = _first(text)
    assert found.type == "article-newspaper"
    assert found.container == paper
    assert not found.authors


@pytest.mark.parametrize(
    "text",
    [
        "Иванов П. Степь зовёт // Огни Алатау (Талдыкорган). 1985. 14 сентября.",
        "Сейітов Б. Жаңа заман // Оңтүстік Қазақстан (Шымкент). 2001. 23 қазан.",
        'Yılmaz K. "Köy Enstitüleri Üzerine", Ulus (Ankara), 17 Nisan 1946.',
        "Петров И. Кочевье // Известия (Москва). 1991. 25 декабря.",
    ],
)
def test_an_item_of_a_paper_named_with_its_city(text: str) -> None:
    assert _first(text).type == "article-newspaper"


def test_a_book_dated_by_its_year_keeps_its_place() -> None:
    found = _first("Ахметов А. Степь и город. Алматы: Арыс, 2005. 240 с.")
    assert found.type == "book"
    assert found.publisher_place == "Алматы"


@pytest.mark.parametrize(
    "text",
    [
        "Токаев К.-Ж. Выступление на расширенном заседании Правительства"
        " // Казахстанская правда. 2020. 15 июля.",
        "Назарбаев Н. Речь на торжественном собрании, посвящённом Дню независимости"
        " // Казахстанская правда. 1996. 17 декабря. С. 1.",
        'Erdoğan R. T. "Türk Dünyası Kurultayı\'nda yaptığı konuşma", Hürriyet, 12 Kasım 2021.',
        "Токаев К.-Ж. Послание Главы государства народу Казахстана"
        " // Егемен Қазақстан. 2020. 2 сентября. № 170.",
    ],
)
def test_a_speech_printed_in_a_paper_is_a_speech(text: str) -> None:
    assert _first(text).type == "speech"


@pytest.mark.parametrize(
    "text",
    [
        '"Bakan Kabine Sonrası Konuşma", Hürriyet, 3 Mart 2021.',
        "Выступление Путина: главное // РБК. 2022. 21 сентября.",
    ],
)
def test_a_papers_own_item_on_a_speech_is_news(text: str) -> None:
    assert _first(text).type == "article-newspaper"


def test_a_speech_in_a_journals_volume_is_its_article() -> None:
    text = "Иванов И. Выступление на съезде историков // Вопросы истории. 1990. Т. 5. С. 3–9."
    assert _first(text).type == "article-journal"


@pytest.mark.parametrize(
    "text",
    [
        "Gurbanguly Berdimuhamedow. Türkmenistanyň Prezidentiniň Halk Maslahatynyň"
        " mejlisindäki sözi. Aşgabat, 2021-nji ýylyň 25-nji sentýabry.",
        "Назарбаев Н. Ә. Қазақстан халқы Ассамблеясының XX сессиясындағы сөзі."
        " Астана, 2012 жылғы 24 сәуір.",
        "Тоқаев Қ.-Ж. Шетелдік инвесторлар кеңесінің отырысындағы сөзі"
        " // Егемен Қазақстан. 2019. 12 маусым.",
        "Japarov S. Эл курултайындагы сөзү. Бишкек, 2023-жылдын 15-декабры.",
        "Serdar Berdimuhamedow. Ministrler Kabinetiniň göçme mejlisindäki çykyşy"
        " // Türkmenistan. 2022. 12 mart.",
    ],
)
def test_a_speech_word_after_where_it_was_given(text: str) -> None:
    assert _first(text).type == "speech"


@pytest.mark.parametrize(
    "text",
    [
        "Абай Құнанбайұлы. Қара сөздер. Алғы сөзі. Алматы: Жазушы, 1993.",
        "Ахметов Б. Кітапқа алғы сөзі // Ана тілі. 2010. 5 наурыз.",
    ],
)
def test_a_foreword_is_no_speech(text: str) -> None:
    assert _first(text).type != "speech"


@pytest.mark.parametrize(
    "text",
    [
        "Mehmet Ali ile yazarın görüşmesi, Bursa, 5 Mayıs 2016.",
        "Ahmet Kara ile yazarın görüşmesi, 12.03.2019, Ankara.",
        "Yazarla görüşme: Hasan Demir, Kayseri, 14 Şubat 2021.",
    ],
)
def test_the_authors_own_talk_is_an_interview(text: str) -> None:
    assert _first(text).type == "interview"


@pytest.mark.parametrize(
    "text",
    [
        "Metbugat beýannamasy «Türkmenistan bilen Ýaponiýanyň arasynda gepleşikler»,"
        " Türkmenistanyň DIM, 5 aprel 2021.",
        "Прес-реліз «Про засідання Кабінету Міністрів» // Урядовий портал. 2021. 12 березня.",
        'Azərbaycan XİN, "Qazaxıstanla əməkdaşlıq haqqında", mətbuat açıqlaması, 15 may 2020.',
    ],
)
def test_a_press_release_is_a_bodys_page(text: str) -> None:
    assert _first(text).type == "webpage"


@pytest.mark.parametrize(
    "text",
    [
        "Kaynak kişi: Ayşe Yılmaz, 75 yaşında, ilkokul mezunu, Kars, 12 Ağustos 2015.",
        "Kaynak Kişi 2: Fatma Kaya, 68 yaşında, okuryazar değil, Erzurum, 2019.",
        "Информатор: Ахметова Б., 1935 ж.т., Алматы обл., Талғар ауд., 12.07.2018.",
        "Ақпарат беруші: Сейітов Қ., 80 жаста, Шымкент, 2019 ж. 5 мамыр.",
        "Maglumat beriji: Orazowa G., 1950 ý. d., Mary welaýaty, 2016.",
        "Полевые материалы автора. Информант: Иванова А. П., 1938 г.р., с. Боровое, 2017.",
        "Informant: Gulnara S., 54, teacher, Karakol, 3 June 2017.",
    ],
)
def test_a_source_persons_label_cites_an_interview(text: str) -> None:
    assert _first(text).type == "interview"


@pytest.mark.parametrize(
    "text",
    [
        "Yılmaz A. Kars Halk Anlatıları. Kaynak kişiler ve metinler. Ankara: Akçağ, 2010. 340 s.",
        "Ahmetova G. Informant networks in rural Kazakhstan // Central Asian Survey. 2015."
        " Vol. 34, no. 2. P. 10-25.",
    ],
)
def test_a_work_on_informants_is_no_interview(text: str) -> None:
    assert _first(text).type != "interview"


@pytest.mark.parametrize(
    "text",
    [
        "Сейткали Е. Диссертация как жанр научного текста // Вестник КазНУ. Серия"
        " филологическая. 2015. № 3. С. 12–18.",
        'Smith J. "The PhD Dissertation as a Genre," Journal of Second Language Writing 12,'
        " no. 3 (2003): 200-215.",
        "Әбенова Г. Диссертация жазудың әдістемесі // ҚазҰУ хабаршысы. 2018. № 2. Б. 40–48.",
    ],
)
def test_a_thesis_as_the_subject_of_an_article(text: str) -> None:
    assert _first(text).type == "article-journal"


@pytest.mark.parametrize(
    "text",
    [
        "Petrov I. Nomads of the Steppe : PhD diss. abstract // Dissertation Abstracts"
        " International. 1991. Vol. 52. P. 3456.",
        "Kara, S. (2019). Türkmen şiiri [Doktora tezi, Ankara Üniversitesi]. YÖK Ulusal Tez"
        " Merkezi.",
    ],
)
def test_a_thesis_word_outside_the_title_tells_a_thesis(text: str) -> None:
    assert _first(text).type == "thesis"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Кочевник (реж. С. Бодров, И. Пассер). Казахстан, 2005.", "Кочевник"),
        ("Eşkıya (yön. Yavuz Turgul). Türkiye, 1996.", "Eşkıya"),
        ("Borat (dir. Larry Charles). 20th Century Fox, 2006.", "Borat"),
        ("Magtymguly Pyragy (rež. H. Narliýew). Türkmenfilm, 1968.", "Magtymguly Pyragy"),
        ("«Тюльпан» (реж. С. Дворцевой). Казахстан, 2008.", "Тюльпан"),
        ("Абай жолы (режиссер Ш. Айманов). Қазақфильм, 1959.", "Абай жолы"),
    ],
)
def test_a_films_name_before_its_credit_is_its_title(text: str, title: str) -> None:
    found = _first(text)
    assert found.type == "motion_picture"
    assert found.title == title
    assert not found.authors


@pytest.mark.parametrize(
    "text",
    [
        "Иванов И. Кочевники Семиречья. Доклад на Всесоюзной конференции тюркологов, Баку, 1926.",
        "Петров П. Тюркские руны Енисея : доклад на заседании Восточной комиссии РГО. СПб., 1912.",
        "Ахметов А. Абай және орыс әдебиеті. Абай оқуларында жасалған баяндама, Семей, 1995.",
        'Smith J. "Nomads and the State." Paper read at the Annual Meeting of the Central'
        " Eurasian Studies Society, Bloomington, October 2010.",
        "Иванов И. Доклад на Всесоюзной конференции тюркологов. Баку, 1926.",
    ],
)
def test_a_talk_given_at_a_meeting_is_its_paper(text: str) -> None:
    assert _first(text).type == "paper-conference"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Доклад о состоянии окружающей среды Республики Казахстан за 2019 год."
            " Нур-Султан: Министерство экологии, 2020. 180 с.",
            "report",
        ),
        (
            "Сидоров В. Тезисы доклада на научной сессии // Известия АН КазССР. 1950. № 3."
            " С. 12–15.",
            "article-journal",
        ),
    ],
)
def test_a_report_on_or_a_printed_talk_is_no_meetings_paper(text: str, kind: str) -> None:
    assert _first(text).type == kind


@pytest.mark.parametrize(
    "text",
    [
        "Kişisel görüşme: Mehmet Öz, İstanbul, 4 Mart 2019.",
        "Личная беседа: Иванов И. И., Алматы, 12 мая 2018 г.",
        "Personal communication: J. Smith, Almaty, 3 May 2019.",
        "Жеке әңгіме: Сейітов Қ., Шымкент, 2019 ж. 5 мамыр.",
    ],
)
def test_an_interviews_word_before_the_colon_cites_an_interview(text: str) -> None:
    assert _first(text).type == "interview"


def test_an_interviews_word_before_a_book_leaves_the_book() -> None:
    assert _first("Интервью: Иванов И. Журналистика. М.: Наука, 2010.").type == "book"
