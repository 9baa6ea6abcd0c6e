"""Session 20's second round of prechecks agree with the passes they guard: each answers "no"
only where the pass itself would change nothing (random texts of the passes' own words, and
notes written for these tests, none a corpus note)."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.citations import prose, structure
from citekit.citations.tagger import initialled, totals
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.glued_initials import letter_initial
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, tokenize
from citekit.languages import shipped_words

_LEAD_PIECES = [*"Ab c:\t\n\x1c1.’'-", "по изданию", ": ", "Smith J. ", " a", " b c d"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_LEAD_PIECES), max_size=30).map("".join))
def test_a_colon_lead_is_found_only_where_the_precheck_lets_it(text: str) -> None:
    if prose._COLON_LEAD.match(text) is not None:
        assert prose._may_lead(text)


def test_a_lead_in_of_nine_words_is_read_and_of_ten_is_not() -> None:
    nine = "Перевод с английского выполнен нами по тексту этого издания: Olcott M. B. The Kazakhs."
    ten = "Перевод с английского выполнен нами по тексту этого издания книги: Olcott M. B. Title."
    assert prose.colon_lead(nine) is not None
    assert prose.colon_lead(ten) is None
    assert prose._COLON_LEAD.match(ten) is None
    assert prose.colon_lead("Translated from the edition: Smith J. Title. London, 1990.")
    assert prose.colon_lead("Алматы: Наука, 1990.") is None


def _reference_initialled(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`initialled_coauthor` with no period precheck: each token may open the name."""
    out = list(labels)
    for k in range(len(tokens) - 4):
        if (k and out[k - 1] == "title") or not letter_initial(tokens[k].text):
            continue
        end = initialled._name_end(tokens, out, k)
        if end == k:
            continue
        if k >= 2 and tokens[k - 1].text == "," and out[k - 2] == "author":
            a = k - 2
            while (
                a > 0
                and tokens[a - 1].text not in ",;"
                and (out[a - 1] == "author" or tokens[a - 1].text == "-")
            ):
                a -= 1
            if initialled._initials_first(tokens, a, k - 1):
                out[k - 1 : end] = ["author"] * (end - k + 1)
                return out
        if initialled._opening(tokens, out, k, end):
            out[k:end] = ["author"] * (end - k)
            return out
    return out


_NAME_PIECES = ["Ф", "Р", "Kh", "Б", ".", " ", ",", "Бабко", "Дерегус", "-", "Образ", "и", "1990"]
_LABELS = st.sampled_from(["author", "title", OTHER, "issued"])


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=24).map("".join), st.data())
def test_an_initialled_coauthor_needs_a_period_after_its_initial(
    text: str, data: st.DataObject
) -> None:
    tokens = tokenize(text)
    labels = data.draw(st.lists(_LABELS, min_size=len(tokens), max_size=len(tokens)))
    assert initialled.initialled_coauthor(tokens, labels) == _reference_initialled(tokens, labels)


def test_initialled_coauthors_written_are_still_read() -> None:
    text = "Ф. Р. Бабко, Б. С. Дерегус-Бабенко Образ степу. Київ, 2001."
    tokens = tokenize(text)
    title = tokens.index(next(t for t in tokens if t.text == "Б"))
    labels = ["author"] * 6 + [OTHER] + ["title"] * (len(tokens) - 7)
    out = initialled.initialled_coauthor(tokens, labels)
    assert out == _reference_initialled(tokens, labels)
    assert out[title : title + 7] == ["author"] * 7


@settings(max_examples=300)
@given(st.lists(st.sets(st.sampled_from(["Bvolume", "Bissue", "in", "Bplace", "Ivolume"]))))
def test_one_union_of_marks_tells_what_each_tokens_marks_tell(marks: list[set[str]]) -> None:
    each = all(map(totals._COUNT_MARKS.isdisjoint, marks))
    assert totals._COUNT_MARKS.isdisjoint(marks_union(marks)) == each


_ID_PIECES = [*shipped_words("identifier_labels"), *" :.1aSNDIhdPMC", "ISS", "PM", "OCL"]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_ID_PIECES), max_size=12).map("".join))
def test_the_labels_holding_no_other_find_what_every_label_finds(text: str) -> None:
    labels, _ = structure._identifiers()
    each = any(label in text for label in shipped_words("identifier_labels"))
    assert any(label in text for label in labels) == each
    assert len(labels) < len(set(shipped_words("identifier_labels")))
