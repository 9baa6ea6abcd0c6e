"""Reference entries made from parsed notes against entries made from the hand-labelled records.

For each labelled note that cites something, the first source is formatted in GOST 7.0.5,
Chicago (notes-bibliography) and İSNAD (footnote edition) twice: from the record the parser
made, and from the gold record; the figure is the share of identical entries. This is what a
user asking for "a reference list from my article's notes" gets right.

Run: uv run python benchmarks/refs_from_notes.py [notes-dev.jsonl] [--part tune|held] [--show]

`--part` keeps the sources of one part of the file's split by source (a source is held out when
the SHA-1 of its name is divisible by 3: study errors on `tune`, score `held` once); `--show`
prints each differing pair of entries with the fields that differ.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

from _common import DATA, load_jsonl
from citekit.citations import parse_note
from citekit.citations.names import to_name
from citekit.csl import to_csl
from citekit.model import Citation, Location, PartialDate
from citekit.styles import format_bibliography

sys.path.insert(0, str(Path(__file__).parent.parent))  # the repository, for tests.scoring
from tests.scoring import gold_language, note_links

STYLES = ("gost-r-7-0-5-2008", "chicago-notes-bibliography", "isnad-dipnotlu")


def _date(value: Any) -> PartialDate | None:
    return PartialDate.from_iso(value) if isinstance(value, str) and value else None


# the gold keys whose spacing and closing period make no other work, body or place
_NAMED = frozenset({"title", "container", "publisher", "place"})


def _bare(value: Any) -> Any:
    """A string without its runs of spaces and its closing period (the marks the official
    scorer's `norm_str` ignores, narrowed to spacing and a period)."""
    if not isinstance(value, str):
        return value
    text = re.sub(r"\s+", " ", value).strip()
    while text.endswith((".", " ")):
        text = text[:-1]
    return text


def _language(gold: dict[str, Any], parsed: str | None) -> str | None:
    """The gold language; the corpus's "other" (a language not among its five) is the parsed
    code when that is another language too (`uk`, `az`, `de`), as the official scorer counts."""
    code = gold.get("language", parsed)
    if code == "other" and parsed is not None and gold_language(parsed) == "other":
        return parsed
    return code if isinstance(code, str) else None


def gold_citation(gold: dict[str, Any], parsed: Citation) -> Citation:
    """The gold record as a `Citation` (a key the annotator left out takes the parsed value).

    A gold name of a work or a body (title, host, publisher, place) that is the parsed one but
    for spacing and a closing period (`М .` for the note's `М .:`, a title annotated without
    the period of its closing `гг.`) takes the parsed form: the official scorer counts them
    equal, and the entries must not differ for them. Numbers and addresses keep the gold's (the
    period of `3.` makes an edition no number; one closing an address is another link)."""

    def get(key: str, fallback: Any) -> Any:
        value = gold.get(key, fallback)
        if (
            key in _NAMED
            and isinstance(value, str)
            and isinstance(fallback, str)
            and _bare(value) == _bare(fallback)
        ):
            return fallback
        return value

    publisher = get("publisher", parsed.publisher)
    container = get("container", parsed.container)
    if container is not None and _bare(container) == _bare(publisher):
        container = None  # the corpus writes a book's publisher as its container too
    return Citation(
        type=get("type", parsed.type) or parsed.type,
        title=get("title", parsed.title),
        authors=tuple(to_name(a) for a in gold["author"]) if "author" in gold else parsed.authors,
        editors=tuple(to_name(a) for a in gold["editor"]) if "editor" in gold else parsed.editors,
        translators=(
            tuple(to_name(a) for a in gold["translator"])
            if "translator" in gold
            else parsed.translators
        ),
        container=container,
        # the schema has no series or genre key: like any key left out, they are unscored
        collection_title=parsed.collection_title,
        genre=parsed.genre,
        # nor a law's number and article or an archive and its shelf mark: unscored too
        number=parsed.number,
        section=parsed.section,
        archive=parsed.archive,
        archive_location=parsed.archive_location,
        publisher=publisher,
        publisher_place=get("place", parsed.publisher_place),
        url=get("url", parsed.url),
        doi=get("doi", parsed.doi),
        accessed=_date(gold["accessed"]) if "accessed" in gold else parsed.accessed,
        issued=_date(gold["issued"]) if "issued" in gold else parsed.issued,
        page=get("pages", parsed.page),
        volume=get("volume", parsed.volume),
        issue=get("issue", parsed.issue),
        edition=get("edition", parsed.edition),
        isbn=get("isbn", parsed.isbn),
        number_of_pages=get("extent", parsed.number_of_pages),
        language=_language(gold, parsed.language),
    )


def parsed_citation(record: dict[str, Any]) -> Citation | None:
    """The first source of the record's note, parsed with the links its HTML carries (as
    `citekit` reads a note from an HTML or DOCX document, and as the corpus scorer does)."""
    note = parse_note(1, record["note"], location=Location(path="refs"), links=note_links(record))
    return note.citations[0] if note.citations else None


def held_out(source: str) -> bool:
    """Whether a source belongs to the held-out part of the split by source."""
    return int(hashlib.sha1(source.encode()).hexdigest(), 16) % 3 == 0


def _show(record: dict[str, Any], ours: Citation, theirs: Citation, entries: list[str]) -> None:
    print("=" * 80)
    print(record["id"], "|", record["note"])
    mine, gold = to_csl(ours), to_csl(theirs)
    for key in sorted((set(mine) | set(gold)) - {"id"}):
        if mine.get(key) != gold.get(key):
            print(
                f"  {key}: parsed {mine.get(key)!r}\n  {' ' * len(key)}  gold   {gold.get(key)!r}"
            )
    print("\n".join(entries))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = DATA / "corpus" / "notes-dev.jsonl"
    parser.add_argument("path", nargs="?", type=Path, default=default)
    parser.add_argument("--part", choices=("tune", "held"), help="one part of the source split")
    parser.add_argument("--show", action="store_true", help="print each differing pair")
    args = parser.parse_args()
    records = [r for r in load_jsonl(args.path) if r["gold"].get("kind") == "citation"]
    if args.part is not None:
        records = [r for r in records if held_out(r["source"]) == (args.part == "held")]
    same = dict.fromkeys(STYLES, 0)
    total = 0
    for record in records:
        parsed = parsed_citation(record) or Citation()
        gold = gold_citation(record["gold"], parsed)
        total += 1
        differing: list[str] = []
        for style in STYLES:
            ours = format_bibliography([parsed], style=style)
            theirs = format_bibliography([gold], style=style)
            same[style] += int(ours == theirs)
            if ours != theirs:
                differing += [f"  {style}\n    parsed {ours}\n    gold   {theirs}"]
        if args.show and differing:
            _show(record, parsed, gold, differing)
    part = f" ({args.part} part of the split by source)" if args.part else ""
    print(f"{args.path.name}{part}: {total} citing notes; entries identical to the gold record's")
    for style in STYLES:
        print(f"  {style:28s} {same[style] / total:6.1%}")
    print(f"  {'all three':28s} {sum(same.values()) / (3 * total):6.1%}")


if __name__ == "__main__":
    main()
