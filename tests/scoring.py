"""Scoring parsed notes against the corpus gold, with the corpus's own scorer.

`predict` turns one corpus record into the gold's shape (schema v2); `score` writes the
predictions and runs ``tests/data/corpus/score_notes.py`` (the official scorer, copied with the
corpus) on them, returning its JSON report.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import lxml.html

from citekit.citations import parse_note, resolve_references
from citekit.citations.tagger import Tagger
from citekit.citations.type_model import TypeModel
from citekit.model import Location, Note, NoteKind
from tests.scripts import load_script

SCORER = Path(__file__).parent / "data" / "corpus" / "score_notes.py"
# the corpus labels a title's language among these five, any other as "other" (its README)
GOLD_LANGUAGES = frozenset({"tr", "ru", "kk", "tk", "en"})


def gold_language(code: str | None) -> str | None:
    """citekit's language code as the corpus labels it: `uk`, `az`, `de` … are "other"."""
    return code if code is None or code in GOLD_LANGUAGES else "other"


def note_links(record: dict[str, Any]) -> tuple[str, ...]:
    """The web addresses a corpus record's note links to in its HTML, as the readers find them."""
    if not record.get("note_html"):
        return ()
    root = lxml.html.fragment_fromstring(record["note_html"], create_parent="div")
    return tuple(a.get("href") for a in root.iter("a") if a.get("href", "").startswith("http"))


def _ibid_of(note: Note, before: int) -> int | None:
    """The gold's `ibid_of` of a parsed note: the index into `prev` of the note it repeats;
    -1 for an ibid or op. cit. whose source is in none of the `before` notes given (it came
    earlier: the corpus README's convention, e.g. tk-c017); None for other notes, and when no
    note was given before it."""
    if note.refers_to:
        return note.refers_to - 1
    if before and note.kind in (NoteKind.IBID, NoteKind.OPCIT):
        return -1
    return None


def predict(
    record: dict[str, Any], *, tagger: Tagger | None = None, types: TypeModel | None = None
) -> dict[str, Any]:
    """What citekit says of one corpus record, in the gold's shape."""
    loc = Location(path="corpus")
    prev = [
        parse_note(i + 1, t, location=loc, tagger=tagger, types=types)
        for i, t in enumerate(record["prev"])
    ]
    note = parse_note(
        len(prev) + 1,
        record["note"],
        location=loc,
        links=note_links(record),
        tagger=tagger,
        types=types,
    )
    note = resolve_references([*prev, note])[-1]
    pred: dict[str, Any] = {
        "kind": str(note.kind),
        "ibid_of": _ibid_of(note, len(prev)),
        "pages": note.page,
    }
    first = note.citations[0] if note.citations else None
    if first is not None:
        pred["author"] = [str(n) for n in first.authors]
    if first is not None and note.kind in (NoteKind.CITATION, NoteKind.COMMENT):
        pred.update(
            title=first.title,
            container=first.container or first.publisher,
            url=first.url,
            accessed=first.accessed.isoformat() if first.accessed else None,
            issued=first.issued.isoformat() if first.issued else None,
            pages=first.page,
            language=gold_language(first.language),
            type=first.type,
            publisher=first.publisher,
            place=first.publisher_place,
            volume=first.volume,
            issue=first.issue,
            edition=first.edition,
            doi=first.doi,
            isbn=first.isbn,
            editor=[str(n) for n in first.editors],
            translator=[str(n) for n in first.translators],
            extent=first.number_of_pages,
        )
    return pred


@functools.cache
def _scorer() -> Any:
    return load_script(SCORER)


def norm(value: Any) -> Any:
    """A value as the official scorer compares strings (whitespace, quotes, trailing marks)."""
    return _scorer().norm_str(value) if isinstance(value, str) else value


def score(records: Sequence[dict[str, Any]], *, tagger: Tagger | None = None) -> dict[str, Any]:
    """The official scorer's report (fields, languages, overall, overall_v2) for `records`."""
    return score_predictions(records, [predict(r, tagger=tagger) for r in records])


def score_predictions(
    records: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
) -> dict[str, Any]:
    """The official scorer's report for predictions made elsewhere (one per record)."""
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred, out = (Path(tmp) / n for n in ("gold.jsonl", "pred.jsonl", "out.json"))
        gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        rows = [{"id": r["id"], "pred": p} for r, p in zip(records, predictions, strict=True)]
        pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            _scorer().main([str(gold), str(pred), "--json", str(out)])
        report: dict[str, Any] = json.loads(out.read_text("utf-8"))
    return report


def _f1(figures: dict[str, Any]) -> str:
    """A field's F1, or why it has none: every note right with no value on either side (the
    part holds no ibid, say) scores F1 0 in the official scorer, which is no failure."""
    if figures["f1"] == 0.0 and figures.get("accuracy") == 1.0:
        return "n/a (no value in the gold nor in the parse)"
    return f"{figures['f1']:.3f}"


def summary(report: dict[str, Any]) -> str:
    """One line per figure: v1 and v2 F1, type accuracy, per-language F1."""
    fields = report["fields"]
    lines = [
        f"v1 F1 {report['overall']['f1']:.3f}",
        f"v2 F1 {report.get('overall_v2', {}).get('f1', 0.0):.3f}",
        f"type accuracy {fields.get('type', {}).get('accuracy', 0.0):.3f}",
    ]
    lines += [f"  {k:<12} F1 {_f1(v)}" for k, v in sorted(fields.items())]
    lines += [f"  lang {k:<7} F1 {v['f1']:.3f}" for k, v in sorted(report["languages"].items())]
    return "\n".join(lines)
