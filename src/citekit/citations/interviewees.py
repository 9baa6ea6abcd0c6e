"""The person an unpublished interview or a letter is with or from, named by the words that
open or close the name (the language files' `[words] interviewee_before` and
`interviewee_after`): `Interview with Margaret O’Connell, conducted by the author, Galway`,
`Görüşme: Mehmet YILMAZ (Kaynak kişi, 68 yaşında)`, `Сұхбат: Сәрсенбаева Күләш (1936 ж.т.)`,
`Ayşe Demir ile görüşme (d. 1940), Kars`. The person is the record's author (Chicago, APA
and GOST cite an interview under the interviewee), read when the note was typed an interview
or a personal communication and no author was read; honorifics before the name are left out
(`Prof. Dr. Halil İnalcık`). The person after an interviewer's words (`[words] interviewer`:
`Mukhtar Tleuberdi, interview by Elnar Bainazarov, “…”`, `/ беседовал Э. Байназаров`) is
the interviewer (CSL's `interviewer`, kept in the record's extra), no author."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation, lower
from citekit.citations.name_sets import family_particles, honorifics
from citekit.citations.names import to_name
from citekit.languages import shipped_type_words, shipped_words
from citekit.model import Name

__all__ = ["with_interviewee", "with_interviewer"]

_KINDS: Final = frozenset({"interview", "personal_communication"})
_LEAD: Final = 25  # characters before an opening phrase at most (`Bkz.`, `ПМА: `, `See `)
_MAX_WORDS: Final = 4  # words of a name (`Omarov Baqyt Jumauly`, `Margaret O’Connell`)
_OPENERS: Final = "([–—-"  # a bracket or a dash after the name: what follows is no name's
_INITIAL: Final = 3  # characters of an initial with its period at most (`A.`, `Zh.`)
_NAMES: Final = 2  # interviewers named at most (`interview by A and B`)
_ACRONYM: Final = 5  # letters of a body's acronym at most (`UN`, `OSCE`; `ИВАНОВА` is a family)


@functools.cache
def _opening() -> re.Pattern[str]:
    # … and a source person's label (`[types] informant`: `Anlatan – Ayşe Yılmaz`)
    words = sorted(
        shipped_words("interviewee_before") | shipped_type_words("informant"),
        key=len,
        reverse=True,
    )
    return re.compile(rf"(?:{literal_alternation(words) or '(?!)'})\s*[:–—-]?\s*")


@functools.cache
def _closing() -> re.Pattern[str]:
    words = sorted(shipped_words("interviewee_after"), key=len, reverse=True)
    return re.compile(rf"\s(?:{literal_alternation(words) or '(?!)'})(?!\w)")


def _written(author: object) -> str:
    return str(author.literal or author.family or "") if isinstance(author, Name) else ""


def _label(author: object) -> bool:
    """Whether an author read is an honorific alone (`Prof.`), a source person's label
    (`Anlatan`) or opens on a word in small letters (`with Saule`): no person's name."""
    written = _written(author)
    titles = honorifics()
    if lower(written) in titles or f"{lower(written)}." in titles:
        return True
    given = str(author.given or "") if isinstance(author, Name) else ""
    for part in (written, given):  # `with Saule`: the opening phrase's word read into the name
        head = part.split(maxsplit=1)[0] if part.strip() else ""
        if head[:1].islower() and head not in family_particles():
            return True
    return bool(written) and _opening().fullmatch(written) is not None


def _person(written: str) -> str | None:
    """`written` without its honorifics, when it is a person's name as a note writes one."""
    words = written.split()
    titles = honorifics()
    while words and lower(words[0]) in titles:
        words.pop(0)
    if not 1 <= len(words) <= _MAX_WORDS:
        return None
    particles = family_particles()
    if not all(
        (w[:1].isupper() or w in particles) and not any(c.isdigit() for c in w) for w in words
    ):
        return None
    if len(words) == 1 and words[0].isupper() and 1 < len(words[0]) <= _ACRONYM:
        return None  # `interview with UN official`: a body's acronym before a description
    return " ".join(words)


def _after_opening(text: str) -> str | None:
    found = _opening().search(text, 0, _LEAD + 40)
    if found is None or found.start() > _LEAD:
        return None
    words = text[found.end() :].split()
    titles = honorifics()
    while words and lower(words[0].rstrip(",")) in titles:  # `Prof. Dr. Halil İnalcık`
        words.pop(0)
    return _person(" ".join(_name_words(words)))


def _name_words(words: list[str]) -> list[str]:
    """The words of the name that opens `words`: capitalised words, initials and a family's
    particles before a capital, up to a mark that closes it or a word in small letters
    (`O’Connell, conducted by`, `O’Connell in Galway`, `Сидоровой (1931 г. р.)`)."""
    particles = family_particles()
    out: list[str] = []
    for k, word in enumerate(words):
        following = words[k + 1] if k + 1 < len(words) else ""
        particle = word in particles and following[:1].isupper()
        if word[:1] in _OPENERS or not (word[:1].isupper() or particle):
            break
        bare = word.rstrip(",;")
        if bare.endswith(".") and len(bare) > _INITIAL:  # a sentence's period
            out.append(bare[:-1])
            break
        out.append(bare)
        if bare != word:
            break  # `O’Connell,`: the name's comma
    return out


def _before_closing(text: str) -> str | None:
    found = _closing().search(text)
    if found is None:
        return None
    words = text[: found.start()].split()[-_MAX_WORDS:]
    while words and not words[0][:1].isupper():
        words.pop(0)
    taken: list[str] = []
    for word in reversed(words):  # the capitalised words right before the phrase
        if not word[:1].isupper() or word.endswith((".", ":", ",")):
            break
        taken.insert(0, word)
    return _person(" ".join(taken)) if taken else None


def with_interviewee(kind: str, fields: dict[str, object], text: str) -> dict[str, object]:
    """`fields` with the interviewee as the author (see the module's doc); an honorific or a
    source person's label read as an author (`Prof.`, `Anlatan`) is none."""
    if kind not in _KINDS:
        return fields
    authors = fields.get("author")
    if isinstance(authors, tuple) and authors:
        kept = tuple(a for a in authors if not _label(a))
        if kept:
            return fields if len(kept) == len(authors) else {**fields, "author": kept}
    name = _after_opening(text) or _before_closing(text)
    if name is None:
        return fields
    return {**fields, "author": (to_name(name),)}


@functools.cache
def _interviewer_words() -> re.Pattern[str]:
    words = sorted(shipped_words("interviewer"), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{literal_alternation(words) or '(?!)'})(?!\w)[:.]?\s*")


@functools.cache
def _ands() -> frozenset[str]:
    return frozenset(w for w in shipped_words("and_") if w.isalpha())


def _interviewers(text: str, at: int) -> tuple[str, ...]:
    """The names written from `at` on (`Elnar Bainazarov`, `Э. Байназаров`, `A. Smith and
    B. Jones`), up to a mark that closes them."""
    words = text[at:].split()
    names: list[str] = []
    while words and len(names) < _NAMES:
        taken = _name_words(words)
        name = _person(" ".join(taken)) if len(taken) > 1 else None
        if name is None:
            break  # `interviewed by Skype`: one word names no person
        names.append(name)
        rest = words[len(taken) :]
        if taken[-1] != words[len(taken) - 1] or not rest or rest[0] not in _ands():
            break  # `Bainazarov,`: the name's comma closes the list
        words = rest[1:]
    return tuple(names)


def _interviewee(text: str, at: int) -> str | None:
    """The person named in the clause right before an interviewer's words (`Mukhtar
    Tleuberdi, interview by …`), a list's number before it left out."""
    head = text[:at].rstrip(" ,;:/")
    clause = head[max(head.rfind(","), head.rfind(";"), head.rfind("/")) + 1 :].split()
    while clause and not clause[0][:1].isalpha():
        clause.pop(0)  # `12.`: a list's number
    return _person(" ".join(w.rstrip(".") for w in clause)) if clause else None


def _same_person(author: object, name: str) -> bool:
    """Whether an author read is the interviewer named `name`: the family and the given
    name's first word both in it (`John Doe` is not `Jane Doe`)."""
    words = name.replace(".", ". ").split()
    if _written(author) not in words:
        return False
    given = getattr(author, "given", None)
    first = str(given).split()[0] if given else ""
    return not first or first in words or first.rstrip(".") + "." in words


def with_interviewer(kind: str, fields: dict[str, object], text: str) -> dict[str, object]:
    """`fields` with the interviewer named after `[words] interviewer` (see the module's
    doc) as `interviewer`, who is no author; the interviewee before the words the author,
    when none was read."""
    if kind not in _KINDS:
        return fields
    found = _interviewer_words().search(text)
    if found is None or not (names := _interviewers(text, found.end())):
        return fields
    authors = fields.get("author")
    kept = tuple(
        a
        for a in (authors if isinstance(authors, tuple) else ())
        if not any(_same_person(a, n) for n in names)
    )
    if not kept and (person := _interviewee(text, found.start())) is not None:
        kept = (to_name(person),)
    out = {**fields, "author": kept, "interviewer": names}
    title = fields.get("title")
    if isinstance(title, str) and (cut := _credit_in_title(title)) is not None:
        out["title"] = cut  # `Интервью с … / беседовала Т. Климова`: GOST's credit, no title's
    return out


def _credit_in_title(title: str) -> str | None:
    """`title` without the interviewer's credit after its slash (`… / беседовала Т.
    Климова`), or None when it holds none."""
    slash = title.rfind(" / ")
    if slash <= 0:
        return None
    found = _interviewer_words().match(title, slash + 3)
    return title[:slash].rstrip() if found is not None else None
