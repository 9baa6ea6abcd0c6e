"""GOST's and DSTU's other title information: after the title's ` : ` comes what the work is,
in small letters, never the title's own words. A thesis (`Евразийство как идеология : дис. …
канд. полит. наук : 23.00.01`, `Становлення журналістики : автореф. дис. … канд. наук`; the
language files' `[words] thesis`), and a report, a preprint, an interview or a conference's
proceedings (`Жизнь в распадающемся мире: доклад клуба «Валдай»`, `… : материалы междунар.
науч.-практ. конф.`, `… : баяндама`; `[words] designation`, "N" standing for any number): that
part is the work's genre. A preprint is written as a sentence of its own as often (`Кризис и
рынок труда. Препринт WP3/2009/04.`). A textbook's or a monograph's word stays the title's."""

from __future__ import annotations

import functools
from typing import Final

from citekit.citations.tagger.align import OTHER, ROMAN, Run, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import Token, casefolded_set, tokenize
from citekit.languages import shipped_type_words, shipped_words

__all__ = ["degree_after_colon", "series_genre", "thesis_designation", "work_designation"]

_ANY_NUMBER: Final = "N"  # an entry's number: any number of the note
# marks between an entry's words (`стат. бюллетень`, `в 3-х т.`, `інтерв'ю`)
_BETWEEN: Final = frozenset({".", "-", "'", "’"})
# what the model may make of a thesis's designation written as a sentence after the title
_DESIGNATED: Final = frozenset({"title", "container-title"})


def thesis_designation(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a title run cut before the ` : ` that a thesis's word follows, and the
    designation written as a sentence of its own after the title's period given to no field."""
    if "Bthesis" not in marks_union(marks):
        return list(found)  # no thesis's word opens in the note: no designation
    out: list[Run] = []
    for label, a, b in found:
        cut = None
        if label in _DESIGNATED and _after_title(out, tokens, a, marks):
            cut = a  # a run of its own after the title's period: all the designation's
        elif label == "title":
            cut = next(
                (
                    k
                    for k in range(a + 1, b - 1)
                    if (
                        tokens[k].text == ":"
                        and (
                            _degree_at(tokens, marks, k + 1) or _closing_degree(tokens, marks, k, b)
                        )
                    )
                    or (tokens[k].text == "." and _degree_sentence_at(tokens, marks, k + 1))
                ),
                None,
            )
        if cut is None:
            out.append((label, a, b))
        else:
            out += [("title", a, cut), (OTHER, cut, b)] if cut > a else [(OTHER, a, b)]
    return out


_IN_DEGREE: Final = frozenset({".", "…", "-"})  # `дис. … канд. ист. наук`, `д-ра`
# a thesis phrase's marks: its first word's, the rest's
_THESIS: Final = frozenset({"Bthesis", "thesis"})


def _degree_end(tokens: list[Token], k: int, b: int) -> int:
    """The end of a thesis's designation opening at token `k` (before `b`): its words in small
    letters, their marks and a bracketed degree (`докторы (PhD) дәрежесін`), up to a colon, a
    dash, a number or a capital."""
    end, i = k, k
    while i < b:
        text = tokens[i].text
        if text.isalpha() and text.islower():
            end = i + 1
        elif (
            text == "(" and i + 2 < b and tokens[i + 1].text.isalpha() and tokens[i + 2].text == ")"
        ):
            i += 2  # `(PhD)`
        elif text not in _IN_DEGREE:
            break
        i += 1
    return end


def degree_after_colon(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with a thesis's designation after the title's colon that no run holds read as
    the genre (`Title (1929–1933 гг.): дис. ... канд. ист. наук. – Алма-Ата`, `…: дис. …
    канд. юрид. наук: 12.00.03.`), as the model reads it where the title has no bracket and
    no field's code follows."""
    if "Bthesis" not in marks_union(marks):
        return found
    if any(run[0] == "genre" for run in found):
        return _genre_head(tokens, found)
    for j, (label, a, b) in enumerate(found):
        if label != OTHER or tokens[a].text != ":" or a + 1 >= b or j == 0:
            continue
        if found[j - 1][0] != "title" or not tokens[a + 1].text.isalpha():
            continue
        # the designation runs on past the model's run up to the next field (`д-ра пед. наук`)
        limit = next((c for label, c, _ in found[j + 1 :] if label != OTHER), len(tokens))
        end = _degree_end(tokens, a + 2, limit)
        closing = end > a + 2 and "thesis" in marks[end - 1]  # `: PhD дәрежесін … диссертация`
        if end > a + 2 and (_degree_at(tokens, marks, a + 1) or closing):
            return painted(found, ("genre", a + 1, end))
        words = [k for k in range(a + 1, b) if tokens[k].text.isalnum()]
        if len(words) > 1 and all(marks[k] & _THESIS for k in words):  # `: Yüksek Lisans Tezi.`: a
            return painted(found, ("genre", a + 1, words[-1] + 1))  # listed phrase, capitalised
    return found


def _genre_head(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with the genre run the model began after the designation's first word taken
    back to the title's colon (`Title: пед. ғыл. докт. ... дис.`: the branch of science in
    small letters opens it)."""
    for j, (genre, c, d) in enumerate(found):
        head = [run for run in found[:j] if run[0] != OTHER]
        if genre != "genre" or not head or head[-1][0] != "title":
            continue
        a = head[-1][2]
        words = [t.text for t in tokens[a + 1 : c]]
        if (
            tokens[a].text == ":"
            and words
            and words[0].isalpha()
            and all((w.isalpha() and w.islower()) or w in _IN_DEGREE for w in words)
        ):
            kept = [run for run in found[:j] if run[2] <= a]
            return [*kept, (OTHER, a, a + 1), ("genre", a + 1, d), *found[j + 1 :]]
        return found
    return found


def _after_title(before: list[Run], tokens: list[Token], a: int, marks: list[set[str]]) -> bool:
    """Whether a run opening at token `a` is a thesis's designation as a sentence of its own
    after the title's period (`Элита Казахстана. Автореферат диссертации на соискание …`)."""
    titled = any(label == "title" for label, _, _ in before)
    return titled and a > 0 and tokens[a - 1].text == "." and _degree_sentence_at(tokens, marks, a)


def _degree_at(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether a thesis's words open at token k: its word itself (`дис.`, `канд.`), or the
    branch of science in small letters before its degree, as Kazakh and Turkmen write it
    (`тарих ғылымдарының кандидаты`, `филол. ғыл. канд.`, `taryh ylymlarynyň kandidaty`)."""
    if "Bthesis" in marks[k]:
        return True
    if not tokens[k].text.isalpha() or not tokens[k].text.islower():
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    return k < len(tokens) and "Bthesis" in marks[k]


_CLOSING_WORDS: Final = 8  # words of a designation that closes on its thesis's word at most


def _closing_degree(tokens: list[Token], marks: list[set[str]], colon: int, b: int) -> bool:
    """Whether the words after the colon at `colon` to the run's end `b` close on a thesis's
    word, as Kazakh puts its verb-like noun last (`: PhD дәрежесін алу үшін дайындалған
    диссертация`): a short designation, no subtitle."""
    words = [k for k in range(colon + 1, b) if tokens[k].text.isalnum()]
    # a specialty's code opens it as often (`: 6D010300 – Педагогика … мамандығы бойынша …
    # дайындалған диссертация`): the specialty's name is the designation's too
    coded = bool(words) and any(c.isdigit() for c in tokens[words[0]].text)
    if (
        not words
        or len(words) > _CLOSING_WORDS * (1 + coded)
        or any(t.text == ":" for t in tokens[colon + 1 : b])
    ):
        return False
    return "Bthesis" in marks[words[-1]]


def _degree_sentence_at(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether a sentence of a thesis's designation opens at token k, after the title's
    period: its capitalised word (`Автореферат диссертации на соискание …`, `Дис. … канд.`)
    or its branch of science before the degree (`Филология ғылымдарының кандидаты …`)."""
    text = tokens[k].text if k < len(tokens) else ""
    if not (text.isalpha() and text[0].isupper()):
        return False
    return "Bthesis" in marks[k] or _branch_at(tokens, marks, k)


def _branch_at(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether the word at token k is a branch of science with its degree after it."""
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1].text == ".")
    return k < len(tokens) and "Bthesis" in marks[k]


@functools.cache
def _designations() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The `[words] designation` entries of every shipped language as word sequences (folded;
    "N" for a number), keyed by their first word."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for entry in shipped_words("designation"):
        words = tuple(
            t.text if t.text == _ANY_NUMBER else t.text.casefold()
            for t in tokenize(entry)
            if t.text.isalnum()
        )
        if words:
            found.setdefault(words[0], set()).add(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in found.items()}


def _matches(tokens: list[Token], k: int, b: int, words: tuple[str, ...]) -> int | None:
    """The end of entry `words` written from token `k` on, before `b` (its closing period
    in), or None."""
    i = k
    for n, word in enumerate(words):
        while n and i < b and tokens[i].text in _BETWEEN and tokens[i].start == tokens[i - 1].end:
            i += 1
        if i >= b:
            return None
        text = tokens[i].text
        if not (_numbered(text) if word == _ANY_NUMBER else text.casefold() == word):
            return None
        i += 1
    if i < b and tokens[i].text == ".":
        i += 1
    return i


def _numbered(text: str) -> bool:
    """Whether a token is a number, in Arabic or Roman digits (`X Междунар. конф.`)."""
    return text.isdigit() or (text.isupper() and set(text) <= ROMAN)


def _designation(tokens: list[Token], k: int, b: int) -> int | None:
    """The end of a designation written from token `k` on, before `b`, or None."""
    for words in _designations().get(tokens[k].text.casefold(), ()):
        if (end := _matches(tokens, k, b, words)) is not None:
            return end
    return None


def _cut(tokens: list[Token], a: int, b: int) -> int | None:
    """Where in title run `a`..`b` its other title information starts: a colon (or a
    sentence's period) before a designation; None when there is none."""
    for k in range(a + 2, b):
        mark = tokens[k - 1].text
        if mark not in ":." or tokens[k].text.casefold() not in _designations():
            continue
        end = _designation(tokens, k, len(tokens))  # the model may end the run inside it
        if end is None:
            continue
        if mark == ":":
            # GOST writes it in small letters: a capital opens a subtitle (`Русские заговоры
            # и заклинания: Материалы фольклорных экспедиций 1953–1993 гг.`)
            if not tokens[k].text[:1].isupper():
                return k - 1
            continue
        # after a period only as a sentence of its own, capitalised, closing the run or
        # followed by its numbers (`Препринт WP3/2009/04.`)
        if tokens[k].text[:1].isupper() and all(
            not t.text.isalpha() or len(t.text) <= 3 for t in tokens[end:b]
        ):
            return k - 1
    return None


def work_designation(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run cut before the designation of what the work is: that part
    is the work's genre."""
    if _designations().keys().isdisjoint(casefolded_set(tokens)):  # most notes: one look-up
        return list(found)
    out: list[Run] = []
    for label, a, b in found:
        cut = _cut(tokens, a, b) if label == "title" else None
        if cut is None:
            out.append((label, a, b))
            continue
        out += [("title", a, cut), (OTHER, cut, cut + 1), ("genre", cut + 1, b)]
    return out


_SERIES_WORDS: Final = 4  # words of a series' name with its genre after the title's comma at most


@functools.cache
def _report_ends() -> frozenset[tuple[str, ...]]:
    """The report words of the language files (`[types] report`), as folded word tuples."""
    return frozenset(tuple(w.casefold().split()) for w in shipped_type_words("report"))


@functools.cache
def _number_labels() -> frozenset[str]:
    """A series' number's labels, case-folded (`[words] series_number`: `No.`, `Nr.`, `№`)."""
    return frozenset(w.casefold() for w in shipped_words("series_number"))


def _series_number(words: list[str]) -> int:
    """How many of `words` close them as a series' number (`No. 34`, `№ 7`), 0 if none."""
    if len(words) < 3 or not words[-1][:1].isdigit():
        return 0
    k = len(words) - 2 if words[-2] != "." else len(words) - 3
    return len(words) - k if words[k].casefold() in _number_labels() else 0


def series_genre(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with a title run cut at its last comma when a report's series closes it
    (`Türkiye-ABD İlişkileri: Yeni Dönem, SETA Rapor, İstanbul`), its number after it or not
    (`Central Asia: Water and Conflict, Asia Report No. 34`), or a report's word alone with
    its number (`…, Rapor No. 245`, `…, Working Paper No. 5`): the series and its genre word
    name what the work is, not its title."""
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label != "title":
            continue
        comma = next((k for k in range(b - 2, a, -1) if tokens[k].text == ","), None)
        if comma is None:
            continue
        words = [t.text for t in tokens[comma + 1 : b]]
        numbered = _series_number(words)
        words = words[: len(words) - numbered]  # `Asia Report No. 34`
        if not words or len(words) > _SERIES_WORDS or not all(w.isalnum() for w in words):
            continue
        folded = tuple(w.casefold() for w in words)
        # a report's word alone is the genre only with its number (`…, Rapor No. 245`)
        shortest = 0 if numbered else 1
        if any(
            len(end) + shortest <= len(folded) and folded[-len(end) :] == end
            for end in _report_ends()
        ):
            out[j : j + 1] = [
                ("title", a, comma),
                (OTHER, comma, comma + 1),
                ("genre", comma + 1, b),
            ]
            break
    return out
