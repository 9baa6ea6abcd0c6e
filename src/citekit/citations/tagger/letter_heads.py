"""A document cited by its kind and the people it passes between (`Письмо А. П. Чехова к А. С.
Суворину от 12 мая 1890 г. // Чехов А. П. Полн. собр. соч. …`): the kind's word (`Письмо`,
`Телеграмма`: the `[legal] document` and `law` words) opens a description, no person's name,
so the whole head before `//` is the document's title, its writer and addressee and its date
included (the corpus's convention for dates inside titles); the host keeps its own imprint."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations.legal_words import document_kinds
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, double_slash, text_set
from citekit.languages import shipped_words

__all__ = ["dated_in_title", "described_document", "kind_word_head", "letter_dated_in_host"]

_HEAD: Final = frozenset({"author", "title", "issued", OTHER})


def kind_word_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a head that opens with a document's kind, read as an author's family name
    (`Письмо А. П.`), read whole as the title up to `//`, its date included (the document's,
    not the citation's: a reference list writes it once, in the title)."""
    slash = double_slash(tokens) if "/" in text_set(tokens) else None  # most notes: no `/`
    if slash is None or not found:
        return list(found)
    label, a, _ = found[0]
    kinds = document_kinds()
    second = tokens[1].text.islower() and tokens[1].text in kinds  # `Докладная записка`
    if label != "author" or a != 0 or (tokens[0].text.casefold() not in kinds and not second):
        return list(found)
    head = [run for run in found if run[1] < slash]
    if any(run[0] not in _HEAD or run[2] > slash for run in head):
        return list(found)
    end = max(run[2] for run in head if run[0] != OTHER)
    after = [run for run in found if run[1] >= end]
    return [("title", 0, end), *after]


def described_document(tokens: list[Token], found: list[Run], archive: int) -> list[Run]:
    """`found` with a head before an archive's name that holds no title and is read as names, but
    opens or closes with a document's kind (`Mihrimah Sultan Vakfiyesi, VGM Arşivi, Defter
    No: 987`, `Телеграмма Голощекина Сталину, ЦГА РК, …`), read as the document's title, a
    day after it included (the corpus's convention for dates inside titles). A head that
    opens with the kind, read as a name and a title (`Memorandum from F. I.` | `Goloshchekin
    to …`), is the title whole too."""
    at = next((k for k, token in enumerate(tokens) if token.start >= archive), None)
    if at is None or not found:
        return list(found)
    head = [run for run in found if run[0] != OTHER and run[1] < at]
    dated = len(head) > 1 and head[-1][0] == "issued"  # `…, 9 сентября 1928 г., ЦГА РК`
    start, end = (head[0][1], head[-1][2]) if head else (0, 0)
    head = head[:-1] if dated else head
    if not head or any(label not in ("author", "title") or b > at for label, _, b in head):
        return list(found)
    words = [t.text for t in tokens[start : head[-1][2]] if t.text[0].isalpha()]
    kinds = document_kinds()
    if start > 1 or not words or not {words[0].casefold(), words[-1].casefold()} & kinds:
        return list(found)
    titled = any(label == "title" for label, _, _ in head)
    if titled and (words[0].casefold() not in kinds or head[0][0] != "author"):
        return list(found)  # `Memorandum from F. I.` read as a name before the title's rest
    return (
        [run for run in found if run[2] <= start]
        + [("title", start, end)]
        + [run for run in found if run[1] >= end]
    )


@functools.cache
def _in_words() -> frozenset[str]:
    """The "in" words of every language that open a host (`[words] in`, `in_bare`: `in`,
    `In:`, `dans`, `В кн.`), as their words alone, casefolded (`в кн`)."""
    words = (*shipped_words("in_"), *shipped_words("in_bare"))
    found = {" ".join(re.findall(r"[^\W\d_]+", w)).casefold() for w in words}
    return frozenset(w for w in found if w)


def letter_dated_in_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a letter's date, between its description and the collection that prints it
    (`Letter from Charles Darwin to Asa Gray, 22 May 1860, in The Correspondence …, 1993`),
    read as the title's: the letter's day is no date of the book, which gives its own year."""
    if len(found) < 4 or tokens[0].text.casefold() not in document_kinds():
        return list(found)
    (title, _, b), (gap, _, _), (issued, c, d), (joint, _, f) = found[:4]
    if title != "title" or gap != OTHER or issued != "issued" or joint != OTHER:
        return list(found)
    if [t.text for t in tokens[b:c]] != [","] or not any(t.text.isalpha() for t in tokens[c:d]):
        return list(found)  # a day and its month's name
    _, e, _ = found[3]
    joint_words = " ".join(t.text for t in tokens[e:f] if t.text.isalpha()).casefold()
    if joint_words not in _in_words() or len(found) < 5:
        return list(found)  # `, in`, `, In:`, `, у кн.:`: an "in" word before the collection
    if found[4][0] != "container-title" or not any(r[0] == "issued" for r in found[5:]):
        return list(found)
    return [("title", 0, d), *found[3:]]


def dated_in_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a head before `//` whose day stands inside its phrase, with no mark on
    either side (`Қазақстан Республикасы Президентінің 2022 жылғы 16 наурыздағы Қазақстан
    халқына Жолдауы // Akorda.kz`), read whole as the title: the issuer's words before the day
    and the day itself are the document's name (the corpus's convention for dates inside
    titles), which the model left to no field and to the date."""
    slash = double_slash(tokens) if "/" in text_set(tokens) else None
    if slash is None or len(found) < 3:
        return list(found)
    head = [run for run in found if run[1] < slash]
    labels = [label for label, _, _ in head]
    if labels[-3:] != [OTHER, "issued", "title"] or len(head) != 3 or head[-1][2] != slash:
        return list(found)
    (_, a, b), (_, c, d), (_, e, _) = head
    words = [t.text for t in tokens[a:b]]
    if a != 0 or b != c or d != e or not all(w.isalpha() and w[0].isupper() for w in words):
        return list(found)  # marks or small words before the day: no name around it
    return [("title", 0, slash), *(run for run in found if run[1] >= slash)]
