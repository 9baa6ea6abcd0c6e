"""Value pools: the names, titles, journals, publishers, places and sites items are built from.

Each language has a TOML file of hand-gathered lists and title patterns (``data/<lang>.toml``),
person names made once with Faker (``persons-<lang>.txt``, for ru, tr and en; Kazakh and
Turkmen names are combined from given and family lists), real titles (``titles-<lang>.txt``)
and, optionally, values from the dev corpus gold (``dev-<lang>.tsv``). ``data/README.md`` says
where each list came from.
"""

from __future__ import annotations

import functools
import random
import re
import tomllib
from importlib import resources
from typing import Any

from attrs import frozen

from citekit.romanize import romanize

__all__ = ["LANGS", "Pools", "pools"]

LANGS = ("ru", "tr", "kk", "tk", "en")
_DATA = resources.files("citekit.training") / "data"
_SLOT = re.compile(r"\{(\w+)\}")
_AFTER_STOP = re.compile(r"(?<=\. )\w")


def _lines(name: str) -> tuple[str, ...]:
    path = _DATA / name
    if not path.is_file():
        return ()
    return tuple(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@frozen
class Pools:
    """The value lists of one language (all tuples, so a pool is safe to share)."""

    lang: str
    lists: dict[str, tuple[str, ...]]
    patterns: tuple[str, ...]
    persons: tuple[tuple[str, str], ...]
    real_titles: tuple[str, ...]
    dev: dict[str, tuple[str, ...]]
    clean: dict[str, tuple[str, ...]]  # each list without the values the dev corpus holds
    generated: dict[str, tuple[str, ...]]  # patterns that make more values of a list
    cities: tuple[str, ...]  # CLDR's city names in this language (places now and then)

    def get(self, key: str) -> tuple[str, ...]:
        """A named list (``publishers``, ``journals``, ``topic`` …); empty when there is none."""
        return self.lists.get(key, ())

    def pick(self, rng: random.Random, key: str, *, dev: bool = False) -> str:
        """One value of list `key`; with `dev`, the dev corpus values join the draw."""
        if key in self.generated and rng.random() < 0.4:
            return self.fill(rng, rng.choice(self.generated[key]))
        if key == "places" and self.cities and rng.random() < 0.1:
            return rng.choice(self.cities)
        values = self.get(key) if dev else self.clean.get(key, ())
        extra = self.dev.get(key, ()) if dev else ()
        if extra and (not values or rng.random() < 0.15):
            return rng.choice(extra)
        return rng.choice(values)

    def title(self, rng: random.Random, *, dev: bool = False) -> str:
        """A title: a real one now and then, else one made from the language's patterns."""
        roll = rng.random()
        if dev and roll < 0.08 and self.dev.get("title"):
            return rng.choice(self.dev["title"])
        real = self.real_titles if dev else self.clean.get("real_titles", ())
        if roll < 0.2 and real:
            return rng.choice(real)
        return self.fill(rng, rng.choice(self.patterns))

    def headline(self, rng: random.Random, *, dev: bool = False) -> str:
        """A news headline: actor and predicate, or a real headline."""
        real = self.real_titles if dev else self.clean.get("real_titles", ())
        if rng.random() < 0.3 and real:
            return rng.choice(real)
        return f"{rng.choice(self.get('headline_actor'))} {rng.choice(self.get('headline_pred'))}"

    def fill(self, rng: random.Random, pattern: str) -> str:
        """Fill a title pattern's ``{slot}``s; the first letter is then made upper-case."""
        text = _SLOT.sub(lambda m: rng.choice(self.get(m.group(1))), pattern)
        text = _AFTER_STOP.sub(lambda m: m.group(0).upper(), text)
        return text[:1].upper() + text[1:]

    def person(self, rng: random.Random) -> dict[str, str]:
        """A person as CSL wants it: ``{"family": …, "given": …}`` (given may hold a patronymic).

        Now and then a Russian or Kazakh name comes in Latin letters, as journals print their
        authors' names (``Zhumagalieva, B. K.``).
        """
        person = self._person(rng)
        if self.lang in ("ru", "kk") and rng.random() < 0.1:
            return {key: _latin(value) for key, value in person.items()}
        return person

    def _person(self, rng: random.Random) -> dict[str, str]:
        if self.persons:
            family, given = rng.choice(self.persons)
            return {"family": family, "given": given}
        female = rng.random() < 0.4
        family = rng.choice(self.get("family"))
        given = rng.choice(self.get("given_f" if female else "given_m"))
        if female:
            family = _feminine(family)
        patronymic = self.lists.get("patronymic_f" if female else "patronymic_m")
        if patronymic and rng.random() < 0.3:
            given = f"{given} {rng.choice(self.get('given_m'))}{patronymic[0]}"
        return {"family": family, "given": given}


# Kazakh letters as passports write them: through their Russian look-alikes, then BGN/PCGN
_KK_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def _latin(text: str) -> str:
    return romanize(text.translate(_KK_TO_RU), "ru", "bgn")


def _feminine(family: str) -> str:
    # Kazakh and Turkmen surnames take the Russian-style feminine ending
    if family.endswith(("ов", "ев", "ин", "ow", "ew", "in")):
        return family + "а" if family[-1] in "вн" and family[-2] not in "wie" else family + "a"
    return family


@functools.cache
def pools(lang: str) -> Pools:
    """The pools of `lang` (one of `LANGS`), loaded once."""
    if lang not in LANGS:
        raise ValueError(f"no value pools for language {lang!r} (have: {', '.join(LANGS)})")
    raw: dict[str, Any] = tomllib.loads((_DATA / f"{lang}.toml").read_text(encoding="utf-8"))
    lists: dict[str, tuple[str, ...]] = {}
    for table in ("names", "titles", "publishing", "terms"):
        for key, value in raw.get(table, {}).items():
            if key == "patterns":
                continue
            lists[key] = tuple(value) if isinstance(value, list) else (str(value),)
    generated: dict[str, tuple[str, ...]] = {}
    for key, value in raw.get("generated", {}).items():
        (generated if key in lists else lists)[key] = tuple(value)
    persons = tuple(
        (family, given)
        for family, _, given in (line.partition("\t") for line in _lines(f"persons-{lang}.txt"))
    )
    dev: dict[str, list[str]] = {}
    for line in _lines(f"dev-{lang}.tsv"):
        key, _, value = line.partition("\t")
        dev.setdefault(key + "s" if key != "title" else key, []).append(value)
    # dev keys: title, journals, sites, publishers, places (as the TOML lists are named)
    known = {value for values in dev.values() for value in values}
    real_titles = _lines(f"titles-{lang}.txt")
    clean = {
        k: tuple(v for v in values if v.partition("|")[0] not in known) or values
        for k, values in lists.items()
    }
    clean["real_titles"] = tuple(t for t in real_titles if t not in known)
    return Pools(
        lang=lang,
        lists=lists,
        patterns=tuple(raw["titles"]["patterns"]),
        persons=persons,
        real_titles=real_titles,
        dev={k: tuple(v) for k, v in dev.items()},
        clean=clean,
        generated=generated,
        cities=_lines(f"cities-{lang}.txt"),
    )
