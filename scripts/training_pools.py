"""Regenerate the value-pool text files of `citekit.training` (run once; the output is committed).

    uv run python scripts/training_pools.py --shared ../shared

- ``persons-{ru,tr,en,uk}.txt``: person names from Faker's ru_RU, tr_TR, en_US and uk_UA providers
  (Faker is a dev-only dependency; MIT licence), seeded, one ``family<TAB>given`` a line.
- ``cities-{lang}.txt``: the city names of CLDR's time zones in Europe and Asia, in each
  language (through babel; CLDR's Unicode licence).
- ``titles-{lang}.txt``: real titles from ``shared/langid/langid-dev.jsonl`` (values only).
- ``dev-{lang}.tsv``: ``field<TAB>value`` from the gold of ``shared/corpus/notes-dev.jsonl``
  (titles, containers, publishers, places, authors); never from ``notes-dev2.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import zoneinfo
from pathlib import Path

from babel.dates import get_timezone_location
from faker import Faker

DATA = Path(__file__).resolve().parent.parent / "src" / "citekit" / "training" / "data"
LANGS = ("ru", "tr", "kk", "tk", "en", "uk")


_PATRONYMIC = ("ru_RU", "uk_UA")  # given names that carry a patronymic


def persons(locale: str, n: int) -> list[str]:
    fake = Faker(locale)
    fake.seed_instance(12)
    seen: set[str] = set()
    for _ in range(n * 3):
        if len(seen) >= n:
            break
        if fake.random.random() < 0.5:
            family, given = fake.last_name_male(), fake.first_name_male()
            middle = fake.middle_name_male() if locale in _PATRONYMIC else ""
        else:
            family, given = fake.last_name_female(), fake.first_name_female()
            middle = fake.middle_name_female() if locale in _PATRONYMIC else ""
        if locale not in _PATRONYMIC and fake.random.random() < 0.15:
            middle = fake.first_name()
        full = f"{given} {middle}".strip()
        seen.add(f"{family}\t{full}")
    return sorted(seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, required=True, help="the shared/ folder")
    args = parser.parse_args()
    for lang, locale in (("ru", "ru_RU"), ("tr", "tr_TR"), ("en", "en_US"), ("uk", "uk_UA")):
        (DATA / f"persons-{lang}.txt").write_text("\n".join(persons(locale, 3000)) + "\n")
    zones = sorted(z for z in zoneinfo.available_timezones() if z.startswith(("Europe/", "Asia/")))
    for lang in LANGS:
        names = {get_timezone_location(z, locale=lang, return_city=True) for z in zones}
        cities = sorted(n for n in names if n and not any(ch.isdigit() for ch in n))
        (DATA / f"cities-{lang}.txt").write_text("\n".join(cities) + "\n")
    titles: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for line in (args.shared / "langid" / "langid-dev.jsonl").read_text().splitlines():
        rec = json.loads(line)
        if rec["lang"] in titles and "\n" not in rec["text"]:
            titles[rec["lang"]].add(rec["text"].strip())
    for lang in LANGS:
        (DATA / f"titles-{lang}.txt").write_text("\n".join(sorted(titles[lang])) + "\n")
    dev: dict[str, set[tuple[str, str]]] = {lang: set() for lang in LANGS}
    for line in (args.shared / "corpus" / "notes-dev.jsonl").read_text().splitlines():
        rec = json.loads(line)
        gold = rec["gold"]
        lang = gold.get("language")
        if gold.get("kind") != "citation" or lang not in dev:
            continue
        for key, field in (("title", "title"), ("publisher", "publisher"), ("place", "place")):
            if gold.get(key):
                dev[lang].add((field, gold[key]))
        if gold.get("container") and gold.get("container") != gold.get("publisher"):
            kind = "journal" if gold.get("type") == "article-journal" else "site"
            dev[lang].add((kind, gold["container"]))
    for lang in LANGS:
        rows = sorted(f"{k}\t{' '.join(v.split())}" for k, v in dev[lang])
        (DATA / f"dev-{lang}.tsv").write_text("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
