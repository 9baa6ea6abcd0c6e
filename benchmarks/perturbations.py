"""How the parsed record of a note holds up when the note is typed another way.

Each labelled note of the two dev corpus files (or each generated note, `--generated`) is typed
again as other sites and editors type it, and a note *changes* when its parsed record (every
field the corpus scorer reads) differs from the record of the note as written, once the values
are compared as a reader reads them (`tests.retyping.read`: white space, invisible characters,
twin letters, quote, dash, apostrophe and ellipsis marks, a space before punctuation or between
initials folded; the letters' case too where the retyping changes case). No gold is needed: the
figure is how often the parser's answer depends on how the note was typed, and every change is
a defect of one of the two readings.

The retypings, and what must not change (every field, as a reader reads it):
- white space and invisible characters: no-break spaces, a line break, two spaces, tabs, soft
  hyphens and zero-width spaces (HTML and Word leave them);
- a letter of a word typed on the other keyboard layout (`Рoссии`);
- quote marks (`«»`, `“”`, straight) and GOST's spaced dashes (`—`, `–`, `-`) typed another way;
- no closing period;
- a page label glued to its number or spaced (`с.5`, `с. 5`, `s.45`, `pp.45`), `С. 5` for
  `с. 5` and back, English `p.` for `pp.` and back;
- the dash of a page or year range typed `–`, `-` or `—` (`45–50`, `1914-1918`);
- `№5` for `№ 5` and back (`No.5`);
- initials spaced (`А. Б.`) or glued (`А.Б.`), the last dot left out before a comma (`А.Б,`);
- a surname before its initials in capitals (`ИВАНОВ А.Б.`); titles title-cased (the letters'
  case is folded when comparing these two);
- GOST's `//` glued (`Title//Journal`) or after a period (`Title. // Journal`);
- a space before a colon or semicolon (ISBD's `М. : Наука`), before a comma;
- an apostrophe inside a word typed `'`, `’` or `ʻ` (`Asya'da`, Uzbek `oʻ`);
- a web address in angle brackets (`<https://…>`) or followed by a period;
- GOST's `[Электронный ресурс]` left out, or added after a Cyrillic web note's title;
- an ellipsis typed `...` or `…`;
- session 18 (`tests/retyping_hands.py`, each with the fold a reader applies): Turkish typed
  in ASCII, Turkmen letters typed plainly, Kazakh letters typed with Russian ones, `ё` as `е`
  (the letters folded); no space after commas or after a period between fields (the space
  folded); `г.` after a year added or left out (folded); `стр.` for `с.`, `sf.` for `s.`;
  a date `15.03.2020` typed ISO or with its month's name; the whole note in lower case, a
  title in capitals (case folded); an address in `[ ]` or `( )`, its `URL:` label added or left
  out, `https://` for `http://www.` and back (the scheme and `www.` folded).

The corpus is split by source as `scripts/score_dev_parts.py` splits it (held out: the SHA-1
of `source` is 0 modulo 3): study `--part tune` only, count `--part held` once at the end.

Run: uv run python benchmarks/perturbations.py [--part tune|held|all] [--show N]
     uv run python benchmarks/perturbations.py --generated 1000 --seed 77
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from collections import Counter
from typing import Any

from _common import DATA, load_jsonl

sys.path.insert(0, str(DATA.parent.parent))
from tests.retyping import (
    Retype,
    apostrophes,
    dashes,
    ellipsis,
    initials_glued,
    initials_last_dot_dropped,
    initials_spaced,
    inside_words,
    latin_twin,
    line_break,
    number_sign_spacing,
    page_label_capital,
    page_label_glued,
    page_label_spaced,
    pages_label_swapped,
    quotes,
    range_dash,
    read,
    resource_added,
    resource_dropped,
    slashes_after_period,
    slashes_glued,
    space_before_colon,
    space_before_comma,
    spaces,
    surnames_upper,
    title_case,
    url_period,
    url_wrapped,
)
from tests.retyping_hands import HANDS, Hand
from tests.scoring import predict

FILES = ("notes-dev.jsonl", "notes-dev2.jsonl")

PERTURBATIONS: dict[str, Retype] = {
    "no-break spaces (half the spaces)": spaces("\u00a0", 0.5),
    "a line break for a space": line_break,
    "two spaces (a third of the spaces)": spaces("  ", 0.3),
    "tabs (a fifth of the spaces)": spaces("\t", 0.2),
    "soft hyphens inside words": inside_words("\u00ad", 0.3),
    "zero-width spaces inside words": inside_words("\u200b", 0.2),
    "a Latin twin letter in Cyrillic words": latin_twin(0.25, shortest=2),
    "quotes typed « »": quotes("«", "»"),
    "quotes typed “ ”": quotes("“", "”"),
    'quotes typed " "': quotes('"', '"'),
    "spaced dashes typed —": dashes("—"),
    "spaced dashes typed -": dashes("-"),
    "no closing period": lambda t, _rng: t.rstrip().rstrip("."),
    "page label glued (с.5, s.45)": page_label_glued,
    "page label spaced (с. 5, s. 45)": page_label_spaced,
    "page label С. 5 for с. 5 and back": page_label_capital,
    "p. for pp. and back": pages_label_swapped,
    "ranges typed –": range_dash("–"),
    "ranges typed -": range_dash("-"),
    "ranges typed —": range_dash("—"),
    "№5 for № 5 and back": number_sign_spacing,
    "initials spaced (А. Б.)": initials_spaced,
    "initials glued (А.Б.)": initials_glued,
    "initials' last dot left out (А.Б,)": initials_last_dot_dropped,
    "surnames in capitals (ИВАНОВ А.Б.)": surnames_upper,
    "titles title-cased": title_case,
    "// glued (Title//Journal)": slashes_glued,
    "// after a period (Title. // J.)": slashes_after_period,
    "a space before : and ;": space_before_colon,
    "a space before ,": space_before_comma,
    "apostrophes typed '": apostrophes("'"),
    "apostrophes typed ’": apostrophes("’"),
    "apostrophes typed ʻ": apostrophes("ʻ"),
    "addresses in <>": url_wrapped,
    "a period after addresses": url_period,
    "[Электронный ресурс] left out": resource_dropped,
    "[Электронный ресурс] added": resource_added,
    "ellipsis typed …": ellipsis("…"),
    "ellipsis typed ...": ellipsis("..."),
}
# the retypings that change letters' case: their records are compared with case folded
UNCASED = frozenset({"surnames in capitals (ИВАНОВ А.Б.)", "titles title-cased"})
# session 18: each with the fold a reader applies to both records
RETYPINGS: dict[str, Hand] = {
    **{k: Hand(v, cased=k not in UNCASED) for k, v in PERTURBATIONS.items()},
    **HANDS,
}


def held_out(source: str) -> bool:
    """Whether `source` belongs to the corpus's held-out part (`score_dev_parts.py`)."""
    return int(hashlib.sha1(source.encode()).hexdigest(), 16) % 3 == 0


def corpus_notes(part: str) -> list[dict[str, Any]]:
    """The labelled notes of the dev files, of one part (`tune`, `held`) or `all`."""
    records = [r for name in FILES for r in load_jsonl(DATA / "corpus" / name)]
    if part == "all":
        return records
    return [r for r in records if held_out(str(r.get("source", ""))) == (part == "held")]


def generated_notes(n: int, seed: int) -> list[dict[str, Any]]:
    """`n` notes from the training-data generator (no value from the dev corpus), as records."""
    from citekit.training import generate_samples

    samples = generate_samples(n, seed=seed, dev_values=False, csl_share=0.3)
    return [{"id": f"g{seed}-{i}", "note": s.text.text, "prev": []} for i, s in enumerate(samples)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many changed notes each")
    parser.add_argument("--part", choices=("tune", "held", "all"), default="tune")
    parser.add_argument("--generated", type=int, default=0, metavar="N", help="generated notes")
    parser.add_argument("--seed", type=int, default=77, help="the generator's seed")
    parser.add_argument("--only", help="the retypings whose name contains this")
    parser.add_argument("--session18", action="store_true", help="only session 18's retypings")
    args = parser.parse_args()
    if args.part == "held" and args.show:
        parser.error("held-out notes are counted, never shown")
    if args.generated:
        records = generated_notes(args.generated, args.seed)
        what = f"{len(records)} generated notes (seed {args.seed})"
    else:
        records = corpus_notes(args.part)
        what = f"{len(records)} labelled notes ({' + '.join(FILES)}, {args.part} part)"
    chosen = {k: v for k, v in RETYPINGS.items() if not args.only or args.only in k}
    if args.session18:
        chosen = {k: v for k, v in chosen.items() if k in HANDS}
    raw = [predict(r) for r in records]
    print(f"{what}\n")
    print("| typed with | notes it alters | of them, records that change | fields most changed |")
    print("|---|---|---|---|")
    for name, hand in chosen.items():
        rng = random.Random(5)
        perturb, cased, fold = hand.retype, hand.cased, hand.fold
        altered = changed = 0
        fields: Counter[str] = Counter()
        shown = 0
        for i, note in enumerate(records):
            text = perturb(note["note"], rng)
            if text == note["note"]:
                continue
            altered += 1
            before = {k: read(v, cased=cased, fold=fold) for k, v in raw[i].items()}
            after = {
                k: read(v, cased=cased, fold=fold)
                for k, v in predict({**note, "note": text}).items()
            }
            diff = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
            if diff:
                changed += 1
                fields.update(diff)
                if shown < args.show:
                    shown += 1
                    print(f"  [{name}] {note['id']} {text!r}", file=sys.stderr)
                    for k in diff:
                        print(f"      {k}: {before.get(k)!r} -> {after.get(k)!r}", file=sys.stderr)
        top = ", ".join(f"{k} {n}" for k, n in fields.most_common(3))
        share = f"{changed} ({changed / altered:.0%})" if altered else "0"
        print(f"| {name} | {altered} | {share} | {top} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
