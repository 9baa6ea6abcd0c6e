"""Value pools: the names, titles, journals, publishers, places and sites items are built from.

Each language has a TOML file of hand-gathered lists and title patterns (``data/<lang>.toml``),
person names made once with Faker (``persons-<lang>.txt``, for ru, tr and en), real titles
(``titles-<lang>.txt``), the large pools gathered from public sources by
``scripts/gather_pools.py`` (``pool-<list>-<lang>.txt``: thousands of titles and headlines,
journals, publishers, places, sites, Kazakh and Turkmen persons) and, optionally, values from the
dev corpus gold (``dev-<lang>.tsv``). ``data/README.md`` says where each list came from.
"""

from __future__ import annotations

import functools
import random
import re
import tomllib
from importlib import resources
from typing import Any

from attrs import field, frozen

from citekit.romanize import romanize
from citekit.training._shape import shape_title

__all__ = ["LANGS", "LARGE", "Pools", "latin", "pools"]

LANGS = ("ru", "tr", "kk", "tk", "en", "uk")
_DATA = resources.files("citekit.training") / "data"
_SLOT = re.compile(r"\{(\w+)\}")
_AFTER_STOP = re.compile(r"(?<=\. )\w")
# the large pools (``pool-<name>-<lang>.txt``) and how often `pick` draws from one rather than
# from the hand list of the same name (which keeps the forms notes favour: "М.", "СПб.")
LARGE = {
    "titles": 0.0,  # drawn by `title`
    "headlines": 0.0,  # drawn by `headline`
    "journals": 0.7,
    "publishers": 0.65,
    "places": 0.35,
    "sites": 0.5,
    "newspapers": 0.5,
    "series": 0.5,
    "proceedings": 0.4,
    "organisations": 0.4,
    "law_titles": 0.3,
}


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
    large: dict[str, tuple[str, ...]] = field(factory=dict)  # the gathered pools (`LARGE`)

    def get(self, key: str) -> tuple[str, ...]:
        """A named list (``publishers``, ``journals``, ``topic`` …); empty when there is none."""
        return self.lists.get(key, ())

    def pick(self, rng: random.Random, key: str, *, dev: bool = False) -> str:
        """One value of list `key`; with `dev`, the dev corpus values join the draw."""
        if key in self.generated and rng.random() < 0.4:
            return self.fill(rng, rng.choice(self.generated[key]))
        if key == "places" and self.cities and rng.random() < 0.1:
            return rng.choice(self.cities)
        large = self.large.get(key, ())
        if large and rng.random() < LARGE.get(key, 0.0) * _weight(large):
            return rng.choice(large)
        values = self.get(key) if dev else self.clean.get(key, ())
        extra = self.dev.get(key, ()) if dev else ()
        if extra and (not values or rng.random() < 0.15):
            return rng.choice(extra)
        return rng.choice(values)

    def title(self, rng: random.Random, *, dev: bool = False) -> str:
        """A title: mostly a real one (the gathered pool, the langid titles), else one made from
        the language's patterns; now and then shaped (`shape_title`) with a subtitle, quotes, an
        era, a volume word or upper case."""
        roll = rng.random()
        if dev and roll < 0.08 and self.dev.get("title"):
            return rng.choice(self.dev["title"])
        text = self._real_title(rng, roll, dev=dev)
        if rng.random() < 0.3:
            other = lambda: self._real_title(rng, rng.random(), dev=dev)  # noqa: E731
            text = shape_title(rng, text, other, self.lists, self.lang)
        return text

    def _real_title(self, rng: random.Random, roll: float, *, dev: bool) -> str:
        real = self.real_titles if dev else self.clean.get("real_titles", ())
        if roll < 0.06 and real:
            return rng.choice(real)
        titles, headlines = self.large.get("titles", ()), self.large.get("headlines", ())
        if roll < 0.06 + 0.62 * _weight(titles, headlines):
            # real titles, and news headlines (which notes cite as titles) at their share
            # without a pool of real titles, headlines stand in for half of them and the
            # patterns (which write the forms of journal articles and theses) for the rest
            share = 0.35 * _weight(headlines) if titles else 0.5
            pool = headlines if headlines and rng.random() < share else titles
            if pool:
                return rng.choice(pool)
        return self.fill(rng, rng.choice(self.patterns))

    def headline(self, rng: random.Random, *, dev: bool = False) -> str:
        """A news headline: a real one (the gathered pool, the langid titles), or actor and
        predicate; now and then shaped like a title."""
        real = self.real_titles if dev else self.clean.get("real_titles", ())
        roll = rng.random()
        if roll < 0.08 and real:
            text = rng.choice(real)
        elif roll < 0.08 + 0.62 * _weight(headlines := self.large.get("headlines", ())):
            text = rng.choice(headlines)
        elif roll < 0.8 and self.large.get("titles"):
            text = rng.choice(self.large["titles"])
        else:
            actor, pred = (
                rng.choice(self.get("headline_actor")),
                rng.choice(self.get("headline_pred")),
            )
            text = f"{actor} {pred}"
        if rng.random() < 0.12:
            other = lambda: self.title(rng, dev=dev)  # noqa: E731
            text = shape_title(rng, text, other, self.lists, self.lang)
        return text

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
        person = self._compound(rng, self._person(rng))
        if self.lang in ("ru", "kk") and rng.random() < 0.1:
            return {key: latin(value) for key, value in person.items()}
        return person

    def _compound(self, rng: random.Random, person: dict[str, str]) -> dict[str, str]:
        """Now and then a family name of two (``Gökova Kurt``, ``Петров-Водкин``, joined as
        the language's data says: ``double_family``) or with a particle (``von Davier``,
        ``Al-Ghazzi``: ``family_particles``, written with their space or glued)."""
        joiners, particles = self.get("double_family"), self.get("family_particles")
        roll = rng.random()
        if joiners and roll < _DOUBLE:
            other = self._person(rng)["family"]
            if other != person["family"]:
                joiner = rng.choice(joiners)
                return {**person, "family": f"{person['family']}{joiner}{other}"}
        elif particles and roll < _DOUBLE + _PARTICLE:
            return {**person, "family": rng.choice(particles) + person["family"]}
        return person

    def _person(self, rng: random.Random) -> dict[str, str]:
        # generated or gathered persons, and now and then a name of the language's commonest
        # given and family names when its data lists them
        own = "given_m" in self.lists and "family" in self.lists
        if self.persons and (not own or rng.random() < 0.7):
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


# how often a person's family name is a double one, or takes a particle (where the data has them)
_DOUBLE = 0.05
_PARTICLE = 0.06


def _weight(pool: tuple[str, ...], more: tuple[str, ...] = ()) -> float:
    """How far a large pool is trusted: fully from 300 values, less below (20 Turkmen
    headlines drawn half the time would be learnt by heart)."""
    return min(1.0, (len(pool) + len(more)) / 300)


# Kazakh letters as passports write them: through their Russian look-alikes, then BGN/PCGN
_KK_TO_RU = str.maketrans("әғқңөұүһіӘҒҚҢӨҰҮҺІ", "агкноуухиАГКНОУУХИ")


def latin(text: str) -> str:
    """A Russian or Kazakh text in Latin letters, as passports and journals transliterate."""
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
    for table in ("names", "titles", "publishing", "terms", "shape", "gost", "numbers"):
        for key, value in raw.get(table, {}).items():
            if key == "patterns":
                continue
            lists[key] = tuple(value) if isinstance(value, list) else (str(value),)
    generated: dict[str, tuple[str, ...]] = {}
    for key, value in raw.get("generated", {}).items():
        (generated if key in lists else lists)[key] = tuple(value)
    persons = tuple(
        (family, given)
        for file in (f"persons-{lang}.txt", f"pool-persons-{lang}.txt")
        for family, _, given in (line.partition("\t") for line in _lines(file))
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
        large={name: values for name in LARGE if (values := _lines(f"pool-{name}-{lang}.txt"))},
    )
