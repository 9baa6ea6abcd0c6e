"""GOST and Cyrillic imprint families: a genre after the title's colon, a sole name heading the
note, volumes of multi-volume works, abbreviated collected works, a paper's meeting host with
its imprint after the area's dash, and role words in a statement of responsibility."""

from __future__ import annotations

import pytest

from citekit.citations.title_genres import title_genre
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "genre"),
    [
        (
            "Кузнецов А. В. Евразийская интеграция: проблемы и перспективы : монография. "
            "М. : Наука, 2018. 312 с.",
            "Евразийская интеграция: проблемы и перспективы",
            "монография",
        ),
        (
            "Жумабаев К. Т. Основы менеджмента : учеб. пособие. – Караганда : Изд-во КарГУ, "
            "2015. – 146 с.",
            "Основы менеджмента",
            "учеб. пособие",
        ),
        (
            "Қасымова Г. М. Қазақ тілінің стилистикасы : оқулық. – Алматы : Қазақ университеті, "
            "2017. – 254 б.",
            "Қазақ тілінің стилистикасы",
            "оқулық",
        ),
        (
            "Мельник О. П. Історія української культури : навч. посіб. Київ : Либідь, 2016. 352 с.",
            "Історія української культури",
            "навч. посіб",
        ),
        (
            "Karimov B. Oʻzbekiston iqtisodiyoti : darslik. – Toshkent : Iqtisodiyot, 2020.",
            "Oʻzbekiston iqtisodiyoti",
            "darslik",
        ),
        (
            "Сатыбалдиев А. Кыргыз адабиятынын тарыхы : окуу китеби. Бишкек : Кыргызстан, 2014.",
            "Кыргыз адабиятынын тарыхы",
            "окуу китеби",
        ),
        (
            "Тюркология и востоковедение : сб. ст. / отв. ред. М. Ж. Абдиров. Алматы : Ғылым, "
            "2012. 204 с.",
            "Тюркология и востоковедение",
            "сб. ст.",
        ),
    ],
)
def test_a_genre_after_the_titles_colon_is_the_records_genre(
    note: str, title: str, genre: str
) -> None:
    cited = first_citation(note)
    assert cited.title == title
    assert cited.genre == genre
    assert cited.type == "book"


@pytest.mark.parametrize(
    "title",
    [
        "Революция в провинции : опыт исследования",
        "Советская деревня : 1917–1991 гг.",
        "Kazakhstan: Statistical Yearbook 2022",
        "Türkmen dili: sözlük we grammatika",  # a Turkic kind's word closes its phrase
        "30 років: проблеми і перспективи. До питання — монографія",
        "Title : сб. науч. тр. Вып. 3",
    ],
)
def test_a_subtitle_stays_the_titles(title: str) -> None:
    assert title_genre(title) == (title, None)


@pytest.mark.parametrize(
    ("title", "kept", "genre"),
    [
        ("Тарих: 7-сынып : оқулық", "Тарих: 7-сынып", "оқулық"),
        ("ЕАЭС в цифрах: краткий статистический сборник", "ЕАЭС в цифрах", None),
        (
            "Тіл білімі : халықаралық ғылыми-практикалық конференция материалдары",
            "Тіл білімі",
            "халықаралық ғылыми-практикалық конференция материалдары",
        ),
        ("Ylmy işler : ylmy makalalar ýygyndysy", "Ylmy işler", "ylmy makalalar ýygyndysy"),
        (
            "Title : материалы конф., посвящ. 100-летию Ш. Уалиханова",
            "Title",
            "материалы конф., посвящ. 100-летию Ш. Уалиханова",
        ),
    ],
)
def test_a_genre_opens_or_closes_its_phrase(title: str, kept: str, genre: str | None) -> None:
    found = title_genre(title)
    assert found[0] == kept
    assert genre is None or found[1] == genre


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        (
            "Абулгази. Родословная туркмен / пер. А. Н. Кононова. М.; Л.: Изд-во АН СССР, 1958.",
            "Абулгази",
            "Родословная туркмен",
        ),
        (
            "Рашид-ад-дин. Сборник летописей. Т. 1. М.; Л., 1952. С. 77.",
            "Рашид-ад-дин",
            "Сборник летописей",
        ),
        (
            "Абай. Шығармаларының екі томдық толық жинағы. Т. 2. – Алматы: Жазушы, 1995. – 21-б.",
            "Абай",
            "Шығармаларының екі томдық толық жинағы",
        ),
        (
            "Ибн-Сина. Канон врачебной науки. Т. 2. Ташкент : Фан, 1980. С. 15.",
            "Ибн-Сина",
            "Канон врачебной науки",
        ),
        (
            "Abulgazi. Türkmenleriň şejeresi. – Aşgabat: Ylym, 1992. – 120 s.",
            "Abulgazi",
            "Türkmenleriň şejeresi",
        ),
    ],
)
def test_a_sole_name_heading_a_gost_note_is_its_author(note: str, author: str, title: str) -> None:
    cited = first_citation(note)
    assert [n.literal or n.family for n in cited.authors] == [author]
    assert cited.title == title


@pytest.mark.parametrize(
    ("note", "title", "volume"),
    [
        (
            "Türkmen edebiýatynyň taryhy. 7 tom. – 2 t. – Aşgabat : Ylym, 2012. – 410 s.",
            "Türkmen edebiýatynyň taryhy",
            "2",
        ),
        ("Magtymguly. Saýlanan eserler. – Aşgabat: Ylym, 1983. – 2 tom. – 1 t., 78 s.", None, "1"),
        (
            "Қазақстан тарихы туралы түркі деректемелері. VI том. Түрік тілдес деректемелер / "
            "Құраст. Е. Қ. Ескендір. – Алматы: Дайк-Пресс, 2006. – 76 б.",
            "Қазақстан тарихы туралы түркі деректемелері",
            "VI",
        ),
        (
            "Türkmenistanyň taryhy. II tom. Orta asyrlar. – Aşgabat: Ylym, 2011. – 300 s.",
            "Türkmenistanyň taryhy",
            "II",
        ),
        (
            "История Казахстана. 2 том. Средние века. – Алматы : Атамұра, 1998. – 640 с.",
            "История Казахстана",
            "2",
        ),
    ],
)
def test_the_volume_cited_not_the_sets_count(note: str, title: str | None, volume: str) -> None:
    cited = first_citation(note)
    assert cited.volume == volume
    assert title is None or cited.title == title


@pytest.mark.parametrize(
    ("note", "title"),
    [
        ("Ленин В. И. Полн. собр. соч. Т. 38. С. 114.", "Полн. собр. соч."),
        ("Маркс К., Энгельс Ф. Соч. 2-е изд. Т. 9. М.: Госполитиздат, 1957. С. 132.", "Соч."),
        ("Ломоносов М. В. Избр. произв. Л. : Сов. писатель, 1986. С. 44.", "Избр. произв."),
        ("Шевченко Т. Зібр. тв. Т. 2. Київ, 2003. С. 45.", "Зібр. тв."),
        ("Уәлиханов Ш. Шығ. толық жин. 5 томдық. 2-т. Алматы, 1985. 40-б.", "Шығ. толық жин."),
        ("Пушкин А. С. Собр. соч. Т. 6. М. : Худож. лит., 1976. С. 18.", "Собр. соч."),
        ("Чернышевский Н. Г. Избр. соч. М., 1950. С. 12.", "Избр. соч."),
    ],
)
def test_an_abbreviated_collected_works_keeps_its_period(note: str, title: str) -> None:
    assert first_citation(note).title == title


@pytest.mark.parametrize(
    "note",
    [
        "Ермеков Н. Роль ШОС в региональной безопасности // Материалы Междунар. науч.-практ. "
        "конф. «Казахстан в глобальном мире», Алматы, 12–13 апреля 2018 г. – Алматы: КИСИ, "
        "2018. – С. 140–146.",
        "Ермеков Н. Роль ШОС в региональной безопасности // Казахстан в глобальном мире : "
        "материалы Междунар. науч.-практ. конф., Алматы, 12–13 апреля 2018 г. – Алматы: КИСИ, "
        "2018. – С. 140–146.",
    ],
)
def test_a_meetings_host_imprint_after_the_areas_dash(note: str) -> None:
    cited = first_citation(note)
    assert cited.type == "paper-conference"
    assert cited.publisher == "КИСИ"
    assert cited.publisher_place == "Алматы"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "Вамбери А. Путешествие по Средней Азии / пер. с нем. ; предисл. и коммент. "
            "С. Н. Иванова. М. : Восточная литература, 2003. 320 с.",
            "Восточная литература",
        ),
        (
            "Руми Д. Маснави / пер. с перс. О. Ф. Акимушкина ; примеч. и коммент. Н. И. "
            "Пригариной. СПб. : Петерб. востоковедение, 2007. 480 с.",
            "Петерб. востоковедение",
        ),
        (
            "Гёте И. В. Фауст / пер. с нем. Б. Пастернака ; предисл. Н. Вильмонта. М. : Худож. "
            "лит., 1969. 511 с.",
            "Худож. лит",
        ),
    ],
)
def test_role_words_in_the_statement_are_no_host(note: str, publisher: str) -> None:
    cited = first_citation(note)
    assert cited.container is None
    assert cited.publisher == publisher
