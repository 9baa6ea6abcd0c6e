"""Write CSL locale files for languages CSL has none for (Kazakh, Turkmen) from citekit's data.

Terms come from ``[terms]`` in the language file, month names from CLDR through babel (the
stand-alone forms, in the case of running text; the engine switches to CLDR's genitive format
forms after a day). The files
are committed in src/citekit/styles/data/locales/; tests check they match this script's output.

    uv run python scripts/make_csl_locales.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from babel.dates import get_month_names

from citekit.languages import language

TARGETS = {"kk": "kk-KZ", "tk": "tk-TM"}
OUT = Path(__file__).parent.parent / "src" / "citekit" / "styles" / "data" / "locales"
# CSL term name -> citekit [terms] key (both spell most of them alike)
TERMS = {
    "accessed": "accessed",
    "ibid": "ibid",
    "and": "and",
    "et-al": "et-al",
    "no date": "no-date",
    "in": "in",
    "retrieved": "retrieved",
    "online": "online",
    "and others": "et-al",  # GOST's "и др." after a list of names
}
# a book's extent ("240 б.", "384 s.") takes the page word, as in Russian ("304 с.")
SHORT = {
    "page": "page",
    "number-of-pages": "page",
    "no date": "no-date",  # else APA's "(n.d.)" comes from en-US
    "volume": "volume",
    "issue": "issue",
    "edition": "edition",
}
VERB_SHORT = {"editor": "editor", "translator": "translator"}


def term(name: str, value: str, form: str | None = None) -> str:
    attrs = f' name="{name}"' + (f' form="{form}"' if form else "")
    return f"    <term{attrs}>{escape(value)}</term>"


def locale_xml(code: str) -> str:
    lang = language(code)
    tag = TARGETS[code]
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="{tag}">',
        "  <info>",
        "    <translator><name>citekit</name></translator>",
        '    <rights license="http://creativecommons.org/licenses/by-sa/3.0/">This work is '
        "licensed under a Creative Commons Attribution-ShareAlike 3.0 License</rights>",
        "    <updated>2026-11-27T00:00:00+00:00</updated>",
        "  </info>",
        '  <style-options punctuation-in-quote="false"/>',
        '  <date form="text">',
        '    <date-part name="day" suffix=" "/>',
        '    <date-part name="month" suffix=" "/>',
        '    <date-part name="year"/>',
        "  </date>",
        '  <date form="numeric">',
        '    <date-part name="day" form="numeric-leading-zeros" suffix="."/>',
        '    <date-part name="month" form="numeric-leading-zeros" suffix="."/>',
        '    <date-part name="year"/>',
        "  </date>",
        "  <terms>",
    ]
    for csl, key in TERMS.items():
        if key in lang.terms:
            lines.append(term(csl, lang.terms[key]))
    for csl, key in SHORT.items():
        if key in lang.terms:
            lines.append(term(csl, lang.terms[key], "short"))
    for csl, key in VERB_SHORT.items():
        if key in lang.terms:
            lines.append(term(csl, lang.terms[key], "verb-short"))
            lines.append(term(csl, lang.terms[key], "short"))
    wide = get_month_names("wide", "stand-alone", code)
    short = get_month_names("abbreviated", "stand-alone", code)
    running = get_month_names("wide", "format", code)
    for month in range(1, 13):
        # the form of running text where it is the same word (Kazakh "қазан", not the
        # calendar heading's "Қазан"); the stand-alone form where the other is inflected
        name = str(wide[month])
        if str(running[month]).casefold() == name.casefold():
            name = str(running[month])
        lines.append(term(f"month-{month:02d}", name))
    for month in range(1, 13):
        lines.append(term(f"month-{month:02d}", str(short[month]), "short"))
    lines += ["  </terms>", "</locale>", ""]
    return "\n".join(lines)


def main() -> int:
    for code, tag in TARGETS.items():
        (OUT / f"locales-{tag}.xml").write_text(locale_xml(code), encoding="utf-8")
        print(f"wrote locales-{tag}.xml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
