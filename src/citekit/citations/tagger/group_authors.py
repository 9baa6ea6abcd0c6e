"""A body that signs a work, written as the entry's first sentence (Vancouver's and AMA's
group authors: `World Health Organization. Title. Geneva: WHO; 2018.`, `UNICEF. Child
poverty: trends and policy options. New York: UNICEF; 2016.`, `GBD 2015 Mortality
Collaborators. Title. Lancet. 2016;388:…`). A short first sentence that names a body (an
organisation's head word, one word in capitals, or acronyms one of which the language files
list: `ЕЭК ООН.`) closed by its period, in a title run that
opens an entry with an imprint, a periodical's numbers or a page's address and no author, is
the author (`Republican Center for …. Title [Internet]. [cited …]. Available from: …`). (A body
the model read as a title run of its own, the work after it as a host, is `body_titles.py`'s.)"""

from __future__ import annotations

from typing import Final

from citekit.citations.body_acronyms import acronyms_only, listed_head, regional_bodies
from citekit.citations.names import is_organisation
from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.quotes import OPENING_MARKS
from citekit.citations.tagger.tokens import Token
from citekit.citations.type_cues import has_cue

__all__ = ["body_before_quote", "dated_body", "group_author", "regional_author"]

_MAX_TOKENS: Final = 8  # tokens of a body's name at most
_MIN_ACRONYM: Final = 3  # letters of a body's name in capitals at least (`UNICEF`, `OECD`)
# runs that say the entry is a book's, a report's or an article's (no news item's headline)
_IMPRINT: Final = frozenset({"publisher", "publisher-place", "volume", "issue"})
_PAGE: Final = frozenset({"URL", "accessed"})  # … or a page's (`Body. Title. Available at: URL`)


def _body(tokens: list[Token], text: str, k: int) -> bool:
    """Whether the tokens before `k` name a body: an organisation's words or an acronym."""
    if k == 1:
        word = tokens[0].text
        long = word.isalpha() and word.isupper() and len(word) >= _MIN_ACRONYM
        return long or acronyms_only([word])  # … or a listed one (`UN.`, `EU.`)
    # … or a body's acronyms, one of them listed (`ЕЭК ООН.`, `OSCE ODIHR.`), or a listed
    # acronym's body (`UNDP in Kazakhstan.`, `ОБСЕ/БДИПЧ.`)
    words = [t.text for t in tokens[:k]]
    return acronyms_only(words) or listed_head(words) or is_organisation(text[: tokens[k - 1].end])


_NUMBER: Final = 2  # a reference list's entry number and its period (`32.`)
_ENTRY_DIGITS: Final = 3  # digits of an entry's number at most


def _numbered(tokens: list[Token]) -> bool:
    """Whether the tokens open on a reference list's entry number before a capital (`32.
    OECD.`)."""
    return (
        len(tokens) > _NUMBER
        and tokens[0].text.isdigit()
        and len(tokens[0].text) <= _ENTRY_DIGITS
        and tokens[1].text == "."
        and tokens[2].text[:1].isupper()
    )


def group_author(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a body's name that opens the note's title run, closed by its period,
    read as the author."""
    if not found or found[0][1] != 0:
        return found
    if found[0] == (OTHER, 0, _NUMBER) and len(found) > 1 and found[1][0] == "title":
        # `6. Ministry of …. Title.`: the entry's number left to no field, read as above
        merged = [("title", 0, found[1][2]), *found[2:]]
        read = group_author(tokens, text, merged) if _numbered(tokens) else merged
        return read if read != merged else found
    if found[0][0] != "title":
        return _split_body(tokens, text, found)
    if _numbered(tokens) and found[0][2] > _NUMBER:  # `32. UNESCO. Title. – Paris: UNESCO`
        shifted = [(label, max(a - _NUMBER, 0), b - _NUMBER) for label, a, b in found]
        read = group_author(tokens[_NUMBER:], text, shifted)
        if read != shifted:
            return [
                (OTHER, 0, _NUMBER),
                *((label, a + _NUMBER, b + _NUMBER) for label, a, b in read),
            ]
        return found
    labels = {run[0] for run in found}
    # … or a page's address or access date (`Body. Title [Internet]. [cited …]. Available from:`)
    if "author" in labels or (labels.isdisjoint(_IMPRINT) and labels.isdisjoint(_PAGE)):
        return found
    _, _, b = found[0]
    # a page's headline may open on a body's word (`Рада ухвалила держбюджет на 2026 рік.`): a
    # body that signs a page is named with no number
    paged = labels.isdisjoint(_IMPRINT)
    if (split := _sentence_split(tokens, text, found)) is not None:
        return found if paged and not _page_body(tokens, split[0][2]) else split
    for k in range(1, min(b - 2, _MAX_TOKENS + 1)):
        mark = tokens[k]
        if mark.text == "," and _imprinted(tokens, found) and _headed(tokens, k):
            # `World Bank, Title (Washington, DC: World Bank, 2019)`: Chicago's body, its comma;
            # `Министерство культуры РФ, Title, М.: …`: a body's, before a place and publisher
            return [("author", 0, k), (OTHER, k, k + 1), ("title", k + 1, b), *found[1:]]
        if mark.text != "." or mark.start != tokens[k - 1].end:
            continue
        if tokens[k + 1].start == mark.end or len(tokens[k - 1].text) < 2:
            return found  # `Report.az`, an initial (`Smith J.`)
        if not tokens[k + 1].text[:1].isupper() or not _body(tokens, text, k):
            return found
        if paged and not _page_body(tokens, k):
            return found
        return [("author", 0, k), (OTHER, k, k + 1), ("title", k + 1, b), *found[1:]]
    return found


_CONTENT_LETTERS: Final = 4  # letters of a word a body's name in capitals capitalises


def _page_body(tokens: list[Token], k: int) -> bool:
    """Whether the tokens before `k` may be the body that signs a page: no number, and each
    word of four letters or more in capitals (`Republican Center for Health Development`), or a
    body's word first (`Byuro natsional'noi statistiki …`); no headline's sentence (`About the
    Aral Sea basin programme.`, `Рада ухвалила держбюджет на 2026 рік.`)."""
    if any(t.text[:1].isdigit() for t in tokens[:k]):
        return False
    words = [t.text for t in tokens[:k] if t.text.isalpha()]
    if all(w[:1].isupper() for w in words if len(w) >= _CONTENT_LETTERS):
        return True
    return bool(words) and is_organisation(words[0])


def _sentence_split(tokens: list[Token], text: str, found: list[Run]) -> list[Run] | None:
    """`found` with a body's sentence, read as a title run of its own, as the author, and the
    next sentence, which the model split into numbers it left to no field and a title (`Ministry
    of Health …. Order No. 965n of 30 November 2017 on the procedure …`), as the title whole;
    None when the note opens otherwise."""
    _, _, b = found[0]
    if (
        b >= len(tokens) - 2
        or tokens[b].text != "."
        or b > _MAX_TOKENS
        or not _body(tokens, text, b)
    ):
        return None
    if len(found) < 3 or found[1] != (OTHER, b, found[1][2]) or found[2][0] != "title":
        return None
    _, c, d = found[2]
    between = tokens[b + 1 : c]
    if not between or not between[0].text[:1].isupper():
        return None
    for k, token in enumerate(between[1:], b + 2):  # no sentence's end between (`No.` no end)
        if token.text == "." and len(tokens[k - 1].text) > 2:
            return None
    return [("author", 0, b), (OTHER, b, b + 1), ("title", b + 1, d), *found[3:]]


def _bracketed_imprint(tokens: list[Token], found: list[Run]) -> bool:
    """Whether the bracket of an imprint follows the title run that opens `found`, maybe
    after the title's translation in square brackets (`Title [Translated title] (Astana,`)."""
    i = 1
    if len(found) > i and tokens[found[1][1]].text == "[":  # the translation's bracket
        i = next((j for j in range(2, len(found)) if found[j][0] != "title"), len(found))
        if i >= len(found) or "]" not in {t.text for t in tokens[found[1][1] : found[i][2]]}:
            return False
    return (
        len(found) > i + 1
        and found[i][0] == OTHER
        and tokens[found[i][2] - 1].text == "("
        and (found[i + 1][0] == "publisher-place")
    )


def _imprinted(tokens: list[Token], found: list[Run]) -> bool:
    """Whether a book's imprint follows the title run that opens `found`: in brackets, or a
    place before its publisher later in the note (`…, М.: Наука, 2012`)."""
    if _bracketed_imprint(tokens, found):
        return True
    return any(
        label == "publisher-place" and b < len(tokens) and tokens[b].text == ":"
        for label, _, b in found[1:]
    )


def _headed(tokens: list[Token], k: int) -> bool:
    """Whether tokens 0..k (two words at least, all capitalised but joining words) name a body
    by their first or last word (`Ministry of Foreign Affairs`, `Türkiye İstatistik Kurumu`),
    or by one after a capitalised adjective (`Kazakh Ministry of Foreign Affairs`, `Turkmen
    State Committee on Statistics`), and a capitalised word opens the title after the comma at
    `k`."""
    words = [t.text for t in tokens[:k]]
    if len(words) < 2 or not all(w.isalpha() for w in words) or k + 1 >= len(tokens):
        return False
    if not words[0][0].isupper() or not tokens[k + 1].text[:1].isupper():
        return False
    if not words[-1][0].isupper():  # `Agentstvo Respubliki Kazakhstan po statistike`: a
        return is_organisation(words[0])  # Slavic body's head word first, small words after
    return any(is_organisation(w) for w in words)


_PIECES: Final = frozenset({"author", "container-title"})


def _split_body(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a body's name that the model cut in pieces (`Министерство образования и`
    as a host, `науки Российской Федерации` as an author) read whole as the author, when its
    period closes the pieces and the title follows."""
    j = 0
    while j < len(found) and found[j][0] in _PIECES:
        j += 1
    if j < 2 or j + 2 >= len(found) or found[j][0] != OTHER or found[j + 1][0] != "title":
        return found
    k = found[j][1]
    if (
        found[j][2] != k + 1
        or k > _MAX_TOKENS
        or tokens[k].text != "."
        or tokens[k].start != tokens[k - 1].end
        or {run[0] for run in found}.isdisjoint(_IMPRINT)
        or not _body(tokens, text, k)
    ):
        return found
    return [("author", 0, k), *found[j:]]


def regional_author(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with two author runs one joining word apart read as one, when the first is a
    listed acronym's office and the second a region (`UNICEF Europe and Central Asia`: one
    body, `body_acronyms.regional_bodies`)."""
    for j in range(len(found) - 2):
        first, a, b = found[j]  # one run at a time: no slice, no tuple of runs (compiled)
        if first != "author":
            continue
        gap, c, d = found[j + 1]
        second, e, f = found[j + 2]
        if second != "author" or gap != OTHER or d - c != 1:
            continue
        whole = text[tokens[a].start : tokens[f - 1].end]
        parts = [
            text[tokens[a].start : tokens[b - 1].end],
            text[tokens[e].start : tokens[f - 1].end],
        ]
        if regional_bodies(whole, parts) == [whole]:
            labels = [label for label, p, q in found for _ in range(p, q)]
            labels[c] = "author"
            return runs(labels)
    return found


_HEADS: Final = frozenset({"title", "container-title"})  # what the model read a body as
_HARVARD_RUNS: Final = 5  # a body, `(`, its year, `)`, the work
_SMALL: Final = 3  # letters of a body's small word at most (`for`, `of`, `ve`)


def dated_body(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with APA's opening sentence before the bracketed date as the author when the
    model read it as a title or a host and the sentence after the date as the title
    (`Ministry of Foreign Affairs of Turkmenistan. (2020). Foreign policy priorities.
    Retrieved from …`, `… Vakfı. (2022, 14 Şubat). Title.`): APA writes the work's author, a
    person or a body, before its date."""
    if len(found) < 5 or found[0][0] not in _HEADS or found[0][1] != 0:
        return found  # most notes
    b = found[0][2]
    if [t.text for t in tokens[b : b + 2]] != [".", "("] or b > _APA_BODY_TOKENS:
        return found
    k = 1
    while (
        k < len(found) and found[k][0] in (OTHER, "issued") and ")" not in _texts(tokens, found[k])
    ):
        k += 1
    if k >= len(found) - 1 or found[k][0] != OTHER or not any(r[0] == "issued" for r in found[1:k]):
        return found
    close, after = found[k], found[k + 1]
    if _texts(tokens, close) != [")", "."] or not _work_after(found, k + 1):
        return found
    words = [t.text for t in tokens[:b]]
    body = is_organisation(" ".join(words))
    if b > _MAX_TOKENS and not body:
        return found  # a long first sentence: a body's name (`Ministry of …, … and …`) only
    if found[0][0] == "container-title" and not body:
        return found  # `Resmî Gazete. (2016, 7 Nisan). … Kanunu`: a gazette hosts the act
    capitalised = all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
    if not capitalised and not body:
        return found  # a name's capitalised words (`of`, `and` between them), or a body's
    named = all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words if w.isalpha())
    swapped = found[k + 1][0] != "title"
    # a body's head word opens or closes its name (`Ministry of …`, `… Akademisi`), no work's
    # (`Strategy for the Development of the Ministry of Education`) nor a law's
    headed = bool(words) and (is_organisation(words[0]) or is_organisation(words[-1]))
    if swapped and (not (body and named and headed) or has_cue("legislation", " ".join(words))):
        return found  # `Kamu İhale Kanunu. (2002, 22 Ocak). Resmî Gazete`: a work, its host
    after = ("title", *found[k + 1][1:])  # the work, however the model read it
    return [("author", 0, b), *found[1 : k + 1], after, *found[k + 2 :]]


_APA_BODY_TOKENS: Final = 16  # tokens of a body's name before APA's date at most


def _work_after(found: list[Run], i: int) -> bool:
    """Whether run `i`, after APA's date, is the work: a title, or a host the model read the
    title as when the opening sentence is the note's only title (`Ministry of …. (2022).
    Investment climate overview. Retrieved …`)."""
    if found[i][0] == "title":
        return True
    return (
        found[i][0] == "container-title"
        and found[0][0] == "title"
        and not any(run[0] in ("title", "container-title") for run in found[i + 1 :])
    )


def _texts(tokens: list[Token], run: Run) -> list[str]:
    return [t.text for t in tokens[run[1] : run[2]]]


def harvard_dated_body(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with Harvard's body before its bracketed year (`International Institute for
    Strategic Studies (2023) The Military Balance 2023. London: Routledge`), read as the only
    title, as the author, and the work the model called a host after the year as the title: a
    body's name opens the note, its year in brackets, then the work."""
    if len(found) < _HARVARD_RUNS or found[0][0] != "title" or found[0][1] != 0:
        return found  # most notes
    if [run[0] for run in found[1:5]] != [OTHER, "issued", OTHER, "container-title"]:
        return found
    if _texts(tokens, found[1]) != ["("] or _texts(tokens, found[3]) != [")"]:
        return found
    if any(run[0] == "title" for run in found[5:]):
        return found
    words = [t.text for t in tokens[: found[0][2]]]
    capitalised = all(w[:1].isupper() or (w.islower() and len(w) <= _SMALL) for w in words)
    if not capitalised or not is_organisation(" ".join(words)):
        return found  # `İstanbul Valiliği faiz kararını açıkladı (2009) Site.`: a headline
    if not any(run[0] in ("publisher", "publisher-place") for run in found[5:]):
        return found  # a site after a page's date; a body's work has its imprint
    _, a, b = found[4]
    return [("author", 0, found[0][2]), *found[1:4], ("title", a, b), *found[5:]]


def body_before_quote(tokens: list[Token], text: str, found: list[Run]) -> list[Run]:
    """`found` with a body's name that the model read as a title run of its own before the
    quoted title (`Ministry of External Affairs, Government of India, “Delhi Declaration …”`,
    `Ministry of External Affairs (@MEAIndia), “…”`) read as the author."""
    if len(found) < 3 or found[0][0] != "title" or found[0][1] != 0:
        return found
    _, _, b = found[0]
    between = [t.text for t in tokens[found[1][1] : found[1][2]]]
    if found[1][0] != OTHER or found[2][0] != "title" or not between:
        return found
    if between[-1] not in OPENING_MARKS or "," not in between:
        return found
    end = b - 1 if tokens[b - 1].text == "," else b
    words = text[: tokens[end - 1].end]
    if not words[:1].isupper() or not is_organisation(words.split(",")[0]):
        return found
    if any(c.isdigit() for c in words):
        return found  # `General Assembly Resolution 68/262, “…”`: a document's label
    return [("author", 0, end), (OTHER, end, found[1][2]), *found[2:]]
