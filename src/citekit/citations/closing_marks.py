"""A language mark closing a cited source: `… 2019. (in Russian)`, `… С. 5–9. (на рус. яз.)`,
`… 1998 [in Turkmen]`. Written after the source's last field, such a bracket is no part of any
field, yet the tagger, meeting words it rarely saw there, may move a title's or a host's bounds
to it. It is read out of the source before the source's fields are: a round bracket's mark is
the record's language, as it is inside the note (`tagger/values.py`'s `marked_language`); a
square bracket's says in which language the work is, its title given in translation, and is
reported as a piece no field holds."""

from __future__ import annotations

import re
from typing import Final

from citekit.citations.tagger.values import marked_language

__all__ = ["closing_language"]

# a last bracket (its words with no bracket inside), then at most a period, at the text's end;
# opened by the bracket itself, so a search is tried at brackets only
_CLOSING: Final = re.compile(r"[(\[][^()\[\]]{1,40}[)\]][\s.]*$")


def closing_language(text: str) -> tuple[str, str | None, str | None]:
    """`text` without the language mark that closes it, the round mark's language code, and
    the square mark as written (None, None and `text` as it is when no mark closes it)."""
    if not text.rstrip(" .").endswith((")", "]")):
        return text, None, None  # most sources: one look at the end
    found = _CLOSING.search(text)
    if found is None or not text[: found.start()].strip():
        return text, None, None
    bracket = found.group().rstrip(" .")
    if (bracket[0] == "(" and bracket[-1] != ")") or (bracket[0] == "[" and bracket[-1] != "]"):
        return text, None, None
    code = marked_language(bracket)
    if code is None:
        return text, None, None
    rest = text[: found.start()].rstrip()
    if bracket[0] == "[":
        return rest, None, bracket
    return rest, code, None
