"""Quotation marks in fields: paired ones written as the locale's quotes by depth."""

from __future__ import annotations

from citekit.styles import Cite, Style

_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"
  default-locale="{lang}">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout suffix="."><text variable="title" quotes="{quotes}"/></layout></citation>
</style>"""


def _title(title: str, lang: str = "en-US", quotes: str = "false") -> str:
    style = Style(_STYLE.format(lang=lang, quotes=quotes))
    return style.citation_text([Cite({"id": "a", "type": "book", "title": title})])


def test_paired_quotes_take_the_locales_marks_by_depth() -> None:
    assert _title("'Nobody Knows You're a Dog': Cartoon") == "“Nobody Knows You’re a Dog”: Cartoon."
    assert _title("This is 'The One'", quotes="true") == "“This is ‘The One.’”"
    assert _title('Life\'s "Little" Surprises', "fr-FR", "true") == (
        "«\u00a0Life’s “Little” Surprises\u00a0»."
    )


def test_a_quote_that_pairs_with_none_stays_as_written() -> None:
    assert _title('Nation of "Positive Obligations " of State') == (
        'Nation of "Positive Obligations " of State.'
    )


def test_a_fields_own_comma_after_its_quote_stays_outside() -> None:
    assert _title("'quote', Hello") == "“quote”, Hello."


def test_french_guillemets_hold_text_with_narrow_spaces() -> None:
    assert _title("His « Anonymous » Life") == "His «\u202fAnonymous\u202f» Life."


def test_a_quote_inside_a_quote_and_an_apostrophe_run() -> None:
    assert _title("'\"Inner\"'") == "“‘Inner.’”"
    assert _title("l'''") == "l’’’."


def test_question_and_exclamation_marks_go_inside_after_merging() -> None:
    style = Style(
        """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout><group delimiter=" / "><group>
    <text variable="title" quotes="true" suffix=":"/><text value="x" prefix="? "/></group>
    <group><text variable="title" quotes="true" suffix="!"/><text value="y" prefix="; "/>
  </group></group></layout></citation>
</style>"""
    )
    text = style.citation_text([Cite({"id": "a", "type": "book", "title": "Why"})])
    assert text == "“Why?” x / “Why!”; y"


def test_a_cite_suffix_ending_in_punctuation_takes_the_delimiter_without_its_own() -> None:
    style = Style(
        """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout delimiter="; "><text variable="title"/></layout></citation>
</style>"""
    )
    a, b, c = ({"id": k, "type": "book", "title": k.upper()} for k in "abc")
    cites = [Cite(a, suffix=" is one,"), Cite(b, suffix=" two"), Cite(c)]
    assert style.citation_text(cites) == "A is one, B two; C"


def test_quotes_inside_a_fields_own_guillemets_are_one_level_deeper() -> None:
    title = "Вопросы “экономики” и «права “нового”»"
    assert _title(title, "ru-RU") == "Вопросы «экономики» и «права „нового“»."
