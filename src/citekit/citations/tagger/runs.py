"""Runs of one label, and the facts of citation writing that mend a run the model labelled
against them: a person's role word before the person, "Place: Publisher" in one run, a
journal's "2.1 (1937)", a lone word after the title, an issue number with no periodical."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from typing import Final

from citekit.citations.tagger.align import OTHER, Run, runs
from citekit.citations.tagger.and_coauthor import capitals_after_initial
from citekit.citations.tagger.apa import (
    names_before_year,
    publisher_after_edition,
    publisher_after_title,
    title_after_year,
)
from citekit.citations.tagger.bracketed_dates import (
    date_bracket_whole,
    place_opening_title,
    sentence_before_address,
    year_closing_title,
)
from citekit.citations.tagger.capital_particles import capital_particle_title, elided_family_head
from citekit.citations.tagger.closing_initials import (
    ampersand_author,
    direct_names_on,
    hyphenated_initials,
    initials_close,
)
from citekit.citations.tagger.colon_titles import host_before_subtitle
from citekit.citations.tagger.comma_names import given_before_comma
from citekit.citations.tagger.content import designation_apart
from citekit.citations.tagger.contributors import contributor, contributor_words_in
from citekit.citations.tagger.dated_hosts import day_out_of_host, host_before_day
from citekit.citations.tagger.edition_runs import isbn_word
from citekit.citations.tagger.forms import (
    bracketed_issue,
    bracketed_role,
    number_label,
    responsibility_hosts,
)
from citekit.citations.tagger.glued_pages import glued_page
from citekit.citations.tagger.glued_signs import sign_after_number
from citekit.citations.tagger.glued_tails import glued_number_tail
from citekit.citations.tagger.gost import gost_part
from citekit.citations.tagger.heading_names import first_given, listed_initials
from citekit.citations.tagger.heads import (
    initial_end,
    initial_next,
    inverted_head,
    names_before_quote,
    short_author,
    with_initials,
)
from citekit.citations.tagger.host_authors import abbreviation_in_host, repeated_host_authors
from citekit.citations.tagger.hyphenated_names import hyphenated_name
from citekit.citations.tagger.imprint_titles import title_before_imprint
from citekit.citations.tagger.in_hosts import after_in
from citekit.citations.tagger.inverted import (
    given_after_list,
    given_before_colon,
    given_names_end,
    name_before_title,
    particle_after_initials,
)
from citekit.citations.tagger.late_runs import late_passes
from citekit.citations.tagger.lists import (
    et_al_runs,
    listed_author,
    listed_role,
    opening_list_authors,
    person_runs,
    person_shaped,
)
from citekit.citations.tagger.month_first_days import month_first_day, numbered_host
from citekit.citations.tagger.named_roles import (
    names_after_role,
)
from citekit.citations.tagger.numbered_months import numbered_month_dates
from citekit.citations.tagger.periods import date_given_back, spans_of_time
from citekit.citations.tagger.publishing_bodies import (
    body_with_acronym_first,
    publisher_named_first,
)
from citekit.citations.tagger.quotes import host_after_quote, quoted_pair, quoted_then_host
from citekit.citations.tagger.repeated_volumes import volume_read_twice
from citekit.citations.tagger.role_chains import chained_roles
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
from citekit.citations.tagger.run_parts import (
    HOST_LABELS,
    edition_word_before,
    has_numbered_host,
    host_after_title,
    imprint_in_title,
    issue_in_date,
    labelled_number,
    numbered_title,
    period_after,
    place_named,
    place_publisher,
    place_shaped,
    responsibility_end,
    tail,
    title_before,
    volume_issue,
    year_follows,
)
from citekit.citations.tagger.shorts import author_date, short_form
from citekit.citations.tagger.tokens import Token, text_set
from citekit.citations.tagger.translated_heads import bracketed_head_title
from citekit.citations.tagger.translated_hosts import (
    date_in_translation,
    host_after_translation,
    host_without_translation,
)
from citekit.citations.tagger.untitled_sites import site_after_dated_title
from citekit.citations.tagger.vancouver_places import city_before_year
from citekit.citations.tagger.volume_pages import volume_before_page
from citekit.citations.tagger.volumes import title_volume, volume_after_initials
from citekit.citations.tagger.worded_dates import (
    date_after_medium,
    day_before_month,
    days_before_year,
    month_before_year,
    season_before_year,
    worded_dates,
)
from citekit.citations.tagger.years import (
    edition_word_in_title,
    host_gives_word,
    iso_dates,
    number_before_word,
    page_before_word,
)

__all__ = ["Run", "emphasised_titles", "mend", "runs"]

_ROLE_LABELS: Final = frozenset(ROLES.values())
_LOCATOR_WORDS: Final = frozenset({"Bpage", "Bvolume", "Bissue"})  # a label word's first token
_LISTED: Final = frozenset({OTHER, *_ROLE_LABELS})  # labels a list's role is never given over


_TEXT: Final = operator.attrgetter("text")
_LEADING_NUMBERS: Final = frozenset({"volume", "issue"})  # label words that open a volume's title


def emphasised_titles(tokens: list[Token], labels: Sequence[str]) -> list[str]:
    """`labels` with a Markdown emphasis that opens with the title (`*10 PRINT CHR$(205.5+RND(1));
    : GOTO 10*`) given whole to the title: an italic span is one work's name."""
    out = list(labels)
    if "*" not in text_set(tokens):
        return out  # no emphasis (most notes)
    # the stars' places, found at C speed
    stars = list(itertools.compress(itertools.count(), map("*".__eq__, map(_TEXT, tokens))))
    for i, j in zip(stars[::2], stars[1::2], strict=False):
        inner = [k for k in range(i + 1, j) if out[k] != OTHER]
        if inner and out[inner[0]] == "title":
            out[inner[0] : inner[-1] + 1] = ["title"] * (inner[-1] - inner[0] + 1)
    return out


_NOT_PAGE: Final = frozenset({"issue", "volume"})  # `S.`: a page's word and an issue's


def mend(tokens: list[Token], marks: list[set[str]], found: list[Run]) -> list[Run]:
    """`found` with the runs that break a fact of citation writing relabelled or split."""
    found = short_form(tokens, marks, author_date(tokens, marks, isbn_word(tokens, found)))
    found = repeated_host_authors(tokens, gost_part(tokens, marks, found))
    found = abbreviation_in_host(tokens, found)  # `// Host : материалы Республ. науч. конф.`
    found = name_before_title(tokens, given_names_end(tokens, marks, found))
    found = particle_after_initials(tokens, given_before_colon(tokens, found))
    found = capital_particle_title(tokens, found)  # `Braudel F. La Méditerranée`
    found = elided_family_head(tokens, found)  # `Carrère d'Encausse H. L'Empire éclaté`
    found = given_after_list(tokens, found)  # `A, Given; KILIÇ ARSLAN, Zehra. Title`
    found = capitals_after_initial(tokens, given_before_comma(tokens, found))  # `Ali K. YILMAZ,`
    found = names_before_year(tokens, marks, names_after_role(tokens, marks, found))
    found = et_al_runs(
        tokens,
        marks,
        person_runs(
            tokens,
            marks,
            responsibility_hosts(
                tokens,
                designation_apart(
                    tokens, ampersand_author(tokens, hyphenated_initials(tokens, found))
                ),
            ),
        ),
    )
    found = initials_close(tokens, marks, first_given(tokens, found))
    found = numbered_month_dates(tokens, listed_initials(tokens, found))  # `(2015, 10 4)`
    found = iso_dates(tokens, marks, title_after_year(tokens, found))
    found = place_opening_title(tokens, date_bracket_whole(tokens, found))  # `(2020, May 5). T`
    found = sentence_before_address(tokens, found)  # `(2023, 6 Şubat). Title 7,7 … . https:`
    found = year_closing_title(tokens, found)  # `(2024). Nüfus sonuçları, 2023 [Veri seti].`
    found = sign_after_number(tokens, found)  # `… на 45% — Интерфакс`
    found = publisher_named_first(tokens, found)  # `OSCE/ODIHR, Title (Warsaw: OSCE/ODIHR`
    found = body_with_acronym_first(tokens, found)  # `Body (ACR). Title.`
    found = title_before_imprint(tokens, found)  # `SIPRI Database (Stockholm: SIPRI, 2023)`
    found = hyphenated_name(tokens, found)  # `Тоқаев Қасым-Жомарт. Title`
    found = volume_before_page(tokens, found)  # `History of the Ottoman Empire, 2:273`
    found = volume_read_twice(tokens, found)  # `Vestnik … 14/3 (2021), 35, https://doi…`
    found = publisher_after_edition(tokens, marks, publisher_after_title(tokens, marks, found))
    found = season_before_year(tokens, worded_dates(tokens, marks, found))
    found = days_before_year(tokens, marks, date_after_medium(tokens, found))
    found = day_before_month(tokens, marks, month_before_year(tokens, found))
    found = month_first_day(tokens, marks, found)  # `Cumhuriyet Nisan 25, 2018`
    found = numbered_host(tokens, found)  # `Türkiye 100, Ekim 29, 2023`
    found = host_before_day(tokens, found)  # `“Title.” Habertürk 8 Şubat 2023.`
    found = day_out_of_host(tokens, found)  # `// Национальная база …, 29.01.2022 г., №`
    found = site_after_dated_title(tokens, found)  # `Title. (2023, May 28). Site: Name. https:`
    found = glued_number_tail(tokens, found)  # `// Вести недели, Россия-1. 2022.`
    found = bracketed_head_title(tokens, found)  # `Kuznetsova EA. [Title]. Zh Mikrobiol. 2016;`
    found = host_after_translation(tokens, found)  # `Title [Title]. Host [Host]. Almaty: …`
    found = date_in_translation(tokens, found)  # `(2018). 2023 eğitim vizyonu [2023 education …]`
    found = host_without_translation(tokens, found)  # `In …, Host [Translation] (pp. 3–9).`
    found = host_before_subtitle(tokens, found)  # `(2021) Title: Subtitle. 3rd edn. Oxford: …`
    found = city_before_year(tokens, found)  # Vancouver's `… hasabat 2018. Aşgabat; 2019.`
    found = opening_list_authors(tokens, marks, volume_after_initials(tokens, marks, found))
    found = date_given_back(tokens, marks, spans_of_time(tokens, found))
    found = host_gives_word(tokens, marks, number_before_word(tokens, marks, found))
    found = edition_word_in_title(tokens, marks, found)
    found = glued_page(tokens, marks, page_before_word(tokens, marks, found))  # `45-50-betlar`
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
        if (
            credited
            and label not in (OTHER, "title")
            and contributor(tokens, (label, a, b))
            and chained_roles(tokens, marks, a, label) == (label,)  # `ред. и послесл. X`: editor
        ):
            out.append((OTHER, a, b))  # `; худож. В. Г. Петров`: no author, no field of ours
            continue
        if label not in _LISTED and (role := listed_role(tokens, marks, out, (label, a, b))):
            label = role  # `/ ред. А. Әлиев, Ж. Чокина.`: the list shares its role word
        if label in PERSONS and out and out[-1][0] == OTHER and out[-1][2] == a:
            a = with_initials(tokens, out[-1][1], a)
        if label in PERSONS and initial_end(tokens, a, b) and period_after(tokens, found, j):
            b += 1  # `Orazow A.`, `Mendoza, E. Ch.`: the period after an initial is the initial's
        while label in PERSONS and tokens[b - 1].text == "." and initial_next(tokens, found, j, b):
            b += 2  # `Mullis, I. V. S.`: more initials of the same name
        if label in ("volume", "issue"):
            label = number_label(tokens, marks, label, a)  # `Volume 47, Issue 1`
        if label == "title" and b - a == 1 and marks[a] & _LOCATOR_WORDS:
            label = OTHER  # `Иванов И. М., 2015, с. 45`: a page's label word is no title
        elif (
            (
                label in ("title", "container-title")
                or (label == "volume" and a > 1 and not marks[a - 2] & _NOT_PAGE)
            )
            and "page" not in labels
            and labelled_number(tokens, marks, a, b)
        ):
            label = "page"  # `Smith J., 2019, p. 4`: the number after a page's label word
        if label != OTHER and modifies_role(tokens, marks, a, b):
            label = OTHER  # `(G. Berdimuhamedow, Gen. Ed.)`: "Gen." is the role's, no field
        host_named = label == "container-title" and any(  # a host named before
            r[0] == "container-title" for r in out
        )
        if (
            (label == "publisher" or host_named)
            and "publisher-place" not in labels
            and place_named(tokens, marks, a, b)
        ):
            # `…, Ankara-Türkiye.`: a known place names no publisher, nor a second host
            label = "publisher-place"
        if (
            label == "author"
            and "publisher-place" not in labels
            and has_numbered_host(out)
            and year_follows(tokens, found, j)
            and place_shaped(tokens, marks, a, b)
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
        elif (
            label in PERSONS
            and (role := role_after(tokens, marks, b))
            and label in ("author", role)
        ):
            label = role  # `Smith, John, and Karen Brown, eds. Title`: the list's role word
            list_role(tokens, marks, out, role)
        elif (
            label == "author"
            and title_seen
            and "container-title" not in labels
            and host_after_title(tokens, a, b)
        ):
            label = "container-title"  # `“Title,” Akorda, …`: a name after the title is its host
            labels.add(label)
        if label == "editor" and edition_word_before(tokens, out, a):
            # `3rd ed. Upper Saddle River, NJ: …`, `5th ed. Planeta, 1987`: the edition's word
            placed = b + 1 < len(tokens) and not tokens[b + 1].text[:1].isdigit()
            label = "publisher-place" if placed and tokens[b].text in ":," else "publisher"
        if label == "title" and "author" not in labels and short_author(tokens, found, j):
            label = "author"  # `WILKER, 2019, p. 48`: an author-date note names no title
        if label == "publisher-place" and not has_place_publisher:
            out.extend(place_publisher(tokens, a, b))
        elif (
            label == "title"
            and not labels & {"publisher-place", "publisher", "container-title"}
            and (imprint := imprint_in_title(tokens, marks, a, b, year_follows(tokens, found, j)))
        ):
            for piece in imprint:  # `Опыт словаря … Т. IV. Ч. 2. СПб.`: its volume too
                volume = piece[0] == "title" and "volume" not in labels
                out.extend(title_volume(tokens, marks, piece[1], piece[2]) if volume else [piece])
            labels |= {"publisher-place"}
        elif (
            label == "container-title"
            and not labels & {"publisher-place", "publisher"}
            and after_in(tokens, a)
            and (imprint := imprint_in_title(tokens, marks, a, b, year_follows(tokens, found, j)))
        ):
            # ISO 690's `In: Central Asia in transition. Almaty: KISI, 2011`: the host's imprint
            out.extend(
                ("container-title" if p[0] == "title" else p[0], p[1], p[2]) for p in imprint
            )
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
            out.extend([*host[:-1], *volume_issue(tokens, host[-1][1], host[-1][2])])
            labels.add("container-title")
        elif (
            label == "title"
            and title_seen
            and "container-title" not in labels
            and not marks[a] & _LEADING_NUMBERS  # `«…». Т.2. «…»`: a volume of the work
            and host_after_quote(tokens, out, a)
        ):
            out.extend(volume_issue(tokens, a, b))  # `"The End of History," The National …`
            labels.add("container-title")
        elif label == "title":
            pieces: list[Run] = [("title", a, b)]
            if not title_seen and "author" not in labels:
                end = inverted_head(tokens, marks, a, b)
                pieces = [("author", a, end)] if end > a else []
                pieces += names_before_quote(tokens, marks, end, b)
            for kind, start, stop in pieces:
                end = responsibility_end(tokens, marks, start, stop) if kind == "title" else stop
                if kind != "title" or "volume" in labels:
                    out.append((kind, start, end))
                else:
                    out.extend(title_volume(tokens, marks, start, end))
                if end < stop:
                    out.append((OTHER, end, stop))
        elif label == "container-title":
            out.extend(volume_issue(tokens, a, b))
        elif label == "issued" and issue_in_date(tokens, marks, out, a, b):
            start = next(k for k in range(a + 1, b) if tokens[k].text.isalnum())
            out.extend([("issue", a, a + 1), (OTHER, a + 1, start), ("issued", start, b)])
        elif label == OTHER and numbered_title(tokens, marks, out, a) and not labels & HOST_LABELS:
            out[-1] = ("title", out[-1][1], a + 1)  # `Лабораторная работа №2`: no issue's
            if a + 1 < b:
                out.append((OTHER, a + 1, b))
        elif label == OTHER and j == len(found) - 1 and (page := tail(tokens, marks, out, a, b)):
            out.extend(page)
        elif label == OTHER and out and out[-1][0] == "volume" and "issue" not in labels:
            out.extend(bracketed_issue(tokens, a, b))
        elif label == "issue" and "container-title" not in labels and title_before(tokens, out, a):
            # `Лабораторная работа №2`, `Release 0.2`: with no periodical, the number is the
            # title's
            out[-1] = ("title", out[-1][1], b)
        else:
            out.append((label, a, b))
        title_seen = title_seen or label == "title"
    return late_passes(tokens, marks, out)
