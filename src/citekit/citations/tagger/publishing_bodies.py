"""A body that publishes its own work is named first, as its author, and again in the imprint
(`OSCE/ODIHR, Republic of Kazakhstan, Early Presidential Election … (Warsaw: OSCE/ODIHR,
2023)`, `World Bank, Title (Washington, DC: World Bank, 2022)`): the words before the title
run's first comma that the publisher's run repeats are the author, whatever the model took
them for. So is a body's name that opens the note with its bracketed acronym and a period before
the title (`Türkiye Cumhuriyet Merkez Bankası (TCMB). Enflasyon Raporu 2023-IV.`), and one
that opens the note before a comma and a work's name the model read as a title or a host
(`Türkiye Cumhuriyet Merkez Bankası, Finansal İstikrar Raporu, Sayı 36, …`): the body wrote
its report."""

from __future__ import annotations

from typing import Final

from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.tokens import Token, written_text
from citekit.citations.type_cues import has_cue, has_type_cue

__all__ = [
    "acronyms_before_imprint",
    "body_before_its_title",
    "body_with_acronym_first",
    "publisher_named_first",
]


_BODY_TOKENS: Final = 12  # tokens of a body's name at most (`U . S . Department of Defense`)


def publisher_named_first(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the publisher's name opening the title run read as the author."""
    labels = {label for label, _, _ in found}
    if "publisher" not in labels or "author" in labels or "title" not in labels:
        return list(found)
    j = next(j for j, run in enumerate(found) if run[0] != OTHER)
    label, a, b = found[j]
    if label != "title":
        return list(found)
    comma = next((k for k in range(a + 1, b - 1) if tokens[k].text == ","), None)
    if comma is None:
        return list(found)
    head = [t.text for t in tokens[a:comma]]
    named = any(
        [t.text for t in tokens[s:e]] == head or _acronyms_of(head, tokens[s:e])
        for name, s, e in found
        if name == "publisher"
    )
    # … or a body's name, the house in the imprint being one of its offices (`U.S. Department
    # of Defense, Title (Washington, DC: Office of the Secretary of Defense, 2023)`)
    # (a title and its subtitle are no body: `Nations and Nationalism: Programme, Myth, …`)
    body = (
        len(head) <= _BODY_TOKENS
        and ":" not in head
        and is_organisation(written_text(tokens, a, comma))
    )
    if not named and not body:
        return list(found)
    return [
        *found[:j],
        ("author", a, comma),
        (OTHER, comma, comma + 1),
        ("title", comma + 1, b),
        *found[j + 1 :],
    ]


_ACRONYM_LETTERS: Final = range(2, 9)  # `MEB`, `TCMB`, `UNESCO`


def _acronyms_of(head: list[str], house: list[Token]) -> bool:
    """Whether `head` is acronyms (joined by slashes) each of which the publisher's run writes
    as a word or spells by its capitalised words' first letters (`OSCE/ODIHR` and `OSCE
    Office for Democratic Institutions and Human Rights`)."""
    words = [w for w in head if w != "/"]
    if not words or head[1::2] != ["/"] * (len(words) - 1) or len(head) != 2 * len(words) - 1:
        return False
    texts = {t.text for t in house}
    initials = "".join(t.text[0] for t in house if t.text[:1].isupper())
    return all(
        w.isalpha()
        and w.isupper()
        and len(w) in _ACRONYM_LETTERS
        and (w in texts or (len(w) > 2 and w in initials))
        for w in words
    )


def _acronym_close(tokens: list[Token], k: int, b: int) -> bool:
    """Whether tokens k.. are a bracketed acronym and a period before b (`(TCMB) .`)."""
    if k + 4 >= b or tokens[k].text != "(" or tokens[k + 2].text != ")":
        return False
    acronym = tokens[k + 1].text
    upper = acronym.isalnum() and acronym.isupper() and len(acronym) in _ACRONYM_LETTERS
    return upper and tokens[k + 3].text == "."


def body_with_acronym_first(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run that opens on a body's name, its bracketed acronym and a period
    (`Türkiye Cumhuriyet Merkez Bankası (TCMB). Enflasyon Raporu 2023-IV.`) read as the body,
    the author, and the title after it."""
    j = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if j is None or found[j][0] != "title" or any(r[0] == "author" for r in found):
        return list(found)
    _, a, b = found[j]
    k = next((k for k in range(a + 1, b) if tokens[k].text == "("), None)
    if k is None or not _acronym_close(tokens, k, b):
        return list(found)
    if not is_organisation(written_text(tokens, a, k)):
        return list(found)
    return [*found[:j], ("author", a, k), (OTHER, k, k + 4), ("title", k + 4, b), *found[j + 1 :]]


_WORKS: Final = frozenset({"title", "container-title"})
_TWO: Final = 2  # the body and its work


def body_before_its_title(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a body's name opening the note, read as a work's, as the author and the
    work's name after its comma as the title (see the module's doc)."""
    named = [j for j, run in enumerate(found) if run[0] != OTHER]
    if len(named) < _TWO or any(run[0] in ("author", "editor") for run in found):
        return found
    (label, a, b), (after, c, d) = found[named[0]], found[named[1]]
    if a != 0 or label not in _WORKS or after not in _WORKS or b - a > _BODY_TOKENS:
        return found
    between = [t.text for t in tokens[b:c]]
    if between != [","] or any(run[0] == "title" for run in found[named[1] + 1 :]):
        return found
    body, work = written_text(tokens, a, b), written_text(tokens, c, d)
    if not is_organisation(body) or any(has_cue("legislation", w) for w in (body, work)):
        return found  # `… Yönetmeliği, Resmî Gazete`: a regulation's name and its gazette
    if has_type_cue("court", body):
        return found  # `Anayasa Mahkemesi, Bireysel Başvuru No: …`: a court's decision
    j, k = named[0], named[1]
    return [*found[:j], ("author", a, b), *found[j + 1 : k], ("title", c, d), *found[k + 1 :]]


_QUOTES: Final = frozenset('“”«»"‘’„')
# fields of their own between a title and its imprint (`, vol. 2`, `, 2nd ed.`, `, ed. J. Smith`)
_OWN_FIELDS: Final = frozenset({"volume", "edition", "editor", "translator"})


def acronyms_before_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with acronyms that open the note before a comma (`OSCE/ODIHR, Kyrgyz Republic
    …: Final Report (Warsaw: OSCE Office for Democratic Institutions and Human Rights, 2021)`)
    read as the author when the imprint's publisher spells them, and all the unquoted words
    between them and the imprint's bracket as the title, however the model split them."""
    if not found or "/" not in {t.text for t in tokens[:3]}:
        return found  # one acronym alone is read by `publisher_named_first`
    head = range(min(len(tokens), 2 * _ACRONYM_LETTERS.stop))
    comma = next((k for k in head if tokens[k].text == ","), None)
    houses = [run for run in found if run[0] == "publisher"]
    if comma is None or comma < 1 or not houses:
        return found
    house = houses[0]
    if not _acronyms_of([t.text for t in tokens[:comma]], tokens[house[1] : house[2]]):
        return found
    opened = next((k for k in range(house[1] - 1, comma, -1) if tokens[k].text == "("), None)
    if opened is None or opened <= comma + 1:
        return found
    if any(t.text in _QUOTES for t in tokens[comma + 1 : opened]) or any(
        run[0] == "container-title" and run[1] < opened for run in found
    ):
        return found
    # a field of its own before the imprint (`, ed. John Smith`, `, vol. 2`, `, 2nd ed.`) ends
    # the title at the comma before it
    other = next((r[1] for r in found if comma < r[1] < opened and r[0] in _OWN_FIELDS), opened)
    end = other  # no field of its own: the title runs up to the imprint's bracket
    if other < opened:
        end = next((k for k in range(other - 1, comma, -1) if tokens[k].text == ","), other)
    if end <= comma + 1:
        return found
    rest = [run for run in found if run[1] >= end]
    first = rest[0][1] if rest else len(tokens)
    if first > end:
        rest.insert(0, (OTHER, end, first))
    return [("author", 0, comma), (OTHER, comma, comma + 1), ("title", comma + 1, end), *rest]
