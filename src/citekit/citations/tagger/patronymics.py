"""A title glued to its author's father's name. CyberLeninka's `Библиографическая ссылка`
writes each author in full, family first, and the title right after the last one with no
mark between (`Кузнецов Алексей Викторович, Смирнова Ольга Петровна Нейтралитет Туркменистана
// …`): a father's name (`-ович`, `-овна`, `-ұлы`) closes a family-first name, so the
capitalised words after it in the same run are the title's (when the note has no title, or
its title's run follows right after)."""

from __future__ import annotations

from citekit.citations.names import fathers_name
from citekit.citations.tagger.align import Run
from citekit.citations.tagger.tokens import Token

__all__ = ["title_after_fathers_name"]


def title_after_fathers_name(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the words after a father's name in an author's run read as the title (the
    title's, when the title's run follows right after)."""
    if not any(label == "author" and b - a > 3 for label, a, b in found):
        return found  # no author's run of four tokens or more (the common case)
    titled = any(label == "title" for label, _, _ in found)
    for j, (label, a, b) in enumerate(found):
        if label != "author":
            continue
        follows = j + 1 < len(found) and found[j + 1][0] == "title" and found[j + 1][1] == b
        if titled and not follows:
            continue
        for k in range(a + 2, b - 1):
            # family first: the father's name is the name's third word (`Сергей Петрович
            # Иванов`, given names first, goes on to the family)
            opens = k - 2 == a or tokens[k - 3].text == ","
            if tokens[k - 1].text == "-":
                continue  # `Бонч-Бруевич В. Д.`: a family name's second part, no father's
            after = tokens[k + 1]
            if not opens or not (after.text[:1].isupper() and after.text.isalpha()):
                continue
            if fathers_name(tokens[k].text):
                end, rest = (found[j + 1][2], j + 2) if follows else (b, j + 1)
                return [*found[:j], ("author", a, k + 1), ("title", k + 1, end), *found[rest:]]
    return found
