"""A note retyped as another hand types it gives the same record, as a reader compares the two
(`tests.retyping.read` with the retyping's fold): Kazakh typed with Russian letters, Turkmen
typed plainly, Turkish in ASCII, the whole note in lower case, `г.` after a year. Each note
is written as the language's editors write it and retyped by `tests.retyping_hands`; the
record as written is checked too, so both readings are right. Notes written for these tests."""

from __future__ import annotations

import random
from typing import Any

import pytest

from citekit.citations.tagger.cased import cased_words
from citekit.citations.tagger.retyped_forms import glued_labels, short_year_words
from citekit.langid import detect_language
from citekit.languages import language
from tests.retyping import read
from tests.retyping_hands import HANDS, Hand
from tests.scoring import predict

KAZAKH = HANDS["Kazakh letters typed Russian (қ→к, ә→а)"]
TURKMEN = HANDS["Turkmen letters typed plainly (ý→y, ň→n)"]
TURKISH = HANDS["Turkish typed in ASCII (ı→i, ş→s)"]
LOWER = HANDS["the whole note in lower case"]
YEAR_WORD = HANDS["г. added after years (2015 г.)"]


def _record(note: str) -> dict[str, Any]:
    return predict({"id": "t", "note": note, "prev": []})


def _same(note: str, hand: Hand) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The record of `note`, and both records as a reader compares them after `hand`."""
    retyped = hand.retype(note, random.Random(5))
    assert retyped != note, "the retyping must alter the note"
    written = _record(note)

    def seen(record: dict[str, Any]) -> dict[str, Any]:
        return {k: read(v, cased=hand.cased, fold=hand.fold) for k, v in record.items()}

    return written, seen(written), seen(_record(retyped))


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (  # an archive's labels glued to their numbers: `178-қ.` typed `178-к.`
            "ҚР ОМА, 178-қ., 28-т., 32-іс, 374-п.",
            {"type": "manuscript", "pages": "374"},
        ),
        (
            "ҚР ПМА, 141-қ., 1-т., 2095-іс, 15-парақ.",
            {"type": "manuscript", "pages": "15"},
        ),
        (  # its inventory's `24-т.` is no volume however its fond's label is typed
            "ҚР ПА, 796-қ., 24-т., 1141-іс, 26-п.",
            {"type": "manuscript", "pages": "26", "volume": None},
        ),
        (  # a book's host opened by `Кітапта:` typed `Китапта:`
            "Сейітов, А. (2001). Тіл саясаты. Кітапта: Республикалық ғылыми конференция"
            " материалдары (17–24). Алматы: Ғылым.",
            {"container": "Республикалық ғылыми конференция материалдары"},
        ),
        (  # an act's designation after its quoted name names no host
            "«Мәдениет туралы» Қазақстан Республикасы Президентінің 2011 жылғы 7 қарашадағы"
            " № 346 Жарлығы // Егемен Қазақстан. – 2011.",
            {"title": "Мәдениет туралы", "container": "Егемен Қазақстан", "issued": "2011-11-07"},
        ),
        (
            "«Мемлекеттік қызмет туралы» Қазақстан Республикасының 1991 жылғы 5 маусымдағы"
            " № 415 Кодексі.",
            {"title": "Мемлекеттік қызмет туралы", "issued": "1991-06-05", "container": None},
        ),
        (
            "«Білім туралы» Қазақстан Республикасының 2007 жылғы 27 шілдедегі № 319 Заңы.",
            {"title": "Білім туралы", "issued": "2007-07-27", "container": None},
        ),
        (  # the kind after the quoted name is no part of it
            "Қазақстан Республикасының 2016 жылғы 13 желтоқсандағы № 409 «Сыбайлас жемқорлыққа"
            " қарсы іс-қимыл туралы» Кодексі.",
            {"title": "Сыбайлас жемқорлыққа қарсы іс-қимыл туралы", "issued": "2016-12-13"},
        ),
        (  # a body named after a person: `атындағы` typed `атындагы`
            "Ғабдуллин, Сәкен. Саулық. Ақтөбе: Л. Н. Гумилев атындағы Еуразия ұлттық"
            " университеті, 1989.",
            {"publisher": "Л. Н. Гумилев атындағы Еуразия ұлттық университеті"},
        ),
    ],
)
def test_kazakh_typed_with_russian_letters_gives_the_same_record(
    note: str, expected: dict[str, object]
) -> None:
    written, before, after = _same(note, KAZAKH)
    assert {k: written.get(k) for k in expected} == expected
    assert before == after


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (  # the year's word `ý.` typed `y.` right after the year
            "Türkmenistanyň Kanuny «Bilim hakynda» (18.12.1993 ý.) //"
            " https://www.turkmenistan.gov.tm/?id=6928001 (seredilen senesi: 01.03.2019).",
            {"title": "Bilim hakynda", "issued": "1993-12-18", "type": "legislation"},
        ),
        (  # the act's designation before its quoted name
            "Türkmenistanyň Prezidentiniň Karary “Döwlet dili hakynda” (07.07.2008 ý.).",
            {"title": "Döwlet dili hakynda", "issued": "2008-07-07", "type": "legislation"},
        ),
        (
            "Türkmenistanyň Prezidentiniň Karary “Bilim hakynda” (10.08.2021 ý.) //"
            " https://www.turkmenistan.gov.tm/?id=9624394 (seredilen senesi: 21.06.2025).",
            {"title": "Bilim hakynda", "author": [], "issued": "2021-08-10"},
        ),
    ],
)
def test_turkmen_typed_plainly_gives_the_same_record(
    note: str, expected: dict[str, object]
) -> None:
    written, before, after = _same(note, TURKMEN)
    assert {k: written.get(k) for k in expected} == expected
    assert before == after


@pytest.mark.parametrize(
    "note",
    [
        "Yılmaz, Ahmet. “Erdoğan'ın paylaşımlarından ikisini beğendi”. Hürriyet, 12 Mart 2019.",
        "Kaya, Mehmet. “Beşiktaş'ın yıldız oyuncusu transfer ücreti açıklandı”, Milliyet, 2015.",
        "Demir, Ali. “Davutoğlu’na göre Suruç’ta katliam yapan bomba yakalandı”, Sabah, 2016.",
    ],
)
def test_turkish_in_ascii_keeps_its_titles_language(note: str) -> None:
    written, before, after = _same(note, TURKISH)
    assert written["language"] == "tr"
    assert before == after


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (  # a Roman numeral after a volume's label
            "Şahin, Nuri. Göç Hareketleri. Cilt IV. İstanbul: Ötüken, 1998.",
            {"volume": "IV"},
        ),
        (
            "Rogers, R. Rethinking the Steppe. Vol. IV / R. Rogers; trans. D. Davis. – Boston :"
            " Beacon, 1981. – 332 p.",
            {"volume": "IV", "title": "Rethinking the Steppe"},
        ),
        (
            "Якименко, Богдана. Усна історія. Том IV. Київ: Наукова думка, 1954.",
            {"volume": "IV", "title": "Усна історія"},
        ),
        (  # Roman numerals are no language's words
            "Esenow, Ş. (2006). Ahalteke bedewi (XVIII–XIX asyrlar). Mugallymlar gazeti, 146(1),"
            " 210-222.",
            {"language": "tk"},
        ),
        (  # an address's label after an abbreviation's period is no sentence
            "1.\tПанфилова, Н. Д. В Google назвали причину глобального сбоя. – Avail. at:"
            " https://ru.valdaiclub.com/tr/google_56400 (Дата звернення: 13.11.2018). – URL.",
            {"place": None, "type": "webpage"},
        ),
        (  # a role's words after its abbreviation's period: no sentence, no name
            "Mitchell, L. First Line of Paragraph / ed. by N. Hall Weaver. — 3 ed. — Boston :"
            " BHV, 1970. — P. 328.",
            {"editor": ["N. Hall Weaver"]},
        ),
        (  # `Publ.` after a romanised publisher's name, typed in small letters
            "Konstantinova A.A. Programmnyy kompleks po sboru dannykh. Moscow, Prosveshcheniye"
            " Publ., 1969. 876 p. (In Russ.)",
            {"publisher": "Prosveshcheniye Publ"},
        ),
        (  # a note that opens with its title, a sentence: no names in it
            "Сыртқы істер министрі инвесторлармен кездесті. [Internet]. Егемен Қазақстан; 2008"
            " [cited 16 қазан 2017]. Available from: https://www.baq.kz/news/123",
            {"author": [], "title": "Сыртқы істер министрі инвесторлармен кездесті"},
        ),
        (  # … but a body's name is its author (`ministrligi`)
            "Türkmenistanyň Daşary işler ministrligi. 2013. “Durmuş himiýa harytlary”. Dekabr 25."
            " https://mfa.gov.tm/tr/sayfa/682596.",
            {"author": ["Türkmenistanyň Daşary işler ministrligi"]},
        ),
        (  # "and others" after the last name's initial, no initial
            "Aytkhozhina A. т.б. Алматыда үш адамды ұстады. Шымкент, 1960. C. 560–587.",
            {"author": ["Aytkhozhina A."], "place": "Шымкент"},
        ),
    ],
)
def test_a_note_in_lower_case_gives_the_same_record(note: str, expected: dict[str, object]) -> None:
    written, before, after = _same(note, LOWER)
    assert {k: written.get(k) for k in expected} == expected
    assert before == after


@pytest.mark.parametrize(
    "note",
    [
        "Киселева В. П. Степь и город // Вопросы философии. 1982. Т. 5, № 2. С. 55–92.",
        "Орлов И. К. Кочевые народы // Вестник МГУ. 2008. № 3. С. 15–27.",
        "Петров А. А. Реформы // Исторический журнал. 2011. Вып. 4. С. 23–31.",
    ],
)
def test_a_year_word_after_a_hosts_period_keeps_the_date(note: str) -> None:
    written, before, after = _same(note, YEAR_WORD)
    assert written["issued"] is not None
    assert before == after


def test_a_roman_numeral_in_small_letters_is_read_in_capitals() -> None:
    words = ["том", "iv", ".", "cilt", "v", ",", "xviii", "–", "xix", "вв", ".", "vol", ".", "i"]
    assert cased_words(words)[1] == "IV"
    assert cased_words(words)[4] == "V"  # one letter after a volume's label
    assert cased_words(words)[6:9] == ["XVIII", "–", "XIX"]
    assert cased_words(words)[-1] == "I"
    assert cased_words(["smith", ",", "j", ".", "i", "saw"])[4] == "i"  # no label before it


def test_labels_glued_to_their_number_are_read_typed_plainly() -> None:
    legal = language("kk").legal
    assert "к" in legal["fond_after"]  # `178-қ.` typed `178-к.`
    assert "ис" in legal["file_after"]
    assert "К." not in legal["fond"]  # a label before its number typed so is an initial
    assert "атындагы" in language("kk").named_after
    assert glued_labels()["к"] == "қ"  # the features read `178-к.` as `178-қ.`


def test_a_years_short_word_typed_plainly_after_a_year() -> None:
    assert short_year_words() == {"y": "ý"}
    assert detect_language("Erdogan'in paylasimlarindan ikisini begendi") == "tr"
    assert detect_language("Sartre's Being and Nothingness in context") == "en"
