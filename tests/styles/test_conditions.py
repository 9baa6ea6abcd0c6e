"""Conditions: `type="a b"` is one test, true for any listed type, as citeproc-js reads it."""

from __future__ import annotations

from pathlib import Path

from citekit.styles import Cite, Style, format_bibliography, format_notes

NEWSPAPER = {
    "id": "np1",
    "type": "article-newspaper",
    "title": "Yeni köprü açıldı",
    "container-title": "Cumhuriyet",
    "issued": {"date-parts": [[2021, 10, 20]]},
    "page": "5",
}
DICTIONARY = {
    "id": "d1",
    "type": "entry-dictionary",
    "title": "kitap",
    "container-title": "Türkçe Sözlük",
    "issued": {"date-parts": [[2011]]},
    "publisher": "TDK",
    "publisher-place": "Ankara",
}


def test_type_list_with_match_all_is_true_for_any_listed_type() -> None:
    # isnad-dipnotlu: <if type="entry-dictionary article-newspaper" match="all"> puts the
    # newspaper's (or dictionary's) name in place of a missing author; citeproc-js agrees.
    notes = format_notes([[NEWSPAPER], [DICTIONARY]], style="isnad-dipnotlu", locale="tr-TR")
    assert notes == [
        "Cumhuriyet, “Yeni köprü açıldı” (20 Ekim 2021), 5.",
        "Türkçe Sözlük, “kitap” (Ankara: TDK, 2011).",
    ]


def test_unsigned_newspaper_article_is_listed_under_the_newspaper_name() -> None:
    (entry,) = format_bibliography([NEWSPAPER], style="isnad-dipnotlu", locale="tr-TR")
    assert entry == "Cumhuriyet. “Yeni köprü açıldı” (20 Ekim 2021), 5."


MINI = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>mini</title><id>mini</id><updated>2026-11-29T00:00:00+00:00</updated></info>
  <citation><layout><text value="c"/></layout></citation>
  <bibliography><layout>
    <choose>
      <if type="book article-newspaper" variable="page" match="all"><text value="both"/></if>
      <else-if type="book article-newspaper" variable="page" match="none">
        <text value="neither"/>
      </else-if>
      <else><text value="one"/></else>
    </choose>
  </layout></bibliography>
</style>
"""


def test_type_list_counts_as_one_test_beside_other_attributes(tmp_path: Path) -> None:
    style = tmp_path / "mini.csl"
    style.write_text(MINI, encoding="utf-8")
    cases = [
        {"type": "article-newspaper", "page": "5"},  # type and page: all true
        {"type": "book", "page": "5"},
        {"type": "article-newspaper"},  # no page: one of the two tests
        {"type": "report", "page": "5"},
        {"type": "report"},  # neither
    ]
    items = [{"id": f"i{k}", "title": "T", **case} for k, case in enumerate(cases)]
    got = [format_bibliography([item], style=style)[0] for item in items]
    assert got == ["both", "both", "one", "one", "neither"]


SUBSTITUTED = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>mini</title><id>mini</id><updated>2026-11-29T00:00:00+00:00</updated></info>
  <citation><layout><text value="c"/></layout></citation>
  <bibliography><layout delimiter="|">
    <names variable="author"><substitute><text variable="title"/></substitute></names>
    <text variable="title"/>
    <choose><if variable="title"><text value="titled"/></if><else><text value="untitled"/></else>
    </choose>
  </layout></bibliography>
</style>
"""


def test_condition_still_sees_a_variable_a_substitute_printed(tmp_path: Path) -> None:
    # the title stands in for the author and is not printed twice, but `variable="title"`
    # still tests the item, as in citeproc-js (İSNAD's in-text date of a web page needs it)
    style = tmp_path / "substituted.csl"
    style.write_text(SUBSTITUTED, encoding="utf-8")
    item = {"id": "w", "type": "webpage", "title": "Başlık"}
    assert format_bibliography([item], style=style) == ["Başlık|titled"]


_ANON_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="anon"><choose><if variable="author" match="none">
    <text term="anonymous" form="short" text-case="capitalize-first"/></if></choose></macro>
  <macro name="who"><names variable="author"/><text macro="anon"/></macro>
  <citation><layout><group delimiter=" "><text macro="who"/><text variable="title"/></group>
  </layout></citation>
</style>"""


def test_a_macro_that_writes_a_term_is_content_to_the_macro_around_it() -> None:
    item = {"id": "a", "type": "book", "title": "T"}
    assert Style(_ANON_STYLE).citation_text([Cite(item)]) == "Anon. T"
