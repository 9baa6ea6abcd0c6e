"""Labelled training notes: items from the pools, written by the families, with realistic noise."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from attrs import frozen

from citekit.model import LabelledText
from citekit.training import (
    families_dergipark,
    families_en,
    families_gost,
    families_legal,
    families_numbers,
    families_parts,
    families_refs,
    families_tr,
    families_web,
    families_wiki,
)
from citekit.training._builder import Builder
from citekit.training._context import GLOSS, Ctx
from citekit.training.items import make_item
from citekit.training.pools import LANGS, latin, pools
from citekit.training.rendered import StyleSet
from citekit.training.type_labels import labelled
from citekit.training.verify import LABELS

__all__ = [
    "FAMILIES",
    "LABELS",
    "WEIGHTS",
    "Family",
    "Sample",
    "StyleSet",
    "generate",
    "generate_samples",
]

DEFAULT_CSL_SHARE = 0.3  # of the notes, written by CSL styles unless families are chosen
_NAMES = ("author", "editor", "translator")
_KEEP = ("type", "language")
_GLOSSED = 0.06  # of the hand-written notes, a title with its translation after it


@frozen
class Family:
    """A hand-written way of writing citations: its template, languages and item types."""

    name: str
    render: Callable[[Ctx], None]
    langs: tuple[str, ...]
    types: tuple[str, ...]
    weight: float = 1.0  # its share of the mix, beside the other families


# the mix: each family's share of the hand-written notes is in proportion to its weight (1 when
# not listed), shared evenly among its languages; forms real notes take often weigh more
WEIGHTS = {
    "web-hand": 5.0,
    "ankasam": 3.0,
    "gost-book": 3.0,
    "gost-article": 3.0,
    "gost-web": 3.0,
    "gost-note": 2.0,
    "kz-journal": 2.5,
    "kz-book": 2.0,
    "wiki-book": 2.0,
    "wiki-article": 2.0,
    "wiki-web": 3.0,
    "wiki-cs1": 1.5,
    "dergipark": 3.0,
    "isnad-note": 2.5,
    "isnad-bib": 1.5,
    "apa-tr-word": 1.5,
    "tr-hand": 2.5,
    "archive": 2.0,
    "law-gost": 1.5,
    "law-tk": 0.5,
    "ru-references": 1.5,
    "gost-part": 2.5,
    "encyclopedia": 1.5,
    "short-note": 2.0,
    "chicago-note": 3.0,
    "chicago-bib": 2.0,
    "apa": 3.0,
    "vancouver": 1.5,
    "mla": 1.5,
    "harvard": 2.0,
    "ieee": 1.5,
    "ojs-ru": 2.0,
    "press": 2.0,
    "export": 0.5,
    "journal-hand": 2.5,
}

FAMILIES: dict[str, Family] = {
    name: Family(name, render, langs, types, WEIGHTS.get(name, 1.0))
    for module in (
        families_gost,
        families_tr,
        families_web,
        families_en,
        families_wiki,
        families_dergipark,
        families_legal,
        families_numbers,
        families_parts,
        families_refs,
    )
    for name, (render, langs, types) in module.FAMILIES.items()
}


@frozen
class Sample:
    """One generated note: its labelled text, the items it cites (first first), how it was made."""

    text: LabelledText
    items: tuple[dict[str, Any], ...]
    family: str
    lang: str

    def to_json(self) -> dict[str, Any]:
        """The JSON Lines record of this sample."""
        record: dict[str, Any] = {
            "text": self.text.text,
            "spans": [[s.start, s.end, s.label] for s in self.text.spans],
            "item": self.items[0],
            "family": self.family,
            "lang": self.lang,
        }
        if len(self.items) > 1:
            record["more"] = list(self.items[1:])
        return record


def _prune(item: dict[str, Any], text: LabelledText) -> dict[str, Any]:
    """Keep only what the text wrote: a variable without a span, or a name never shown, goes."""
    written: dict[str, list[str]] = {}
    for span in text.spans:
        written.setdefault(span.label, []).append(text.text[span.start : span.end].upper())
    kept: dict[str, Any] = {}
    for key, value in item.items():
        if key in _KEEP:
            kept[key] = value
        elif key in _NAMES and key in written:
            shown = [
                p
                for p in value
                if any((p.get("family") or p.get("literal", "")).upper() in w for w in written[key])
            ]
            if shown:
                kept[key] = shown
        elif key in written:
            kept[key] = value
    return kept


def _typo(rng: random.Random, text: str) -> str:
    """Drop, double or swap one letter of a word (a typo as editors leave them)."""
    spots = [i for i in range(1, len(text) - 1) if text[i].isalpha() and text[i - 1].isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    match rng.randrange(3):
        case 0:
            return text[:i] + text[i + 1 :]
        case 1:
            return text[:i] + text[i] + text[i:]
        case _:
            return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _render(
    rng: random.Random, family: Family, lang: str, noise: float, dev: bool
) -> tuple[LabelledText, dict[str, Any]]:
    kind = rng.choice(family.types)
    item = make_item(rng, lang, kind, dev=dev)
    if item.get("title") and lang != "en" and rng.random() < _GLOSSED:
        # a title written for readers of another language: transliterated (Russian and
        # Kazakh), then its English translation in brackets, as English-language journals ask
        if lang in ("ru", "kk") and rng.random() < 0.5:
            item["title"] = latin(item["title"])
        item[GLOSS] = pools("en").title(rng)
    if rng.random() < noise * 0.3 and item.get("title"):
        item["title"] = _typo(rng, item["title"])
    drawn = dict(item)  # the family drops what it does not write
    ctx = Ctx(rng=rng, lang=lang, item=item, b=Builder(), upper=rng.random() < noise * 0.25)
    if rng.random() < noise * 0.2:
        ctx.emphasis = rng.choice(("*", "_"))
    family.render(ctx)
    text = ctx.b.build()
    return text, labelled({**drawn, **ctx.item}, _prune(ctx.item, text))


def _whitespace(rng: random.Random, text: LabelledText, noise: float) -> LabelledText:
    """NBSPs after labels and initials, a line break now and then (lengths do not change)."""
    if rng.random() >= noise:
        return text
    chars = list(text.text)
    spaces = [i for i, ch in enumerate(chars) if ch == " "]
    if not spaces:
        return text
    for i in rng.sample(spaces, k=max(1, len(spaces) // rng.choice((3, 6, 12)))):
        before = chars[i - 1] if i else ""
        if before == "." or before == "№" or rng.random() < 0.2:
            chars[i] = "\u00a0"
    if rng.random() < 0.3:
        chars[rng.choice(spaces)] = "\n"
    return LabelledText("".join(chars), text.spans)


# quote marks as sites type them: the opening and the closing mark
_QUOTE_STYLES = (("«", "»"), ("“", "”"), ('"', '"'))


def _marks(index: int, text: LabelledText, share: float) -> LabelledText:
    """A share of the notes with their quote marks and GOST's spaced dashes typed as another
    site types them (`«»`, `“”` or straight quotes; `—`, `–` or `-`), one style per note; its
    own random stream per note (`index`), so the notes are otherwise those of `share` 0.
    Lengths do not change. A note quoting with `„“` (whose `“` closes) is left as written."""
    rng = random.Random(f"marks:{index}")
    if rng.random() >= share or "„" in text.text:
        return text
    opening, closing = rng.choice(_QUOTE_STYLES)
    dash = rng.choice("—–-")
    table = {"«": opening, "“": opening, "»": closing, "”": closing}
    chars = list(text.text)
    last = len(chars) - 1
    for i, char in enumerate(chars):
        if char in table:
            chars[i] = table[char]
        elif char in "—–-" and 0 < i < last and chars[i - 1] == " " and chars[i + 1] == " ":
            chars[i] = dash
    return LabelledText("".join(chars), text.spans)


def _keep_labels(text: LabelledText, labels: frozenset[str]) -> LabelledText:
    return LabelledText(text.text, tuple(s for s in text.spans if s.label in labels))


def generate_samples(
    n: int,
    *,
    seed: int,
    families: Sequence[str] | None = None,
    langs: Sequence[str] = LANGS,
    noise: float = 0.3,
    dev_values: bool = True,
    labels: frozenset[str] = LABELS,
    styles: StyleSet | None = None,
    csl_share: float | None = None,
    marks: float = 0.0,
) -> Iterator[Sample]:
    """`n` samples, the same for the same arguments.

    `families` limits the hand-written families (default: all), `langs` the source languages,
    `noise` (0–1) how often notes get prefixes, trailing remarks, typos, capitals, NBSPs, line
    breaks and second sources; `dev_values` lets values from the dev corpus gold into the pools
    (turn it off to measure on the dev corpus honestly); spans of other variables than `labels`
    are left unlabelled. A share `csl_share` of the notes is written by the CSL `styles`
    (`StyleSet()`, the built-in ones, by default); their family is
    ``csl:<style>:<locale>:<mode>``, and `styles.stats` counts the styles skipped and the notes
    they could not write. By default the share is 0.3, or 0 when `families` are chosen. A
    share `marks` of the notes type their quote marks and spaced dashes another way (`_marks`).
    """
    if csl_share is None:
        csl_share = 0.0 if families else DEFAULT_CSL_SHARE
    chosen = [FAMILIES[name] for name in (families or sorted(FAMILIES))]
    pairs = [(f, lang) for f in chosen for lang in f.langs if lang in langs]
    if not pairs:
        raise ValueError("no family writes any of the languages asked for")
    if csl_share > 0 and styles is None:
        styles = StyleSet()
    for lang in langs:
        pools(lang)
    count = Counter(f.name for f, _ in pairs)
    weights = [f.weight / count[f.name] for f, _ in pairs]
    rng = random.Random(seed)
    made = misses = 0  # misses: CSL renders in a row that failed (then hand-written ones)
    while made < n:
        family, lang = rng.choices(pairs, weights)[0]
        csl = styles is not None and rng.random() < csl_share and misses < 1000
        b = Builder()
        if rng.random() < noise * 0.5:
            b.text(rng.choice(pools(lang).get("prefixes")))
        if csl:
            assert styles is not None
            rendered = styles.render(rng, rng.choice(tuple(langs)), dev=dev_values)
            if rendered is None:
                misses += 1
                continue
            misses = 0
            first, item, name = rendered
            item = labelled(item, _prune(item, first))
        else:
            first, item = _render(rng, family, lang, noise, dev_values)
            name = family.name
        b.extend(first)
        items = [item]
        while not csl and rng.random() < noise * 0.15 and len(items) < 3:
            # a further source is mostly written the same way, now and then another way
            kin = family
            if rng.random() < 0.3:
                kin = rng.choice([f for f, code in pairs if code == lang])
            other, more = _render(rng, kin, lang, noise, dev_values)
            b.text("; " if not b.ends_with(".") else " ")
            b.extend(other)
            items.append(more)
        if rng.random() < noise * 0.2:
            b.text(rng.choice(pools(lang).get("comments")))
        text = _keep_labels(_whitespace(rng, b.build(), noise), labels)
        if marks > 0:
            text = _marks(made, text, marks)
        made += 1
        yield Sample(text, tuple(items), name, items[0].get("language", lang))


def generate(n: int, *, seed: int, **options: Any) -> Iterator[tuple[LabelledText, dict[str, Any]]]:
    """`n` labelled notes with the CSL item each was made from (see `generate_samples`)."""
    for sample in generate_samples(n, seed=seed, **options):
        yield sample.text, sample.items[0]
