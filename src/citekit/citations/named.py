"""A work named in a sentence of prose: a note that cites by naming a work in running text
(`Эта мысль подробно развита в работе Н. Масанова «Кочевая цивилизация казахов».`, `Bu konu
Halil İnalcık'ın Osmanlı İmparatorluğu Klasik Çağ adlı eserinde işlenmiştir.`) cites that work;
its title is the quoted name, the capitalised words before a "named" word of the language
files (`[words] named`: `adlı`, `атты`, `atly`) or after a name's possessive (`in Terry
Martin's The Affirmative Action Empire`), never the sentence around it."""

from __future__ import annotations

import functools
import re
from typing import Final

from attrs import evolve

from citekit.citations.names import is_initials
from citekit.citations.predicates import closes_on_verb
from citekit.citations.prose import reads_as_prose
from citekit.citations.type_cues import has_type_cue
from citekit.languages import available_languages, language, shipped_words
from citekit.model import Citation

__all__ = ["named_in_prose", "quoted_then_named"]

# a name's possessive before a work in title case: `in Terry Martin's The Affirmative …`
_POSSESSIVE: Final = re.compile(r"(?<=[^\W\d_])[’']s\s+(?=[^\W\d_])")
_MIN_PROSE_BEFORE: Final = 3  # lower-case words of the sentence before the name
_MAX_NAME_WORDS: Final = 3
_QUOTED: Final = re.compile(r"«([^«»]+)»|“([^“”]+)”|„([^„“”]+)[“”]")
_SUFFIXED: Final = re.compile(r"[’'](?:n?[ıiuü]n|[ıiuü])$")  # a name's genitive: `İnalcık'ın`
_MAX_TITLE_WORDS: Final = 12
_OPENERS: Final = "«“„\"'"
_BRACKETED: Final = re.compile(r"\s*\([^()]*\)")
_WHOLE_SHARE, _WHOLE_SHARE_OF = 5, 4  # the title read holds four fifths of the note's words


_NAMING: Final = "«“„’'"  # what a quoted name (`_QUOTED`) or a possessive (`_POSSESSIVE`) needs


@functools.cache
def _joiners() -> frozenset[str]:
    """The lower-case words inside a title (`Dil ve Tarih`, `Türk Dili ile Edebiyatı`): every
    shipped language's `and` and title case's small words (`[casing] title_lowercase`)."""
    ands = (w for w in shipped_words("and_") if w.isalpha())
    return frozenset(ands) | frozenset(w for w in _title_lowercase() if " " not in w)


@functools.cache
def _named_words() -> tuple[str, ...]:
    """The "named" words, one of which `_named` needs as written."""
    return tuple(shipped_words("named"))


@functools.cache
def _named() -> re.Pattern[str]:
    words = sorted(shipped_words("named"), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"(?<=\s)(?:{alternation})(?=\s)")


def _before_named(text: str) -> str | None:
    """The capitalised words right before the first "named" word, after the author's name in
    its genitive (`Barthold'un`, the first such word: the title may hold one, `Fuad
    Köprülü'nün Osmanlı Devleti'nin Kuruluşu`): `Moğol İstilasına Kadar Türkistan`."""
    found = _named().search(text)
    if found is None:
        return None
    words = text[: found.start()].split()
    joiners = _joiners()
    run: list[str] = []
    for word in reversed(words):
        if len(run) >= _MAX_TITLE_WORDS:
            break
        if not (word[:1].isupper() or word[:1].isdigit() or word in joiners):
            break
        run.append(word)
    run.reverse()
    genitive = next((i for i, w in enumerate(run) if _SUFFIXED.search(w)), None)
    title = run[genitive + 1 :] if genitive is not None else run
    while title and title[0] in joiners:
        title.pop(0)
    return " ".join(title) or None


@functools.cache
def _title_lowercase() -> frozenset[str]:
    """The words title case keeps in lower case, in every shipped language (`of`, `the`)."""
    return frozenset(w for c in available_languages() for w in language(c).title_lowercase)


def _after_possessive(text: str) -> str | None:
    """The words in title case after a name's possessive inside a sentence of prose (`This
    argument is developed in Terry Martin's The Affirmative Action Empire.`), up to the
    sentence's end: lower-case prose before the name, a capital to open and close the title."""
    found = _POSSESSIVE.search(text)
    if found is None:
        return None
    before = text[: found.start()].split()
    name = 0
    while name < min(len(before), _MAX_NAME_WORDS) and before[-1 - name][:1].isupper():
        name += 1
    prose = [w for w in before[: len(before) - name] if w[:1].islower()]
    if not name or len(prose) < _MIN_PROSE_BEFORE:
        return None
    small = _title_lowercase()
    title: list[str] = []
    for word in text[found.end() :].split():
        if word.startswith("("):
            break  # `… Empire of Nations (Ithaca: …, 2005).`: the work's imprint
        plain = word.rstrip(".,;:!?")
        if not (plain[:1].isupper() or plain in small):
            return None  # the sentence goes on in lower case: no title of its own
        title.append(plain)
        if plain != word:
            break
    while title and not title[-1][:1].isupper():
        title.pop()
    return " ".join(title) if len(title) > 1 else None


_MIN_AROUND: Final = 5  # words of the sentence around a quoted name, its initials left out


def _prose_around(text: str) -> bool:
    """Whether the words of `text` around its one quotation (`Об этом подробно писал Л. Н.
    Гумилёв в книге «…»`, brackets left out) are a sentence: five or more, three in five in
    lower case, a person's initials left out."""
    around = _QUOTED.sub(" ", text).split()
    words = [w for w in around if w.strip(".,;:!?") and not is_initials(w)]
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= _MIN_AROUND and lower * 5 >= len(words) * 3


def _unbracketed(text: str, title: str) -> str:
    """`text` less the bracket right after `title` (`… «Древние тюрки» (М., 1967).`): the
    named work's imprint or place in it, no word of the sentence."""
    at = text.find(title)
    end = at + len(title)
    bracket = _BRACKETED.match(text, end) if at >= 0 else None
    return text if bracket is None else text[:end] + text[bracket.end() :]


def _goes_on(text: str, title: str) -> bool:
    """Whether the sentence goes on after `title` in lower-case words only (`… еңбегінде
    айтылған.`): no site, date or imprint of a work follows it."""
    words = [w.strip(".,;:!?") for w in text[text.find(title) + len(title) :].split()]
    words = [w for w in words if w]
    return bool(words) and all(w.isalpha() and w.islower() for w in words)


def named_in_prose(text: str, found: Citation) -> Citation:
    """`found`, read from `text`, with the title a sentence of prose names: when the note
    reads as prose (or names a work with a "named" word) and the title read holds the whole
    sentence, the quoted name alone (one quotation in the note) or the words before the
    "named" word."""
    title = found.title
    opened = text.lstrip(" *_([")[:1]
    if title is None or "://" in text or opened in _OPENERS:
        return found  # a quoted title that opens the note is the work's (with quotes inside)
    if not any(mark in text for mark in _NAMING) and not any(w in text for w in _named_words()):
        return found  # no quotation, possessive or "named" word: no work named in prose
    if found.archive_location is not None:
        return found  # an archival document's shelf mark in the bracket: a source, no prose
    # a bracket right after the name (`(М., 1967)`, `(т. 1, с. 45)`) is its imprint or place
    # in it, no word of the sentence
    said = _unbracketed(text, title) if "(" in text else text
    closed = title.rstrip(" .,;:")[-1:] in "»“”"  # the quotation closes the title read
    # the title read opens the sentence and ends with the quotation: the words after it (`…
    # еңбегінде айтылған.`) are the sentence's too
    opening = closed and said.lstrip(" *_([").startswith(title) and _goes_on(said, title)
    if len(title.split()) * _WHOLE_SHARE < len(said.split()) * _WHOLE_SHARE_OF and not (
        opening and _prose_around(said)
    ):
        return found  # the title read is a part of the note, not its sentence
    quoted = _QUOTED.findall(text) if "«" in text or "“" in text or "„" in text else []
    name: str | None = None
    # a sentence around the one quotation: the quotation closes the title read, or the
    # sentence closes on its verb and writes no number of an imprint or a place in a work
    # (`Бұл мәселеге М. Әуезов «Абай жолы» романында тоқталған.`), as a title with a
    # quotation inside does (`Роман «Абай жолы» и его значение`, `… «Әуен» … 72-91-б.`)
    verb = not any(c.isdigit() for c in text) and closes_on_verb(text)
    around = (closed or verb) and _prose_around(said)
    if len(quoted) == 1 and (reads_as_prose(text) or around):
        name = next(q for q in quoted[0] if q).strip()
    elif not quoted:
        name = _before_named(text) or _after_possessive(text)
    if name is None or name == title or name not in title:
        return found
    at = title.find(name)
    if ":" in title[:at] and any(c.isalpha() for c in title[at + len(name) :]):
        return found  # `…: “Köy Enstitüleri” tartışması`: a subtitle quoting a name, a title's
    return evolve(found, title=name)


_PAIRS: Final = {"«": "»", "“": "”", "„": "“", '"': '"'}
_GENRES: Final = ("speech_closes", "speech_genre", "presentation")  # a talk's words


def quoted_then_named(found: Citation) -> Citation:
    """`found` with a title read as a quoted name, a "named" word and a genre (`“Dijital
    Beşeri Bilimlerde Yeni Yöntemler” başlıklı açılış konuşması`, `«…» тақырыбындағы
    пленарлық баяндама`) as the quoted name alone: the words after the "named" word say what
    the work is (a talk's words of `[types] speech_closes`, `speech_genre`, `presentation`),
    its genre when none is read."""
    title = found.title
    if title is None or title[:1] not in _PAIRS:
        return found
    close = title.find(_PAIRS[title[0]], 1)
    if close < 2:
        return found
    rest = title[close + 1 :].split(maxsplit=1)
    if len(rest) != 2 or rest[0] not in _named_words():
        return found
    if not any(has_type_cue(key, rest[1]) for key in _GENRES):
        return found  # `«…» atly sergi açyldy`: a headline naming the work, no genre after it
    return evolve(found, title=title[1:close].strip(), genre=found.genre or rest[1].strip(" .,"))
