"""The rule registry and what a rule sees: kept apart so rule modules can import it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping

from attrs import field, frozen

from citekit._text import fold
from citekit.citations import written
from citekit.citations._words import patterns
from citekit.languages import Language, available_languages, language
from citekit.links.results import LinkResult
from citekit.model import Citation, Document, Edit, Note, NoteKind, Severity

__all__ = [
    "RULES",
    "CheckConfig",
    "Context",
    "Hit",
    "Rule",
    "cited",
    "find_label",
    "label_language",
    "rule",
]


@frozen(kw_only=True)
class CheckConfig:
    """What the house wants: rules on or off and their severities, the edition language,
    the access-date label per language and the date format notes should use."""

    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(factory=dict)
    edition_language: str | None = None
    today: dt.date | None = None
    labels: Mapping[str, str] = field(factory=dict)
    date_format: str | None = None
    article_date: dt.date | None = None
    required: frozenset[str] = frozenset()  # "url", "accessed", "title": the house wants them
    # Language data from files (`citekit.load_language`), consulted before the shipped languages:
    # a language citekit does not ship is data alone.
    languages: tuple[Language, ...] = ()


@frozen
class Context:
    """What a rule needs besides the document."""

    document: Document
    edition: Language | None
    today: dt.date
    config: CheckConfig
    links: Mapping[str, LinkResult] | None = None

    def preferred_label(self) -> str | None:
        """The access-date label the house writes in the edition's language."""
        if self.edition is None:
            return None
        return self.config.labels.get(self.edition.code) or self.edition.terms.get("accessed")


@frozen
class Hit:
    """What a rule reports: the note (None for the document), a message, a hint, fixes."""

    note: Note | None
    message: str
    hint: str | None = None
    fixes: tuple[Edit, ...] = ()


RuleFunc = Callable[[Document, Context], Iterator[Hit]]


@frozen
class Rule:
    """A registered rule: id, default severity, one-line summary and the check itself."""

    id: str
    severity: Severity
    summary: str
    func: RuleFunc


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, summary: str) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule under `rule_id`."""

    def register(func: RuleFunc) -> RuleFunc:
        RULES[rule_id] = Rule(rule_id, severity, summary, func)
        return func

    return register


def cited(doc: Document) -> Iterator[tuple[Note, Citation]]:
    """Each citation of the document's citation notes (not ibid or op. cit.), with its note."""
    for note in doc.notes:
        if note.kind is NoteKind.CITATION:
            for citation in note.citations:
                yield note, citation


def label_language(label: str) -> str | None:
    """The language whose data lists this access-date label."""
    key = fold(label)
    for code in available_languages():
        if any(fold(w) == key for w in language(code).words.accessed):
            return code
    return None


def find_label(text: str) -> str | None:
    """The access-date label a note uses, as written (`дата\u00adобращения`, `дaта` with a
    Latin a: found as the note parser finds it)."""
    return written(patterns().accessed, text)
