"""`citekit notes --json`: the JSON contract for a document's notes and the sources they cite.

Its schema is published as ``docs/reference/schemas/notes.schema.json`` (docs/reference/json.md);
citations are CSL-JSON items (`citekit.csl.to_csl`).
"""

from __future__ import annotations

from typing import Any

from citekit.csl import to_csl
from citekit.model import Citation, Document, Note

__all__ = ["document_to_json", "note_to_json"]


def _citation(citation: Citation) -> dict[str, Any]:
    """A citation's CSL-JSON item, and the text the parser placed in no field, if any."""
    item = to_csl(citation)
    if citation.unparsed:
        item["unparsed"] = list(citation.unparsed)
    if citation.refers_to is not None:
        item["refers_to"] = citation.refers_to  # a short form among several sources
    return item


def note_to_json(note: Note) -> dict[str, Any]:
    """The JSON shape of one note (docs/reference/json.md)."""
    location = {
        k: v
        for k, v in (
            ("path", note.location.path),
            ("line", note.location.line),
            ("paragraph", note.location.paragraph),
            ("page", note.location.page),  # notes numbered again on each page
            ("mark", note.location.mark),  # a custom mark ("*") shown instead of a number
        )
        if v is not None
    }
    data: dict[str, Any] = {
        "number": note.number,
        "text": note.text,
        "kind": str(note.kind),
        "refers_to": note.refers_to,
        "location": location,
        "citations": [_citation(c) for c in note.citations],
    }
    if note.page is not None:
        data["page"] = note.page
    if note.volume is not None:
        data["volume"] = note.volume  # `Там же. Т. 2. С. 305.`: the volume cited again
    if not note.numbered:
        data["numbered"] = False  # an unnumbered list's entry, numbered by its place
    if note.section:
        data["section"] = note.section  # a chapter's note list that restarts the numbering
    return data


def document_to_json(doc: Document) -> dict[str, Any]:
    """The JSON shape of one document (docs/reference/json.md)."""
    return {
        "document": doc.path,
        "format": doc.format,
        "language": doc.language,
        "language_certain": doc.language_certain,
        "notes": [note_to_json(n) for n in doc.notes],
        "bibliography": [note_to_json(n) for n in doc.bibliography],
        "body_markers": list(doc.body_markers),
        "unmatched_markers": list(doc.unmatched_markers),
        "uncited_notes": list(doc.uncited_notes),
        "missing_numbers": list(doc.missing_numbers),
        "repeated_numbers": list(doc.repeated_numbers),
    }
