"""Build the large value pools of `citekit.training` from raw public sources (run once; the output
is committed, the raw downloads are not).

    uv run python scripts/gather_pools.py --raw /tmp/pools_raw --shared ../shared

`--raw` holds the sources, each as its repository or package has it (where each comes from and
its licence: `src/citekit/training/data/README.md`):

    dergipark/dergipark_journals_detail.json   DergiPark journal list (journal, publisher)
    clickbait/*.csv                            Turkish news headlines (column full_text)
    headlinecause/*.tsv                        Russian and English news headlines (*_title)
    bib/*.bib  rubib/*.bib                     biblatex-gost examples, Russian theses' .bib files
    bib2/*.bib                                 texlive-lang-cyrillic: the gost package's examples
    vak/journals.db                            the Russian VAK journal list (SQLite)
    (and scripts/pool_seeds.toml)              hand-written sites, filtered like the rest
    texbib/*.bib                               the example .bib files of texlive-bibtex-extra
    kaznerd/IOB2_*.txt                         KazNERD: Kazakh news sentences with entities
    tds/*.php  mejlis/*.php                    Turkmen standards' titles, news, quoted names

Every value goes through `citekit.training._gather.clean_value` (no URL or TeX, length bounds),
a script check for its language, de-duplication, and `drop_held_out`: whatever the gold of
`notes-dev.jsonl` or `notes-dev2.jsonl` holds (exact or case-folded) is dropped here, so the
held-out check stays unseen. Nothing is printed of the gold; the counts are.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import random
import re
import sqlite3
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

import bibtexparser
import mimesis
from mimesis import Locale, Person
from mimesis.enums import Gender
from pylatexenc.latex2text import LatexNodes2Text

from citekit.training._gather import (
    clean_value,
    detokenize,
    drop_held_out,
    held_out_keys,
    key,
    writes_in,
)

DATA = Path(__file__).resolve().parent.parent / "src" / "citekit" / "training" / "data"
LANGS = ("ru", "tr", "kk", "tk", "en")
CAP = {"titles": 6000, "headlines": 6000}  # per language; keeps the data under ~5 MB
_LATEX = LatexNodes2Text()
_EN_WORDS = re.compile(r"\b(the|of|and|for|with|from|to|on)\b", re.IGNORECASE)
_NOT_EN = re.compile(
    r"\b(und|der|die|das|des|le|la|les|et|du|de|em|dos|para|con|el|il|della|och|och|van|het)\b",
    re.IGNORECASE,
)
# Kazakh case endings: a news sentence names a place or body inflected ("Оралдан", "министрлігінде")
_KK_CASE = re.compile(
    r"(дан|ден|тан|тен|нан|нен|да|де|та|те|ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты"
    r"|ті|ын|ін|мен|бен|пен|ға|дағы|дегі|тағы|тегі|ндағы|ндегі|ына|іне|сына|сіне)$"
)
_CAPS_NAME = re.compile(r"^[A-ZÇĞİÖŞÜ][a-zçğıöşü]+( [A-ZÇĞİÖŞÜ][a-zçğıöşü]+)? [A-ZÇĞİÖŞÜ]{3,}$")
_KK_FAMILY = re.compile(r"(ов|ев|ин|ова|ева|ина|ұлы|қызы|улы|кызы|бай|баев|баева)$")
Pools = dict[str, dict[str, list[str]]]  # lang -> list name -> raw values


def _add(pools: Pools, lang: str, name: str, values: Iterable[str], **bounds: int) -> None:
    for raw in values:
        value = clean_value(raw, **bounds)
        if value and writes_in(lang, value):
            pools.setdefault(lang, {}).setdefault(name, []).append(value)


def _english(text: str) -> bool:
    words = text.split()
    if not words or _NOT_EN.search(text) or _EN_WORDS.fullmatch(words[-1].lower()):
        return False  # another language, or cut short where a TeX macro was ("… Introduction to")
    return len(words) < 4 or bool(_EN_WORDS.search(text))


def _kk_name(text: str) -> bool:
    """A Kazakh name as a pool wants it: capitalised, not inflected by a case ending."""
    last = text.split()[-1].lower()
    return text[:1].isupper() and (len(last) < 5 or not _KK_CASE.search(last))


# ---- sources ------------------------------------------------------------------------------


def dergipark(raw: Path, pools: Pools) -> None:
    rows = json.loads((raw / "dergipark" / "dergipark_journals_detail.json").read_text())
    _add(pools, "tr", "journals", (r["journal_name"] for r in rows if r.get("journal_name")))
    publishers = (r.get("publisher_name") or "" for r in rows)
    _add(pools, "tr", "publishers", (p for p in publishers if not _CAPS_NAME.match(p.strip())))


def vak(raw: Path, pools: Pools) -> None:
    with sqlite3.connect(raw / "vak" / "journals.db") as db:
        titles = [str(row[0]) for row in db.execute("SELECT title FROM journals")]
    # "АПК: инновационные технологии / AIC: innovative technologies": the Russian title alone
    _add(pools, "ru", "journals", (t.split(" / ")[0].split(" (")[0] for t in titles))


_HOST = re.compile(r"https?://(?:www\.)?([a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)


def _sites(pools: Pools, lang: str, texts: Iterable[str]) -> None:
    """News sites named by their address, as notes often name them: ``lenta.ru|lenta.ru``."""
    hosts = {host.lower() for text in texts for host in _HOST.findall(text)}
    hosts = {h for h in hosts if not h.startswith(("t.co", "bit.ly", "goo.gl", "twitter."))}
    pools.setdefault(lang, {}).setdefault("sites", []).extend(f"{h}|{h}" for h in sorted(hosts))


def clickbait(raw: Path, pools: Pools) -> None:
    for path in sorted((raw / "clickbait").glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace") as handle:
            texts = [row.get("full_text", "") for row in csv.DictReader(handle)]
        _add(pools, "tr", "headlines", (t for t in texts if "\n" not in t and "RT @" not in t))
        _sites(pools, "tr", texts)


def headlinecause(raw: Path, pools: Pools) -> None:
    csv.field_size_limit(1 << 24)
    for path in sorted((raw / "headlinecause").glob("*.tsv")):
        with path.open(encoding="utf-8", errors="replace") as handle:
            reader = csv.reader(handle, delimiter="\t")
            head = next(reader, [])
            cols = [i for i, name in enumerate(head) if name.lower().endswith("title")]
            rows = list(reader)
        texts = [row[i] for row in rows for i in cols if i < len(row)]
        _add(pools, "ru", "headlines", texts)
        _add(pools, "en", "headlines", (t for t in texts if _english(t)))
        urls = [cell for row in rows for cell in row if cell.startswith("http")]
        _sites(pools, "ru", (u for u in urls if u.split("/")[2].endswith((".ru", ".su", ".рф"))))
        _sites(pools, "en", (u for u in urls if not u.split("/")[2].endswith((".ru", ".su"))))


def _bib_text(value: str) -> str:
    if "\\" not in value and "{" not in value and "$" not in value:
        return value.replace("<<", "«").replace(">>", "»").replace("--", "–").replace("~", " ")
    try:
        return str(_LATEX.latex_to_text(value.replace("<<", "«").replace(">>", "»")))
    except Exception:  # a malformed TeX value is simply not taken
        return ""


def _bib_entries(paths: Iterable[Path]) -> Iterator[dict[str, str]]:
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        try:
            library = bibtexparser.parse_string(text)  # type: ignore[attr-defined]
        except Exception:
            continue
        for entry in library.entries:
            yield {f.key.lower(): _bib_text(str(f.value)) for f in entry.fields}


def bibs(raw: Path, pools: Pools) -> None:
    paths = [*sorted((raw / "bib").glob("*.bib")), *sorted((raw / "bib2").glob("*.bib"))]
    paths += sorted((raw / "rubib").glob("*.bib"))
    paths += sorted((raw / "texbib").glob("*.bib"))
    for entry in _bib_entries(paths):
        for lang in ("ru", "en"):
            english = lang == "en"
            title = entry.get("title", "")
            if title and (not english or _english(title)):
                _add(pools, lang, "titles", [title])
            for field in ("journal", "journaltitle"):
                journal = entry.get(field, "")
                if not english or _english(journal):
                    _add(pools, lang, "journals", [journal])
            _add(pools, lang, "publishers", [entry.get("publisher", "")], hi=80)
            places = (entry.get("address", ""), entry.get("location", ""))
            _add(pools, lang, "places", (p for p in places if not re.search(r"\d", p)), hi=40)
            _add(pools, lang, "series", [entry.get("series", "")], hi=120)
            booktitle = entry.get("booktitle", "")
            if booktitle and (not english or _english(booktitle)):
                _add(pools, lang, "proceedings", [booktitle])


def _iob(path: Path) -> Iterator[list[tuple[str, str]]]:
    sentence: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, tag = line.rpartition(" ")
        if not line.strip():
            if sentence:
                yield sentence
            sentence = []
        elif word:
            sentence.append((word, tag))
    if sentence:
        yield sentence


def _entities(sentence: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    label, words = "", list[str]()
    for word, tag in [*sentence, ("", "O")]:
        if tag.startswith("I-") and words:
            words.append(word)
            continue
        if words:
            yield label, detokenize(words)
        label, words = (tag[2:], [word]) if tag.startswith("B-") else ("", [])


# "we", "you" and reported speech: a sentence of spoken news, not a headline ("мен" is also
# "and", so "I" is not among them)
_SPOKEN = {"біз", "сен", "сіз", "сендер", "сіздер", "біздің", "менің", "деді", "дейді", "деп"}
_NAMED = {"B-GPE", "B-PERSON", "B-ORGANISATION", "B-LOCATION", "B-EVENT", "B-PROJECT"}


def _headline_like(sentence: list[tuple[str, str]]) -> bool:
    """A news sentence that reads as a headline: short, names someone or somewhere, no "we"."""
    words = [word for word, _ in sentence]
    return (
        4 <= len(words) <= 12
        and words[-1] == "."
        and words[0][:1].isupper()
        and any(tag in _NAMED for _, tag in sentence)
        and not any(word.lower() in _SPOKEN for word in words)
    )


def kaznerd(raw: Path, pools: Pools) -> None:
    # places of publication are cities: a news GPE is as often a country or region, so not taken
    entity_lists = {"ART": "titles", "LAW": "law_titles"}
    entity_lists |= {"ORGANISATION": "organisations", "EVENT": "titles", "PROJECT": "titles"}
    for path in sorted((raw / "kaznerd").glob("IOB2_*.txt")):
        for sentence in _iob(path):
            words = [word for word, _ in sentence]
            if _headline_like(sentence):
                _add(pools, "kk", "headlines", [detokenize(words[:-1])], hi=120)
            for label, text in _entities(sentence):
                if label == "LAW" and "туралы" not in text:
                    continue
                if label == "LAW":
                    text = text[:1].upper() + text[1:]
                if label in entity_lists and _kk_name(text):
                    _add(pools, "kk", entity_lists[label], [text], hi=120)
                elif label == "PERSON" and len(text.split()) == 2:
                    first, second = text.split()
                    if _KK_FAMILY.search(second.lower()):
                        pools.setdefault("kk", {}).setdefault("persons", []).append(
                            f"{second}\t{first}"
                        )


def turkmen(raw: Path, pools: Pools) -> None:
    name = re.compile(r"'name_tm' => '([^'\n]{8,200})'")
    for path in sorted((raw / "tds").glob("*.php")):
        found = name.findall(path.read_text(encoding="utf-8"))
        _add(pools, "tk", "headlines" if "News" in path.name else "titles", found)
    quoted = re.compile(r"«([^»\n]{10,160})»")
    for path in sorted((raw / "mejlis").glob("*.php")):
        _add(pools, "tk", "titles", quoted.findall(path.read_text(encoding="utf-8")))


def seeds(raw: Path, pools: Pools) -> None:
    """The hand-written seeds (`scripts/pool_seeds.toml`): real sites (named as notes name them),
    journals, newspapers and publishers."""
    data = tomllib.loads((Path(__file__).with_name("pool_seeds.toml")).read_text(encoding="utf-8"))
    for name in ("journals", "newspapers", "publishers"):
        for lang, values in data.get(name, {}).items():
            _add(pools, lang, name, values, lo=2)
    for lang, sites in data["sites"].items():
        for site in sites:
            name, _, domain = site.partition("|")
            if clean_value(name, lo=2) == name and domain:
                pools.setdefault(lang, {}).setdefault("sites", []).append(site)


def kazakh_places(pools: Pools) -> None:
    """The Kazakh city names mimesis carries (its kk address data)."""
    data = json.loads((Path(mimesis.__file__).parent / "datasets/kk/address.json").read_text())
    _add(pools, "kk", "places", data["city"], lo=2)


def kazakh_persons(pools: Pools, n: int) -> None:
    person = Person(Locale.KK, seed=12)
    out = pools.setdefault("kk", {}).setdefault("persons", [])
    for i in range(n):
        gender = Gender.FEMALE if i % 5 < 2 else Gender.MALE
        out.append(f"{person.last_name(gender)}\t{person.first_name(gender)}")


def _tk_family(given: str, female: bool) -> str:
    """A Turkmen family name made of a father's given name: Myrat -> Myradow, Berdi -> Berdiýew."""
    stem = given.split()[-1]
    if stem[-1].lower() in "aeiouyäöüı":
        family = stem + "ýew"
    else:
        family = stem[:-1] + {"t": "d", "k": "g", "p": "b", "ç": "j"}.get(stem[-1], stem[-1]) + "ow"
    return family + ("a" if female else "")


def turkmen_persons(pools: Pools, given_m: list[str], given_f: list[str], n: int) -> None:
    rng = random.Random(12)
    out = pools.setdefault("tk", {}).setdefault("persons", [])
    for _ in range(n):
        female = rng.random() < 0.4
        given = rng.choice(given_f if female else given_m)
        out.append(f"{_tk_family(rng.choice(given_m), female)}\t{given}")


# ---- output -------------------------------------------------------------------------------


def _golds(shared: Path) -> Iterator[dict[str, object]]:
    for name in ("notes-dev.jsonl", "notes-dev2.jsonl"):
        for line in (shared / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line).get("gold") or {}
                yield gold
                for other in gold.get("sources") or ():  # several sources in one note
                    if isinstance(other, dict):
                        yield other


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", type=Path, required=True, help="the downloaded sources")
    parser.add_argument("--shared", type=Path, required=True, help="the shared/ folder")
    args = parser.parse_args()
    held_out = held_out_keys(_golds(args.shared))
    pools: Pools = {}
    logging.disable(logging.WARNING)  # bibtexparser reports each entry it cannot read
    for source in (seeds, dergipark, vak, clickbait, headlinecause, bibs, kaznerd, turkmen):
        source(args.raw, pools)
    kazakh_persons(pools, 4000)
    kazakh_places(pools)
    tk = tomllib.loads((DATA / "tk.toml").read_text(encoding="utf-8"))["names"]
    turkmen_persons(pools, tk["given_m"], tk["given_f"], 4000)
    rng = random.Random(12)
    counts: dict[str, dict[str, int]] = {}
    for lang in LANGS:
        for name, values in sorted(pools.get(lang, {}).items()):
            kept = drop_held_out(values, held_out)
            unique = len({key(v) for v in values})
            if name in CAP and len(kept) > CAP[name]:
                kept = rng.sample(kept, CAP[name])
            path = DATA / f"pool-{name}-{lang}.txt"
            path.write_text("\n".join(sorted(kept)) + "\n", encoding="utf-8")
            print(f"{lang} {name}: {len(values)} raw, {unique} distinct, {len(kept)} kept")
            counts.setdefault(name, {})[lang] = len(kept)
    _write_counts(counts)


def _write_counts(counts: dict[str, dict[str, int]]) -> None:
    """The counts table of `data/README.md`, between its ``<!-- counts -->`` markers."""
    rows = ["| list | " + " | ".join(LANGS) + " |", "|---|" + "---:|" * len(LANGS)]
    for name, per_lang in sorted(counts.items()):
        cells = (f"{per_lang[lang]:,}" if lang in per_lang else "–" for lang in LANGS)
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    readme = DATA / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, _, rest = text.partition("<!-- counts -->")
    _, _, tail = rest.partition("<!-- /counts -->")
    table = "\n".join(rows)
    readme.write_text(f"{head}<!-- counts -->\n{table}\n<!-- /counts -->{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
