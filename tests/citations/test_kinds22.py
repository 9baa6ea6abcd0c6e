"""Notes that repeat a source (session 22): a note of only a page (`С. 47.`, `47-б.`,
`Sah. 14.`) and a "same author" word with only a page (`Idem, p. 48.`) repeat the source
before, as an ibid does; an ibid naming another volume keeps its page (`Ibid., vol. 2,
113.`); an ibid that names an author whose work is not the last cited repeats that
author's work, as an op. cit. does (`İnalcık, Şol eser, s. 61.`). The notes are written for
these tests, none is a corpus note."""

from __future__ import annotations

from citekit.citations import classify, parse_note, resolve_references
from citekit.model import Location, Note, NoteKind

_AT = Location(path="t")
_GUMILEV = "Гумилев Л. Н. Древние тюрки. М.: Наука, 1967. С. 45."
_INALCIK = "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ (İstanbul: YKY, 2003), s. 45."
_KARPAT = "Kemal Karpat, Osmanlı Nüfusu (İstanbul: Timaş, 2003), s. 50."


def _last(*texts: str) -> Note:
    notes = [parse_note(i + 1, t, location=_AT) for i, t in enumerate(texts)]
    return resolve_references(notes)[-1]


def test_a_note_of_only_a_page_repeats_the_source_before() -> None:
    for text, page in (
        ("С. 47.", "47"),
        ("S. 45.", "45"),
        ("P. 52.", "52"),
        ("s. 48.", "48"),
        ("pp. 52–53.", "52–53"),
        ("Стр. 50.", "50"),
        ("Sah. 14.", "14"),
        ("47-б.", "47"),
    ):
        note = _last(_GUMILEV, text)
        assert note.kind is NoteKind.IBID, text
        assert note.refers_to == 1, text
        assert note.page == page, text


def test_a_same_author_word_and_a_page_is_an_ibid() -> None:
    for text, page in (("Idem, p. 48.", "48"), ("Idem, 47.", "47")):
        note = _last(_GUMILEV, text)
        assert (note.kind, note.refers_to, note.page) == (NoteKind.IBID, 1, page), text


def test_a_page_among_words_or_a_same_author_source_is_no_ibid() -> None:
    assert classify("С. 47 и далее о восстании 1916 года.") is not NoteKind.IBID
    assert classify("Он же. Хунну. М., 1960. С. 12.") is NoteKind.CITATION
    assert classify("Сейфуллин С. Тар жол. 45-б.") is NoteKind.CITATION


def test_an_ibid_naming_another_volume_keeps_its_page() -> None:
    prev = "The Cambridge History of Inner Asia, vol. 1 (Cambridge: CUP, 2009), 45."
    note = _last(prev, "Ibid., vol. 2, 113.")
    assert (note.kind, note.page) == (NoteKind.IBID, "113")


def test_an_ibid_naming_an_earlier_author_repeats_that_authors_work() -> None:
    note = _last(_INALCIK, _KARPAT, "İnalcık, Şol eser, s. 61.")
    assert (note.kind, note.refers_to, note.page) == (NoteKind.OPCIT, 1, "61")
    golden = "Peter B. Golden, An Introduction to the History of the Turkic Peoples (1992), 115."
    note = _last(golden, "Denis Sinor, Inner Asia (1969), 20.", "Golden, ibid., 118.")
    assert (note.kind, note.refers_to) == (NoteKind.OPCIT, 1)


def test_an_ibid_naming_the_last_author_stays_an_ibid() -> None:
    assert _last(_KARPAT, _INALCIK, "İnalcık, Şol eser, s. 61.").kind is NoteKind.IBID
    note = _last(_INALCIK, "Aynı yer, s. 47.", "İnalcık, aynı yer, s. 48.")
    assert (note.kind, note.refers_to) == (NoteKind.IBID, 2)


def test_the_translators_remark_cites_nothing() -> None:
    golden = "Peter B. Golden, An Introduction to the History of the Turkic Peoples (1992), 115."
    note = _last(golden, "The translation is mine.", "Ibid., 117.")
    assert (note.kind, note.refers_to) == (NoteKind.IBID, 1)


def test_a_labelled_authors_note_cites_nothing() -> None:
    for text in (
        "Not: Bu bilgi yazarın kendi notlarından alınmıştır.",
        "Здесь и далее перевод автора.",
    ):
        assert classify(text) is NoteKind.COMMENT, text
    assert classify("Note: Smith, The Caspian Question, 45.") is NoteKind.CITATION


def test_a_name_and_a_bare_page_after_that_authors_source() -> None:
    golden = "Peter Golden, Central Asia in World History (Oxford: OUP, 2011), 45."
    only = _last(golden, "Golden, 47.").citations[0]
    assert ([str(a) for a in only.authors], only.title, only.page) == (["Golden"], None, "47")


def test_an_ibid_after_only_notes_read_as_prose_repeats_the_last_one() -> None:
    title = "Kazak halkının kökeni meselesine dair bazı düşünceler."
    note = _last(title, "Aynı yer, s. 5.")
    assert (note.kind, note.refers_to, note.page) == (NoteKind.IBID, 1, "5")
    note = _last(_GUMILEV, "Подробнее см. ниже.", "Там же. С. 12.")
    assert note.refers_to == 1  # a citing note before: the pointer between is skipped
    assert _last("Aynı yer, s. 4.").refers_to is None


def test_a_name_and_a_page_read_as_its_title_after_that_authors_source() -> None:
    maclean = "Fitzroy Maclean, Eastern Approaches (London: Cape, 1949), 45."
    only = _last(maclean, "Maclean, 52.").citations[0]
    assert (only.title, only.page) == (None, "52")
    assert (
        _last(
            "Tynyshpaev M. Materialy. Tashkent, 1925. S. 45.", "Tynyshpaev, ukaz. soch., s. 48."
        ).kind
        is NoteKind.OPCIT
    )
