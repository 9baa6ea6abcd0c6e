from __future__ import annotations

from pathlib import Path

import citekit
from tests.conftest import DATA, EXAMPLE

DOCX = DATA / "corpus" / "documents" / "tm-makala-docx.tk.docx"


def test_all_is_sorted_and_complete() -> None:
    assert sorted(citekit.__all__) == citekit.__all__
    for name in citekit.__all__:
        assert hasattr(citekit, name), name


def test_the_style_guide_example_works() -> None:
    doc = citekit.read_document("examples/ankasam-tokayev-visit-turkmenistan.txt")
    first = doc.notes[0].citations[0]
    assert (first.container, first.url) == ("Biznes Türkmenistan", None)
    assert citekit.to_csl(first)["accessed"] == {"date-parts": [[2021, 10, 25]]}
    assert citekit.PartialDate(2021, 10, 25) == citekit.parse_date("25 октября 2021 г.")
    assert citekit.detect_language("Қасым-Жомарт Тоқаев пен Гурбангулы Бердімұхамедов") == "kk"


# Functions whose later parameters are inputs rather than options, kept positional (with why).
POSITIONAL = {
    "parse_date": "parse_date(text, lang): the language is part of what is read",
    "read_date": "read_date(text, lang): as parse_date",
    "parse_citation": "parse_citation(text, links): the note's links are part of the input",
    "plan_fixes": "plan_fixes(data, document, findings): three inputs, no options",
}


def test_all_lists_exactly_the_lazy_exports() -> None:
    assert sorted(citekit.__all__) == sorted({*citekit._EXPORTS, "__version__"})
    assert sorted(set(dir(citekit)) & set(citekit.__all__)) == sorted(citekit.__all__)


def test_options_are_keyword_only_and_typed() -> None:
    import inspect

    loose = []
    for name in citekit.__all__:
        value = getattr(citekit, name)
        if not inspect.isfunction(value):
            continue
        assert value.__doc__, name
        params = list(inspect.signature(value).parameters.values())
        assert all(p.annotation is not inspect.Parameter.empty for p in params), name
        later = [p.name for p in params[1:] if p.kind is not p.KEYWORD_ONLY]
        if later and name not in POSITIONAL:
            loose.append(f"{name}: {later}")
    assert loose == []


def test_the_three_uses_are_one_call_each(tmp_path: Path) -> None:
    # 1. check an article before it goes live
    findings = citekit.check(citekit.read_document(EXAMPLE))
    assert any(f.severity is citekit.Severity.ERROR for f in findings)
    # 2. a reference list from a DOCX
    doc = citekit.read_document(DOCX)
    sources = [c for note in doc.notes for c in note.citations]
    entries = citekit.format_bibliography(sources, style="apa")
    assert len(entries) == len({c.url for c in sources})
    assert any("turkmenmetbugat" in entry for entry in entries)
    # 3. fixes, planned and applied
    article = tmp_path / "article.txt"
    article.write_bytes(EXAMPLE.read_bytes())
    planned = citekit.apply_fixes(article, dry_run=True)
    assert planned.changed is True
    assert article.read_bytes() == EXAMPLE.read_bytes()
    applied = citekit.apply_fixes(article)
    assert article.read_bytes() == applied.fixed != EXAMPLE.read_bytes()
    assert citekit.apply_fixes(article).changed is False


def test_editions_and_config_from_python(tmp_path: Path) -> None:
    edition = citekit.plan_edition(EXAMPLE, target="ru")
    assert "дата обращения" in edition.fixed.decode()
    assert edition.skipped == ()
    docx = citekit.plan_edition(DOCX, target="ru")
    assert (docx.changed, len(docx.skipped) > 0) == (False, True)
    (tmp_path / "citekit.toml").write_text('disable = ["missing-url"]\n', encoding="utf-8")
    found = citekit.find_config(tmp_path)
    assert found == tmp_path / "citekit.toml"
    settings = citekit.load_config(found)
    assert isinstance(settings, citekit.Settings)
    findings = citekit.check(citekit.read_document(EXAMPLE), config=settings.check)
    assert "missing-url" not in {f.rule for f in findings}
