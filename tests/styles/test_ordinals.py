"""Ordinals in the gender of what they count, and superscript characters in HTML."""

from __future__ import annotations

from citekit.styles import Cite, Style
from citekit.styles.output import render

_STYLE = """<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"
  default-locale="{lang}">
  <info><id/><title/><updated>2024-01-01T00:00:00+00:00</updated></info>{locale}
  <citation><layout delimiter="; "><group delimiter=" / ">
    <number variable="edition" form="ordinal"/><number variable="issue" form="ordinal"/>
  </group></layout></citation>
</style>"""


def _cite(lang: str, edition: int, issue: int, locale: str = "") -> str:
    style = Style(_STYLE.format(lang=lang, locale=locale))
    item = {"id": "a", "type": "book", "edition": edition, "issue": issue}
    return style.citation_text([Cite(item)])


def test_french_ordinals_follow_the_gender_of_the_term() -> None:
    # fr-FR: "édition" is feminine, "numéro" masculine; only 1 has gendered forms
    assert _cite("fr-FR", 1, 1) == "1ʳᵉ / 1ᵉʳ"
    assert _cite("fr-FR", 2, 21) == "2ᵉ / 21ᵉ"


def test_english_ordinals_by_last_digit_and_last_two_digits() -> None:
    assert _cite("en-US", 1, 11) == "1st / 11th"
    assert _cite("en-US", 22, 113) == "22nd / 113th"


def test_a_styles_ordinals_replace_the_locales_and_fall_back_to_ordinal() -> None:
    locale = """<locale><terms>
      <term name="ordinal">.ª</term>
      <term name="ordinal-02" gender-form="masculine">.º</term>
      <term name="issue" gender="masculine">issue</term>
      <term name="edition" gender="feminine">edition</term></terms></locale>"""
    # edition 2 is feminine and ordinal-02 only masculine: the plain "ordinal" term
    assert _cite("en-US", 2, 2, locale) == "2.ª / 2.º"
    assert _cite("en-US", 3, 1, locale) == "3.ª / 1.ª"  # no "rd", no "st" left from en-US


def test_superscript_characters_are_sup_in_html_only() -> None:
    assert render("1ʳᵉ éd. ™", "html") == "1<sup>r</sup><sup>e</sup> éd. <sup>TM</sup>"
    assert render("1ʳᵉ éd.", "text") == "1ʳᵉ éd."
