"""Runs of one label, and the facts of citation writing that mend a run the model labelled
against them: a person's role word before the person, "Place: Publisher" in one run, a
journal's "2.1 (1937)", a lone word after the title, an issue number with no periodical."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence

from citekit.citations.names import is_organisation
from citekit.citations.tagger.acts import law_head
from citekit.citations.tagger.align import OTHER
from citekit.citations.tagger.apa import names_before_year, title_after_year
from citekit.citations.tagger.apa_hosts import postposed_host
from citekit.citations.tagger.content import designation_apart
from citekit.citations.tagger.countries import (
    place_and_country,
    place_before_state,
    place_then_publisher,
)
from citekit.citations.tagger.forms import (
    PLACE_STARTS,
    abbreviated_place,
    bracketed_issue,
    bracketed_role,
    host_after_quote,
    issue_after_slash,
    labelled_page,
    number_label,
    pages_together,
    places_together,
    quoted_pair,
    quoted_then_host,
    responsibility_hosts,
    slashed_numbers,
    trailing_page,
    volume_ranges,
)
from citekit.citations.tagger.gost import gost_part
from citekit.citations.tagger.handwritten import hand_written
from citekit.citations.tagger.heads import (
    MAX_GIVEN,
    capitalised,
    direct_names_on,
    first_given,
    hyphenated_initials,
    initial_end,
    initial_next,
    initials_close,
    inverted_head,
    listed_initials,
    names_before_quote,
    short_author,
    with_initials,
)
from citekit.citations.tagger.hosts import (
    host_after_in,
    host_before_numbers,
    journal_in_title,
    numbered_host,
    series_after_imprint,
    title_in_host,
    year_after_host,
)
from citekit.citations.tagger.initials import second_initial
from citekit.citations.tagger.inverted import given_names_end, name_before_title
from citekit.citations.tagger.kinds import abbreviated_title, genre_alone, host_alone
from citekit.citations.tagger.laws import law_heads
from citekit.citations.tagger.lists import (
    contributor,
    contributor_words_in,
    et_al_runs,
    listed_author,
    listed_role,
    person_runs,
    person_shaped,
)
from citekit.citations.tagger.marked import marked_title
from citekit.citations.tagger.named_roles import names_after_role, unroled_publisher
from citekit.citations.tagger.numbered import issue_part, numbered_runs
from citekit.citations.tagger.pages import periodical_page
from citekit.citations.tagger.periods import date_given_back, spans_of_time
from citekit.citations.tagger.places import (
    body_publishes,
    bracketed_place,
    initial_in_place,
    named_after_place,
    one_place,
    place_in_title,
    place_in_translation,
    place_then_place,
    publisher_after_place,
    publisher_titled,
    publisher_word_before,
    title_opens_phrase,
    unlabelled_place,
)
from citekit.citations.tagger.roles import (
    PERSONS,
    ROLES,
    joined_role,
    list_role,
    modifies_role,
    name_goes_on,
    role_after,
    role_before,
)
from citekit.citations.tagger.shorts import author_date, short_form
from citekit.citations.tagger.tokens import Token
from citekit.citations.tagger.volumes import title_volume
from citekit.citations.tagger.worded_dates import (
    date_after_medium,
    season_before_year,
    worded_dates,
)
from citekit.citations.tagger.years import (
    edition_word_in_title,
    host_gives_word,
    iso_dates,
    number_before_word,
    number_ends_name,
    page_before_word,
    year_left_out,
)

__all__ = ["Run", "emphasised_titles", "mend", "runs"]

Run = tuple[str, int, int]  # label, first token, last token + 1
_YEAR_DIGITS = 4
_PLACE_WORDS = 2  # "Нижний Новгород"
_ROLE_LABELS = frozenset(ROLES.values())
_LOCATOR_WORDS = frozenset({"Bpage", "Bvolume", "Bissue"})  # a label word's first token
_LISTED = frozenset({OTHER, *_ROLE_LABELS})  # labels a list's role is never given over


_TEXT = operator.attrgetter("text")
_LEADING_NUMBERS = frozenset({"volume", "issue"})  # label words that open a volume's title
_MAX_DATE_WORDS = 2  # words before a bracketed year: a season, a month


def runs(labels: Sequence[str]) -> list[Run]:
    """(label, first token, last token + 1) for each run of one label."""
    if not labels:
        return []
    # where the label changes, found at C speed: each run's start, then the end
    cuts = [0, *itertools.compress(range(1, len(labels)), map(operator.ne, labels[1:], labels))]
    cuts.append(len(labels))
    return [(labels[a], a, b) for a, b in itertools.pairwise(cuts)]


def emphasised_titles(tokens: Sequence[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a Markdown emphasis that opens with the title (`*10 PRINT CHR$(205.5+RND(1));
    : GOTO 10*`) given whole to the title: an italic span is one work's name."""
    out = list(labels)
    # the stars' places, found at C speed (most notes have none)
    stars = list(itertools.compress(itertools.count(), map("*".__eq__, map(_TEXT, tokens))))
    for i, j in zip(stars[::2], stars[1::2], strict=False):
        inner = [k for k in range(i + 1, j) if out[k] != OTHER]
        if inner and out[inner[0]] == "title":
            out[inner[0] : inner[-1] + 1] = ["title"] * (inner[-1] - inner[0] + 1)
    return out


def _period_after(tokens: Sequence[Token], found: Sequence[Run], j: int) -> bool:
    """Whether a period glued to run `j` opens the next run, which is not a field's."""
    _, _, b = found[j]
    return (
        b < len(tokens)
        and tokens[b].text == "."
        and tokens[b].start == tokens[b - 1].end
        and (j + 1 >= len(found) or found[j + 1][0] == OTHER)
    )


def _responsibility(tokens: Sequence[Token], marks: Sequence[set[str]], a: int, b: int) -> int:
    """Where a title run ends once a trailing `/ құраст.` (GOST's statement of responsibility,
    here only its role word) is cut off."""
    for i in range(a + 1, b):
        if tokens[i].text == "/" and all(
            not tokens[k].text.isalnum() or marks[k] & ROLES.keys() for k in range(i + 1, b)
        ):
            return i
    return b


def _place_publisher(tokens: Sequence[Token], a: int, b: int) -> list[Run]:
    """A place run that holds "Place: Publisher" (GOST, Chicago) split at its colon."""
    colon = next((i for i in range(a + 1, b - 1) if tokens[i].text == ":"), None)
    if colon is None:
        return [("publisher-place", a, b)]
    return [("publisher-place", a, colon), (OTHER, colon, colon + 1), ("publisher", colon + 1, b)]


def _volume_issue(tokens: Sequence[Token], a: int, b: int) -> list[Run]:
    """A journal run ending in "2.1" or "84" just before "(1937)" or "(Spring 1989)": the
    volume (and issue) that MLA and Chicago write after the journal, not part of its name."""
    follows_year = b + 1 < len(tokens) and tokens[b].text == "(" and _bracketed_year(tokens, b)
    if not follows_year or b - a < 2 or not tokens[b - 1].text.isdigit():
        return [("container-title", a, b)]
    glued = b - a >= 4 and tokens[b - 2].text == "." and tokens[b - 3].text.isdigit()
    if glued and tokens[b - 3].start > tokens[b - 4].end:
        return [
            ("container-title", a, b - 3),
            ("volume", b - 3, b - 2),
            (OTHER, b - 2, b - 1),
            ("issue", b - 1, b),
        ]
    if tokens[b - 1].start > tokens[b - 2].end and tokens[b - 2].text.isalpha():
        return [("container-title", a, b - 1), ("volume", b - 1, b)]
    return [("container-title", a, b)]


def _is_year(text: str) -> bool:
    return len(text) == _YEAR_DIGITS and text.isdigit()


def _bracketed_year(tokens: Sequence[Token], b: int) -> bool:
    """Whether the bracket at `b` opens a year, after a season's or a month's word or two
    (`(1937)`, `(Bahar 2008)`, `(June 2011)`)."""
    for k in range(b + 1, min(len(tokens), b + _MAX_DATE_WORDS + 2)):
        word = tokens[k].text
        if word.isdigit():
            return len(word) == _YEAR_DIGITS
        if not word.isalpha():
            return False
    return False


def _title_before(tokens: Sequence[Token], out: list[Run], a: int) -> bool:
    """Whether the title's run ends just before token `a`, or only glued punctuation or a
    number sign glued to the number lies between (`Release 0.2`, `работа №2`), once that
    punctuation is dropped from `out`."""
    if out and out[-1][0] == OTHER and len(out) > 1 and out[-2][0] == "title":
        _, start, end = out[-1]
        between = range(start, end)
        signs = all(not tokens[i].text.isalnum() for i in between)
        glued = all(tokens[i].start == tokens[i - 1].end for i in range(start, a + 1))
        sign = len(between) == 1 and tokens[a].start == tokens[a - 1].end  # `работа №2`
        if not signs or not (glued or sign):
            return False
        out.pop()
    return bool(out) and out[-1][0] == "title"


def _imprint_in_title(
    tokens: Sequence[Token], marks: Sequence[set[str]], a: int, b: int, year_next: bool
) -> list[Run] | None:
    """A title run that swallowed the imprint after it: `Enerji, İstanbul: Kitap` (a known
    place, a colon, then the publisher's name) or, before the year, GOST's `Аз и Я. М` (a
    known place after the title's period, no publisher). None when the run holds neither."""
    for i in range(a + 1, b - 1):
        if tokens[i].text not in ",." or not marks[i + 1] & PLACE_STARTS:
            continue
        colon = next((k for k in range(i + 2, b) if tokens[k].text == ":"), None)
        if colon is not None and colon + 1 < b and one_place(marks, i + 1, colon):
            words = [k for k in range(colon + 1, b) if tokens[k].text.isalnum()]
            if words and tokens[words[0]].text[0].isupper():
                return [
                    ("title", a, i),
                    (OTHER, i, i + 1),
                    ("publisher-place", i + 1, colon),
                    (OTHER, colon, colon + 1),
                    ("publisher", colon + 1, b),
                ]
        if tokens[i].text == "." and year_next and one_place(marks, i + 1, b):
            return [("title", a, i), (OTHER, i, i + 1), ("publisher-place", i + 1, b)]
        dated = b - i > 3 and tokens[b - 2].text == "," and _is_year(tokens[b - 1].text)
        if tokens[i].text == "." and dated and one_place(marks, i + 1, b - 2):
            return [  # `Послание …. Астана, 2012 // https://…`: the place and the year
                ("title", a, i),
                (OTHER, i, i + 1),
                ("publisher-place", i + 1, b - 2),
                (OTHER, b - 2, b - 1),
                ("issued", b - 1, b),
            ]
    if year_next and b - a > 1 and abbreviated_place(tokens, marks, b - 1):
        return [("title", a, b - 1), ("publisher-place", b - 1, b)]  # GOST `… Справочник М., 2003`
    return None


def _numbered_host(out: Sequence[Run]) -> bool:
    """Whether the runs so far name a host and its volume or issue: no author comes after."""
    labels = {label for label, _, _ in out}
    return "container-title" in labels and bool(labels & {"volume", "issue"})


def _place_shaped(tokens: Sequence[Token], marks: Sequence[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are one or two capitalised words, no initial or month among them."""
    words = [k for k in range(a, b) if tokens[k].text not in "-‐"]
    if not 1 <= len(words) <= _PLACE_WORDS or any("month" in marks[k] for k in words):
        return False
    return all(capitalised(tokens[k].text) and len(tokens[k].text) > 2 for k in words)


def _year_next(tokens: Sequence[Token], found: Sequence[Run], j: int) -> bool:
    """Whether the run after run `j`, past punctuation alone, is the year (`М., 1975`)."""
    after = next((r for r in itertools.islice(found, j + 1, None) if r[0] != OTHER), None)
    if after is None or after[0] != "issued":
        return False
    return all(not tokens[k].text.isalnum() for k in range(found[j][2], after[1]))


def _host_after_title(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Whether a run of names after the title names its host (`“Title,” Irish Times, …`): one
    word, or a few capitalised words not after GOST's slash (where the author is repeated)
    nor with initials (a person's)."""
    if b - a == 1:
        return tokens[a].text.isalpha()
    k = a - 1
    while k >= 0 and not tokens[k].text.isalnum():
        if tokens[k].text == "/":
            return False
        k -= 1
    words = [t.text for t in tokens[a:b]]
    return len(words) <= MAX_GIVEN and all(capitalised(w) and len(w) > 2 for w in words)


def _place_named(tokens: Sequence[Token], marks: Sequence[set[str]], a: int, b: int) -> bool:
    """Whether a run opens with a place of the lexicon, has no publisher's word, no body's
    (`Ankara Üniversitesi`) and only capitalised words (`Ankara-Türkiye`, not `Алматы
    кітап`)."""
    words = [t.text for t in tokens[a:b] if t.text.isalpha()]
    named = all(w[0].isupper() for w in words) and bool(marks[a] & PLACE_STARTS)
    if not named or any("publisher" in m for m in marks[a:b]):
        return False
    return len(words) < 2 or not is_organisation(" ".join(words))


def _tail(
    tokens: Sequence[Token], marks: Sequence[set[str]], out: Sequence[Run], a: int, b: int
) -> list[Run] | None:
    """The page (or extent) in the last run, outside any field, once the runs before are
    `out`: a short note's bare `, 60.` after the title, or a number with its page word."""
    labels = {label for label, _, _ in out}
    short = out and out[-1][0] == "title" and "page" not in labels
    if short and (page := trailing_page(tokens, a, b)) is not None:
        return page
    if labels & {"page", "number-of-pages"}:
        return None
    return labelled_page(tokens, marks, a, b, "container-title" in labels)


_HOSTS = frozenset({"container-title", "volume", "issue"})


def _numbered_title(
    tokens: Sequence[Token], marks: Sequence[set[str]], out: Sequence[Run], a: int
) -> bool:
    """Whether the title run just before token `a` ends with a number sign (`№`, `No.`) and
    token `a` is its number, glued or one space on."""
    if not out or out[-1][0] != "title" or out[-1][2] != a or not tokens[a].text.isdigit():
        return False
    return "issue" in marks[a - 1] and tokens[a].start - tokens[a - 1].end <= 1


def _issue_in_date(
    tokens: Sequence[Token], marks: Sequence[set[str]], out: Sequence[Run], a: int, b: int
) -> bool:
    """Whether a date run opens with the number of an issue's label word outside any field
    (`Sayı: 63 Eylül 2017`, `№ 5 мая 2019`): the number is the issue, not the day."""
    if not tokens[a].text.isdigit() or not any(tokens[k].text.isalnum() for k in range(a + 1, b)):
        return False
    k = a - 1
    while k >= 0 and tokens[k].text in ":.":
        k -= 1
    if k < 0 or "Bissue" not in marks[k] or marks[k] & {"Bpage", "Bvolume"}:
        return False  # `S.` may be a page's word too
    return bool(out) and out[-1][0] == OTHER and out[-1][1] <= k


def _labelled_number(tokens: Sequence[Token], marks: Sequence[set[str]], a: int, b: int) -> bool:
    """Whether tokens a..b are one number right after a page's label word and its period."""
    if b - a != 1 or a < 2 or not tokens[a].text.isdigit() or tokens[a - 1].text != ".":
        return False
    return "page" in marks[a - 2] and "page" in marks[a - 1]


def mend(tokens: Sequence[Token], marks: Sequence[set[str]], found: Sequence[Run]) -> list[Run]:
    """`found` with the runs that break a fact of citation writing relabelled or split."""
    found = short_form(tokens, marks, author_date(tokens, marks, found))  # a short note
    found = gost_part(tokens, marks, found)
    found = name_before_title(tokens, given_names_end(tokens, marks, found))
    found = names_before_year(tokens, marks, names_after_role(tokens, marks, found))
    found = et_al_runs(
        tokens,
        marks,
        person_runs(
            tokens,
            marks,
            responsibility_hosts(
                tokens, designation_apart(tokens, hyphenated_initials(tokens, found))
            ),
        ),
    )
    found = initials_close(tokens, marks, first_given(tokens, found))
    found = iso_dates(tokens, marks, title_after_year(tokens, listed_initials(tokens, found)))
    found = season_before_year(tokens, worded_dates(tokens, marks, found))
    found = date_after_medium(tokens, found)
    found = date_given_back(tokens, marks, spans_of_time(tokens, found))
    found = host_gives_word(tokens, marks, number_before_word(tokens, marks, found))
    found = edition_word_in_title(tokens, marks, found)
    found = page_before_word(tokens, marks, found)
    labels = {label for label, _, _ in found}
    has_place_publisher = "publisher" in labels
    out: list[Run] = []
    title_seen = False
    credited = contributor_words_in(tokens)  # an illustrator's or a preface's word in the note
    for j, (label, a, b) in enumerate(found):
        if label in (OTHER, "title") and out and out[-1][2] > a:
            a = out[-1][2]  # what a person's run took in is no longer between runs
            if a >= b:
                continue
        if credited and label not in (OTHER, "title") and contributor(tokens, (label, a, b)):
            out.append((OTHER, a, b))  # `; худож. В. Г. Петров`: no author, no field of ours
            continue
        if label not in _LISTED and (role := listed_role(tokens, marks, out, (label, a, b))):
            label = role  # `/ ред. А. Әлиев, Ж. Чокина.`: the list shares its role word
        if label in PERSONS and out and out[-1][0] == OTHER and out[-1][2] == a:
            a = with_initials(tokens, out[-1][1], a)
        if label in PERSONS and initial_end(tokens, a, b) and _period_after(tokens, found, j):
            b += 1  # `Orazow A.`, `Mendoza, E. Ch.`: the period after an initial is the initial's
        while label in PERSONS and tokens[b - 1].text == "." and initial_next(tokens, found, j, b):
            b += 2  # `Mullis, I. V. S.`: more initials of the same name
        if label in ("volume", "issue"):
            label = number_label(tokens, marks, label, a)  # `Volume 47, Issue 1`
        if label == "title" and b - a == 1 and marks[a] & _LOCATOR_WORDS:
            label = OTHER  # `Иванов И. М., 2015, с. 45`: a page's label word is no title
        elif label == "title" and "page" not in labels and _labelled_number(tokens, marks, a, b):
            label = "page"  # `Smith J., 2019, p. 4`: the number after a page's label word
        if label != OTHER and modifies_role(tokens, marks, a, b):
            label = OTHER  # `(G. Berdimuhamedow, Gen. Ed.)`: "Gen." is the role's, no field
        host_named = label == "container-title" and any(  # a host named before
            r[0] == "container-title" for r in out
        )
        if (
            (label == "publisher" or host_named)
            and "publisher-place" not in labels
            and _place_named(tokens, marks, a, b)
        ):
            # `…, Ankara-Türkiye.`: a known place names no publisher, nor a second host
            label = "publisher-place"
        if (
            label == "author"
            and "publisher-place" not in labels
            and _numbered_host(out)
            and _year_next(tokens, found, j)
            and _place_shaped(tokens, marks, a, b)
        ):
            # `Encyclopaedia Iranica, vol. 4, Leiden, 1978`: no author after the host's number
            label = "publisher" if any("publisher" in m for m in marks[a:b]) else "publisher-place"
            labels.add(label)
        if host_named and role_before(tokens, marks, a) and person_shaped(tokens, a, b):
            label = "author"  # `// Сборник / под ред. А. Б. Петрова`: no second host
        if label in PERSONS and (role := role_before(tokens, marks, a)):
            label = role  # `; trans. D. Hughes`: the role word just before decides
        elif label in PERSONS and (role := role_after(tokens, marks, b, closing=True)):
            label = role  # `A & B, Trans.)`, `B (ред.),`: so does one that closes the list
            list_role(tokens, marks, out, role, PERSONS)
        elif label in PERSONS and (role := joined_role(tokens, marks, out, a, label)):
            label = role  # `çev. A ve B`, `trans. A, B`: the list shares its role word
        elif (
            label in _ROLE_LABELS
            and role_after(tokens, marks, b) is None
            and listed_author(tokens, marks, out, a, b)
        ):
            label = "author"  # `/ R. Çetin, M. Şensoy, M. Aksoy.`: no role word, an author
        elif label == "author" and (role := role_after(tokens, marks, b)):
            label = role
            list_role(tokens, marks, out, role)
        elif (
            label == "author"
            and title_seen
            and "container-title" not in labels
            and _host_after_title(tokens, a, b)
        ):
            label = "container-title"  # `“Title,” Akorda, …`: a name after the title is its host
            labels.add(label)
        if label == "title" and "author" not in labels and short_author(tokens, found, j):
            label = "author"  # `WILKER, 2019, p. 48`: an author-date note names no title
        if label == "publisher-place" and not has_place_publisher:
            out.extend(_place_publisher(tokens, a, b))
        elif (
            label == "title"
            and not labels & {"publisher-place", "publisher", "container-title"}
            and (imprint := _imprint_in_title(tokens, marks, a, b, _year_next(tokens, found, j)))
        ):
            out.extend(imprint)
            labels |= {"publisher-place"}
        elif label == "title" and (names := direct_names_on(tokens, out, a, b)):
            out.extend([*names, ("title", names[-1][2], b)])  # `О. П. Петлюра, М. Й. Андрієвич …`
        elif label == "title" and (named := name_goes_on(tokens, out, a, b)) > a:
            out.extend([(out[-2][0], a, named - 1), (OTHER, named - 1, named), (label, named, b)])
        elif label == "title" and (role_run := bracketed_role(tokens, a, b)) is not None:
            out.extend(role_run)
        elif (
            label == "title"
            and "container-title" not in labels
            and (pair := quoted_pair(tokens, a, b)) is not None
        ):
            out.extend(pair)
            labels.add("container-title")
        elif (
            label == "title"
            and "container-title" not in labels
            and (host := quoted_then_host(tokens, a, b, marks)) is not None
        ):
            # `"The End of History?" The National Interest, no. 16`, `Bilig 45 (Bahar 2008)`
            out.extend([*host[:-1], *_volume_issue(tokens, host[-1][1], host[-1][2])])
            labels.add("container-title")
        elif (
            label == "title"
            and title_seen
            and "container-title" not in labels
            and not marks[a] & _LEADING_NUMBERS  # `«…». Т.2. «…»`: a volume of the work
            and host_after_quote(tokens, out, a)
        ):
            out.extend(_volume_issue(tokens, a, b))  # `"The End of History," The National …`
            labels.add("container-title")
        elif label == "title":
            pieces: list[Run] = [("title", a, b)]
            if not title_seen and "author" not in labels:
                end = inverted_head(tokens, marks, a, b)
                pieces = [("author", a, end)] if end > a else []
                pieces += names_before_quote(tokens, marks, end, b)
            for kind, start, stop in pieces:
                end = _responsibility(tokens, marks, start, stop) if kind == "title" else stop
                if kind != "title" or "volume" in labels:
                    out.append((kind, start, end))
                else:
                    out.extend(title_volume(tokens, marks, start, end))
                if end < stop:
                    out.append((OTHER, end, stop))
        elif label == "container-title":
            out.extend(_volume_issue(tokens, a, b))
        elif label == "issued" and _issue_in_date(tokens, marks, out, a, b):
            start = next(k for k in range(a + 1, b) if tokens[k].text.isalnum())
            out.extend([("issue", a, a + 1), (OTHER, a + 1, start), ("issued", start, b)])
        elif label == OTHER and _numbered_title(tokens, marks, out, a) and not labels & _HOSTS:
            out[-1] = ("title", out[-1][1], a + 1)  # `Лабораторная работа №2`: no issue's
            if a + 1 < b:
                out.append((OTHER, a + 1, b))
        elif label == OTHER and j == len(found) - 1 and (page := _tail(tokens, marks, out, a, b)):
            out.extend(page)
        elif label == OTHER and out and out[-1][0] == "volume" and "issue" not in labels:
            out.extend(bracketed_issue(tokens, a, b))
        elif label == "issue" and "container-title" not in labels and _title_before(tokens, out, a):
            # `Лабораторная работа №2`, `Release 0.2`: with no periodical, the number is the
            # title's
            out[-1] = ("title", out[-1][1], b)
        else:
            out.append((label, a, b))
        title_seen = title_seen or label == "title"
    out = volume_ranges(tokens, pages_together(tokens, places_together(tokens, out)))
    out = series_after_imprint(tokens, numbered_host(tokens, out))
    out = slashed_numbers(tokens, issue_after_slash(tokens, out))
    out = year_after_host(tokens, journal_in_title(tokens, host_before_numbers(tokens, out), marks))
    out = publisher_after_place(
        tokens, title_in_host(tokens, marks, host_after_in(tokens, marks, out))
    )
    out = publisher_titled(tokens, marks, named_after_place(tokens, marks, out))
    out = law_heads(tokens, marks, publisher_word_before(tokens, marks, out))
    out = unroled_publisher(tokens, marks, title_opens_phrase(marks, out))
    out = body_publishes(tokens, marks, bracketed_place(tokens, marks, out))
    out = place_in_translation(tokens, place_in_title(tokens, marks, out))
    out = place_then_publisher(tokens, marks, place_and_country(tokens, out))
    out = place_before_state(tokens, out)
    out = place_then_place(tokens, marks, out)
    out = year_left_out(tokens, marks, unlabelled_place(tokens, marks, out))
    out = abbreviated_title(tokens, genre_alone(initial_in_place(tokens, marks, out), tokens))
    out = marked_title(tokens, law_head(tokens, second_initial(tokens, out)))
    out = periodical_page(tokens, numbered_runs(tokens, marks, out))
    out = issue_part(tokens, marks, out)
    out = number_ends_name(
        tokens, marks, postposed_host(tokens, marks, hand_written(tokens, marks, out))
    )
    return host_alone(marks, out)
