"""Short forms resolved to the earlier source they repeat (`repeated_sources`): what each
resolves to, and that the work of resolving grows with the notes, not with their square (each
short form looks up its author's sources in an index, not every earlier note)."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest
from attrs import evolve

from citekit.citations import parse_note, references, repeated_sources, resolve_references
from citekit.model import Location, Note, NoteKind
from tests.linear import assert_linear

_FULL = (
    "Alexander Cooley, Great Games, Local Rules: The New Great Power Contest in Central Asia "
    "(Oxford: Oxford University Press, 2012), 45.",
    "Olivier Roy, The New Central Asia: The Creation of Nations (London: I.B. Tauris, 2000), 12.",
    "Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ (1300-1600), İstanbul: YKY, 2003, s. 45.",
    "Гумилев Л. Н. Хунну. М., 1960. 290 с.",
)
_SHORT = (
    "Cooley, Great Games, 61.",
    "Roy, The New Central Asia, 14.",
    "İnalcık, Osmanlı İmparatorluğu, s. 50.",
    "Cooley, Great Games, 61; Roy, The New Central Asia, 20.",
    "Ibid., 7; İnalcık, Osmanlı İmparatorluğu, s. 22.",
    "Roy, 52.",
    "Гумилев. Указ. соч. С. 5; Cooley. Ibid. P. 7.",
    "Bu konuda bkz. yazarın diğer çalışmaları.",
    "Там же. С. 8.",
    "Гумилев Л. Н. Указ. соч. С. 12.",
)


@functools.cache
def _parsed() -> tuple[tuple[Note, ...], tuple[Note, ...]]:
    def read(texts: tuple[str, ...]) -> tuple[Note, ...]:
        return tuple(
            parse_note(i + 1, t, location=Location(path="t.md", note=i + 1))
            for i, t in enumerate(texts)
        )

    return read(_FULL), read(_SHORT)


def _document(n: int) -> list[Note]:
    """The full notes, then `n` short forms and remarks among them, numbered in order."""
    full, short = _parsed()
    notes = list(full) + [short[i % len(short)] for i in range(n)]
    return [evolve(note, number=i + 1) for i, note in enumerate(notes)]


def test_short_forms_resolve_to_the_source_written_in_full() -> None:
    resolved = resolve_references(_document(len(_SHORT)))
    refs = {n.text: [c.refers_to for c in n.citations] for n in resolved[len(_FULL) :]}
    assert refs["Cooley, Great Games, 61."] == [1]
    assert refs["Roy, The New Central Asia, 14."] == [2]
    assert refs["İnalcık, Osmanlı İmparatorluğu, s. 50."] == [3]
    assert refs["Cooley, Great Games, 61; Roy, The New Central Asia, 20."] == [1, 2]
    assert refs["Ibid., 7; İnalcık, Osmanlı İmparatorluğu, s. 22."] == [2, 3]
    assert refs["Гумилев. Указ. соч. С. 5; Cooley. Ibid. P. 7."] == [4, 1]
    opcit = next(n for n in resolved if n.text == "Гумилев Л. Н. Указ. соч. С. 12.")
    assert (opcit.kind, opcit.refers_to) == (NoteKind.OPCIT, 11)  # the last note citing him
    roy = next(n for n in resolved if n.text == "Roy, 52.").citations[0]
    assert (roy.title, roy.page, str(roy.authors[0])) == (None, "52", "Roy")


def test_two_editions_leave_the_short_form_unresolved() -> None:
    texts = (
        "Ahmet Kaya, Türk Tarihi, İstanbul: Ötüken, 2003, s. 5.",
        "Ahmet Kaya, Türk Tarihi, Ankara: TTK, 2010, s. 9.",
        "Kaya, Türk Tarihi, s. 12.",
    )
    notes = [
        parse_note(i + 1, t, location=Location(path="t.md", note=i + 1))
        for i, t in enumerate(texts)
    ]
    assert resolve_references(notes)[2].citations[0].refers_to is None


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A counter of the look-ups of a source's authors and title (`_who`, `_heads`) and of
    an op. cit.'s author among the earlier notes (`references._surname`)."""
    calls = [0]
    for module, name in (
        (repeated_sources, "_who"),
        (repeated_sources, "_heads"),
        (references, "_surname"),
    ):
        original: Callable[..., object] = getattr(module, name)

        def counting(*args: object, _f: Callable[..., object] = original) -> object:
            calls[0] += 1
            return _f(*args)

        monkeypatch.setattr(module, name, counting)
    return calls


@pytest.mark.skipif(
    not str(repeated_sources.__file__).endswith(".py"), reason="compiled: no Python globals"
)
def test_resolving_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counted(monkeypatch)
    work = []
    for n in (150, 300, 600):
        document = _document(n)
        calls[0] = 0
        resolve_references(document)
        work.append(calls[0])
    assert work[0] > 0
    assert work[1] <= 2.2 * work[0], work
    assert work[2] <= 2.2 * work[1], work


def test_resolving_time_grows_linearly_compiled_or_not() -> None:
    """The same bound where look-ups cannot be counted (a compiled build): doubling the
    document's notes at most ~doubles the CPU time of resolving them (tests/linear.py)."""
    assert_linear(_document, resolve_references, 600)
