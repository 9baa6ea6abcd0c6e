"""A body whose name lists its fields with commas: `Çevre, Şehircilik ve İklim Değişikliği
Bakanlığı`, `Aile, Çalışma ve Sosyal Hizmetler Bakanlığı`, `Ministry of Labour, Health and
Social Affairs`. One organisation's head word at the name's end (or its start), capitalised
words between the commas and no initials: the commas and the joining word part no names."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token

__all__ = ["comma_body", "joined_body"]

_PIECE: Final = 3  # capitalised words of a field between two commas at most (`İklim Değişikliği`)
_SHORT: Final = 3  # letters of a joining word at most (`ve`, `and`, `of`, `и`)


def comma_body(tokens: list[Token], marks: list[set[str]], a: int, b: int) -> bool:
    """Whether tokens `a`…`b` (holding a comma) are one body's name: its fields listed, a
    joining word before the last (`Çevre, Şehircilik ve İklim …`)."""
    words = [k for k in range(a, b) if tokens[k].text.isalpha()]
    if len(words) < 3 or any(t.text not in "," for t in tokens[a:b] if not t.text.isalpha()):
        return False
    heads = [k for k in words if is_organisation(tokens[k].text)]
    if len(heads) != 1 or heads[0] not in (words[0], words[-1]):
        return False
    last = max(k for k in range(a, b) if tokens[k].text == ",")
    if not any("and" in marks[k] for k in range(last, b)):
        return False  # `Francine Hirsch, Empire of Nations`: a name and a title, no list
    size = 0
    for k in range(a, b):
        text = tokens[k].text
        if text == ",":
            size = 0
            continue
        if len(text) == 1 or (len(text) > _SHORT and not text[:1].isupper()):
            return False  # an initial, a word in lower case: no field's name
        size += 1
        if size > _PIECE and k < last:  # a field's few words before a comma
            return False
    return True


def joined_body(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the note's opening body's name that the model cut at its comma or its
    joining word (`Tarım, Orman` | `ve` | `Köyişleri Bakanlığı`, `Aile` | `,` | `Çalışma ve
    Sosyal Hizmetler Bakanlığı`) read as one name, and the work's name after it as the title."""
    if len(found) < 3 or found[0][0] != "author" or found[2][0] not in ("author", "title"):
        return found
    (_, a, _), (joint, c, d), (_, _, b) = found[:3]
    word = tokens[c].text
    if joint != OTHER or d - c != 1 or not (word == "," or (word.isalpha() and word.islower())):
        return found  # `ve`, `and`, `и` or a comma: one joint between
    if not any(t.text == "," for t in tokens[a:b]) or not comma_body(tokens, marks, a, b):
        return found
    out = [("author", a, b), *found[3:]]
    labels = [run[0] for run in out]
    if "title" not in labels and "container-title" in labels:
        j = labels.index("container-title")
        if all(label == OTHER for label in labels[1:j]):
            out[j] = ("title", out[j][1], out[j][2])  # `Body, Title, Ankara, 2021`
    return out
