"""Registering a run's items: numbers, then cites that read alike made distinct (more names,
given names, year suffixes).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from citekit.styles.csl.collapse import _Collapsing
from citekit.styles.csl.model import _NAME_VARIABLES, Cite, Registry
from citekit.styles.csl.nameparts import parsed_names
from citekit.styles.csl.names import _initials
from citekit.styles.locale import NS


def _ambiguous_names(
    items: Sequence[Mapping[str, Any]], *, primary: bool
) -> dict[tuple[str, str], int]:
    """Family names borne by several people in the document (only first names with
    `primary`): 1 where initials tell them apart, 2 where the given name must be shown."""
    givens: dict[str, dict[str, set[str]]] = {}  # family -> person -> given names as written
    for item in items:
        for role in ("author", "editor", "translator", "director", "composer"):
            names = parsed_names(item.get(role) or [])
            for name in names[:1] if primary else names:
                if isinstance(name, Mapping) and name.get("family") and name.get("given"):
                    particle = str(name.get("non-dropping-particle") or "")
                    family = f"{particle} {name['family']}".strip()
                    given = str(name["given"])
                    person = re.sub(r"[\s.]", "", given)  # "J.J." and "J. J." are one person
                    givens.setdefault(family, {}).setdefault(person, set()).add(given)
    levels: dict[tuple[str, str], int] = {}
    for family, people in givens.items():
        if len(people) < 2:
            continue
        initials = Counter(_initials(next(iter(g)), ".") for g in people.values())
        for written in people.values():
            unique = initials[_initials(next(iter(written)), ".")] == 1
            for given in written:
                levels[(family, given)] = 1 if unique else 2
    return levels


def _sharing_names(items: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The items whose first name (family name of the first author, editor …) another item
    shares, and those without names: only they can read alike in a shortened form."""

    def first(item: Mapping[str, Any]) -> str:
        for role in ("author", "editor", "translator", "director", "composer"):
            names = item.get(role)
            if isinstance(names, list) and names and isinstance(names[0], Mapping):
                return str(names[0].get("family") or names[0].get("literal") or "")
        return ""

    keys = [first(item) for item in items]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return [item for item, key in zip(items, keys, strict=True) if not key or counts[key] > 1]


_WORD = re.compile(r"\w+")


def _by_word(
    expand: Mapping[tuple[str, str], int],
) -> dict[tuple[str, str], frozenset[tuple[tuple[str, str], int]]]:
    """The family names to expand by each word of them and the first word of the given name
    ("" for none): an item needs only the entries its own names' words can be."""
    found: dict[tuple[str, str], set[tuple[tuple[str, str], int]]] = {}
    for entry in expand.items():
        given = _WORD.findall(entry[0][1])[:1] or [""]
        for word in _WORD.findall(entry[0][0]) or [""]:
            found.setdefault((word, given[0]), set()).add(entry)
    return {key: frozenset(entries) for key, entries in found.items()}


def _name_words(item: Mapping[str, Any]) -> set[str]:
    """Every word of every name of the item (a family name is made of some of them)."""
    words: set[str] = set()
    for variable in _NAME_VARIABLES:
        for name in item.get(variable) or ():
            if isinstance(name, Mapping):
                for part in name.values():
                    if isinstance(part, str):
                        words.update(_WORD.findall(part))
    return words


def _merged(
    ordered: Sequence[Mapping[str, Any]], groups: list[list[Mapping[str, Any]]]
) -> list[list[Mapping[str, Any]]]:
    """Groups that share an item made one, each in the order of `ordered`."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for group in groups:
        keys = [str(item.get("id")) for item in group]
        for key in keys:
            parent.setdefault(key, key)
        for key in keys[1:]:
            parent[root(key)] = root(keys[0])
    merged: dict[str, list[Mapping[str, Any]]] = {}
    for item in ordered:
        key = str(item.get("id"))
        if key in parent:
            merged.setdefault(root(key), []).append(item)
    return [group for group in merged.values() if len(group) > 1]


def _suffix(n: int) -> str:
    """a, b, …, z, aa, ab, …: the n-th year suffix (0-based)."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


class _Disambiguating(_Collapsing):
    """Registering a run's items: numbers, then cites that read alike made distinct (more names,"""

    # -- entry points -----------------------------------------------------------------
    def register(
        self, items: Sequence[Mapping[str, Any]], *, collation: str | None = None
    ) -> Registry:
        """A new registry of every item of a document: citation numbers, and cites that would
        read alike made distinct (more names, then given names, then year suffixes, as the
        citation element allows); `collation`, a language whose alphabet sorts the items
        instead of the locale's. The style itself does not change."""
        return self._register(items, citations=True, collation=collation)

    def _register(
        self,
        items: Sequence[Mapping[str, Any]],
        *,
        citations: bool,
        collation: str | None = None,
    ) -> Registry:
        """`register`; without `citations`, only what a bibliography shows is worked out:
        the cites are made distinct only when the bibliography shows how (year suffixes, a
        ``disambiguate`` condition it reaches), as names and given names added to a cite
        never change an entry."""
        run = Registry()
        run.collation = collation
        unique: dict[str, Mapping[str, Any]] = {}
        for item in items:  # a source cited again is one source: its first citation counts
            unique.setdefault(str(item.get("id")), item)
        items = list(unique.values())
        if len(items) < 2:
            run.numbers = {str(item.get("id")): 1 for item in items}
            return run  # one item: nothing to sort, nothing can read alike
        run.numbers = {str(item.get("id")): n for n, item in enumerate(items, 1)}
        if len(items) < 2:
            return run  # one item: nothing to sort, nothing can read alike
        if self._numbered_by_bibliography():
            # a citation number is the item's place in the bibliography when it is sorted
            # by other keys (a GOST list sorted by author numbers its cites that way)
            assert self.bibliography is not None
            ordered = self._sorted(
                items, self.bibliography, self._options(self.bibliography), "bibliography", run
            )
            run.numbers = {str(item.get("id")): n for n, item in enumerate(ordered, 1)}
        if self.citation is None:
            return run
        wants = {
            step
            for step in ("add-names", "add-givenname", "add-year-suffix")
            if self.citation.get(f"disambiguate-{step}") == "true"
        }
        if not wants and not self._uses_condition:
            return run
        if not citations and "add-year-suffix" not in wants and not self._bib_disambiguates:
            return run
        section = self.bibliography if self.bibliography is not None else self.citation
        ordered = self._sorted(items, section, self._options(section), "bibliography", run)
        # only cites that read alike at first are worked on (as citeproc-js's ambiguity sets):
        # every later step renders those again, not the whole document
        everything = ordered
        ordered = [item for group in self._alike(ordered, run) for item in group]

        def same_names(group: list[Mapping[str, Any]]) -> bool:
            """More names or given names cannot tell apart cites by the very same people."""
            first = [group[0].get(role) for role in ("author", "editor")]
            return all([item.get(role) for role in ("author", "editor")] == first for item in group)

        if "add-givenname" in wants and self._given_rule != "by-cite":
            # all-names / primary-name: the names shown in full are known before names are
            # added, so the names added show them too ("Smith, Brown & J. Jones")
            run.expand = _ambiguous_names(items, primary=self._given_rule.startswith("primary"))
        if "add-names" in wants:
            for group in self._alike(ordered, run):
                if not same_names(group):
                    self._add_names(group, run, "add-givenname" in wants)
        if "add-givenname" in wants and self._given_rule == "by-cite":
            for group in self._alike(ordered, run):
                if not same_names(group):
                    self._try_given_names(group, run)
        if self._uses_condition:
            self._flag(ordered, everything, run)
        if "add-year-suffix" in wants:
            groups = self._alike(ordered, run)
            if any(str(name).startswith("et-al-subsequent") for name in self.citation.attrib):
                # cites alike in their shorter later form ("Baur et al. 2000") take suffixes
                later = self._alike(_sharing_names(everything), run, "subsequent")
                groups = _merged(everything, groups + later)
            for group in groups:
                for n, item in enumerate(group):
                    run.suffixes[str(item.get("id"))] = _suffix(n)
        return run

    def _flag(
        self,
        ordered: Sequence[Mapping[str, Any]],
        everything: Sequence[Mapping[str, Any]],
        run: Registry,
    ) -> None:
        """Cites still alike: cs:choose's disambiguate="true" tests hold for them, one more
        at each step while they read alike (a title may be enough, the edition too); cites
        alike as later cites ("Doe, supra note 1") count when the style tests positions."""
        tests = sum(1 for el in self.root.iter() if el.get("disambiguate") is not None)
        positional = any(el.get("position") for el in self.root.iter())

        def alike(first: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
            groups = self._alike(first, run)
            if positional:
                later = self._alike(_sharing_names(first), run, "subsequent")
                groups = _merged(first, groups + later)
            return groups

        for group in alike(everything if positional else ordered):
            keys = [str(item.get("id")) for item in group]
            run.flagged.update((key, tests) for key in keys)
            same = len({run.contents[id(item)][1] for item in group}) == 1
            if not same and (not alike(group) or len(alike(group)[0]) < len(group)):
                for key in keys:  # some tests tell them apart: turn them on one by one
                    run.flagged.pop(key)
                for level in range(1, tests + 1):
                    still = alike(group)
                    if not still:
                        break
                    run.flagged.update((str(i.get("id")), level) for g in still for i in g)
            # else no test tells them apart (the same source twice): every test holds at once

    def _add_names(self, group: list[Mapping[str, Any]], run: Registry, add_given: bool) -> None:
        """Names added to each cite of a group that reads alike, as few as tell it apart
        from the others; a cite that no number of names tells apart shows as many as make
        it alike to the fewest others (citeproc-js's ambiguity sets, cite by cite)."""
        most = max(len(item.get("author") or item.get("editor") or []) for item in group)
        # by-cite: the names shown may also show their given names, as initials or in full
        levels = (0, 1, 2) if add_given and self._given_rule == "by-cite" else (0,)
        marks = _ambiguous_names(group, primary=False) if len(levels) > 1 else {}
        keys = [str(item.get("id")) for item in group]
        best: dict[str, tuple[int, int, int]] = {}  # cite -> (others alike, names, level)
        for extra in range(1, most):
            for level in levels:
                for key in keys:
                    run.more_names[key] = extra
                    self._given_level(run, key, level, marks)
                texts = [self._first_cite(item, run) for item in group]
                for key, text in zip(keys, texts, strict=True):
                    found = (texts.count(text) - 1, extra, level)
                    best[key] = min(best.get(key, found), found)
            if all(found[0] == 0 for found in best.values()):
                break
        for key in keys:
            _clashes, extra, level = best.get(key, (0, 0, 0))
            run.more_names[key] = extra
            if not extra:
                run.more_names.pop(key)
            self._given_level(run, key, level, marks)

    @staticmethod
    def _given_level(
        run: Registry, key: str, level: int, marks: Mapping[tuple[str, str], int]
    ) -> None:
        """A cite's names without given names (0), with initials (1) or given names (2)."""
        if level:
            run.given.add(key)
            run.given_names[key] = set(marks)
        else:
            run.given.discard(key)
            run.given_names.pop(key, None)
        if level == 2:
            run.full_given.add(key)
        else:
            run.full_given.discard(key)

    def _try_given_names(self, group: list[Mapping[str, Any]], run: Registry) -> bool:
        """Show the given names that tell the cites of a group apart (a family name borne
        by different people within it); keep them if that makes the cites differ."""
        marks = _ambiguous_names(group, primary=False)
        for item in group:
            key = str(item.get("id"))
            run.given.add(key)
            run.given_names[key] = set(marks)
        if not self._alike(group, run):
            return True
        for item in group:  # initials did not tell them apart: the given names in full
            run.full_given.add(str(item.get("id")))
        if not self._alike(group, run):
            return True
        for item in group:
            key = str(item.get("id"))
            run.given.discard(key)
            run.full_given.discard(key)
            run.given_names.pop(key, None)
        return False

    def _alike(
        self, items: Sequence[Mapping[str, Any]], run: Registry, position: str = "first"
    ) -> list[list[Mapping[str, Any]]]:
        """Groups of items whose first citation reads the same.

        A cite is rendered again only when what the registry holds for it has changed since
        it was last rendered (the later passes mostly meet cites no step could change)."""
        by_text: dict[str, list[Mapping[str, Any]]] = {}
        for item in items:
            by_text.setdefault(self._first_cite(item, run, position), []).append(item)
        return [group for group in by_text.values() if len(group) > 1]

    @staticmethod
    def _expanding(item: Mapping[str, Any], run: Registry) -> frozenset[Any]:
        """Of the family names the run shows in full, those the item's names may be (names.py
        looks them up by particle and family): a cite named by none of them is not redone
        when they are set."""
        if not run.expand:
            return frozenset()
        made = (id(run.expand), len(run.expand))
        if run.expand_words[0] != made:
            run.expand_words = (made, _by_word(run.expand))
        by_word = run.expand_words[1]
        words = _name_words(item)
        givens = [*words, ""]
        found = [
            entry
            for word in [*words, ""]
            for given in givens
            for entry in by_word.get((word, given), ())
        ]
        return frozenset(found)

    def _first_cite(self, item: Mapping[str, Any], run: Registry, position: str = "first") -> str:
        """The item's first (or later) citation as the registry now has it (kept by
        registry state)."""
        key = str(item.get("id"))
        known = run.contents.get(id(item))
        if known is None or known[0] is not item:
            content = json.dumps(
                {k: v for k, v in item.items() if k != "id"}, sort_keys=True, default=str
            )
            known = run.contents[id(item)] = (item, content)
        state = (
            known[1],  # the item's content: its id matters only through what follows
            run.numbers.get(key) if self._cites_number else None,
            position,
            run.more_names.get(key),
            key in run.given,
            key in run.full_given,
            frozenset(run.given_names.get(key, ())),
            run.flagged.get(key),
            run.suffixes.get(key),
            self._expanding(item, run),
        )
        text = run.first_cites.get(state)
        if text is None:
            cite = Cite(item, position=position)
            cite.looking = True
            text = run.first_cites[state] = self._citation([cite], None, run)
        return text

    def _reaches_disambiguate(self) -> bool:
        """Whether the bibliography (its layouts, its sort keys and the macros they call)
        tests ``disambiguate``."""
        if self.bibliography is None:
            return False
        seen: set[str] = set()
        todo = [self.bibliography]
        while todo:
            for el in todo.pop().iter(f"{NS}if", f"{NS}else-if", f"{NS}text", f"{NS}key"):
                if el.get("disambiguate") is not None:
                    return True
                name = el.get("macro")
                macro = self.macros.get(name) if name is not None else None
                if name is not None and macro is not None and name not in seen:
                    seen.add(name)
                    todo.append(macro)
        return False

    def _numbered_by_bibliography(self) -> bool:
        if self.bibliography is None:
            return False
        sort = self.bibliography.find(f"{NS}sort")
        if sort is None:
            return False
        for key in sort.findall(f"{NS}key"):
            if key.get("variable") == "citation-number":
                return False
            macro = self.macros.get(key.get("macro", ""))
            if macro is not None and any(
                el.get("variable") == "citation-number" for el in macro.iter()
            ):
                return False
        return True
