"""Works in the region's other languages (session 30): an imprint whose town the model does not
know, before the cited volume and page or after an APA date; a set's count after the year; a
role's person whose name joins its pieces by an apostrophe; the volume words of Tatar, Bashkir,
Tajik and Uzbek; romanised Persian, Ukrainian, Chinese and Japanese titles. The notes are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.langid import detect_language
from tests.citations.parsed import first_citation


@pytest.mark.parametrize(
    ("note", "title", "place", "publisher"),
    [
        (
            "Sima Qian. Shiji. Beijing: Zhonghua shuju, 1959. Vol. 110, p. 2879.",
            "Shiji",
            "Beijing",
            "Zhonghua shuju",
        ),
        (
            "Bahār M. T. Sabk-shenāsi. Tehrān: Entešārāt-e Amir Kabir, 1991, vol. 2, p. 145.",
            "Sabk-shenāsi",
            "Tehrān",
            "Entešārāt-e Amir Kabir",
        ),
        (
            "Ivanov I. Shiji. Kaifeng: Henan daxue chubanshe, 2004. P. 45.",
            "Shiji",
            "Kaifeng",
            "Henan daxue chubanshe",
        ),
        (
            "Lin Gan (1986). Tujue shi. Huhehaote: Nei Menggu renmin chubanshe.",
            "Tujue shi",
            "Huhehaote",
            "Nei Menggu renmin chubanshe",
        ),
        (
            "Kulchytskyi, S. 2007. Holodomor yak henotsyd. Ternopil: Navchalna knyha.",
            "Holodomor yak henotsyd",
            "Ternopil",
            "Navchalna knyha",
        ),
        (
            "Zarrinkub, A. (1999). Tārikh-e mardom-e Irān. Qom: Amir Kabir.",
            "Tārikh-e mardom-e Irān",
            "Qom",
            "Amir Kabir",
        ),
    ],
)
def test_imprint_of_an_unknown_town(note: str, title: str, place: str, publisher: str) -> None:
    cited = first_citation(note)
    assert (cited.title, cited.publisher_place, cited.publisher) == (title, place, publisher)


@pytest.mark.parametrize(
    "note",
    [
        "Smith J. History of Persian prose. London: Routledge, 1965, 2 vols.",
        "Smith J. History of Persian prose. London: Routledge, 1965. 3 vols.",
        "Nafisi S. Tārikh-e nazm va nasr dar Irān. Tehran: Forughi, 1965, 2 vols.",
    ],
)
def test_set_count_after_the_year_is_no_title(note: str) -> None:
    cited = first_citation(note)
    assert cited.title is not None
    assert "vols" not in cited.title


@pytest.mark.parametrize(
    ("note", "editor"),
    [
        (
            "Taberî, Târîhu'r-rusül ve'l-mülûk, thk. Muhammed Ebu'l-Fazl İbrâhîm, Kahire: "
            "Dâru'l-Maârif, 1967, c. III, s. 45.",
            "İbrâhîm",
        ),
        (
            "İbnü'l-Esîr, el-Kâmil fi't-târîh, thk. Ömer Abdüsselâm Tedmürî, Beyrut: Dâru "
            "Sâdır, 1997, c. 8, s. 12.",
            "Tedmürî",
        ),
        (
            "Makrîzî, es-Sülûk, nşr. Muhammed Abdülkâdir Atâ, Beyrut: Dârü'l-Kütübi'l-İlmiyye, "
            "1997, c. 2, s. 40.",
            "Atâ",
        ),
    ],
)
def test_role_person_with_joined_name(note: str, editor: str) -> None:
    cited = first_citation(note)
    assert editor in [n.family for n in cited.editors]


@pytest.mark.parametrize(
    ("note", "title", "volume"),
    [
        ("Ўзбекистоннинг янги тарихи. 1-китоб. – Тошкент: Шарқ, 2000. – 464 б.", None, "1"),
        ("Айнӣ С. Куллиёт. 2-ҷилд. – Душанбе: Ирфон, 1978. – 512 с.", "Куллиёт", "2"),
        ("Тукай Г. Әсәрләр. 2 томда. Т. 1. – Казан: Татарстан китап нәшр., 1985.", "Әсәрләр", "1"),
        ("Тукай Г. Әсәрләр. 2 томда. 1 т. – Казан: Мәгариф, 1985.", "Әсәрләр", "1"),
        ("Абай. Шығармалары. 2 томда. 1 том. – Алматы: Жазушы, 1995.", "Шығармалары", "1"),
        ("Navoiy A. Asarlar. 10 tomlik. 3-tom. – Toshkent: G‘afur G‘ulom, 2011.", "Asarlar", "3"),
        ("Айтматов Ч. Чыгармалар. 3 томдо. 2-том. – Бишкек: Шам, 1999.", "Чыгармалар", "2"),
    ],
)
def test_volume_words(note: str, title: str | None, volume: str) -> None:
    cited = first_citation(note)
    assert cited.volume == volume
    if title is not None:
        assert cited.title == title


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Tārikh-e mardom-e Irān", "fa"),
        ("Sabk-shenāsi: tārikh-e tatavvor-e nasr-e fārsi", "fa"),
        ("Tārikh-e nazm va nasr dar Irān va dar zabān-e fārsi", "fa"),
        ("Narys istorii Ukrainy: formuvannia modernoi ukrainskoi natsii XIX–XX stolittia", "uk"),
        ("Zhyttia i diialnist Mykhaila Hrushevskoho", "uk"),
        ("Istoriia Ukrainy: navchalnyi posibnyk", "uk"),
        ("Ukrainska mova u XX storichchi: istoriia linhvotsydu", "uk"),
        ("Politicheskaia istoriia Rossii", "ru"),
        ("Zhongguo jindai shi", "zh"),
        ("Han Xin zhuan", "zh"),
        ("Xi'an: gudu de lishi", "zh"),
        ("Chūō Ajia shi kenkyū", "ja"),
        ("Sukitai to Kyōdo: yūboku no bunmei", "ja"),
        ("Nihon no rekishi", "ja"),
        # … and what stays in its own language
        ("Kitāb al-ʿibar wa-dīwān al-mubtadaʾ wa-l-khabar", "ar"),
        ("A new history of the steppe", "en"),
        ("Bu gün ve yarın", "tr"),
        ("Tarix va madaniyat", "uz"),
    ],
)
def test_romanised_titles(title: str, code: str) -> None:
    assert detect_language(title) == code


@pytest.mark.parametrize(
    ("note", "editors"),
    [
        (
            "Şerif Mardin, Türk Modernleşmesi, Der. Mümtaz’er Türköne, Tuncay Önder, İletişim "
            "Yayınları, İstanbul 1991, s. 34.",
            ["Türköne", "Önder"],
        ),
        (
            "Halil İnalcık, Osmanlı'da Devlet, haz. Ahmet Kaya, Selim Durmaz, Eren Yayıncılık, "
            "Ankara 2005, s. 12.",
            ["Kaya", "Durmaz"],
        ),
    ],
)
def test_second_editor_before_publisher_and_place(note: str, editors: list[str]) -> None:
    assert [n.family for n in first_citation(note).editors] == editors


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Târîhu'r-rusül ve'l-mülûk", "ar"),
        ("el-Kâmil fi't-târîh", "ar"),
        ("Tefsîru'l-Kur'âni'l-azîm", "ar"),
        ("Kitâbü'l-ibar", "ar"),
        ("el-Bidâye ve'n-nihâye", "ar"),
        ("Keşfü'z-zunûn an esâmi'l-kütüb ve'l-fünûn", "ar"),
        # Turkish titles naming Arabic works or persons stay Turkish
        ("İbn Haldun'un Mukaddime'sinde devlet anlayışı", "tr"),
        ("Ebu'l-Fazl Beyhakî ve eseri", "tr"),
        ("Sultan Abdülhamid'in hâtıra defteri", "tr"),
        ("Türk kültürü ve İslâm", "tr"),
        ("Osmanlı'da ilim ve'l-fünûn", "tr"),
    ],
)
def test_arabic_in_turkish_letters(title: str, code: str) -> None:
    assert detect_language(title) == code
