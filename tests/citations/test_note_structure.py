"""Note structure on notes a user wrote: several sources, an ibid after `;`, "see" remarks."""

from __future__ import annotations

import pytest

from citekit.citations import parse_note, resolve_references
from citekit.citations.sources import split_sources
from citekit.model import Location, Note, NoteKind, PartialDate

_AT = Location(path="notes.md")


def _note(text: str, number: int = 1) -> Note:
    return parse_note(number, text, location=_AT)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Bkz. Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010; Veli Can, Kazak "
            "Tarihi, İstanbul: Ötüken, 2015.",
            "Bkz. Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010",
            "Veli Can, Kazak Tarihi, İstanbul: Ötüken, 2015.",
        ),
        (
            "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с.; Әуезов М. Абай жолы. "
            "Алматы: Жазушы, 1997. 400 б.",
            "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с.",
            "Әуезов М. Абай жолы. Алматы: Жазушы, 1997. 400 б.",
        ),
        (
            "Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), "
            "33–35; see also Smith, Energy Politics, 50.",
            "Ahmet Yılmaz, Orta Asya’da Enerji Politikaları (İstanbul: Kitap Yayınevi, 2019), "
            "33–35",
            "see also Smith, Energy Politics, 50.",
        ),
        (
            "Mehmet Kaya, Hazar Havzası, Ankara: Nobel, 2017, s. 12; ayrıca bkz. Ali Demir, "
            "Türk Dünyası, Ankara: TTK Yayınları, 2010.",
            "Mehmet Kaya, Hazar Havzası, Ankara: Nobel, 2017, s. 12",
            "ayrıca bkz. Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010.",
        ),
        (
            "Иванов И. И. История Казахстана. М.: Наука, 2015. С. 45; см. также Петров П. П. "
            "Степь и город. Алматы: Жазушы, 2012. С. 7.",
            "Иванов И. И. История Казахстана. М.: Наука, 2015. С. 45",
            "см. также Петров П. П. Степь и город. Алматы: Жазушы, 2012. С. 7.",
        ),
        (  # Kazakh's and Turkmen's "see also"
            "Ахметов А. Тарих. Алматы, 1999. 200 б.; сондай-ақ қараңыз: Сейітов С. Әдебиет. "
            "Астана, 2005. 150 б.",
            "Ахметов А. Тарих. Алматы, 1999. 200 б.",
            "сондай-ақ қараңыз: Сейітов С. Әдебиет. Астана, 2005. 150 б.",
        ),
        (
            "Orazow A. Taryh. Aşgabat, 2001. 120 s.; şeýle hem seret: Annaýew B. Edebiýat. "
            "Aşgabat, 2005. 150 s.",
            "Orazow A. Taryh. Aşgabat, 2001. 120 s.",
            "şeýle hem seret: Annaýew B. Edebiýat. Aşgabat, 2005. 150 s.",
        ),
        (
            "Smith, Energy Politics, 50; Jones, Oil Wars, 12–14.",
            "Smith, Energy Politics, 50",
            "Jones, Oil Wars, 12–14.",
        ),
        (
            "Иванов, История Казахстана, 45; Петров, Степь и город, 7.",
            "Иванов, История Казахстана, 45",
            "Петров, Степь и город, 7.",
        ),
    ],
)
def test_a_note_citing_two_works_gives_two_records(text: str, first: str, second: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    assert [c.raw for c in note.citations] == [first, second]


def test_the_see_prefix_is_no_part_of_the_record() -> None:
    note = _note(
        "Bkz. Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010; Veli Can, Kazak Tarihi, "
        "İstanbul: Ötüken, 2015."
    )
    first = note.citations[0]
    assert first.title == "Türk Dünyası"
    assert [a.family for a in first.authors] == ["Demir"]
    assert note.citations[1].issued == PartialDate(2015)
    see_also = _note(
        "Иванов И. И. История Казахстана. М.: Наука, 2015. С. 45; см. также Петров П. П. "
        "Степь и город. Алматы: Жазушы, 2012. С. 7."
    ).citations[1]
    assert (see_also.title, see_also.page) == ("Степь и город", "7")
    assert [a.family for a in see_also.authors] == ["Петров"]


@pytest.mark.parametrize(
    "text",
    [
        # a page list
        "Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010, s. 4; 7.",
        "Smith, Energy Politics, London: Routledge, 2015, 12; 45; 60.",
        "Smith, Energy Politics, 50; 52.",
        # GOST's responsibilities: translator; editor
        "Смит Дж. История степи / пер. с англ. И. Иванова; под ред. П. Петрова. М.: Наука, "
        "2015. 304 с.",
        # a database export, with and without spaces
        "Energy Politics;Smith John.;Journal of Energy,2019",
        "Energy Politics 2019; Smith John; Journal of Energy, 2019",
        # inside a title or brackets
        "Kaya M. «Tarih; Bellek ve Kimlik, 1923–2023». Ankara: Nobel, 2023.",
        "Омаров Н. Степь (очерки, 1990; дополнено, 2001). Алматы: Атамұра, 2005. 210 б.",
        # an author list, then the year; a title, then the place
        "FAROULT, ROBSON; 2006, p. 14",
        "Demir, Tarih; Ankara, 2010.",
    ],
)
def test_a_semicolon_inside_one_citation_does_not_split_it(text: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    assert len(note.citations) == 1
    assert note.citations[0].raw == text


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("Ataýew A. Türkmen edebiýaty. Aşgabat: Ylym, 2010. 320 s.; Şol ýerde, 25 s.", "25"),
        ("Demir, Tarih, Ankara: TTK, 2010; Aynı eser, s. 4", "4"),
        ("Иванов И. И. История Казахстана. М.: Наука, 2015. С. 45; Там же. С. 50.", "50"),
        ("Әуезов М. Абай жолы. Алматы: Жазушы, 1997. 400 б.; Сонда, 12 б.", "12"),
        ("John Smith, Energy Politics (London: Routledge, 2015), 33; ibid., 41.", "41"),
    ],
)
def test_an_ibid_after_a_semicolon_repeats_the_source_before_it(text: str, page: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.CITATION
    assert len(note.citations) == 2
    first, again = note.citations
    assert (again.title, again.authors, again.issued) == (first.title, first.authors, first.issued)
    assert first.title is not None
    assert again.page == page
    assert again.page != first.page


def test_an_ibid_after_a_semicolon_without_a_page_keeps_the_page() -> None:
    note = _note("Smith J. Energy Politics. London: Routledge, 2015. P. 12; Ibid.")
    first, again = note.citations
    assert again.page == first.page == "12"


@pytest.mark.parametrize(
    "text",
    [
        "Bu konuda ayrıca bkz. yazarın diğer çalışmaları.",
        "See also the author's other works.",
        "См. также другие работы автора.",
        "Бұл туралы қараңыз: автордың басқа еңбектері.",
        "Bu barada seret: awtoryň beýleki işleri.",
    ],
)
def test_a_see_remark_that_names_no_work_is_a_comment(text: str) -> None:
    note = _note(text)
    assert note.kind is NoteKind.COMMENT
    assert note.citations == ()


@pytest.mark.parametrize(
    "text",
    [
        "Bkz. Kaya.",
        "See Smith.",
        "См. Иванов.",
        "Bu konuda bkz. yazarın 2015 tarihli kitabı.",
        "See the author's article “Energy and Power”.",
        "See https://example.org/energy for more.",
        "Қараңыз: Әуезов, Абай жолы.",
    ],
)
def test_a_see_note_that_names_something_still_cites(text: str) -> None:
    assert _note(text).kind is NoteKind.CITATION


def test_an_ibid_note_after_a_comment_points_at_the_last_citing_note() -> None:
    notes = resolve_references(
        [
            _note("Ali Demir, Türk Dünyası, Ankara: TTK Yayınları, 2010, s. 4.", 1),
            _note("Bu konuda ayrıca bkz. yazarın diğer çalışmaları.", 2),
            _note("Aynı yer, s. 9.", 3),
        ]
    )
    assert [n.kind for n in notes] == [NoteKind.CITATION, NoteKind.COMMENT, NoteKind.IBID]
    assert notes[2].refers_to == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Там\u00a0же. С.\u00a06.", NoteKind.IBID),  # Word's no-break space
        ("Şol\nýerde.", NoteKind.IBID),  # a line break inside the phrase
        ("Aynı  yer, s. 6.", NoteKind.IBID),
        ("Сулейменов\u00a0О. Указ.\u00a0соч.\u00a0С. 109.", NoteKind.OPCIT),
        ("Сулейменов, op.\ncit., p. 305.", NoteKind.OPCIT),
    ],
)
def test_ibid_and_op_cit_words_read_across_any_white_space(text: str, kind: NoteKind) -> None:
    notes = resolve_references(
        [_note("Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975."), _note(text, 2)]
    )
    assert notes[1].kind is kind
    assert notes[1].refers_to == 1


def test_characters_no_reader_sees_are_read_as_absent() -> None:
    plain = (
        "Kozlowski A. C. The Geometry of Culture // American Sociological Review. 2019. Vol. 84."
    )
    hidden = (
        "Koz\u00adlowski A. C. The Geo\u200bmetry of Cul\u00adture // Amer\u2060ican "
        "Socio\u00adlogical Review. 2019. Vol.\ufeff 84."
    )
    note = _note(hidden)
    assert note.text == hidden  # the note keeps what was written
    assert note.citations == _note(plain).citations
    assert note.citations[0].title == "The Geometry of Culture"


@pytest.mark.parametrize(
    "text",
    [
        # `;` inside a GOST host's description, before its imprint
        "Дорожкина Я. Б. Выборы 1937 г. // Сибирь в XVII–XX веках: Бахрушинские чтения "
        "1999–2000 гг.; Межвуз. сб. науч. тр. / Под ред. В. И. Шишкина. Новосибирск, 2002. "
        "С. 132–141.",
        # places of publication joined by `;`
        "Горшкова Ф. Р. Введение // Актуальные проблемы: материалы конференции — Л.; "
        "Кызылорда: Статут, 1970. — С. 206—212.",
    ],
)
def test_a_semicolon_inside_one_gost_description_cuts_nothing(text: str) -> None:
    from citekit.citations.sources import split_sources as _split_sources

    assert _split_sources(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "See John Smith, The Caspian Question (London: Routledge, 2015), 23; and Anna Brown,"
        " Steppe Empires (Oxford: Oxford University Press, 2011), 5.",
        "Иванов И. И. История степи. М., 2001. С. 3; и Петров П. П. Город. М., 2002. С. 5.",
        "Kaya, Osmanlı Tarihi, 2001, s. 3; ve ayrıca bkz. Demir, Tarih, 2002, s. 5.",
    ],
)
def test_an_and_word_after_a_semicolon_joins_one_more_source(text: str) -> None:
    first, second = split_sources(text)
    assert first.endswith(("23", "С. 3", "s. 3"))
    assert second.split()[0] in ("and", "и", "ve")


def test_an_and_word_before_no_source_stays_in_the_note() -> None:
    text = "Smith and Jones 2001; and the references there."
    assert split_sources(text) == [text]
