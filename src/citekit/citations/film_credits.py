"""A film's name before its director's credit in brackets (`Кочевник (реж. С. Бодров, И.
Пассер). Казахстан, 2005`, `Eşkıya (yön. Yavuz Turgul). Türkiye, 1996`, `«Тюльпан» (реж. С.
Дворцевой)`), before the credit's own sentence (`Eşkıya. Yönetmen: Yavuz Turgul. Filmacass,
1996.`), before the credit after its comma (`Kelin, directed by Ermek Tursunov (Almaty: …`)
or before GOST's statement of responsibility (`Летят журавли [Видеозапись] / реж. М.
Калатозов.`): the words before the bracket are the film's title, whatever the tagger read
there, and what it read inside the credit (a director's name as a title, a host or a
publisher) is the credit's, no field of the film's. The credit's words are the `[types]
director` and `director_credit` words."""

from __future__ import annotations

import functools
import re
from typing import Final

from citekit.citations._words import literal_alternation
from citekit.citations.tagger.abbreviated_places import city_abbreviation
from citekit.citations.tagger.features import text_marks
from citekit.languages import country_names, shipped_type_words, shipped_words

__all__ = ["credited_film", "editor_words"]

_NAME_MARKS: Final = " «»\"“”„'‘’."  # a film's name's quotes and closing stop
_MAX_NAME: Final = 150  # characters of a film's name, at most
_MAX_KIND: Final = 40  # characters of the bracket of its kind after it, at most
_PARTS: Final = ("container-title", "publisher", "publisher-place")


@functools.cache
def _opening() -> re.Pattern[str]:
    """A note opening with a name, then a bracket opening with a director's word, a name
    after it."""
    alternation = literal_alternation(_words()) or "(?!)"
    return re.compile(
        rf"(?P<name>[^()]{{1,{_MAX_NAME}}}?)\s*\((?P<credit>(?:{alternation})(?!\w)[.:]?\s*"
        r"[^\W\d_][^()]*)\)"
    )


@functools.cache
def _words() -> tuple[str, ...]:
    """The credit's words (`реж.`, `yön.`, `directed by`), longest first, stops dropped."""
    words = {w.rstrip(".") for k in ("director", "director_credit") for w in shipped_type_words(k)}
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def _split() -> re.Pattern[str]:
    """Commas, semicolons and every shipped language's `and` between a credit's names."""
    ands = sorted((w for w in shipped_words("and_") if w.isalpha()), key=len, reverse=True)
    alternation = literal_alternation(ands) or "(?!)"
    return re.compile(rf"\s*(?:[,;]|(?<!\w)(?:{alternation})(?!\w))\s*")


def _directors(credit: str) -> tuple[str, ...]:
    """The names a credit gives (`реж. С. Бодров, И. Пассер`: `С. Бодров`, `И. Пассер`), a
    year or other numbers after them left out."""
    words = credit.strip()
    for word in _words():
        if words.startswith(word):
            words = words[len(word) :].lstrip(" .:")
            break
    names = (n.strip(" .") for n in _split().split(words))
    return tuple(n for n in names if n and not any(c.isdigit() for c in n) and n[0].isupper())


@functools.cache
def _sentence() -> re.Pattern[str]:
    """A note opening with a name's sentence (a bracket of its kind may close it: `Az utolsó
    nomádok (dokumentumfilm).`), then a sentence of a director's word, its colon, period or
    space and a name (`Eşkıya. Yönetmen: Yavuz Turgul. Filmacass, 1996.`, `Weaving the Gul.
    Directed by Aylin Kaya. Istanbul: …`)."""
    alternation = literal_alternation(_words()) or "(?!)"
    return re.compile(
        rf"(?P<name>[^().]{{1,{_MAX_NAME}}}?)(?:\s*\([^().]{{1,{_MAX_KIND}}}\))?\.\s+"
        rf"(?P<credit>(?:{alternation})(?!\w)(?:[.:]\s*"
        r"(?:[^\W\d_]{1,2}\.\s*)*[^\W\d_][^().]*"  # `Реж. С. Бодров.`: initials first
        r"|\s+[^\W\d_][^().,]*))\."  # `Directed by Aylin Kaya.`: a name with no comma
    )


@functools.cache
def _sentence_comma() -> re.Pattern[str]:
    """A note opening with a name's sentence, then a sentence of a director's word and a name
    closed by a comma before the studio (MLA's `The Cranes Are Flying. Directed by Mikhail
    Kalatozov, Mosfilm, 1957.`); French's and Spanish's `dir. Name` is an editor's, and a name
    with a comma is a person's (`Bordwell, David. Directed by Yasujiro Ozu, …`: a book)."""
    words = [w for w in _words() if w.casefold() not in editor_words()]
    alternation = literal_alternation(words) or "(?!)"
    return re.compile(
        rf"(?P<name>[^().,]{{1,{_MAX_NAME}}}?)\.\s+(?P<credit>(?:{alternation})(?!\w)[.:]?\s*"
        r"[^\W\d_][^().,]*),(?=\s*[^\W\d_])"
    )


@functools.cache
def editor_words() -> frozenset[str]:
    """Every language's editor words (`[words] editor`), bare and case-folded (`dir`, `ed`):
    a director's credit written so may be an editor's."""
    return frozenset(w.strip("().").casefold() for w in shipped_words("editor"))


@functools.cache
def _after_comma() -> re.Pattern[str]:
    """A note opening with a name, its comma, then a director's word and a name, closed by the
    imprint's bracket or a comma (Chicago's `Kelin, directed by Ermek Tursunov (Almaty:
    Kazakhfilm, 2009)`); French's and Spanish's `, dir. Name` is an editor's."""
    words = [w for w in _words() if w.casefold() not in editor_words()]  # no `dir.` (French)
    alternation = literal_alternation(words) or "(?!)"
    return re.compile(
        rf"(?P<name>[^(),]{{1,{_MAX_NAME}}}?),\s+(?P<credit>(?:{alternation})(?!\w)[.:]?\s*"
        r"[^\W\d_][^(),]*?)(?=\s*[(,])"
    )


@functools.cache
def _responsibility() -> re.Pattern[str]:
    """A note opening with a name, then GOST's statement of responsibility naming the director
    (`Летят журавли [Видеозапись] / реж. М. Калатозов. М. : Мосфильм`): the credit ends at
    its last name's period or at the next responsibility's `;`."""
    alternation = literal_alternation(_words()) or "(?!)"
    return re.compile(
        rf"(?P<name>[^/]{{1,{_MAX_NAME}}}?)\s+/\s+(?P<credit>(?:{alternation})(?!\w)[.:]?\s*"
        r"[^\W\d_][^/;]*?(?<=[^\W\d_]{2}))(?=\.\s|\s*;|\.?\s*$)"
    )


def _own_name(name: str, title: object) -> str:
    """A film's name before its statement of responsibility, without the bracketed designation
    (`[Видеозапись]`): the title the tagger read, when the name holds it (the rest is the
    author's heading, `Әуезов М.`, or other title information, `: худож. фільм`)."""
    name = re.sub(r"\s*\[[^\]]*\]", "", name).strip().lstrip(_NAME_MARKS)
    return title if isinstance(title, str) and title and title in name else name


_MADE: Final = re.compile(r"[\s.)]*(?P<parts>[^\W\d][^\d;()]{0,80}?)[\s,.]+\d{4}(?!\d)")


def _is_place(words: str) -> bool:
    """Whether `words` name a country (`USA`, `Kazakhstan`, `Türkiye`), a known city or its
    abbreviation."""
    if words.casefold() in country_names():
        return True
    split = words.split()
    if len(split) == 1 and city_abbreviation(split[0].rstrip(".")):
        return True  # GOST's `М.`, `СПб.`, `К.`
    return len(split) == 1 and bool(text_marks(split)[0] & {"cities", "places"})


def _made(fields: dict[str, object], rest: str) -> dict[str, object]:
    """`fields` with where and by whom the film was made, read from the words between its
    credit and its year (`). USA, 2006`, `. Kazakhstan: Kazakhfilm, 2008`, `. Filmacass,
    1996`): a country or city is the place, other words the studio (CSL's `publisher-place`,
    `publisher`). Fields the model filled stay, unless it read a studio as the place."""
    found = _MADE.match(rest)
    if found is None:
        return fields
    parts = [p.strip() for p in re.split(r"\s*[,:]\s*", found.group("parts")) if p.strip()]
    if not parts or len(parts) > 2:
        return fields
    made = dict(fields)
    place = fields.get("publisher-place")
    if isinstance(place, str) and not _is_place(place) and not fields.get("publisher"):
        made["publisher"] = made.pop("publisher-place")  # `Filmacass`: a studio
    for part in parts:
        key = "publisher-place" if _is_place(part) else "publisher"
        made.setdefault(key, part)
        if key == "publisher" and made.get("container-title") == part:
            del made["container-title"]  # `К. : Довженко, 1965`: the studio, no host
    return made


def credited_film(fields: dict[str, object], text: str) -> dict[str, object] | None:
    """A film's `fields` with its name before the credit as its title and nothing read from
    the credit (see the module's doc), or None when the note opens with no such name."""
    found = _opening().match(text.strip()) or _sentence().match(text.strip())
    found = found or _sentence_comma().match(text.strip())
    found = found or _after_comma().match(text.strip())
    if found is None and (found := _responsibility().match(text.strip())) is not None:
        name = _own_name(found.group("name"), fields.get("title")).strip(_NAME_MARKS)
    elif found is not None:
        name = found.group("name").strip(_NAME_MARKS)
    else:
        return None
    credit = found.group("credit")
    if not name or any(c.isdigit() for c in name[:1]):
        return None
    written = text.strip()
    own = {**fields, "title": name}
    for key in _PARTS:  # … what the tagger read inside the credit alone, or as the name
        value = fields.get(key)
        if not isinstance(value, str):
            continue
        after = written.find(value, found.end("credit")) >= 0  # `/ реж. М. Калатозов. М. :`
        if (value in credit and not after) or value.strip(_NAME_MARKS) == name:
            del own[key]
    kept = _made(own, written[found.end() :])  # … before the studio and place after it are read
    if directors := _directors(credit):
        kept["director"] = directors  # CSL's `director`, kept in the record's extra
    for role in ("author", "editor", "translator"):  # a director the model read as a person
        persons = fields.get(role)
        if isinstance(persons, tuple):
            kept[role] = tuple(
                a
                for a in persons
                if str(a).strip(_NAME_MARKS) not in (name, "") and str(a) not in credit
            )
    return kept
