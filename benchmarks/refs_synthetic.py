"""Reference entries made from parsed generated notes against entries made from their records.

`citekit.training` writes labelled notes from CSL item records; with a seed the shipped model
was not trained on (it used seed 1), these are notes it never saw, in every family and
language, with a known record. Each single-source note is parsed with `parse_note`; its
first source and the gold record are formatted in GOST 7.0.5, Chicago (notes-bibliography)
and İSNAD (footnote edition); the figure is the share of identical entries, by style, by
family (hand-written families, and CSL styles as ``csl``) and by language, with a table of
causes (the CSL variables that differ, counted once per note whose entries differ).

The gold record is the item as the note writes it: a string variable with one span is its
span's text (the dash, quotes and case written), a name is its span (family as written, the
rest its given part: initials when the note writes initials, Vancouver's run-together `ИИ`
spelled `И. И.` as a style reads them), a date is cut to the parts its
span writes. Variables the tagger has no label for take the parsed value (unscored). An
edition written "3." (Turkish, German ordinals) is the number 3: CSL writes the value "3." as
"3. ed." in every style, which no note means. The type of a page (`webpage` or
`article-newspaper`, drawn at random by the generator for any site) is the corpus README's:
a newspaper's or news site's page is a news item, another site's a web page (`refs_sites.py`).
An archival document whose note writes no archive, or a thesis whose note writes no thesis
word, has no type the note tells: as the README leaves it unscored, it takes the parsed type;
so does a short form that writes nothing beside its names, title and pages (`Kaplan, “Title”,
438-465.`: a chapter, an article and a book are cited so alike).
A title or host is written as the README annotates it: without the quotes around it all and
without a sentence's closing period.
A person no span of their role writes (left out for "et al.") is not in the gold record.
A closing ellipsis glued to a title's span (a short form's truncated title) is the title's.
A note that writes no title has no language the README scores (it is the title's): the gold
takes the parsed language.
A pool title or host that opens or closes with a volume (`Volume 2. Title`, `Title. Cilt 1`)
gives the README's volume, its number without the label, when the item has no other.

Run: uv run python benchmarks/refs_synthetic.py [--n 1500] [--seed 77] [--show N] [--family F]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from attrs import evolve

from citekit.citations import parse_note
from citekit.csl import from_csl, to_csl
from citekit.dates import parse_date
from citekit.model import Citation, LabelledText, Location, Name
from citekit.styles import format_bibliography
from citekit.training import LABELS, generate_samples
from citekit.training._forms import initials
from citekit.training.pools import LANGS, pools
from refs_sites import news_type

STYLES = ("gost-r-7-0-5-2008", "chicago-notes-bibliography", "isnad-dipnotlu")
_NAMES = {"author": "authors", "editor": "editors", "translator": "translators"}
_DATES = ("issued", "accessed")
_UNSCORED = (  # as in refs_from_notes.py: the parsed value
    "collection_title",
    "genre",
    "number",
    "section",
    "archive",
    "archive_location",
)


_VOLUME_LABEL = r"(?:Volume|Vol\.|Том|Т\.|Cilt|Tom|T\.)"
_VOLUME_EDGE = re.compile(
    rf"^{_VOLUME_LABEL} (?P<n>\d+|[IVXLC]+)[.:] |[.,] {_VOLUME_LABEL} (?P<n2>\d+|[IVXLC]+)$"
)


_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’", '"': '"', "'": "'"}
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{4})\.$")


def _unquoted(value: str) -> str:
    """A work's name as the README writes it: without the quotes around it all, and without a
    sentence's closing period (`Title ends here.`; an abbreviation's, `XIX. yy.`, stays)."""
    if len(value) > 2 and _PAIRS.get(value[0]) == value[-1]:
        inner = value[1:-1]
        if value[0] not in inner and value[-1] not in inner:
            value = inner  # `«Magaryf»`; not `“A” and “B”`
    return _SENTENCE_END.sub("", value)


def _spans(text: LabelledText) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in text.spans:
        written = " ".join(text.text[span.start : span.end].split())
        found.setdefault(span.label, []).append(written)
    return found


def _ellipsis_after(text: LabelledText, key: str) -> str:
    """A closing ellipsis glued to a work's one span (a short form's `Aýna listi…, s. 12`):
    the title as written, which the README scores the same and the parser keeps."""
    (span,) = (s for s in text.spans if s.label == key)
    after = text.text[span.end : span.end + 3]
    return next((mark for mark in ("…", "...") if after.startswith(mark)), "")


def _written_name(person: dict[str, str], written: str) -> Name:
    """A person as the note writes them: the family as written, the rest the given part."""
    if "literal" in person:
        return Name(literal=written)
    family = person.get("family", "")
    # the family as a word of its own (`Gülfeza Gül`: not the `Gül` inside the given name)
    found = re.search(rf"(?<!\w){re.escape(family.upper())}(?!\w)", written.upper())
    at = found.start() if found and family else written.upper().find(family.upper())
    if not family or at < 0:
        return Name(family=family, given=person.get("given"))
    given = (written[:at] + " " + written[at + len(family) :]).strip(" ,")
    full = person.get("given", "")
    if full and given == initials(full, dots=False):
        given = initials(full)  # Vancouver's run-together `ИИ` are the initials `И. И.`
    return Name(family=written[at : at + len(family)], given=given or None)


def _span_of(person: dict[str, str], spans: list[str], used: set[int]) -> str:
    """The first span not yet taken that writes this person as a word (GOST writes the first
    author twice: a later author's span is after both)."""
    key = (person.get("family") or person.get("literal", "")).upper()
    for i, span in enumerate(spans):
        if i not in used and key and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", span.upper()):
            used.add(i)
            return span
    return ""


def _newspapers() -> frozenset[str]:
    p = [pools(lang) for lang in LANGS]
    return frozenset(v for q in p for v in (*q.get("newspapers"), *q.large.get("newspapers", ())))


_PAPERS = _newspapers()


def _site_hosts() -> dict[str, str]:
    """The generator's sites' names and their hosts (`Dışişleri Bakanlığı` → `mfa.gov.tr`)."""
    hosts: dict[str, str] = {}
    for lang in LANGS:
        q = pools(lang)
        for site in (*q.get("sites"), *q.large.get("sites", ())):
            name, _, host = site.partition("|")
            hosts.setdefault(name, host)
    return hosts


_SITE_HOSTS = _site_hosts()


def _archived(item: dict[str, Any], text: str) -> bool:
    """Whether a note writes its archive: the archive's name, or its shelf mark's numbers."""
    flat = " ".join(text.split())
    numbers = re.findall(r"\d+", str(item.get("archive_location", "")))
    marks = ".*?".join(rf"(?<!\d){n}(?!\d)" for n in numbers)
    return str(item.get("archive", "\0")) in flat or bool(numbers and re.search(marks, flat))


# what a note writes beside a title, names and pages that tells what the work is: a short form
# writing none of them gives the README no basis for a type
_BASIS = frozenset(
    {
        "container-title",
        "collection-title",
        "publisher",
        "publisher-place",
        "issued",
        "URL",
        "DOI",
        "ISBN",
        "genre",
        "volume",
        "issue",
        "edition",
        "number-of-pages",
        "archive",
        "archive_location",
        "number",
        "authority",
        "event-title",
        "medium",
    }
)


def _type(item: dict[str, Any], text: LabelledText, parsed: Citation) -> str:
    """The item's type, a page's as the corpus README types it (see the module's docstring);
    the parsed type (unscored, as the README leaves a type the note gives no basis for) for
    an archival document whose note writes no archive, or a thesis whose note writes no
    thesis word."""
    kind = str(item.get("type", "webpage"))
    if not _BASIS.intersection(_spans(text)):
        return parsed.type or kind  # a short form (`Kaplan, “Title”, 438-465.`) tells none
    if (kind == "manuscript" and not _archived(item, text.text)) or (
        kind == "thesis" and "genre" not in _spans(text)
    ):
        return parsed.type or kind
    if kind not in ("webpage", "article-newspaper"):
        return kind
    container = str(item.get("container-title", ""))
    if container in _PAPERS:
        return "article-newspaper"  # a newspaper's name, whatever site the address is of
    # the address, or (the note writes none) the host of the site the container names
    url = str(item.get("URL") or _SITE_HOSTS.get(container) or "")
    if not url and "." in container and " " not in container:
        url = container  # a site named by its address: `bp.gov.tm`
    return news_type(url) if url else kind


def gold_citation(item: dict[str, Any], text: LabelledText, parsed: Citation) -> Citation:
    """The item as the note writes it, as a `Citation` (see the module's docstring)."""
    written = _spans(text)
    record: dict[str, Any] = {"type": _type(item, text, parsed)}
    if item.get("language"):
        record["language"] = item["language"]
    for key, value in item.items():
        if key not in LABELS or key in _NAMES:
            continue
        spans = written.get(key, [])
        if key in _DATES:
            parts = value["date-parts"][0]
            read = parse_date(spans[0], item.get("language")) if len(spans) == 1 else None
            shown = len(read.parts()) if read is not None else len(parts)
            record[key] = {"date-parts": [parts[:shown]]}
        else:
            record[key] = spans[0] if len(spans) == 1 else value
            if key in ("title", "container-title") and len(spans) == 1:
                record[key] = _unquoted(record[key]) + _ellipsis_after(text, key)
            if key == "edition" and re.fullmatch(r"\d+\.", record[key]):
                record[key] = record[key][:-1]  # "3. baskı": the period is the ordinal's
    for work in ("title", "container-title"):
        title = str(record.get(work, ""))
        if (found := _VOLUME_EDGE.search(title)) and "volume" not in record:
            # the pool's title (or host's) writes a volume: the README's volume without its
            # label, "Т. 3" → 3
            record[work] = title.replace(found.group(0), "", 1).strip(" .,:")
            record["volume"] = found.group("n") or found.group("n2")
    gold = from_csl(record)
    names: dict[str, Any] = {}
    for key, attr in _NAMES.items():
        people, spans = item.get(key, []), written.get(key, [])
        if people:
            used: set[int] = set()
            shown = [(p, _span_of(p, spans, used)) for p in people]
            # a person the note leaves out (`et al.` after the first three) is not in the record
            names[attr] = tuple(_written_name(p, w) for p, w in shown if w)
    unscored = {attr: getattr(parsed, attr) for attr in _UNSCORED}
    if "title" not in written:
        # the README's language is the title's, unscored when the note writes none (an
        # archive's shelf mark alone, `ҚР ОМА. Ф. 1599. Оп. 19.`): the parsed language
        unscored["language"] = parsed.language
    return evolve(gold, **names, **unscored)


def _table(title: str, rows: dict[str, list[int]]) -> None:
    print(f"\n| {title} | notes | GOST | Chicago | İSNAD | all three |")
    print("|---|---|---|---|---|---|")
    for key in sorted(rows, key=lambda k: (-rows[k][0], k)):
        n, *same = rows[key]
        cells = " | ".join(f"{s / n:.1%}" for s in same)
        print(f"| {key} | {n} | {cells} | {sum(same) / (3 * n):.1%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1500, help="generated notes (default 1500)")
    parser.add_argument("--seed", type=int, default=77, help="seed (default 77; never 1)")
    parser.add_argument("--show", type=int, default=0, help="print this many differing notes")
    parser.add_argument("--family", help="only notes of families whose name starts so")
    args = parser.parse_args()
    by_style = dict.fromkeys(STYLES, 0)
    by_family: dict[str, list[int]] = {}
    by_lang: dict[str, list[int]] = {}
    causes: Counter[str] = Counter()
    total = differing_notes = shown = same_typed = 0
    for sample in generate_samples(args.n, seed=args.seed, dev_values=False):
        family = "csl" if sample.family.startswith("csl:") else sample.family
        if len(sample.items) > 1 or (args.family and not family.startswith(args.family)):
            continue
        note = parse_note(1, sample.text.text, location=Location(path="synthetic"))
        parsed = note.citations[0] if note.citations else Citation()
        gold = gold_citation(sample.items[0], sample.text, parsed)
        total += 1
        row = [1] + [0] * len(STYLES)
        entries: list[str] = []
        for i, style in enumerate(STYLES):
            ours = format_bibliography([parsed], style=style)
            theirs = format_bibliography([gold], style=style)
            row[i + 1] = int(ours == theirs)
            by_style[style] += row[i + 1]
            if ours != theirs:
                entries.append(f"  {style}\n    parsed {ours}\n    gold   {theirs}")
        for table, key in ((by_family, family), (by_lang, sample.lang)):
            table[key] = [a + b for a, b in zip(table.get(key, [0] * 4), row, strict=True)]
        typed = evolve(gold, type=parsed.type)
        same_typed += sum(
            format_bibliography([parsed], style=s) == format_bibliography([typed], style=s)
            for s in STYLES
        )
        if not entries:
            continue
        differing_notes += 1
        mine, theirs_csl = to_csl(parsed), to_csl(gold)
        keys = sorted(k for k in (set(mine) | set(theirs_csl)) if mine.get(k) != theirs_csl.get(k))
        causes.update(keys or ["(same record, other entry)"])
        if shown < args.show:
            shown += 1
            print("=" * 80, f"\n{sample.family} {sample.lang} | {sample.text.text}")
            for key in keys:
                print(f"  {key}: parsed {mine.get(key)!r}\n  {' ' * len(key)}  gold   "
                      f"{theirs_csl.get(key)!r}")  # fmt: skip
            print("\n".join(entries))
    print(f"seed {args.seed}: {total} single-source generated notes; entries identical to gold")
    for style in STYLES:
        print(f"  {style:28s} {by_style[style] / total:6.1%}")
    print(f"  {'all three':28s} {sum(by_style.values()) / (3 * total):6.1%}")
    print(f"  {'all three, gold of our type':28s} {same_typed / (3 * total):6.1%}")
    _table("family", by_family)
    _table("language", by_lang)
    print(f"\n| variable that differs ({differing_notes} notes differ) | notes |\n|---|---|")
    for key, count in causes.most_common():
        print(f"| {key} | {count} |")


if __name__ == "__main__":
    main()
