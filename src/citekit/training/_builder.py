"""Build a `LabelledText` piece by piece: each value is appended with the variable that wrote it.

Families never count characters: they append text, and the builder records where each labelled
value starts and ends, so a span is by construction the exact text of its value.
"""

from __future__ import annotations

from citekit.model import LabelledSpan, LabelledText

__all__ = ["Builder"]


class Builder:
    """A growing string and the spans of the values in it (not shared between threads)."""

    __slots__ = ("_parts", "_size", "_spans")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._spans: list[LabelledSpan] = []
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def text(self, piece: str) -> Builder:
        """Append unlabelled text (punctuation, terms, labels such as "С." or "Cilt")."""
        if piece:
            self._parts.append(piece)
            self._size += len(piece)
        return self

    def value(self, piece: str, label: str) -> Builder:
        """Append `piece` as the value of the CSL variable `label`."""
        if piece:
            start = self._size
            self.text(piece)
            self._spans.append(LabelledSpan(start, self._size, label))
        return self

    def extend(self, other: LabelledText) -> Builder:
        """Append a whole labelled text, shifting its spans."""
        at = self._size
        self.text(other.text)
        self._spans.extend(LabelledSpan(s.start + at, s.end + at, s.label) for s in other.spans)
        return self

    def ends_with(self, chars: str) -> bool:
        """Whether the text so far ends with one of `chars` (to avoid doubled punctuation)."""
        return bool(self._parts) and self._parts[-1][-1:] in chars

    def build(self) -> LabelledText:
        """The labelled text made so far."""
        return LabelledText("".join(self._parts), tuple(self._spans))
