"""`Style.render_labelled`: the rendered entry with the CSL variable behind each span."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.model import LabelledText
from citekit.styles import format_bibliography, format_notes, load_style

STYLES = (
    "apa",
    "chicago-notes-bibliography",
    "gost-r-7-0-5-2008-numeric",
    "isnad-dipnotlu",
    "modern-language-association",
    "harvard-cite-them-right",
)
_NAMES = {"author", "editor", "translator", "container-author", "collection-editor"}
_DATES = {"issued", "accessed", "original-date", "event-date"}
_NUMBERS = {"volume", "issue", "page", "number-of-pages", "edition", "number", "collection-number"}
_ENGINE = {"citation-number", "year-suffix", "locator", "first-reference-note-number"}

_word = st.text(alphabet="abcdefgiklmnoprstuyzçğışöüабвгдежзклмн", min_size=2, max_size=8)
_words = st.lists(_word, min_size=1, max_size=5).map(" ".join)
_sentence = st.tuples(_words, st.sampled_from(["", "", "?", "!"])).map("".join)
_name = st.fixed_dictionaries({"family": _word.map(str.capitalize)}, optional={"given": _word})
_date = st.tuples(
    st.integers(1900, 2030), st.integers(1, 12), st.integers(1, 28), st.integers(1, 3)
).map(lambda d: {"date-parts": [list(d[: d[3]])]})
_number = st.integers(1, 999).map(str)

ITEMS = st.fixed_dictionaries(
    {
        "id": st.just("x"),
        "type": st.sampled_from(
            ["book", "article-journal", "chapter", "webpage", "article-newspaper", "report"]
        ),
        "title": _sentence,
    },
    optional={
        "author": st.lists(_name, min_size=1, max_size=4),
        "editor": st.lists(_name, min_size=1, max_size=2),
        "translator": st.lists(_name, min_size=1, max_size=1),
        "container-title": _words,
        "collection-title": _words,
        "publisher": _words,
        "publisher-place": _words,
        "issued": _date,
        "accessed": _date,
        "volume": _number,
        "issue": _number,
        "page": st.tuples(_number, _number).map(lambda p: f"{p[0]}-{int(p[0]) + int(p[1])}"),
        "number-of-pages": _number,
        "edition": _number,
        "URL": _word.map(lambda w: f"https://example.org/{w}"),
        "DOI": _number.map(lambda n: f"10.1000/{n}"),
        "ISBN": st.just("978-5-4461-0512-0"),
        "genre": _words,
        "language": st.sampled_from(["en", "tr", "ru"]),
    },
)


def _fold(text: str) -> str:
    """Letters and digits only, case and dotted/dotless i set aside: what casing may change."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ı", "i"))
    return "".join(c for c in text if c.isalnum())


def _check_span(item: dict[str, Any], label: str, text: str) -> None:
    """The span's text is what the variable wrote: its value, cased or abbreviated."""
    assert text == text.strip(), (label, text)
    if label in _ENGINE:
        return
    assert label in item, (label, text)
    value = item[label]
    if label in _NAMES:
        families = [_fold(n["family"]) for n in value]
        assert any(f in _fold(text) for f in families), (label, text, value)
        assert text[:1].isalnum(), (label, text)
        assert text[-1:].isalnum() or text[-1:] == ".", (label, text)
    elif label in _DATES:
        # a style may write a date's parts apart ("(2021, October 20)"): each its own span
        parts = value["date-parts"][0] + [0, 0]
        year, month, day = parts[0], parts[1], parts[2]
        written = {str(year), f"{year % 100:02d}", str(month), f"{month:02d}", str(day)}
        written.add(f"{day:02d}")
        assert set(re.findall(r"\d+", text)) <= written, (label, text, value)
        assert re.search(r"\d", text) or month, (label, text, value)
        assert text[:1].isalnum(), (label, text)
        assert text[-1:].isalnum() or text[-1:] == ".", (label, text)
    elif label in _NUMBERS:
        first = str(value).split("-")[0]
        assert _fold(text).startswith(first), (label, text, value)
    elif label in ("URL", "DOI"):
        assert text == value
    else:
        assert _fold(text) == _fold(str(value)), (label, text, value)
        assert text[:1].isalnum(), (label, text)


def _check(labelled: LabelledText, item: dict[str, Any]) -> None:
    at = 0
    for span in labelled.spans:
        assert at <= span.start < span.end <= len(labelled.text), labelled
        at = span.end
        _check_span(item, span.label, labelled.text[span.start : span.end])


@pytest.mark.parametrize("style", STYLES)
@settings(max_examples=25)
@given(item=ITEMS)
def test_each_span_is_the_text_its_variable_wrote(style: str, item: dict[str, Any]) -> None:
    labelled = load_style(style).render_labelled(item)
    assert labelled.text == format_bibliography([item], style=style)[0]
    _check(labelled, item)


@pytest.mark.parametrize("style", STYLES)
@settings(max_examples=15)
@given(item=ITEMS)
def test_a_notes_spans_are_the_text_their_variables_wrote(style: str, item: dict[str, Any]) -> None:
    labelled = load_style(style).render_labelled(item, mode="note")
    assert labelled.text == format_notes([[item]], style=style)[0]
    _check(labelled, item)


BOOK = {
    "id": "b1",
    "type": "book",
    "title": "the meaning of words",
    "author": [{"family": "Smith", "given": "John"}, {"family": "Öztürk", "given": "Ayşe"}],
    "publisher": "Pub House",
    "publisher-place": "Ankara",
    "issued": {"date-parts": [[2021, 10, 20]]},
    "ISBN": "978-5-4461-0512-0",
}


def test_chicago_book_names_each_author_and_the_cased_title() -> None:
    labelled = load_style("chicago-notes-bibliography").render_labelled(BOOK)
    assert labelled.text == ("Smith, John, and Ayşe Öztürk. The Meaning of Words. Pub House, 2021.")
    assert [(piece, label) for piece, label in labelled.pieces() if label] == [
        ("Smith, John", "author"),
        ("Ayşe Öztürk", "author"),
        ("The Meaning of Words", "title"),
        ("Pub House", "publisher"),
        ("2021", "issued"),
    ]


def test_a_note_labels_the_first_citation() -> None:
    labelled = load_style("chicago-notes-bibliography").render_labelled(BOOK, mode="note")
    assert labelled.text.startswith("John Smith and Ayşe Öztürk, ")
    assert ("John Smith", "author") in list(labelled.pieces())


def test_a_substituted_title_is_labelled_title() -> None:
    item = {key: value for key, value in BOOK.items() if key != "author"}
    labelled = load_style("apa").render_labelled(item)
    assert next(labelled.pieces())[1] == "title"


def test_an_unknown_mode_is_an_error() -> None:
    with pytest.raises(ValueError, match="mode"):
        load_style("apa").render_labelled(BOOK, mode="citation")
