"""A name's parts as CSL reads them: particles written into the family or given name ("van
der Vlist", "Alexander von", "d'Aubignac", "al-One") taken out, as citeproc-js does."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

# a leading word of a family name: up to a space, a hyphen or an apostrophe ("van ", "al-",
# "d'"); a trailing word of a given name: after its space ("von", "d'")
_FAMILY_WORD = re.compile(r"^([^ ]+?(?:-|ʻ|’|'| ) *)(?=.)")
_GIVEN_WORD = re.compile(r"(?<=.)( +[^ ]+)$")


def _lower_word(word: str) -> bool:
    """Whether a word is a particle: its first letter is lower case ("van", "'t", "d’")."""
    first = word.lstrip("-'ʻ’ ")[:1]
    return bool(first) and first.upper() != first


@functools.lru_cache(maxsize=4096)
def _split(family: str, given: str) -> tuple[str, str, str, str]:
    """(non-dropping particle, family, given, dropping particle) of one name."""
    particle = ""
    while True:
        match = _FAMILY_WORD.match(family)
        if match is None or not _lower_word(match[1]):
            break
        particle += match[1]
        family = family[match.end() :]
    tail = particle.rstrip()
    if tail and particle[-1:] == " " and tail[-1] in "'’":
        tail += " "  # "de' Frinkle": the apostrophe and its space stay
    particle = tail
    head, comma, after = given.partition(",")
    dropping: list[str] = []
    while True:
        match = _GIVEN_WORD.search(head)
        if match is None or not _lower_word(match[1]):
            break
        dropping.insert(0, match[1].strip())
        head = head[: match.start()]
    return particle, family, head.rstrip() + comma + after, " ".join(dropping)


def parsed_name(name: Mapping[str, Any]) -> Mapping[str, Any]:
    """The name with the particles its family and given names hold as fields of their own;
    a name with particles of its own, ``"parse-names": false`` or a family name in double
    quotes ('"Van Dyke"': not to be parsed) is kept as written, quotes dropped."""
    family = name.get("family")
    if not isinstance(family, str) or not family:
        return name
    if len(family) > 1 and family[0] == family[-1] == '"':
        return {**name, "family": family[1:-1]}
    if (
        name.get("non-dropping-particle")
        or name.get("dropping-particle")
        or name.get("parse-names") in (False, "false")
    ):
        return name
    given = name.get("given")
    given_text = given if isinstance(given, str) else ""
    particle, rest, new_given, dropping = _split(family, given_text)
    if not particle and not dropping:
        return name
    out = {**name, "family": rest}
    if particle:
        out["non-dropping-particle"] = particle
    if dropping:
        out["dropping-particle"] = dropping
        out["given"] = new_given
    return out


def parsed_names(names: Sequence[Any]) -> list[Any]:
    """Each name of a list through `parsed_name` (anything not a name kept as it is)."""
    return [parsed_name(n) if isinstance(n, Mapping) else n for n in names]
