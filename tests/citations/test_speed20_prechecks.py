"""Session 20's prechecks agree with the patterns they guard: each answers "no" only where the
pattern itself finds nothing (random texts of the patterns' own words, and written notes)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.citations import named, prose, remarks, sources
from citekit.languages import shipped_words

WRITTEN = [
    "Ziya Gökalp, Türkçülüğün Esasları, Ankara, 1976, s. 23'ten aktaran Taha Parla, Ziya "
    "Gökalp, İstanbul, 1989, s. 12.",
    "Smith, Title (London, 1990), 12, quoted in Jane Doe, Other (Oxford, 2001), 5.",
    "Перевод с английского выполнен по изданию: Olcott M. B. The Kazakhs. Stanford, 1995.",
    "Источник: составлено автором по данным Бюро национальной статистики.",
    "Kaynak: TÜİK verilerinden derlenmiştir.",
    "Эта мысль подробно развита в работе Н. Масанова «Кочевая цивилизация казахов».",
    "Bu konu Halil İnalcık'ın Osmanlı İmparatorluğu Klasik Çağ adlı eserinde işlenmiştir.",
    "This argument is developed in Terry Martin's The Affirmative Action Empire.",
    "Бекмаханов Е. Казахстан в 20–40-е годы XIX века. Алматы, 1992. С. 89. Ср.: Вяткин М. П. "
    "Батыр Срым. М.; Л., 1947.",
    "Ibid., 12. See also Jones, Oil, 2001, 10.",
    "Smith J. Title. London: Penguin, 2001. P. 5. Translation mine.",
    "Smith J. Title.\nLondon, 2001. Курсив наш. — А. Б.",
    "Иванов И. И. История. М.: Наука, 1990. 300 с.",
]


def _pieces(*keys: str) -> list[str]:
    words = [w for key in keys for w in shipped_words(key)]
    return [*words, *" ,.:;\t\n'’s«»“”„1dten", "a", "Ab", "23'ten ", ". ", ": ", ", "]


def _texts(*keys: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_pieces(*keys)), max_size=16).map("".join)


@settings(max_examples=300)
@given(_texts("quoting"))
def test_a_quoting_pattern_needs_a_quoting_word(text: str) -> None:
    if sources._quoting().search(text) is not None:
        assert any(w in text for w in sources._quoting_words())


@settings(max_examples=300)
@given(_texts("see"))
def test_the_grouped_see_words_find_what_the_flat_alternation_finds(text: str) -> None:
    words = sorted((w for w in shipped_words("see") if w[:1].isupper()), key=len, reverse=True)
    flat = re.compile(r"\.\s+(?:{})".format("|".join(re.escape(w) for w in words)))
    assert (sources._see_opens().search(text) is None) == (flat.search(text) is None)


@settings(max_examples=300)
@given(_texts("compiled"))
def test_the_grouped_compiled_phrases_find_what_the_flat_alternation_finds(text: str) -> None:
    words = sorted(shipped_words("compiled"), key=len, reverse=True)
    flat = re.compile("|".join(re.escape(w) for w in words))
    assert (remarks._compiled().search(text) is None) == (flat.search(text) is None)


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*"Ab c:\t\n1.’'-", "по изданию", ": ", "Smith J. "])).map("".join))
def test_a_colon_lead_needs_a_colon_and_a_space(text: str) -> None:
    if prose._COLON_LEAD.match(text) is not None:
        assert ":" in text
        assert prose._may_lead(text)


@settings(max_examples=300)
@given(_texts("named"))
def test_a_work_named_in_prose_needs_a_quote_a_possessive_or_a_named_word(text: str) -> None:
    marked = any(m in text for m in named._NAMING)
    if not marked and not any(w in text for w in named._named_words()):
        assert not named._QUOTED.findall(text)
        assert named._named().search(text) is None
        assert named._POSSESSIVE.search(text) is None


def test_written_notes_agree_with_the_patterns() -> None:
    flat_compiled = re.compile(
        "|".join(re.escape(w) for w in sorted(shipped_words("compiled"), key=len, reverse=True))
    )
    for text in WRITTEN:
        if sources._quoting().search(text):
            assert any(w in text for w in sources._quoting_words())
        if prose._COLON_LEAD.match(text):
            assert prose._may_lead(text)
        assert (remarks._compiled().search(text) is None) == (flat_compiled.search(text) is None)
    assert sources._quoted_from(WRITTEN[0]) is not None
    assert sources._quoted_from(WRITTEN[1]) is not None
    assert prose.colon_lead(WRITTEN[2]) is not None
    assert remarks.compiled_line(WRITTEN[3])
    assert remarks.compiled_line(WRITTEN[4])


def test_title_counts_precheck_is_the_two_scans_it_replaces() -> None:
    import operator

    from citekit.citations.tagger import totals
    from citekit.citations.tagger.features import token_marks
    from citekit.citations.tagger.tokens import text_set, tokenize

    notes = [
        *WRITTEN,
        "Бөкейхан Ә. Шығармалар жинағы. 7 томдық. 3-том. Алматы, 2009.",
        "Абай. Шығармалары. Т. 2. Алматы, 1995.",
        "Smith J. History. Vol. 3. London, 1990.",
        "Журнал. 2001. № 3. С. 5.",
        "Мәдени мұра. 2 т. Алматы, 2005.",
    ]
    seen = set()
    for note in notes:
        tokens = tokenize(note)
        marks = token_marks(tokens)
        plain = (
            any(map(operator.contains, marks, ["Bvolume"] * len(marks)))
            or not text_set(tokens).isdisjoint(totals._counted())
            or any("Bissue" in m for m in marks)
        )
        fast = not (
            text_set(tokens).isdisjoint(totals._counted())
            and all(map(totals._COUNT_MARKS.isdisjoint, marks))
        )
        assert fast == plain
        seen.add(plain)
    assert seen == {True, False}


def test_a_commentary_scan_passed_in_reads_as_the_own_scan() -> None:
    from citekit.citations.commentary import commentary, commentary_phrases

    for text in WRITTEN:
        flat = text.replace("\n", " ")
        for titles in [(), ("Title",), ("Smith J. Title. London: Penguin, 2001. P. 5.",)]:
            own = commentary(flat, ("x",), titles)
            assert commentary(flat, ("x",), titles, commentary_phrases(flat)) == own
