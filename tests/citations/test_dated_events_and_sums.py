"""A sentence that states an event's day (a comment, not a citation), a list of names after an
example word (prose), and a book's extent written as a sum or in APA's brackets. The notes are
written for these tests."""

from __future__ import annotations

import pytest

from citekit.citations.note_kinds import classify
from citekit.model import NoteKind
from tests.citations.parsed import first_citation as _first


@pytest.mark.parametrize(
    "text",
    [
        "Договор был подписан 15 мая 1992 г.",
        "Соглашение было подписано в Ташкенте 15 мая 1992 г.",
        "Съезд открылся 5 декабря 1917 г. в Оренбурге.",
        "Конференция состоялась 12 апреля 2012 г. в Астане.",
        "Antlaşma 12 Mart 1992'de imzalandı.",
        "Anlaşma 21 Aralık 1991 tarihinde Alma-Ata'da imzalanmıştır.",
        "Toplantı 14 Ekim 1923'te Ankara'da yapıldı.",
        "The treaty was signed on 15 May 1992.",
        "The law was adopted on March 3, 2005.",
        "The first congress was held in Orenburg on 5 December 1917.",
        "Келісім 1992 жылы 15 мамырда қол қойылды.",
        "Заң 2005 жылы 3 маусымда қабылданды.",
        "Kanun 2005-nji ýylyň 3-nji iýunynda kabul edildi.",
    ],
)
def test_a_sentence_stating_an_events_day_is_a_comment(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Интервью с Ахметовым К., 12 мая 2020 г.",
        "Интервью автора с Н. С. Омаровой, 3 июня 2019 г., Алматы.",
        "Mehmet Demir ile yapılan görüşme, 12 Mayıs 2019, Ankara.",
        "Interview with John Brown, 12 May 2020, London.",
        "Smith J. Treaty was signed in Almaty. The Times, 15 May 1992.",
        "Соглашение подписано в Алматы // Казахстанская правда. 1991. 22 декабря. С. 1.",
    ],
)
def test_a_date_after_a_mark_or_an_interview_still_cites(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    "text",
    [
        "Örneğin Kazakistan, Kırgızistan ve Özbekistan.",
        "Mesela Kazan, Ufa ve Orenburg.",
        "For example, Kazakhstan, Kyrgyzstan and Uzbekistan.",
        "For instance, Bukhara, Khiva and Kokand.",
        "Например, Семипалатинск, Верный и Уральск.",
        "Мысалы, Алматы, Шымкент және Тараз.",
        "Meselem, Aşgabat, Mary we Daşoguz.",
    ],
)
def test_a_list_of_names_after_an_example_word_is_prose(text: str) -> None:
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Örneğin, Yılmaz, Türk Tarihi, 45.",
        "E.g., Smith and Jones, The Steppe, 2010.",
        "E.g., Smith & Jones, Oil and Empire.",
    ],
)
def test_a_source_after_an_example_word_still_cites(text: str) -> None:
    assert classify(text) is NoteKind.CITATION


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        ("Smith, J. (2010). The steppe (304 pp.). London: Routledge.", "304"),
        ("Jones, M. (2001). Central Asian history (412 pp.). New York: Routledge.", "412"),
        (
            "Brown, A. (2015). Nomads and empire (xii + 288 pp.). Oxford: Oxford University Press.",
            "xii + 288",
        ),
        (
            "Olcott M. B. The Kazakhs. Stanford: Hoover Institution Press, 1987. pp. xii + 304.",
            "xii + 304",
        ),
        (
            "Cameron S. The Hungry Steppe. Ithaca: Cornell University Press, 2018. xii + 304 p.",
            "xii + 304",
        ),
    ],
)
def test_a_sum_of_counts_or_apas_bracketed_count_is_the_extent(text: str, extent: str) -> None:
    found = _first(text)
    assert found.number_of_pages == extent
    assert found.page is None


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Ibid., p. 45; see also Brown, Empire of the Steppe, 1999, p. 12.", "45"),
        ("Там же. С. 45; см. также: Петров П. П. История степи. М., 1999. С. 12.", "45"),
        ("Aynı yer, s. 45; ayrıca bkz. Yılmaz, Türk Tarihi, İstanbul 2010, s. 12.", "45"),
    ],
)
def test_an_ibid_before_see_also_keeps_its_page(text: str, page: str) -> None:
    assert _first(text).page == page
