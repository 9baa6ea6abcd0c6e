"""The training-data generator: spans are the values' own text, output is seeded, every family
writes its fields, every language is there, and the script writes what the API yields."""

from __future__ import annotations

import itertools
import json
from collections import Counter
from pathlib import Path

import pytest

from citekit.model import LabelledSpan, LabelledText
from citekit.training import FAMILIES, LABELS, StyleSet, generate, generate_samples
from citekit.training.__main__ import main
from citekit.training.pools import LANGS, pools
from citekit.training.verify import problems

# what each family writes when an item has it (the variables a reader must learn from it)
FAMILY_FIELDS = {
    "gost-book": {
        "author",
        "title",
        "publisher-place",
        "publisher",
        "issued",
        "number-of-pages",
        "page",
        "ISBN",
        "translator",
        "editor",
        "edition",
        "volume",
    },
    "gost-article": {
        "author",
        "title",
        "container-title",
        "issued",
        "volume",
        "issue",
        "page",
        "DOI",
    },
    "gost-web": {"author", "title", "container-title", "issued", "URL", "accessed"},
    "gost-note": {
        "author",
        "title",
        "container-title",
        "editor",
        "publisher-place",
        "publisher",
        "issued",
        "page",
    },
    "gost-thesis": {"author", "title", "genre", "publisher-place", "issued", "number-of-pages"},
    "archive": {"title", "issued", "page"},
    "law-gost": {"genre", "issued", "title", "container-title", "issue", "URL", "accessed"},
    "kz-journal": {
        "author",
        "title",
        "container-title",
        "issued",
        "volume",
        "issue",
        "page",
        "DOI",
    },
    "kz-book": {
        "author",
        "title",
        "editor",
        "publisher-place",
        "publisher",
        "issued",
        "number-of-pages",
        "ISBN",
    },
    "wiki-book": {
        "author",
        "title",
        "editor",
        "translator",
        "edition",
        "publisher-place",
        "publisher",
        "issued",
        "volume",
        "number-of-pages",
        "page",
        "collection-title",
        "ISBN",
    },
    "wiki-article": {
        "author",
        "title",
        "container-title",
        "issued",
        "volume",
        "issue",
        "page",
        "DOI",
    },
    "wiki-web": {"author", "title", "container-title", "issued", "accessed"},
    "wiki-cs1": {"author", "title", "container-title", "issued", "accessed"},
    "wiki-publication": {"author", "title", "container-title", "issued", "URL", "accessed"},
    "dergipark": {"author", "title", "container-title", "issued", "volume", "issue", "page", "DOI"},
    "ru-references": {
        "author",
        "title",
        "container-title",
        "issued",
        "volume",
        "issue",
        "page",
        "DOI",
        "publisher-place",
        "publisher",
        "number-of-pages",
    },
    "short-note": {"author", "title", "page"},
    "harvard": {
        "author",
        "issued",
        "title",
        "container-title",
        "volume",
        "issue",
        "page",
        "DOI",
        "URL",
        "accessed",
        "edition",
        "publisher-place",
        "publisher",
    },
    "ieee": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "page",
        "issued",
        "DOI",
        "URL",
        "accessed",
        "publisher-place",
        "publisher",
    },
    "gost-part": {
        "author",
        "title",
        "container-title",
        "editor",
        "publisher-place",
        "publisher",
        "issued",
        "volume",
        "page",
    },
    "tr-part": {
        "author",
        "title",
        "container-title",
        "editor",
        "volume",
        "publisher",
        "publisher-place",
        "issued",
        "page",
    },
    "encyclopedia": {
        "author",
        "title",
        "container-title",
        "volume",
        "publisher-place",
        "issued",
        "page",
    },
    "isnad-note": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "issued",
        "page",
        "translator",
        "editor",
        "publisher-place",
        "publisher",
        "URL",
        "accessed",
        "genre",
        "DOI",
    },
    "isnad-bib": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "issued",
        "page",
        "publisher-place",
        "publisher",
        "URL",
        "accessed",
        "DOI",
        "editor",
        "translator",
        "edition",
    },
    "apa-tr-word": {
        "author",
        "issued",
        "title",
        "container-title",
        "volume",
        "issue",
        "page",
        "DOI",
        "publisher-place",
        "publisher",
        "URL",
        "accessed",
    },
    "tr-hand": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "issued",
        "page",
        "publisher",
        "publisher-place",
        "edition",
        "genre",
    },
    "kk-hand": {"author", "title", "publisher-place", "publisher", "issued", "page"},
    "tk-hand": {"author", "title", "publisher-place", "publisher", "issued", "page"},
    "law-tr": {"title", "container-title", "issue", "issued", "URL", "accessed"},
    "law-tk": {"genre", "title", "issued", "URL", "accessed"},
    "ankasam": {"author", "title", "container-title", "URL", "accessed"},
    "ruwiki": {
        "author",
        "title",
        "container-title",
        "issued",
        "accessed",
        "publisher-place",
        "publisher",
        "number-of-pages",
        "ISBN",
    },
    "ojs-ru": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "issued",
        "page",
        "URL",
        "accessed",
    },
    "web-hand": {"author", "title", "container-title", "issued", "URL", "accessed"},
    "export": {"title", "author", "container-title", "issued"},
    "vancouver": {
        "author",
        "title",
        "container-title",
        "issued",
        "volume",
        "issue",
        "page",
        "DOI",
        "publisher-place",
        "publisher",
        "accessed",
        "URL",
    },
    "press": {"author", "title", "container-title", "issued", "issue", "page"},
    "youtube": {"author", "issued", "title", "container-title", "URL", "accessed"},
    "chicago-note": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "issued",
        "page",
        "editor",
        "translator",
        "edition",
        "publisher-place",
        "publisher",
        "URL",
        "accessed",
    },
    "chicago-bib": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "issued",
        "page",
        "DOI",
        "editor",
        "translator",
        "publisher-place",
        "publisher",
        "URL",
    },
    "apa": {
        "author",
        "issued",
        "title",
        "container-title",
        "volume",
        "issue",
        "page",
        "DOI",
        "editor",
        "publisher",
        "URL",
        "accessed",
    },
    "mla": {
        "author",
        "title",
        "container-title",
        "volume",
        "issue",
        "issued",
        "page",
        "publisher",
        "URL",
        "accessed",
    },
    "journal-hand": {"author", "title", "container-title", "volume", "issue", "issued", "page"},
}


def test_every_family_is_listed_here() -> None:
    assert set(FAMILY_FIELDS) == set(FAMILIES)


def test_every_span_is_the_text_of_its_value() -> None:
    found = []
    for sample in generate_samples(2000, seed=1, noise=0.6, csl_share=0):
        found += [
            f"{sample.family}: {p}: {sample.text.text!r}"
            for p in problems(sample.text, sample.items)
        ]
    assert found == []


def test_spans_are_sorted_and_do_not_overlap() -> None:
    for text, _ in generate(2000, seed=2, csl_share=0):
        edges = [(s.start, s.end) for s in text.spans]
        assert edges == sorted(edges)
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(edges))
        assert all(s.label in LABELS for s in text.spans)


@pytest.mark.parametrize("family", sorted(FAMILY_FIELDS))
def test_each_family_writes_each_of_its_fields(family: str) -> None:
    seen = {
        s.label
        for sample in generate_samples(400, seed=5, families=[family])
        for s in sample.text.spans
    }
    assert FAMILY_FIELDS[family] - seen == set()


def test_the_item_holds_what_the_text_wrote_and_nothing_more() -> None:
    for sample in generate_samples(800, seed=6, noise=0.0, csl_share=0.2):
        labels = {s.label for s in sample.text.spans}
        item = sample.items[0]
        written = {k for k in item if k in LABELS}
        # with one source and no noise, every labelled variable of the item shows, and back
        assert written == labels, (sample.family, sample.text.text, item)


def test_by_default_a_share_of_notes_comes_from_csl_styles() -> None:
    families = [s.family for s in generate_samples(200, seed=17)]
    csl = sum(f.startswith("csl:") for f in families)
    assert 30 < csl < 90
    chosen = {s.family for s in generate_samples(50, seed=17, families=["apa"])}
    assert chosen == {"apa"}  # choosing families leaves the styles out


def test_same_seed_same_notes_and_another_seed_others() -> None:
    first = [s.to_json() for s in generate_samples(300, seed=7, csl_share=0)]
    again = [s.to_json() for s in generate_samples(300, seed=7, csl_share=0)]
    other = [s.to_json() for s in generate_samples(300, seed=8, csl_share=0)]
    assert first == again
    assert sum(a != b for a, b in zip(first, other, strict=True)) > 290


def test_all_languages_and_families_are_drawn() -> None:
    samples = list(generate_samples(3000, seed=9, csl_share=0))
    langs = Counter(s.lang for s in samples)
    assert set(langs) == set(LANGS)
    assert min(langs.values()) > 150
    assert {s.family for s in samples} == set(FAMILIES)


def test_languages_and_families_can_be_chosen() -> None:
    samples = list(generate_samples(200, seed=10, langs=("tk",), families=["gost-book", "ankasam"]))
    assert {s.lang for s in samples} == {"tk"}
    assert {s.family for s in samples} == {"gost-book", "ankasam"}
    with pytest.raises(ValueError, match="no family"):
        list(generate_samples(1, seed=1, langs=("en",), families=["kk-hand"]))


def test_noise_shows_only_when_asked() -> None:
    quiet = [s.text.text for s in generate_samples(500, seed=11, noise=0.0, csl_share=0)]
    samples = list(generate_samples(500, seed=11, noise=1.0, csl_share=0))
    noisy = [s.text.text for s in samples]
    assert not any("\u00a0" in t or "\n" in t for t in quiet)
    assert sum("\u00a0" in t for t in noisy) > 100
    assert sum("\n" in t for t in noisy) > 50
    several = [s for s in samples if len(s.items) > 1]
    assert len(several) > 20


def test_quote_marks_and_dashes_vary_only_when_asked() -> None:
    plain = list(generate_samples(400, seed=14, csl_share=0))
    varied = list(generate_samples(400, seed=14, csl_share=0, marks=1.0))
    changed = 0
    for a, b in zip(plain, varied, strict=True):
        assert a.text.spans == b.text.spans  # the same notes
        assert a.items == b.items
        assert len(a.text.text) == len(b.text.text)
        if a.text.text != b.text.text:
            changed += 1
            # only quote marks and spaced dashes differ, one style in each note
            pairs = {(x, y) for x, y in zip(a.text.text, b.text.text, strict=True) if x != y}
            assert all(x in "«»“”—–-" and y in '«»“”"—–-' for x, y in pairs)
    assert changed > 100
    with pytest.raises(SystemExit):
        main(["--n", "1", "--marks", "1.5"])


def test_labels_outside_the_chosen_set_are_left_unlabelled() -> None:
    for text, _ in generate(200, seed=12, labels=frozenset({"title"}), csl_share=0.5):
        assert {s.label for s in text.spans} <= {"title"}


def test_dev_values_can_be_kept_out() -> None:
    dev_titles = {t for lang in LANGS for t in pools(lang).dev.get("title", ())}
    titles = {
        item.get("title") for _, item in generate(3000, seed=13, dev_values=False, csl_share=0)
    }
    assert titles & dev_titles == set()


def test_a_wrong_span_is_reported() -> None:
    text = LabelledText("Ay, 2021.", (LabelledSpan(0, 3, "title"), LabelledSpan(4, 8, "issued")))
    item = {"type": "book", "title": "Ay", "issued": {"date-parts": [[2020]]}}
    assert len(problems(text, [item])) == 2


def test_the_script_writes_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    assert main(["--n", "50", "--seed", "3", "--out", str(out), "--lang", "kk"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    # the script's default: 30 % of the notes written by the built-in CSL styles
    samples = generate_samples(50, seed=3, langs=("kk",), styles=StyleSet(), csl_share=0.3)
    expected = [s.to_json() for s in samples]
    assert records == expected
    first = records[0]
    assert {"text", "spans", "item", "family", "lang"} <= set(first)
    assert all(first["text"][a:b] for a, b, _ in first["spans"])


STYLES = Path(__file__).parent.parent / "data" / "training-styles"


def test_csl_styles_write_labelled_notes_and_broken_ones_are_skipped() -> None:
    styles = StyleSet.from_folder(STYLES)
    samples = list(generate_samples(300, seed=14, csl_share=1.0, styles=styles))
    assert len(samples) == 300
    assert all(s.family.startswith("csl:") for s in samples)
    found = [p for s in samples for p in problems(s.text, s.items)]
    assert found == []
    used = {s.family.split(":")[1] for s in samples}
    assert used == {p.stem for p in STYLES.glob("*.csl")} - {"broken-on-purpose"}
    assert set(styles.skipped) == {str(STYLES / "broken-on-purpose.csl")}
    assert styles.stats["notes rendered"] == 300
    # a note style without a bibliography writes notes only
    assert {s.family.split(":")[3] for s in samples if "history-and-theory" in s.family} == {"note"}


def test_csl_notes_carry_their_fields_and_languages() -> None:
    styles = StyleSet(["chicago-notes-bibliography", "gost-r-7-0-5-2008", "isnad-dipnotlu"])
    samples = list(generate_samples(250, seed=15, csl_share=1.0, styles=styles))
    labels = Counter(s.label for sample in samples for s in sample.text.spans)
    for label in ("author", "title", "container-title", "publisher", "issued", "page", "URL"):
        assert labels[label] > 10, label
    assert {s.lang for s in samples} == set(LANGS)
    assert {s.family.split(":")[2] for s in samples} == {"en", "tr", "ru", "kk", "tk", "uk"}


def test_mixing_csl_and_hand_written_notes_is_seeded() -> None:
    def run() -> list[dict[str, object]]:
        styles = StyleSet(["apa", "gost-r-7-0-5-2008"])
        return [s.to_json() for s in generate_samples(200, seed=16, csl_share=0.5, styles=styles)]

    first = run()
    assert first == run()
    csl = sum(str(r["family"]).startswith("csl:") for r in first)
    assert 60 < csl < 140


def test_the_mix_follows_the_family_weights() -> None:
    names = ["dergipark", "mla", "export"]  # weights 3, 1.5 and 0.5, whatever their languages
    drawn = Counter(s.family for s in generate_samples(2500, seed=18, families=names))
    assert FAMILIES["dergipark"].weight / FAMILIES["mla"].weight == 2.0
    assert 1.7 < drawn["dergipark"] / drawn["mla"] < 2.4
    assert 4.5 < drawn["dergipark"] / drawn["export"] < 8


def test_kazakh_laws_and_archives_keep_their_forms() -> None:
    texts = [
        s.text.text
        for s in generate_samples(300, seed=19, families=["law-gost", "archive"], langs=("kk",))
    ]
    assert any("жылғы" in t and "Заңы" in t for t in texts)
    assert any("-іс, " in t for t in texts)
    for sample in generate_samples(300, seed=19, families=["law-gost"], langs=("kk",)):
        issued = [
            sample.text.text[s.start : s.end] for s in sample.text.spans if s.label == "issued"
        ]
        assert issued
        assert "жылғы" in issued[0]


def test_wikipedia_archive_dates_are_not_access_dates() -> None:
    access: tuple[str, ...] = ("Дата обращения", "Проверено", "Процитовано", "Тексерілді")
    access += ("Қаралған күні", "Erişim tarihi", "Retrieved")
    archived = 0
    for sample in generate_samples(400, seed=20, families=["wiki-web", "wiki-cs1"], noise=0):
        text = sample.text.text
        archived += any(w in text for w in ("Архив", "Архів", "мұрағат", "arşiv", "Archived"))
        (span,) = [s for s in sample.text.spans if s.label == "accessed"]
        assert text[: span.start].rstrip(" :,").endswith(access), text
    assert archived > 50


def test_a_styles_folder_with_no_styles_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--n", "5", "--out", str(tmp_path / "n.jsonl"), "--styles-dir", str(tmp_path)])
    assert stop.value.code == 2
    assert "no .csl styles there" in capsys.readouterr().err
