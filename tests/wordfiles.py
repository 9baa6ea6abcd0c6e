"""Word-processor files built in memory for the document tests: parts zipped, a DOCX's parts."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from typing import Final

W: Final = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def zipped(parts: Mapping[str, str]) -> bytes:
    """The bytes of a zip archive holding `parts` (name → text)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx(body: str, footnotes: str, *, section: str = "", settings: str | None = None) -> bytes:
    """A DOCX whose body holds `body`'s paragraphs and its section's properties `section`, with
    `footnotes`, and the document settings' properties `settings` when given."""
    parts = {
        "word/document.xml": f'<w:document xmlns:w="{W}"><w:body>{body}'
        f"<w:sectPr>{section}</w:sectPr></w:body></w:document>",
        "word/footnotes.xml": f'<w:footnotes xmlns:w="{W}">{footnotes}</w:footnotes>',
    }
    if settings is not None:
        parts["word/settings.xml"] = f'<w:settings xmlns:w="{W}">{settings}</w:settings>'
    return zipped(parts)
