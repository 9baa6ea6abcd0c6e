"""Citation families written for these tests (session 22): romanised names with an apostrophe
inside (`Bartol'd`, `Kun'ia`), editions named by their kind alone (`Rev. ed.`) and a
congress's ordinal opening its proceedings' name (`3. Uluslararası …`, `I. Uluslararası …`)."""

from __future__ import annotations

import pytest

from tests.citations.parsed import first_citation as _first


def _names(found: tuple[object, ...]) -> list[str]:
    return [str(n) for n in found]


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Bartol'd V. V. Sochineniia. Moscow: Nauka, 1965. Vol. 3. P. 215.",
            "Bartol'd V. V.",
            "Sochineniia",
        ),
        ("Bartol'd, V. V. Sochineniia. Moscow: Nauka, 1965.", "Bartol'd, V. V.", "Sochineniia"),
        (
            "V. V. Bartol'd, Turkestan down to the Mongol Invasion (London: Luzac, 1928), 215.",
            "V. V. Bartol'd",
            "Turkestan down to the Mongol Invasion",
        ),
        (
            "Kun'ia, A. D. O'zbek xalq og'zaki ijodi. Toshkent: Fan, 1981. B. 9.",
            "Kun'ia, A. D.",
            "O'zbek xalq og'zaki ijodi",
        ),
    ],
)
def test_apostrophe_inside_a_romanised_name(text: str, author: str, title: str) -> None:
    found = _first(text)
    assert _names(found.authors) == [author]
    assert found.title == title


def test_apostrophe_of_a_turkish_suffix_stays_in_the_title() -> None:
    found = _first("Türkmenistan'da yeni başkent. Anadolu Ajansı, 2022.")
    assert found.title == "Türkmenistan'da yeni başkent"
    assert found.authors == ()


@pytest.mark.parametrize(
    "text",
    [
        "Vambery, A. (1970). Travels in Central Asia (Rev. ed.). New York: Praeger.",
        "Bacon, Elizabeth E. Central Asians under Russian Rule. Rev. ed. Ithaca: Cornell "
        "University Press, 1980.",
        "Olcott, M.B. (2010) Kazakhstan: Unfulfilled Promise? Rev. edn. Washington, DC: "
        "Carnegie Endowment for International Peace.",
    ],
)
def test_edition_named_by_its_kind_alone(text: str) -> None:
    assert _first(text).edition == "Rev."  # the kind word with its period


def test_kind_word_inside_a_title_is_no_edition() -> None:
    found = _first("Smith, J. A Revised Edition of Old Maps. London, 1990.")
    assert found.edition is None
    assert found.title == "A Revised Edition of Old Maps"


@pytest.mark.parametrize(
    ("text", "title", "host"),
    [
        (
            "Yılmaz, A. (2019). Orta Asya'da enerji güvenliği. 3. Uluslararası Avrasya Sosyal "
            "Bilimler Kongresi Bildiri Kitabı (ss. 211–219). Ankara: Gazi Üniversitesi.",
            "Orta Asya'da enerji güvenliği",
            "3. Uluslararası Avrasya Sosyal Bilimler Kongresi Bildiri Kitabı",
        ),
        (
            "Demir, K. “Türkmen Edebiyatında Göroğlu Destanı”, I. Uluslararası Türk Dünyası Halk "
            "Edebiyatı Sempozyumu Bildirileri, C. 2, Ankara 2012, s. 301-310.",
            "Türkmen Edebiyatında Göroğlu Destanı",
            "I. Uluslararası Türk Dünyası Halk Edebiyatı Sempozyumu Bildirileri",
        ),
    ],
)
def test_congress_ordinal_opens_its_host(text: str, title: str, host: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.container == host


def test_book_number_is_no_host_ordinal() -> None:
    found = _first("Иванов И. Очерки. Кн. 1. Вопросы истории. 2001. С. 4.")
    assert not (found.container or "").startswith("1.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "О статусе военнослужащих : Федер. закон от 27 мая 1998 г. № 76-ФЗ : принят Гос. "
            "Думой 6 марта 1998 г. // Российская газета. 1998. 2 июня. С. 3.",
            "О статусе военнослужащих",
        ),
        (
            "Об образовании в Российской Федерации : федер. закон от 29.12.2012 № 273-ФЗ // "
            "Собрание законодательства РФ. 2012. № 53. Ст. 7598.",
            "Об образовании в Российской Федерации",
        ),
        (
            "Об утверждении Стратегии : указ Президента Рос. Федерации от 02.07.2021 № 400 // "
            "Собрание законодательства РФ. 2021. № 27. Ст. 5351.",
            "Об утверждении Стратегии",
        ),
    ],
)
def test_act_kind_after_a_colon_ends_the_title(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.type == "legislation"


def test_series_number_labels_are_language_data() -> None:
    from citekit.languages import shipped_words

    assert {w.casefold() for w in shipped_words("series_number")} == {"no", "nr", "n", "№"}


def test_bracketed_clause_before_the_host_mark_is_no_host() -> None:
    found = _first(
        "Конституция Российской Федерации (принята всенародным голосованием 12.12.1993 с "
        "изменениями, одобренными в ходе общероссийского голосования 01.07.2020) // "
        "Российская газета. 2020. 4 июля."
    )
    assert found.container == "Российская газета"
    assert found.accessed is None


def test_harvard_proceedings_name_ends_at_its_sentence() -> None:
    found = _first(
        "Kurbanov, S. and Ovezov, B. (2020) 'Water management in the Amu Darya basin', in "
        "Proceedings of the 5th International Conference on Water Resources. Tashkent, "
        "12–14 May 2020, pp. 101–108."
    )
    assert found.container == "Proceedings of the 5th International Conference on Water Resources"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Bu konuda farklı görüşler vardır; ayrıntılı bir tartışma için bkz. Mehmet Saray, "
            "Türkmen Tarihi, İstanbul: Nesil Yayınları, 1993, s. 44-46. Saray, Göktürk "
            "kitabelerine dayanarak farklı bir kronoloji önerir.",
            "Türkmen Tarihi",
        ),
        (
            "Абылхожин Ж. Б. Традиционная структура Казахстана. Алма-Ата: Наука, 1991. "
            "С. 76–80. Абылхожин справедливо отмечает, что перепись 1926 г. недоучла кочевников.",
            "Традиционная структура Казахстана",
        ),
    ],
)
def test_discussion_of_the_author_after_the_cited_page(text: str, title: str) -> None:
    found = _first(text)
    assert found.title == title
    assert found.page is not None


def test_congress_name_run_on_into_a_title_is_the_host() -> None:
    found = _first(
        "Öz, M. (2018). Kırgızistan'da siyasi istikrar. 4. Uluslararası Sosyal Bilimler "
        "Kongresi Tam Metin Kitabı (ss. 88–96). İstanbul: Marmara Üniversitesi."
    )
    assert found.title == "Kırgızistan'da siyasi istikrar"
    assert found.container == "4. Uluslararası Sosyal Bilimler Kongresi Tam Metin Kitabı"


@pytest.mark.parametrize("text", ["Қараңыз: Қозыбаев 1998, 155-б.", "Қозыбаев 1998, 155 б."])
def test_author_date_with_the_page_word_after_the_page(text: str) -> None:
    found = _first(text)
    assert _names(found.authors) == ["Қозыбаев"]
    assert found.title is None
    assert found.page == "155"


def test_double_issue_after_its_word_is_read_whole() -> None:
    found = _first(
        "Shcherbakova E. M. Kazakhi v Rossii // Demoskop Weekly. 2012. № 513–514. URL: "
        "http://www.demoscope.ru/weekly/2012/0513/barom01.php (data obrashcheniia: 12.10.2018)."
    )
    assert found.issue == "513–514"


def test_turkish_wikipedia_archive_word_is_no_place() -> None:
    found = _first(
        '"Aşkabat\'ta doğalgaz zirvesi". Hürriyet. 12 Mart 2015. Erişim tarihi: 14 Mart 2015. '
        "Arşivlenmesi: 15 Mart 2015."
    )
    assert found.publisher_place is None
    assert found.accessed is not None
    assert (found.accessed.year, found.accessed.month, found.accessed.day) == (2015, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "See Martha Brill Olcott, Central Asia's Second Chance (Washington, DC: Carnegie "
        "Endowment for International Peace, 2005), 88–90; on Turkmenistan specifically, see "
        "ibid., 112.",
        "Martha Brill Olcott, Central Asia's Second Chance (Washington, DC: Carnegie Endowment "
        "for International Peace, 2005), 88–90; see also ibid., 112.",
    ],
)
def test_clause_pointing_at_the_same_source_again(text: str) -> None:
    found = _first(text)
    assert found.publisher == "Carnegie Endowment for International Peace"
    assert found.page == "88–90"


def test_gost_host_runs_to_its_period() -> None:
    found = _first(
        "Ibraeva A. Kazakhstan's multi-vector policy // Central Asia and the Caucasus. 2014. "
        "Vol. 15, Issue 3. P. 7–16."
    )
    assert found.container == "Central Asia and the Caucasus"


def test_bracketed_later_edition_keeps_the_cited_imprint() -> None:
    found = _first(
        "Бекмаханов Е. Казахстан в 20–40 годы XIX века. – Алма-Ата: Казахское объединенное "
        "государственное издательство, 1947. – 468 с. (2-е изд. – Алматы: Қазақ университеті, "
        "1992)."
    )
    assert found.issued is not None
    assert found.issued.year == 1947
    assert found.publisher_place == "Алма-Ата"


def test_prose_before_a_see_word_is_no_title() -> None:
    found = _first(
        "Jones (2010) argues that Turkmen neutrality is a strategy of survival; see Jones, S. "
        "(2010). Neutrality in Central Asia. Oxford: Clarendon Press, p. 23."
    )
    assert found.title == "Neutrality in Central Asia"
    assert _names(found.authors) == ["Jones, S."]


def test_ottoman_archive_braced_series_is_a_shelf_mark() -> None:
    found = _first("BOA, A.}MKT.MHM., 512/3, 14 Ş 1291.")
    assert found.type == "manuscript"
    assert found.volume is None
    assert found.archive == "BOA"


def test_turkmen_volume_with_its_ordinal_suffix() -> None:
    found = _first(
        "Mämmedow A. Türkmen diliniň sözlügi. 2 tomluk. Aşgabat: Ylym, 2015. 1-nji tom. 640 sah."
    )
    assert found.volume == "1"
    assert found.title == "Türkmen diliniň sözlügi"
