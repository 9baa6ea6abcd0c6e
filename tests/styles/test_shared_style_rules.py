"""Rules the shared extra styles showed, where citekit now writes what citeproc-js writes."""

from __future__ import annotations

from pathlib import Path

from citekit.styles import format_bibliography

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0"
       default-locale="{locale}">
  <info><title>t</title><id>t</id><updated>2020-01-01T00:00:00+00:00</updated></info>
"""


def _style(tmp_path: Path, body: str, locale: str = "en-US") -> str:
    path = tmp_path / "style.csl"
    path.write_text(HEAD.format(locale=locale) + body + "</style>\n", encoding="utf-8")
    return str(path)


UPPER_NAMES = """
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>
    <names variable="author"><name><name-part name="family" text-case="uppercase"/></name></names>
  </layout></bibliography>
"""


def test_a_name_is_upper_cased_by_its_own_language(tmp_path: Path) -> None:
    style = _style(tmp_path, UPPER_NAMES, locale="tr-TR")
    items = [
        {"id": "a", "language": "tr", "author": [{"family": "Özdemir", "given": "Çağla"}]},
        {"id": "b", "language": "en", "author": [{"family": "Anceschi", "given": "Luca"}]},
    ]
    assert format_bibliography(items, style=style) == ["Çağla ÖZDEMİR", "Luca ANCESCHI"]


ANONYMOUS = """
  <macro name="anon">
    <text term="anonymous" form="short" text-case="capitalize-first" strip-periods="true"/>
  </macro>
  <macro name="author">
    <names variable="author">
      <substitute><names variable="editor"/><text macro="anon"/></substitute>
    </names>
  </macro>
  <citation><layout><text macro="author"/></layout></citation>
  <bibliography><layout>
    <group delimiter=" "><text macro="author"/><text variable="title"/></group>
  </layout></bibliography>
"""


def test_a_term_standing_in_for_the_names_is_printed(tmp_path: Path) -> None:
    style = _style(tmp_path, ANONYMOUS)
    assert format_bibliography([{"id": "a", "title": "Title"}], style=style) == ["Anon Title"]


BY_AUTHOR = """
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <sort><key variable="author"/><key variable="title"/></sort>
    <layout><text variable="title"/></layout>
  </bibliography>
"""


def test_an_item_without_the_names_a_list_is_sorted_by_comes_last(tmp_path: Path) -> None:
    style = _style(tmp_path, BY_AUTHOR)
    items = [
        {"id": "a", "title": "Unsigned"},
        {"id": "b", "title": "Signed", "author": [{"family": "Zed", "given": "Ann"}]},
    ]
    assert format_bibliography(items, style=style) == ["Signed", "Unsigned"]


ROMAN = """
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout>
    <number variable="volume" form="roman" text-case="uppercase"/>
  </layout></bibliography>
"""


def test_roman_numerals_are_upper_cased_as_latin_letters(tmp_path: Path) -> None:
    style = _style(tmp_path, ROMAN, locale="tr-TR")
    item = {"id": "a", "language": "tr", "volume": "3"}
    assert format_bibliography([item], style=style) == ["III"]


NO_DATE_FIRST = """
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout delimiter=" ">
    <text term="no date" form="short"/><text variable="title"/><text term="no date" form="short"/>
  </layout></bibliography>
"""


def test_a_term_opening_an_entry_opens_with_a_capital(tmp_path: Path) -> None:
    style = _style(tmp_path, NO_DATE_FIRST)
    assert format_bibliography([{"id": "a", "title": "Title"}], style=style) == ["N.d. Title n.d."]


URL_IN_BRACKETS = """
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout suffix=".">
    <text variable="URL" prefix="Available at: &lt;" suffix="&gt;"/>
  </layout></bibliography>
"""


def test_a_period_after_a_closing_angle_bracket_stays(tmp_path: Path) -> None:
    style = _style(tmp_path, URL_IN_BRACKETS)
    item = {"id": "a", "URL": "https://example.org/a"}
    assert format_bibliography([item], style=style) == ["Available at: <https://example.org/a>."]


MACRO_CASE = """
  <macro name="title"><text variable="title"/></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout delimiter=" | ">
    <text macro="title" text-case="title"/><text variable="title" text-case="title"/>
  </layout></bibliography>
"""


def test_text_case_on_a_macro_call_is_not_applied(tmp_path: Path) -> None:
    style = _style(tmp_path, MACRO_CASE)
    item = {"id": "a", "language": "en", "title": "central asia in context"}
    assert format_bibliography([item], style=style) == [
        "central asia in context | Central Asia in Context"
    ]
