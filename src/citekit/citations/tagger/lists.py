"""Lists of persons, mended by the shape names are written in: a double family name cut at
its hyphen (`Phillips-Morrison`), an inverted list's given names left out (`Aydın, Ali -
Kaya, Veli.`), and a role shared along a list whose later names the model gave another
field (`под ред. К. Д. Кононова, З. Е. Зимин.`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from citekit.citations.names import family_particles, is_organisation
from citekit.citations.tagger.align import OTHER, ROMAN, Run
from citekit.citations.tagger.direct_names import direct_order
from citekit.citations.tagger.glued_initials import glued_initials
from citekit.citations.tagger.roles import PERSONS, ROLES
from citekit.citations.tagger.tokens import DASHES, Token

__all__ = [
    "double_names",
    "et_al_runs",
    "inverted_given",
    "inverted_initials",
    "list_closing_words",
    "listed_author",
    "listed_role",
    "opening_list_authors",
    "person_runs",
    "person_shaped",
    "spaced_dash",
]

_MAX_GIVEN: Final = 3  # given names after an inverted family's comma
_MAX_WORDS: Final = 4  # words of a name written in full
_MAX_INITIAL: Final = 2  # letters of an initial ("A.", "Zh.", "Ye.")
_IMPRINT: Final = frozenset(
    {"cities", "places", "publisher"}
)  # lexicon marks of an imprint's words
_IMPRINT_LABELS: Final = frozenset({"publisher", "publisher-place"})


def _glued(tokens: list[Token], i: int) -> bool:
    """Whether token `i` touches the tokens on both sides (`Phillips-Morrison`)."""
    return 0 < i < len(tokens) - 1 and (
        tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start
    )


def spaced_dash(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is a dash of any kind with a space on each side (İSNAD's `Aydın, Ali -
    Kaya`, GOST's `// Жинақ – Өскемен`); a double name's hyphen is glued (`Ahmet-Ali`)."""
    return (
        0 < i < len(tokens) - 1
        and tokens[i].text in DASHES
        and tokens[i - 1].end < tokens[i].start < tokens[i].end < tokens[i + 1].start
    )


def person_runs(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the persons' runs mended by how names are written: an inverted first name's
    initials, a double family name, an inverted list's given names."""
    found = inverted_initials(tokens, found, marks)
    return inverted_given(tokens, marks, double_names(tokens, found))


def inverted_initials(
    tokens: list[Token], found: list[Run], marks: Sequence[set[str]] = ()
) -> list[Run]:
    """`found` with the initials after a person's `Family,` that the model left out, or gave
    to the title, counted in (`Калашников, Н. И. Эпос …`: the inverted name is one name); a
    number's label word with its number after it (`Besim Atalay, C. I`: the volume) is none."""
    out = list(found)
    for j, (label, a, b) in enumerate(found):
        if label not in PERSONS or b + 2 >= len(tokens) or tokens[b].text != ",":
            continue
        if b - a > 2 or not all(_capitalised(t.text) and not t.text.isupper() for t in tokens[a:b]):
            continue  # `Gökova Kurt, G.`: a family name of one or two words
        if direct_order(tokens, a, b) and _word_at(tokens, glued_initials(tokens, b + 1)):
            continue  # `Асқар Есімов, Ш. Уәлиханов және …`: the initials open the title
        if _suffixed_abbreviation(tokens, b + 1):
            continue  # `S.S.C.B.'nin`: a suffix follows an abbreviation, never initials
        k = b + 1
        while k + 1 < len(tokens) and _one_letter(tokens[k].text) and tokens[k + 1].text == ".":
            if marks and marks[k] & _NUMBER_WORDS and _numbered(tokens, k + 2):
                break  # `C. I`, `T. 2`, `S. 12`: a volume's, an issue's or a page's label
            k += 2
        if k == b + 1 or any(r[0] in PERSONS for r in found[j + 1 :] if r[1] < k):
            continue
        out = [
            *out[:j],
            (label, a, k),
            *((lab, max(s, k), e) for lab, s, e in out[j + 1 :] if e > k),
        ]
        break  # only the first name of a list is inverted
    return out


_NUMBER_WORDS: Final = frozenset({"Bvolume", "Bissue", "Bpage"})


def _word_at(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a capitalised word (`Уәлиханов`), not a mark or a year's bracket."""
    return k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text[:1].isupper()


def _numbered(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a number: digits or a Roman numeral."""
    text = tokens[k].text if k < len(tokens) else ""
    return text.isdigit() or (bool(text) and set(text) <= ROMAN)


def _suffixed_abbreviation(tokens: list[Token], k: int) -> bool:
    """Whether capitals with their periods and no space from token `k` on take a suffix after
    an apostrophe (`S.S.C.B.'nin`, `A.B.D.'ye`)."""
    e = k
    while (
        e + 2 < len(tokens)
        and _one_letter(tokens[e].text)
        and tokens[e + 1].text == "."
        and (e == k or tokens[e].start == tokens[e - 1].end)
        and tokens[e + 1].start == tokens[e].end
    ):
        e += 2
    return e > k + 2 and tokens[e].text in "'’" and tokens[e].start == tokens[e - 1].end


def _one_letter(text: str) -> bool:
    return len(text) == 1 and text.isupper()


def double_names(tokens: list[Token], found: list[Run]) -> list[Run]:
    """`found` with two person runs joined by a glued hyphen made one: a double family name
    (`Бирюков-Петухов`, `Jones-Soto`) is one person's, whatever the model made of its hyphen."""
    out: list[Run] = []
    for run in found:
        label, a, b = run
        if (
            len(out) >= 2
            and label in PERSONS
            and out[-2][0] in PERSONS
            and out[-1][0] == OTHER
            and out[-1][2] - out[-1][1] == 1
            and tokens[out[-1][1]].text in DASHES
            and _glued(tokens, out[-1][1])
            and tokens[a - 2].text.isalpha()
        ):
            first = out[-2]
            out[-2:] = [(first[0], first[1], b)]
            continue
        out.append(run)
    return out


def _capitalised(text: str) -> bool:
    return text.isalpha() and text[0].isupper()


def _initial(tokens: list[Token], i: int, b: int) -> bool:
    """Whether token `i` is an initial with its period glued (`A.`, `Zh.`), both before `b`."""
    if i + 1 >= min(b, len(tokens)):
        return False  # the note ends at or after `i` (`Ә. Кунаев, Ғ.` read on past `Ғ.`; `…, K`)
    text = tokens[i].text
    return (
        0 < len(text) <= _MAX_INITIAL
        and _capitalised(text)
        and (len(text) == 1 or text[1:].islower())
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == tokens[i].end
    )


def _units(tokens: list[Token], a: int, b: int) -> list[str] | None:
    """The name's units in order, "I" for an initial and "W" for a word (a double word
    joined by a glued hyphen or apostrophe is one, and a family's particle before its word:
    `dos Kline`), or None when a token fits neither."""
    units: list[str] = []
    i = a
    while i < b:
        if _initial(tokens, i, b):
            units.append("I")
            i += 2
        elif _capitalised(tokens[i].text):
            units.append("W")
            i += 1
            while i + 1 < b and tokens[i].text in "-'’" and _glued(tokens, i):
                if not tokens[i + 1].text.isalpha():
                    return None
                i += 2
        elif a < i < b - 1 and tokens[i].text in family_particles():
            i += 1  # `C. S. dos Kline`: the particle opens the family's word
        else:
            return None
    return units


def person_shaped(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a..b are written as one person's name (see `_shape`)."""
    return _shape(tokens, a, b) is not None


def _shape(tokens: list[Token], a: int, b: int) -> str | None:
    """How a person's name is written: initials first (`К. Д. Кононова`), initials last
    (`Ahmedowa A.`), in full (`Ираида Игоревна Гордеева`), or None for none of these."""
    last = tokens[b - 1].text
    initial = 0 < len(last) <= _MAX_INITIAL and last[0].isupper() and last[1:] == last[1:].lower()
    if (
        initial
        and b < len(tokens)
        and tokens[b].text == "."
        and tokens[b].start == tokens[b - 1].end
    ):
        b += 1  # `Aşyrowa G` + `.`: the run left its last initial's period out
    units = _units(tokens, a, b)
    if not units:
        return None
    words = units.count("W")
    if words == 0 or words > _MAX_WORDS:
        return None
    joined = "".join(units)
    if units[0] == "I" and joined.lstrip("I") == "W" * words and words <= 2:
        return "first"
    if units[-1] == "I" and joined.rstrip("I") == "W" * words and words <= 2:
        return "last"
    if "I" not in joined and words >= 2:
        return "full"
    return None


def _joiner(tokens: list[Token], marks: list[set[str]], run: Run) -> str | None:
    """How a run between two names joins them: "comma", "and" (a joining word or a spaced
    dash), or None when it holds anything else."""
    _, a, b = run
    texts = [t.text for t in tokens[a:b]]
    if texts == [","]:
        return "comma"
    joins = all(not t.isalnum() or "and" in marks[a + k] for k, t in enumerate(texts))
    if joins and (any("and" in marks[k] for k in range(a, b)) or spaced_dash(tokens, b - 1)):
        return "and"
    return None


def _name_ends(tokens: list[Token], marks: list[set[str]], b: int) -> bool:
    """Whether a name's run may end before token `b`: the note's end, a mark that closes a
    list or a name (`.`, `,`, `;`, `)`), a joining word ("and", "ve", "и") or a spaced dash."""
    if b >= len(tokens) or tokens[b - 1].text == ".":
        return True  # `red. Garlyýewa Z., Aşyrowa G. Atamyrat:`: the initial's period ends it
    return tokens[b].text in ".,;)]" or "and" in marks[b] or spaced_dash(tokens, b)


# a periodical's or a meeting's word (`Dergisi`, `Journal`, `Вестник`): no person's name holds one
_HOST_MARKS: Final = frozenset(
    {"journal", "Bjournal", "newspaper", "Bnewspaper", "conference", "Bconference"}
)


def listed_role(tokens: list[Token], marks: list[set[str]], out: list[Run], run: Run) -> str | None:
    """The role of the editor or translator just before, joined by a comma, "and" or a
    spaced dash, when run `a`…`b` (labelled another field) is a name written the same way
    and ends where a name ends (`/ ред. А. Әлиев, Ж. Чокина.`, `под ред. Савин Д. В. -
    Гордеева И. И.`); names written in full need "and" or a dash (`ed. John Smith, Oxford
    University Press`, `ed. Ali Kaya, Metis Kitap` a publisher)."""
    label, a, b = run
    if len(out) < 2 or out[-1][0] != OTHER or out[-1][2] != a or out[-2][0] not in ROLES.values():
        return None
    joiner = _joiner(tokens, marks, out[-1])
    shape = _shape(tokens, a, b)
    if joiner is None or shape is None or shape != _shape(tokens, out[-2][1], out[-2][2]):
        return None
    imprint = label in _IMPRINT_LABELS or any(m & _IMPRINT for m in marks[a:b])
    if shape == "full" and joiner == "comma" and imprint:
        return None  # `ed. John Smith, New York, 2001`: a place or publisher ends the list
    whole = " ".join(t.text for t in tokens[a:b])
    if not _name_ends(tokens, marks, b) or is_organisation(whole):
        return None
    if any(m & _HOST_MARKS for m in marks[a:b]):
        return None  # `çev. Gülnar Sadıkova, Türk Kültürü İncelemeleri Dergisi`: a journal's name
    return out[-2][0] if _worded(tokens, marks, out) else None


def listed_author(
    tokens: list[Token], marks: list[set[str]], out: list[Run], a: int, b: int
) -> bool:
    """Whether run `a`…`b`, an editor or translator by the model with no role word of its
    own, is one more author of the list before it: joined by a comma or "and" to an author
    written the same way (`/ R. Çetin, M. Şensoy, M. Aksoy.`)."""
    if len(out) < 2 or out[-1][0] != OTHER or out[-1][2] != a or out[-2][0] != "author":
        return False
    if _joiner(tokens, marks, out[-1]) is None or not _name_ends(tokens, marks, b):
        return False
    shape = _shape(tokens, a, b)
    if shape is None or shape != _shape(tokens, out[-2][1], out[-2][2]):
        return False
    return not _list_word(tokens, marks, out)  # `ред. A, B и C`: the list is an editor's


def _list_word(tokens: list[Token], marks: list[set[str]], out: list[Run]) -> set[str]:
    """The roles the word before the list of persons that ends `out` names, if any."""
    k = len(out) - 2
    role = out[k][0]
    while k >= 2 and out[k - 2][0] == role and _joiner(tokens, marks, out[k - 1]) is not None:
        k -= 2
    i = out[k][1] - 1
    while i >= 0 and not tokens[i].text.isalnum():
        i -= 1
    # "ed." is an edition's word too; before a person, it is a role
    return {label for mark, label in ROLES.items() if i >= 0 and mark in marks[i]}


def _worded(tokens: list[Token], marks: list[set[str]], out: list[Run]) -> bool:
    """Whether the list of editors or translators that ends `out` opens with its role word
    (`ред. А. Әлиев, …`): a role only the model gave is not passed along."""
    return out[-2][0] in _list_word(tokens, marks, out)


def inverted_given(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the given names after a family's comma counted in the person's run when
    the list's names before are inverted (`Pälwanowa, Güljahan - Allaberdiýew, Hajy.`): the
    model left `, Hajy` outside the name."""
    out = list(found)
    for j in range(2, len(out) - 1):
        label, a, b = out[j]
        before, joiner, after = out[j - 2], out[j - 1], out[j + 1]
        if not (label in PERSONS and before[0] == label and joiner[0] == OTHER):
            continue
        if after[0] != OTHER or _word_end(tokens, a, b) != b or not _capitalised(tokens[a].text):
            continue  # one family word (`Dement’yeva`: its glued apostrophe and rest with it)
        if not _inverted(tokens, before):
            continue
        end = _given_end(tokens, marks, b, after[2])
        if end is not None:
            out[j] = (label, a, end)
            out[j + 1] = (OTHER, end, after[2])
            continue
        # `Karadeniz, Zebirce. Bir toplumsal …`: the given name opens the next run
        if after[2] - after[1] != 1 or j + 2 >= len(out) or out[j + 2][0] == OTHER:
            continue
        nxt, _, d = out[j + 2]
        end = _given_end(tokens, marks, b, d)
        if end is None or end >= d or tokens[end].text != ".":
            continue
        out[j] = (label, a, end)
        out[j + 1] = (OTHER, end, end + 1)
        out[j + 2] = (nxt, end + 1, d)
    return [run for run in out if run[1] < run[2]]


def _inverted(tokens: list[Token], run: Run) -> bool:
    """Whether a person's run is one inverted name: a family word, a comma, given names."""
    _, a, b = run
    w = _word_end(tokens, a, b)
    if b - w < 2 or tokens[w].text != "," or not _capitalised(tokens[a].text):
        return False
    return _units(tokens, w + 1, b) is not None


def _word_end(tokens: list[Token], a: int, b: int) -> int:
    """Where the word at token `a` ends within `b`: a glued hyphen or apostrophe and the
    letters after it are the word's (a transliterated soft sign: `Tret’yakova`, `Kuz’min`)."""
    i = a + 1
    while (
        i + 1 < b and tokens[i].text in "-'’" and _glued(tokens, i) and tokens[i + 1].text.isalpha()
    ):
        i += 2
    return i


def _given_end(tokens: list[Token], marks: list[set[str]], b: int, stop: int) -> int | None:
    """Where the given names after the comma at token `b` end, within `stop`, when one to
    three capitalised words (or initials) come before a name's end (`.`, a spaced dash)."""
    if b >= stop or tokens[b].text != ",":
        return None
    i = b + 1
    words = 0
    while i < stop and words < _MAX_GIVEN:
        if _initial(tokens, i, stop + 1):
            i += 2
        elif _capitalised(tokens[i].text):
            i += 1
        else:
            break
        words += 1
    if words == 0 or i > stop or not _name_ends(tokens, marks, i):
        return None
    if i < len(tokens) and tokens[i].text == ",":
        return None  # `Kaya, Ali, Title`: the comma would make the given name a list's
    return i


_MAX_CLOSING: Final = 2  # words that close a list of names ("та інші", "and others", "и др")
_QUOTES: Final = "«“\"„‘'"


def list_closing_words(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with the lower-case words and period that open a title just after a person's
    name given to no field (`Заруба, Т. Д. та інші. До питання …`, `Orazow, R. and others.
    Statiki …`): they close the list of names, in words the lexicon may lack; the title's own
    first word is capitalised after them, and a quoted title keeps its words."""
    out = list(labels)
    starts: list[int] = []
    a = 0
    while "title" in out[a:]:  # the title runs' starts, found by C-speed search
        a = out.index("title", a)
        starts.append(a)
        while a < len(out) and out[a] == "title":
            a += 1
    for a in starts:
        if a == 0 or tokens[a - 1].text in _QUOTES:
            continue
        k = a - 1
        while k >= 0 and out[k] == OTHER and not tokens[k].text.isalnum():
            k -= 1
        if k < 0 or out[k] not in PERSONS:
            continue
        w = a
        while _initial(tokens, w, len(tokens)) and out[w + 1] == "title":
            w += 2  # `Джунь, Г. С. та інші.`: the inverted name's initials come first
        i = w
        while i < len(out) and i - w < _MAX_CLOSING and out[i] == "title" and _lower(tokens[i]):
            i += 1
        if i == w or i + 1 >= len(out) or tokens[i].text != "." or out[i + 1] != "title":
            continue
        if tokens[i + 1].text[:1].isupper() or tokens[i + 1].text in _QUOTES:
            out[w : i + 1] = [OTHER] * (i + 1 - w)
    return out


def _lower(token: Token) -> bool:
    return token.text.isalpha() and token.text.islower()


_MAX_SHORT_NAME: Final = 3  # words of a name that "et al." follows in a short note


def et_al_runs(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with "et al." words ("we başg.", "vd.", "и др.") that the model called a title
    left out, and a short title run of capitalised words just before them made the author:
    only names are followed by "et al." (`Фесенко и др.`, `Raymond vd.`). When the note names
    an author elsewhere, the title is a name only as the next of that author's list
    (`Ivanov I., Petrov P. et al.`)."""
    out = list(found)
    authored = any(label == "author" for label, _, _ in found)
    for j, (label, a, b) in enumerate(out):
        if label != "title":
            continue
        if all("et_al" in marks[k] or not tokens[k].text.isalnum() for k in range(a, b)):
            out[j] = (OTHER, a, b)  # `Döwranow we başg.`: no title
            continue
        if b < len(tokens) and "Bet_al" in marks[b]:
            units = _units(tokens, a, b)
            if (
                units
                and len(units) <= _MAX_SHORT_NAME
                and (not authored or _listed_after_author(tokens, marks, out, j))
            ):
                out[j] = ("author", a, b)
    return out


def _listed_after_author(
    tokens: list[Token], marks: list[set[str]], found: list[Run], j: int
) -> bool:
    """Whether run `j` follows an author's run as the next of a list: only marks or an "and"
    word between, one of them a list's (`,`, `;`, `&`, "and"; a period alone ends a sentence)."""
    before = [r for r in found[:j] if r[0] != OTHER]
    if not before or before[-1][0] != "author":
        return False
    between = range(before[-1][2], found[j][1])
    if any(tokens[k].text.isalnum() and "and" not in marks[k] for k in between):
        return False
    return any(tokens[k].text in ",;&" or "and" in marks[k] for k in between)


_ROLE_MARKS: Final = frozenset({"editor", "translator", "Beditor", "Btranslator"})
_ROLE_NEAR: Final = 3  # tokens after a list where a role word (`, eds.`, `(ред.)`) closes it


def opening_list_authors(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the note's first name read as an editor or a translator, joined by a comma
    or "and" to an author after it, an author too (Chicago's `Сергазиев, Нұрлан, and Айжамал
    Темирбулатова. “…”`): one list shares one role, and a list that opens the note with no
    role word before, in or just after it is its authors'."""
    first = next((j for j, run in enumerate(found) if run[0] != OTHER), None)
    if first is None or first + 2 >= len(found) or found[first][0] not in ROLES.values():
        return list(found)
    _, a, _ = found[first]
    joiner, after = found[first + 1], found[first + 2]
    if after[0] != "author" or _joiner(tokens, marks, joiner) is None:
        return list(found)
    end = min(after[2] + _ROLE_NEAR, len(tokens))
    if any(not marks[k].isdisjoint(_ROLE_MARKS) for k in range(end)):
        return list(found)  # `ed. A and B`, `A and B, eds.`: the role word is the list's
    out = list(found)
    out[first] = ("author", a, found[first][2])
    return out
