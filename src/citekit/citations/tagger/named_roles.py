"""The names a role word introduces (`Trans. Robert Dankoff and James Kelly.`, `çev. Ali Kaya
ve Veli Demir,`, `пер. А. Иванова и Б. Петрова.`): a list of names in direct order right after
a translator's or an editor's word is that role's, whatever the model made of each name (one
left outside any field, the next read as an author or a host). A role word that opens the note
lists its people before the title, which the last comma opens (`Derleyen Ahmet Yılmaz, Anadolu
Halk Masalları (…)`, `Haz. A, B, Title, İstanbul: …`).

GOST's statement of responsibility is the same fact after a slash (`Title / бас ред. Б. Аяған.
– Алматы: …`, `Title / пер. с нем. С. П. Иванова. – М.: …`): the names after the slash and a
role word are the editor's or translator's, whatever their initials look like (`Б.` is
Kazakh's page label, `С.` Russian's), and the work before the slash is the title; it is read
on the model's labels, before the runs are made (`names_after_slash`)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, is_year
from citekit.citations.tagger.heads import is_initial, painted
from citekit.citations.tagger.prechecks import marks_union
from citekit.citations.tagger.tokens import DASHES, Token
from citekit.languages import shipped_type_words

__all__ = ["names_after_role", "names_after_slash", "opening_role_title", "unroled_publisher"]

_ROLES: Final = {"Btranslator": "translator", "Beditor": "editor"}
_REPLACEABLE: Final = frozenset(
    {OTHER, "author", "container-title", "title", "editor", "translator"}
)
_IMPRINT: Final = frozenset({"publisher-place", "publisher"})
_NAME_WORDS: Final = 3  # words (or initials) of one name at most
_JOINS: Final = frozenset({",", "&"})
_INITIAL: Final = 2  # letters of a written initial at most (`Ye.`)
# words of a role's phrase that ends in its preposition (`trad. par`, `edited by`)
_PHRASE: Final = 2
_WHOLE: Final = 6  # letters of a role word written whole at least (`derleyen`, `edited`)
_LEAD_IN: Final = 5  # tokens of a language's name before a role word (`ағылш. тілінен ауд.`)


def _joins(tokens: list[Token], marks: list[set[str]], k: int) -> bool:
    """Whether token `k` is an "and" word, not a capital initial spelt like one (`В. И.
    Григорьева`: Russian's "и" is written in lower case; `И.` with its period is a name's)."""
    if "and" not in marks[k]:
        return False
    text = tokens[k].text
    initial = text.isupper() and len(text) == 1
    return not (initial and k + 1 < len(tokens) and tokens[k + 1].text == ".")


def _glued_suffix(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is an apostrophe glued between a word and a lower-case suffix
    (`Mümtaz’er`, `Ahmet’in`)."""
    return (
        k + 1 < len(tokens)
        and tokens[k].text in "’'"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
    )


def _name_end(tokens: list[Token], marks: list[set[str]], k: int) -> int | None:
    """Where one name in direct order that starts at token `k` ends: capitalised words and
    initials with their periods, at most a few."""
    words = 0
    while k < len(tokens):
        text = tokens[k].text
        if text == "." and words and len(tokens[k - 1].text) <= _INITIAL:
            k += 1  # an initial's period (`A.`, `Ye.`, `Zh.`)
            continue
        if words and _glued_suffix(tokens, k):
            k += 2  # `Mümtaz’er`: an apostrophe's suffix is the word's own
            continue
        if (
            not (text.isalpha() and text[0].isupper())
            or _joins(tokens, marks, k)
            or words == _NAME_WORDS
        ):
            break
        words += 1
        k += 1
    return k if words else None


def _list_end(tokens: list[Token], marks: list[set[str]], k: int, least: int = 2) -> int | None:
    """Where a list of names joined by `and` words or commas that starts at `k` ends, when it
    ends a sentence (a period, a comma before the imprint, a bracket) and holds `least` names
    or more; one name alone, when it is enough, ends at its own comma (`trad. par M. Donskis,
    Paris`: the place after it is no second name)."""
    names, first = 0, None
    while (end := _name_end(tokens, marks, k)) is not None:
        names += 1
        k = end
        first = k if first is None else first
        if k < len(tokens) and (_joins(tokens, marks, k) or tokens[k].text in _JOINS):
            k += 1
            continue
        break
    if names >= least and _closes(tokens, k):
        return k
    return first if least == 1 and first is not None and _closes(tokens, first) else None


def _whole_word(tokens: list[Token], k: int) -> bool:
    """Whether the role word at `k` is written whole, no abbreviation (`düzenleyen`,
    `аударған`, `translated`): a participle names its person as surely as a phrase does."""
    text = tokens[k].text
    return (
        len(text) >= _WHOLE
        and text.isalpha()
        and text[1:].islower()
        and (k + 1 == len(tokens) or tokens[k + 1].text != ".")
    )


def _initialled(tokens: list[Token], k: int) -> bool:
    """Whether a name opens at `k` with an initial before a capitalised word (`haz. M.
    Ertuğrul Düzdağ`): an initial is a person's, so the role word names one person as surely
    as a list does."""
    return (
        k + 2 < len(tokens)
        and len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and tokens[k + 1].text == "."
        and tokens[k + 2].text[:1].isupper()
        and tokens[k + 2].text.isalpha()
    )


def _closes(tokens: list[Token], k: int) -> bool:
    """Whether a name ending at `k` ends a sentence (a period, a comma, a bracket)."""
    return k >= len(tokens) or tokens[k].text in ".,;)("


def _opens_note(tokens: list[Token], k: int) -> bool:
    """Whether the word at `k` opens the note (nothing but punctuation before it)."""
    return not any(t.text.isalnum() for t in tokens[:k])


def _last_comma(tokens: list[Token], start: int, end: int) -> int:
    """Where the last comma between `start` and `end` stands, else `end`."""
    return next((j for j in range(end - 1, start, -1) if tokens[j].text == ","), end)


def names_after_role(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the list of names after a translator's or editor's word given that role
    when the model split it among other labels."""
    out = list(found)
    if _ROLES.keys().isdisjoint(marks_union(marks)):
        return out  # no role word (one look-up: the note's marks, made once)
    for k, found_marks in enumerate(marks):
        role = next((_ROLES[m] for m in found_marks if m in _ROLES), None)
        if role is None:
            continue
        # past the role's words (`çev.`, `trans. by`, `trad. par`); a phrase of two words or
        # more (its preposition: `by`, `par`, `von`) names one person as surely as a list
        start, words = k + 1, 1
        while start < len(tokens) and role in marks[start] and "B" + role not in marks[start]:
            if tokens[start].text.isalpha():
                words += 1
            start += 1
        if tokens[k].text == "(" and tokens[start - 1].text == ")":
            continue  # `Laruelle, M. (ed) Title`: a role bracketed alone names those before it
        if start + 1 < len(tokens) and tokens[start].text == ":":
            start, words = start + 1, _PHRASE  # `Çeviren: Ali Kaya`: its colon names the people
        least = 1 if words >= _PHRASE or _whole_word(tokens, k) or _initialled(tokens, start) else 2
        end = _list_end(tokens, marks, start, least) if start < len(tokens) else None
        if end is None:
            continue
        if _opens_note(tokens, k) and not any(
            label == "title" and (b <= start or a >= end) for label, a, b in out
        ):
            # `Derleyen Ahmet Yılmaz, Anadolu Halk Masalları (Ankara: …)`: a role word opening
            # the note names its people before the title, which the last comma opens
            end = _last_comma(tokens, start, end)
            out = painted(out, (OTHER, k, start))  # the role word is no name's
        labels = {label for label, a, b in out if a < end and b > start}
        named = (  # a name's word the model gave no role: outside any field, an author, a host
            label
            for label, a, b in out
            if label != role
            and a < end
            and b > start
            and any(t.text.isalpha() for t in tokens[max(a, start) : min(b, end)])
        )
        # after a phrase, a name the model read as the imprint's is the person's all the same
        replaceable = _REPLACEABLE | _IMPRINT if words >= _PHRASE else _REPLACEABLE
        if labels <= replaceable and next(named, None) is not None:
            out = painted(out, (role, start, end))
            if any(label == "title" and a < k < b for label, a, b in out):
                out = painted(out, (OTHER, k, start))  # `Title, düzenleyen Ad`: no title's
    return out


_ROLE_MARKS: Final = frozenset({"editor", "translator"})


def unroled_publisher(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with an editor's or translator's run right after `Place:` read as the
    publisher when no role word stands in the note (`Armonk, NY: M.E. Sharpe.`): a role is
    written with its word; after the imprint's colon comes the publisher, named like a person
    or not. One that names a series of reports (`Research Paper`) is the work's genre."""
    if not any(label in ("editor", "translator") for label, _, _ in found):
        return list(found)
    if not _ROLE_MARKS.isdisjoint(marks_union(marks)):
        return list(found)
    out = list(found)
    for j in range(1, len(out)):
        label, a, b = out[j]
        if label not in ("editor", "translator") or a < 1 or tokens[a - 1].text != ":":
            continue
        before = next((run for run in reversed(out[:j]) if run[0] != OTHER), None)
        if before is not None and before[0] == "publisher-place" and before[2] == a - 1:
            out[j] = ("publisher", a, b)
            dated = b - a > 1 and is_year(tokens[b - 1].text) and tokens[b - 2].text.isalpha()
            if dated and not any(run[0] == "issued" for run in out):
                out[j : j + 1] = [("publisher", a, b - 1), ("issued", b - 1, b)]  # `Beck 1992`
    for j, (label, a, b) in enumerate(out):
        written = " ".join(t.text for t in tokens[a:b]).casefold()
        if label in ("editor", "translator") and any(w in written for w in _series_words()):
            out[j] = ("genre", a, b)  # `…, Research Paper (London: Chatham House, 2016)`
    return out


@functools.cache
def _series_words() -> tuple[str, ...]:
    """The `[types] report` words of every shipped language ("Research Paper", "Raporu"),
    casefolded: a series of papers, never a person."""
    return tuple(sorted({word.casefold() for word in shipped_type_words("report")}))


_PEOPLE: Final = frozenset({"editor", "translator", "author"})


def opening_role_title(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the last of the names a role word opening the note lists given back to the
    title when the note has none (`Haz. Mehmet Kaya, Ali Demir, Evliya Çelebi Seyahatnamesi,
    İstanbul: YKY, 2010.`): the people come first, then, after a comma, the work."""
    out = list(found)
    k = next((i for i, t in enumerate(tokens) if t.text.isalnum()), None)
    if k is None or _ROLES.keys().isdisjoint(marks[k]):
        return out
    if any(label == "title" for label, _, _ in out):
        return out
    people = [j for j, run in enumerate(out) if run[0] in _PEOPLE and run[1] > k]
    if len(people) < 2:
        return out
    last = people[-1]
    joined = all(
        all(not t.text.isalnum() or "and" in marks[i] for i, t in _tokens(tokens, out[j]))
        for j in range(people[0], last)
        if out[j][0] == OTHER
    )
    _, a, b = out[last]
    if joined and a > 0 and tokens[a - 1].text == ",":
        out[last] = ("title", a, b)
    return out


def _tokens(tokens: list[Token], run: Run) -> list[tuple[int, Token]]:
    return [(i, tokens[i]) for i in range(run[1], run[2])]


# GOST's statement of responsibility, on the model's labels
_ORDERED_ROLES: Final = tuple(sorted(_ROLE_MARKS))  # `editor` before `translator`

_SLASH_HEAD: Final = frozenset({"container-title", "author"})
_LONGEST: Final = 12  # tokens of the names after the role word at most


def _initial_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` is a one-capital initial with a period after it (`Б.`, glued or not)."""
    return is_initial(tokens[k].text) and k + 1 < len(tokens) and tokens[k + 1].text == "."


def _capital_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether token `k` opens a name: an initial or a capitalised word."""
    text = tokens[k].text
    return _initial_at(tokens, k) or (text.isalpha() and text[0].isupper() and len(text) > 1)


def _volume_at(tokens: Sequence[Token], marks: Sequence[set[str]], k: int) -> bool:
    """Whether a volume's label and its number start at token `k` (`Bd. 2`, `T. 2`, `Т. 3`)."""
    return (
        k + 2 < len(tokens)
        and "Bvolume" in marks[k]
        and any(t.text[:1].isdigit() for t in tokens[k + 1 : k + 3])
    )


def _slashed_names_end(
    tokens: Sequence[Token], marks: Sequence[set[str]], r: int, labels: Sequence[str]
) -> int | None:
    """Where the names that start at token `r` end: initials and capitalised words (a comma
    before another name), closed by a period before a dash, a volume's label (`/ Hrsg. v. K.
    Müller. Bd. 2.`: the names come before the volume in every style that writes the slash),
    the place the model read (`А. Гелескула. М., 1987`: GOST without its dashes) or at the
    note's end, a semicolon, a slash, or the initials after a family name; None when they do
    not end so."""
    k, worded = r, False
    while k < len(tokens) and k - r <= _LONGEST:
        text = tokens[k].text
        if _initial_at(tokens, k):
            k += 2
            if worded and k < len(tokens) and tokens[k].text != "," and not _initial_at(tokens, k):
                return k  # `Nobatgulyýewa J.`: the initials after the family close the name
            continue
        if text.isalpha() and text[0].isupper() and len(text) > 1:
            worded, k = True, k + 1
            continue
        if text == "," and worded and k + 1 < len(tokens) and _capital_at(tokens, k + 1):
            worded, k = False, k + 1  # the next name
            continue
        if not worded:
            return None
        if text in ";/" or (
            text == "."
            and (
                k + 1 == len(tokens)
                or tokens[k + 1].text in DASHES
                or _volume_at(tokens, marks, k + 1)
                or labels[k + 1] == "publisher-place"
            )
        ):
            return k
        return None
    return None


def _language_word(text: str) -> bool:
    """Whether `text` may be a word of the language translated from beside a role word: a
    word in small letters or its shortening's period (`неміс тілінен`, `с нем.`)."""
    return text == "." or (text.isalpha() and text.islower())


def _role_start(tokens: Sequence[Token], marks: Sequence[set[str]], a: int) -> int | None:
    """Where the role word of a statement of responsibility that opens at token `a` stands:
    at `a`, or after the lower-case words that name the language translated from (`/ ағылш.
    ауд.`, `/ неміс тілінен ауд.`, `/ англ. тилинен которгон`). None when no role word
    follows."""
    for k in range(a, min(a + _LEAD_IN, len(tokens))):
        if any(r in marks[k] for r in _ORDERED_ROLES):
            return k
        if not _language_word(tokens[k].text):
            return None
    return None


def _language_words_end(tokens: Sequence[Token], marks: Sequence[set[str]], r: int) -> int:
    """Where the lower-case words after a role word that name the language translated from
    end (`пер. со шведского`, `пер. с венг.`): `r` itself when none, or when a second role
    word follows them (`пер. с нем. под ред. А. Петрова`: the names are the editor's)."""
    k = r
    while k < min(r + _LEAD_IN, len(tokens)) and not marks[k] & set(_ORDERED_ROLES):
        if not _language_word(tokens[k].text):
            break
        k += 1
    if k < len(tokens) and marks[k] & set(_ORDERED_ROLES):
        return r
    return k


def names_after_slash(
    text: str, tokens: Sequence[Token], marks: Sequence[set[str]], labels: Sequence[str]
) -> list[str]:
    """`labels` with the names after ` / ` and a role word given to that role, and the run
    that opens the note before the slash to the title when the note has none."""
    out = list(labels)
    if " / " not in text:
        return out
    for s in range(1, len(tokens) - 2):
        if tokens[s].text != "/":
            continue
        first = _role_start(tokens, marks, s + 1)
        if first is None:
            continue
        role = next(r for r in _ORDERED_ROLES if r in marks[first])
        r = first
        while r < len(tokens) and role in marks[r]:
            r += 1
        r = _language_words_end(tokens, marks, r)
        end = _slashed_names_end(tokens, marks, r, out)
        if end is None:
            continue
        if all(label == role for label in out[r:end]):
            out[s:first] = [OTHER] * (first - s)  # `/ ағылш. ауд.`: the role's, no title's
            continue
        out[s + 1 : r] = [OTHER] * (r - s - 1)
        out[r:end] = [role] * (end - r)
        if _volume_at(tokens, marks, end + 1):
            # the volume's label and number after the names are the volume, no title's words
            v = next(k for k in range(end + 2, end + 4) if tokens[k].text[:1].isdigit())
            out[end + 1 : v + 1] = [OTHER] * (v - end - 1) + ["volume"]
        head = set(out[:s])
        if "title" not in out and len(head) == 1 and head <= _SLASH_HEAD:
            out[:s] = ["title"] * s
        return out
    return out
