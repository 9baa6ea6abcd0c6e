"""Short remarks and author's notes are comments, and an ibid after one repeats the source
before it (issue 12). The notes are written for these tests, none is a corpus note."""

from __future__ import annotations

import pytest

from citekit.citations import classify, parse_note, resolve_references
from citekit.citations.remarks import remark
from citekit.model import Location, NoteKind
from tests.linear import assert_linear


@pytest.mark.parametrize(
    "text",
    [
        "This point is disputed by several authors.",
        "Bu konuda farklı görüşler de bulunmaktadır.",
        "Здесь и далее цитаты приводятся в переводе автора.",
        "Yazarın notu: metindeki çeviriler bana aittir.",
        "Здесь и далее перевод мой. – И. И.",
        "Автордың ескертпесі.",
        "Emphasis added.",
        "The figures are rounded. Totals may differ slightly from the sum.",
    ],
)
def test_a_remark_is_a_comment(text: str) -> None:
    assert remark(text)
    assert classify(text) is NoteKind.COMMENT


@pytest.mark.parametrize(
    "text",
    [
        "Kazinform.",
        "Yılmaz, türk dış politikasında yeni yönelimler.",
        "Köpçülikleýin habar beriş serişdeleri hakynda.",  # a law's title alone
        "Türkiye Cumhuriyeti Dışişleri Bakanlığı, Türkiye-Türkmenistan ilişkileri.",
        "Interview with a senior Turkmen diplomat, Ashgabat.",
        "Alpysbayev т.б. (автордың ескертпесі)",  # a name beside the phrase
        "Bu konuda ayrıca bkz. yazarın ikinci kitabı, 2019 baskısı.",
        "The figures are rounded, see www.stat.gov.kz for the totals.",
    ],
)
def test_a_source_or_a_name_is_no_remark(text: str) -> None:
    assert not remark(text)


def test_an_ibid_after_a_remark_repeats_the_source_before_it() -> None:
    loc = Location(path="t")
    texts = [
        "John Smith, The Caspian Question (London: Routledge, 2015), 23.",
        "This point is disputed by several authors.",
        "Ibid., 45.",
    ]
    notes = resolve_references([parse_note(i, t, location=loc) for i, t in enumerate(texts, 1)])
    assert [n.kind for n in notes] == [NoteKind.CITATION, NoteKind.COMMENT, NoteKind.IBID]
    assert notes[2].refers_to == 1


@pytest.mark.parametrize(
    ("text", "kind", "page"),
    [
        ("Aynı kaynak, s. 12.", NoteKind.IBID, "12"),
        ("Сол жерде, 47 б.", NoteKind.IBID, "47"),
        ("Yılmaz, a.g.k., s. 12.", NoteKind.OPCIT, "12"),
        # an abbreviation's period typed without its space, or without the period
        ("Иванов И.И. Указ.соч. С.45.", NoteKind.OPCIT, "45"),
        ("Иванов И. И. Указ соч. С. 45.", NoteKind.OPCIT, "45"),
        ("Smith, op cit, p. 45.", NoteKind.OPCIT, "45"),
        ("Иванов И. И. Указанное сочинение. С. 45.", NoteKind.OPCIT, "45"),
        ("Aynı yerde, s. 45.", NoteKind.IBID, "45"),
        ("Yılmaz, a. g. e., s. 45.", NoteKind.OPCIT, "45"),
        ("Smith, supra note 1, p. 45.", NoteKind.OPCIT, "45"),
    ],
)
def test_more_ways_of_repeating_a_source(text: str, kind: NoteKind, page: str) -> None:
    note = parse_note(2, text, location=Location(path="t"))
    assert (note.kind, note.page) == (kind, page)


def test_an_op_cit_finds_its_author_written_in_capitals() -> None:
    loc = Location(path="t")
    texts = [
        "Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), 45.",
        "Mehmet Kaya, Türk Dış Politikası, Ankara: Nobel, 2010, s. 12.",
        "YILMAZ, a.g.e., s. 50.",
    ]
    notes = resolve_references([parse_note(i, t, location=loc) for i, t in enumerate(texts, 1)])
    assert (notes[2].kind, notes[2].refers_to) == (NoteKind.OPCIT, 1)


@pytest.mark.parametrize("gap", [" ", " –", "\u00a0"], ids=repr)
def test_a_long_run_of_white_space_is_read_in_linear_time(gap: str) -> None:
    # the closing signature (`– И. И.`) is looked for at the end alone: a pattern that let
    # white space open it tried every space of a long run again
    assert_linear(lambda n: "a" + gap * (n // len(gap)) + " b", remark, 20_000)
    assert_linear(
        lambda n: "Bir" + gap * (n // len(gap)) + " not",
        lambda text: parse_note(1, text, location=Location(path="t")),
        20_000,
    )


def test_a_signature_after_a_long_gap_is_still_set_aside() -> None:
    assert remark("Здесь и далее перевод мой." + " " * 50 + "– И. И.")


def test_many_commentary_phrases_are_read_in_linear_time() -> None:
    # each phrase set aside must not copy the whole note again
    assert_linear(lambda n: "author's note " * (n // 14), remark, 100_000)
