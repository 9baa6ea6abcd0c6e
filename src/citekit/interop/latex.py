"""BibTeX values' LaTeX read as text (`T\\"urk` is `Türk`), by pylatexenc within limits: it
reads ~40 KB/s and recurses a level of braces at a time, so a value too long or nested too
deep keeps its text with its braces dropped (`docs/reference/security.md`)."""

from __future__ import annotations

import re

from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

__all__ = ["latex_text"]


def _latex_reader() -> LatexNodes2Text:
    """pylatexenc's reader, with ``\\textasciicircum{}`` read back as the "^" we write (its
    default is the modifier letter "ˆ"), and the brace commands as braces (it drops them)."""
    context = get_default_latex_context_db()
    macros = [
        MacroTextSpec("textasciicircum", "^"),
        MacroTextSpec("textbraceleft", "{"),
        MacroTextSpec("textbraceright", "}"),
    ]
    context.add_context_category("citekit", macros=macros, prepend=True)
    return LatexNodes2Text(latex_context=context)


_LATEX = _latex_reader()
_LATEX_CHARS = re.compile(r"[\\{}~$]")
_LATEX_LIMIT = 20_000  # longer values are not given to pylatexenc (it reads ~40 KB/s)
_LATEX_DEPTH = 64  # nor values nesting braces deeper: it recurses a level at a time


def _depth(value: str) -> int:
    """How deep `value`'s braces nest."""
    depth = deepest = 0
    for char in value:
        if char == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "}":
            depth -= 1
    return deepest


def latex_text(value: str) -> str:
    """`value`'s text: LaTeX decoded where there is LaTeX; a value too long or too deeply nested
    to decode (no honest value nests braces 64 deep) with its braces dropped, its text kept."""
    if not _LATEX_CHARS.search(value):
        return value
    if len(value) > _LATEX_LIMIT or _depth(value) > _LATEX_DEPTH:
        return value.replace("{", "").replace("}", "")
    return str(_LATEX.latex_to_text(value))
