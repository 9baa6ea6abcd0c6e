"""Field-level scoring of parsed notes against the corpus gold, by the corpus README's rules."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import lxml.html

from citekit.citations import parse_note, resolve_references
from citekit.model import Location, NoteKind

FIELDS = (
    "kind",
    "ibid_of",
    "language",
    "title",
    "author",
    "container",
    "url",
    "accessed",
    "issued",
    "pages",
)
_STRIP = "“”«»„\"'‘’()[]"
_TRAIL = ".,;:…·"


def norm(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()
    while text and (text[0] in _STRIP or text[-1] in _STRIP + _TRAIL):
        text = text[1:] if text[0] in _STRIP else text[:-1]
        text = text.strip()
    return text


def predict(record: dict[str, Any]) -> dict[str, Any]:
    """What citekit says of one corpus record, in the gold's shape."""
    loc = Location(path="corpus")
    prev = [parse_note(i + 1, t, location=loc) for i, t in enumerate(record["prev"])]
    links: tuple[str, ...] = ()
    if record.get("note_html"):
        root = lxml.html.fragment_fromstring(record["note_html"], create_parent="div")
        links = tuple(a.get("href") for a in root.iter("a") if a.get("href", "").startswith("http"))
    note = parse_note(len(prev) + 1, record["note"], location=loc, links=links)
    note = resolve_references([*prev, note])[-1]
    pred: dict[str, Any] = {
        "kind": str(note.kind),
        "ibid_of": note.refers_to - 1 if note.refers_to else None,
        "pages": note.page,
    }
    first = note.citations[0] if note.citations else None
    if first is not None:
        pred["author"] = [str(n) for n in first.authors]
    if first is not None and note.kind in (NoteKind.CITATION, NoteKind.COMMENT):
        pred.update(
            title=first.title,
            container=first.container,
            url=first.url,
            accessed=first.accessed.isoformat() if first.accessed else None,
            issued=first.issued.isoformat() if first.issued else None,
            pages=first.page,
            language=first.language,
        )
    return pred


def score(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Micro P/R/F1 overall, per field and per language."""
    counts: dict[str, Counter[str]] = {}

    def add(key: str, kind: str, n: int = 1) -> None:
        counts.setdefault(key, Counter())[kind] += n

    for record in records:
        gold, pred = record["gold"], predict(record)
        lang = gold.get("language") or record.get("doc_lang")
        for field in FIELDS:
            if field not in gold:
                continue
            g, p = gold[field], pred.get(field)
            if field == "author":
                gs = Counter(norm(a) for a in g or [])
                ps = Counter(norm(a) for a in p or [])
                tp = sum((gs & ps).values())
                res = {"tp": tp, "fp": sum(ps.values()) - tp, "fn": sum(gs.values()) - tp}
            else:
                g, p = norm(g), norm(p)
                g = None if g in ("", None) else g
                p = None if p in ("", None) else p
                res = {
                    "tp": int(g is not None and p == g),
                    "fp": int(p is not None and p != g),
                    "fn": int(g is not None and p != g),
                }
            for key in ("overall", f"field:{field}", f"lang:{lang}"):
                for kind, n in res.items():
                    add(key, kind, n)
    result = {}
    for key, c in counts.items():
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        result[key] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
    return result
