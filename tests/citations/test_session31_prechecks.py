"""Session 31's exact prechecks: the izafet passes ask the note's token texts for a hyphen and an
izafet suffix, the page sums for a plus, APA's bracketed extent for an opening bracket, a
one-letter place for its area's dash and its colon. With the prechecks answering "present" the
parse is the same, and the passes still read the notes they are for."""

from __future__ import annotations

import pytest

from citekit._native import mode
from citekit.citations.tagger import izafet_presses, letter_places, page_sums
from citekit.citations.tagger.tokens import DASHES
from tests.citations.parsed import first_citation
from tests.citations.prechecked import answer_present, parsed, sample_notes

_WRITTEN = [
    "Âşıkpaşazâde, Tevârîh-i Âl-i Osman, II, İstanbul: Matbaa-i Âmire, 1332.",
    "Salname-i Devlet-i Aliyye-i Osmaniye, Matbaa-i Âmire, 1290.",
    "Mehmed Süreyya, Sicill-i Osmanî, İstanbul: Matbaa-yı Âmire, 1308, c. 2, s. 45.",
    "Lütfi Paşa, Tevârih-i Âl-i Osman, İstanbul: Matbaa-i Âmire, 1341.",
    "Hobsbawm E. The Age of Empire. London: Abacus, 1994. xii + 404 p.",
    "Jones, M. The Steppe (xii + 288 pp.). Oxford: Clarendon, 2004.",
    "Smith, J. (2019). The steppe frontier (304 pp.). Routledge.",
    "Иванов И. И. Очерки истории. М.: Наука, 1979. — xvi + 320 с.",
    "Kaya, Ali. Orta Asya (Ankara: Nobel, 2019), 45.",
    "Рахимов Р. Нефть и газ. Алматы, 2010. 200 б.",
    "Сейфуллин С. Тар жол, тайғақ кешу. – А.: Жазушы, 1991. – 400 б.",
    "Петров П. П. Записки. — М.: Наука, 1985. — 210 с.",
]

# every text the prechecks ask for: present, the passes run their whole work
_TEXTS = frozenset({"-", "+", "(", ":", *DASHES, *izafet_presses._izafet()})


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Written notes holding each pass's marks, and generated ones."""
    return sample_notes(_WRITTEN, 200, seed=31)


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_prechecks_answering_present_change_no_parse(
    notes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = parsed(notes)
    answer_present(monkeypatch, texts=(_TEXTS, (izafet_presses, letter_places, page_sums)))
    assert parsed(notes) == guarded


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [
        (
            "Salname-i Devlet-i Aliyye-i Osmaniye, Matbaa-i Âmire, 1290.",
            "publisher",
            "Matbaa-i Âmire",
        ),
        (
            "Lütfi Paşa, Tevârih-i Âl-i Osman, İstanbul: Matbaa-i Âmire, 1341.",
            "title",
            "Tevârih-i Âl-i Osman",
        ),
        ("Hobsbawm E. The Age of Empire. London: Abacus, 1994. xii + 404 p.", "extent", "404"),
        ("Smith, J. (2019). The steppe frontier (304 pp.). Routledge.", "extent", "304"),
        ("Сейфуллин С. Тар жол, тайғақ кешу. – А.: Жазушы, 1991. – 400 б.", "place", "А."),
    ],
)
def test_passes_still_read_their_notes(note: str, field: str, value: str) -> None:
    record = first_citation(note)
    got = {
        "publisher": record.publisher or "",
        "title": record.title or "",
        "extent": record.number_of_pages or "",
        "place": record.publisher_place or "",
    }[field]
    assert value in got
