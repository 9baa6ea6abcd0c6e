"""A periodical's name and numbers read where the model misplaced them: the last sentence of a
title run before a volume and issue is the journal, a year closing a host's run is the date, a
title inside a host's run and a host's number glued to it are given back."""

from __future__ import annotations

from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.tokens import SHORT_DASHES, Token

__all__ = [
    "host_after_in",
    "host_before_numbers",
    "journal_in_title",
    "numbered_host",
    "place_after_host",
    "series_after_imprint",
    "title_in_host",
    "year_after_host",
]


def _next_field(
    tokens: list[Token],
    found: list[Run],
    j: int,
    step: int,
    marks: list[set[str]] | None = None,
) -> str | None:
    """The label of the field run next to run `j` (before it, `step` -1, or after, 1) when
    only punctuation is between (and, given `marks`, a volume's or issue's label word: `2020.
    T. 133`, or a name's translation in square brackets: `Voprosy istorii [Questions of
    History], 2019`); else None."""
    k = j + step
    while 0 <= k < len(found) and found[k][0] == OTHER:
        inside = False
        for i in range(found[k][1], found[k][2]):
            if tokens[i].text in "[]":
                inside = tokens[i].text == "["
                continue
            worded = marks is not None and bool(marks[i] & _NUMBER_MARKS)
            if tokens[i].text[0].isalnum() and not worded and not inside:
                return None
        if inside:
            return None  # a bracket the run does not close
        k += step
    return found[k][0] if 0 <= k < len(found) else None


_MIN_SENTENCE_WORD: Final = 3  # letters of the word a title's sentence ends with (no "гг.", "A.")
_MAX_JOURNAL_WORDS: Final = 8
_MAX_ABBREVIATED: Final = 5  # letters of a word a journal's name abbreviates ("Math.", "Appl.")
_IMPRINT_LABELS: Final = frozenset(
    {"publisher", "publisher-place", "number-of-pages", "ISBN", "edition"}
)
_NUMBER_MARKS: Final = frozenset({"volume", "issue"})


def journal_in_title(
    tokens: list[Token], found: list[Run], marks: list[set[str]] | None = None
) -> list[Run]:
    """`found` with the last sentence of a title run as the journal when no host was found and
    a volume with its issue comes right after it (`Прагматизм. Практическая медицина, 77(5),
    pp. 387-423`; APA's `Título. Revista CIDOB, 121, 45-67` with a volume and an article's
    page range): a periodical's name stands before its numbers; a book's imprint keeps it."""
    labels = {label for label, _, _ in found}
    numbered = "issue" in labels or ("volume" in labels and _page_range(tokens, found))
    if "container-title" in labels or not numbered or labels & _IMPRINT_LABELS:
        return list(found)
    for j, (label, _, _) in enumerate(found):
        if label != "title" or not _numbers_next(tokens, found, j, marks):
            continue
        return _split_last_sentence(tokens, found, j, marks)
    return list(found)


def _page_range(tokens: list[Token], found: list[Run]) -> bool:
    """Whether a page run is a range (`45-67`, `224–261`): an article's pages."""
    return any(
        label == "page" and any(tok.text in SHORT_DASHES for tok in tokens[a:b])
        for label, a, b in found
    )


def _slashed_after(tokens: list[Token], b: int) -> bool:
    """Whether a volume and issue about a glued slash follow token `b - 1` (`12/30`)."""
    if b + 2 >= len(tokens):
        return False
    volume, slash, issue = tokens[b : b + 3]
    glued = volume.end == slash.start and slash.end == issue.start
    return glued and slash.text == "/" and volume.text.isdecimal() and issue.text.isdecimal()


def year_after_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the year that closes a host's run, after a period or space (`//
    Проблеми історії … XX ст. 2009. Vol. 31`), as the date when the note has none: GOST and
    its kin write the serial's year right after its name; so does İSNAD's hand, the volume and
    issue slashed after the year, no mark between (`Bilig 2004 12/30 s.201-219`)."""
    if any(label == "issued" for label, _, _ in found):
        return list(found)
    for j, (label, a, b) in enumerate(found):
        year = tokens[b - 1].text
        if label != "container-title" or b - a < 2 or not is_year(year):
            continue
        if tokens[b - 2].text not in ".," and not _slashed_after(tokens, b):
            continue  # `Proceedings of ICML 2019`: a year inside a name follows no mark
        end = b - 1
        while end > a and tokens[end - 1].text in ",":
            end -= 1
        if end <= a:
            continue
        return [
            *found[:j],
            ("container-title", a, end),
            *([(OTHER, end, b - 1)] if end < b - 1 else []),
            ("issued", b - 1, b),
            *found[j + 1 :],
        ]
    return list(found)


def title_in_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the first sentences of a host's run as the title when the note has no
    title and no "In:" or "//" opens the host (`KAZAK LEHÇESİ … GELİRKEN. Dil Araştırmaları,
    13(25)`): a host holds a work, and a work comes first."""
    if any(label == "title" for label, _, _ in found):
        return list(found)
    for j, (label, a, _) in enumerate(found):
        if label != "container-title":
            continue
        k = a - 1
        while k >= 0 and not tokens[k].text.isalnum() and "in" not in marks[k]:
            k -= 1
        if k >= 0 and "in" in marks[k]:
            return list(found)
        return _split_last_sentence(tokens, found, j, marks)
    return list(found)


def host_after_in(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a second title run that an "In" word opens read as the host (`Title. У
    кн.: Україна в міжнародних відносинах. Київ, 2010`, `In: Proceedings …`) when the note
    has no host: the work comes first, the book or volume that holds it after "In". So is one
    after the first title's bracketed mark (`"Title" (PDF). Bureau of National Statistics.
    2021.`, `Назва (рос.). Бюро статистики.`: a web page's site after its title). A book's
    extent (`400 p.`) makes the note a whole book's: the second title is its subtitle
    (`Central Asia's Second Chance. In the Shadow of Russia. … 400 p.`)."""
    labels = [label for label, _, _ in found]
    if {"container-title", "number-of-pages"} & set(labels) or labels.count("title") < 2:
        return list(found)
    out = list(found)
    first = labels.index("title")
    for j in range(first + 1, len(out)):
        label, a, b = out[j]
        if label != "title":
            continue
        k = a - 1
        while k >= 0 and tokens[k].text in ".:" and "in" not in marks[k]:
            k -= 1
        marked = j == first + 2 and tokens[k].text == ")" and _bracket_only(tokens, out[first + 1])
        if k >= 0 and ("in" in marks[k] or marked):
            out[j] = ("container-title", a, b)
            break
    return out


def _bracket_only(tokens: list[Token], run: Run) -> bool:
    """Whether an unlabelled run between two titles is a bracketed mark and its period alone
    (`" (PDF).`, `(рос.).`): a word outside brackets would be a field of its own."""
    _, a, b = run
    depth, inside = 0, False
    for token in tokens[a:b]:
        if token.text == "(":
            depth, inside = depth + 1, True
        elif token.text == ")":
            depth -= 1
        elif depth <= 0 and token.text.isalnum():
            return False
    return inside


_IMPRINT: Final = frozenset({"issued", "number-of-pages", "publisher", "publisher-place"})


def series_after_imprint(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a host's run (or a name read as an editor's) in brackets after a book's
    imprint read as its series (GOST's
    `Київ : Альтернативи, 1999. 336 с. (Україна крізь віки ; т. 11)`, Chicago's `… 2005
    (Studies in Central Asia 12)`): a work's host comes before its imprint, a series after."""
    labels = [label for label, _, _ in found]
    if "title" not in labels:
        return list(found)
    out = list(found)
    for j, (label, a, b) in enumerate(out):
        if a < 1 or tokens[a - 1].text != "(":
            continue
        if label != "container-title" and not (label == "editor" and _series_name(tokens, a, b)):
            continue
        before = [x for x in labels[:j] if x != OTHER]
        imprinted = before and before[-1] in _IMPRINT and {"issued", "title"} <= set(before)
        if imprinted and not _dated_bracket(tokens, a):
            out[j] = ("collection-title", a, b)
    return out


def _series_name(tokens: list[Token], a: int, b: int) -> bool:
    """Whether an "editor" run `a`..`b` that a bracket opens is a series' name read as a
    person's (GOST's `– 320 с. – (Востоковедение ; вып. 5)`): no initial in it, and the series'
    number or the bracket's end after it."""
    return (
        b < len(tokens)
        and tokens[b].text in {";", ")"}
        and all(not (t.text.endswith(".") or len(t.text) == 1) for t in tokens[a:b])
    )


def _dated_bracket(tokens: list[Token], a: int) -> bool:
    """Whether the bracket opened before token `a` holds a year: a periodical's issue
    (`(Вестник МГУ. 2001. № 3)`), for a series names no year of its own."""
    for k in range(a, len(tokens)):
        if tokens[k].text in ")]":
            return False
        if is_year(tokens[k].text):
            return True
    return False


def _split_last_sentence(
    tokens: list[Token],
    found: list[Run],
    j: int,
    marks: list[set[str]] | None = None,
) -> list[Run]:
    """`found` with run `j` cut at the last sentence end inside it: the words before are the
    title, the last sentence the host; `found` as it is when no sentence ends inside."""
    _, a, b = found[j]
    ends = [i for i in range(a + 1, b - 1) if tokens[i].text == "." and _sentence_end(tokens, i, b)]
    # the sentence a journal's word opens (`… maseleleri. Habarshy. Ekonomika seriyasy`), else
    # the last one
    named = [i for i in ends if marks is not None and "Bjournal" in marks[i + 1]]
    cut = named[0] if named else (ends[-1] if ends else None)
    if cut is None:
        return list(found)
    return [
        *found[:j],
        ("title", a, cut),
        (OTHER, cut, cut + 1),
        ("container-title", cut + 1, b),
        *found[j + 1 :],
    ]


def _numbers_next(
    tokens: list[Token],
    found: list[Run],
    j: int,
    marks: list[set[str]] | None = None,
) -> bool:
    """Whether a volume or issue follows run `j`, maybe after the date (Vancouver's `Journal.
    2021;353(5):502`, ACS's `Journal 2015, 26, 331`), past punctuation alone (and the
    volume's or issue's label word: `Habarshy. 2020. T. 133. № 3`)."""
    after = _next_field(tokens, found, j, 1)
    if after == "issued":
        k = next(i for i in range(j + 1, len(found)) if found[i][0] == "issued")
        after = _next_field(tokens, found, k, 1, marks)
    return after in ("volume", "issue")


def _sentence_end(tokens: list[Token], i: int, b: int) -> bool:
    """Whether token `i` is a period that ends a sentence inside a run ending at `b`: glued to
    a word of three letters or more, a capitalised word of a short name after it."""
    word, after = tokens[i - 1], tokens[i + 1]
    if tokens[i].text != "." or word.end != tokens[i].start:
        return False
    # a title may close with a year (`… herdsmen, 1928–1934. Cahiers du Monde russe, 45`)
    long_word = len(word.text) >= _MIN_SENTENCE_WORD and word.text.isalpha()
    if not (long_word or is_year(word.text)):
        return False
    if i >= 2 and tokens[i - 2].text == "." and len(word.text) <= _MAX_ABBREVIATED:
        return False  # `…, Switzerland. Math. Comp`: an abbreviated name's words go on
    words = sum(1 for t in tokens[i + 1 : b] if t.text.isalpha())
    return after.text[:1].isupper() and after.text.isalpha() and words <= _MAX_JOURNAL_WORDS


def numbered_host(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a periodical's numbers in their order: the number between a journal's
    name and its issue is the volume (`Journal, 206.8 (2006)`), a name followed by a volume
    is the periodical, not a place (`Dialectica, 66 (5)`), and a number inside the emphasis
    of the name is the name's (`*Summit XI*`; APA sets the volume apart: `*Bilig*, *12*`)."""
    out = list(found)
    labels = {label for label, _, _ in out}
    named = {"container-title", "volume"} <= labels  # a name and its number to join
    for j in range(len(out) - 1, 0, -1) if named else ():
        host, c, d = out[j - 1]
        label, a, b = out[j]
        emphasis = (
            b < len(tokens)
            and tokens[b].text in "*_"
            and c > 0
            and tokens[c - 1].text == tokens[b].text
        )
        if host == "container-title" and label == "volume" and d == a and emphasis:
            out[j - 1 : j + 1] = [(host, c, b)]  # `*Proceedings of Summit XI*`: the name's
    for j, (label, a, b) in enumerate(out):
        if label not in ("page", "publisher-place"):
            continue  # only these two are relabelled: their neighbours are read for them
        before, after = _next_field(tokens, out, j, -1), _next_field(tokens, out, j, 1)
        if label == "page" and before == "container-title" and after == "issue":
            out[j] = ("volume", a, b)
        elif (
            label == "publisher-place"
            and after == "volume"
            and not labels & {"container-title", "publisher"}
        ):
            out[j] = ("container-title", a, b)
    return out


_HOST_WORDS: Final = 6  # words of a journal's name left outside any field at most
_CLOSING_QUOTES: Final = frozenset('”»"’')


def host_before_numbers(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the capitalised words between a quoted title and the volume after it read
    as the journal when the note names none (`“The EU and Eurasia.” Survival 45 (2): 23–46`):
    the model left a short name outside any field."""
    labels = [run[0] for run in found]
    if "container-title" in labels or "volume" not in labels:
        return list(found)
    j = labels.index("volume")
    if j < 1 or found[j - 1][0] != OTHER:
        return list(found)
    _, a, b = found[j - 1]
    quote = next((k for k in range(b - 1, a - 1, -1) if tokens[k].text in _CLOSING_QUOTES), None)
    if quote is None:
        return list(found)
    words = [tokens[k].text for k in range(quote + 1, b)]
    named = [w for w in words if w.isalpha()]
    if not named or len(named) > _HOST_WORDS or not named[0][0].isupper():
        return list(found)
    if any(not (w.isalpha() or w in "&-:") for w in words):
        return list(found)
    runs: list[Run] = [(OTHER, a, quote + 1), ("container-title", quote + 1, b)]
    return [*found[: j - 1], *(r for r in runs if r[1] < r[2]), *found[j:]]


def place_after_host(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a known city that closes a host's run after its period read as the place
    (`// Тезисы докладов … востоковедов. СПб., 2018`): a host's name ends at its period, and
    the imprint's place follows it, when no place is in the note."""
    labels = [label for label, _, _ in found]
    if "container-title" not in labels or "publisher-place" in labels:
        return list(found)  # most notes (at C speed)
    j = labels.index("container-title")
    _, a, b = found[j]
    p = next(
        (k for k in range(b - 1, a + 1, -1) if "Bcities" in marks[k] and tokens[k - 1].text == "."),
        None,
    )
    if p is None or not all("cities" in marks[k] for k in range(p, b)):
        return list(found)
    if b < len(tokens) and tokens[b].text not in ".,:":
        return list(found)
    return [
        *found[:j],
        ("container-title", a, p - 1),
        (OTHER, p - 1, p),
        ("publisher-place", p, b),
        *found[j + 1 :],
    ]
