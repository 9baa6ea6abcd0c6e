"""Train the note tagger (a linear-chain CRF) and write its model file.

Training data, any mix of:

- ``--generate N``: N synthetic notes from `citekit.training` (seeded by ``--seed``);
- ``--labelled FILE``: JSON Lines of ``{"text": ..., "spans": [[start, end, label], ...]}``
  (what ``python -m citekit.training`` writes), labels being CSL variables;
- ``--notes FILE``: your own labelled notes in the corpus format (``{"note": ..., "gold":
  {"title": ..., "author": [...], ...}}``, see docs/guides/notes.md); each gold value is found
  in the note's text, and a note whose stated values cannot all be found is skipped.

Example (the shipped model)::

    uv run python scripts/train_tagger.py --generate 30000 --seed 1 \\
        --out src/citekit/citations/tagger/model.crfsuite

Training is deterministic for the same data and options.

Regularisation (training rows only; inference and features stay as they are; see
`citekit.training.dropout`): ``--lexicon-dropout P`` drops each run of tokens a lexicon key
covers (places, publisher words, months …) from the note's marks with probability P
(``--lexicon-keys places,cities`` limits it to those keys); ``--form-dropout P`` hides each
word token's identity (its form, as itself and as its neighbours' neighbour, and its pairs)
with probability P (``--form-labels title,author`` only the words of those gold labels);
``--min-freq K`` leaves out features seen fewer than K times (rare values of the generator's
pools). The draws are seeded by ``--seed`` and each note's place in the shuffled order, so
the same options give the same model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pycrfsuite

from citekit.citations.sources import split_sources as _split_sources
from citekit.citations.structure import find_exact
from citekit.citations.tagger import rule_labels
from citekit.citations.tagger.align import LABELS, bio_labels, record_spans, token_labels
from citekit.citations.tagger.features import LEXICON_KEYS, features
from citekit.citations.tagger.tokens import tokenize
from citekit.training.dropout import Dropout, note_random, training_rows

Example = tuple[list[list[str]], list[str]]
Spans = list[tuple[int, int, str]]


def sequence(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    *,
    bio: bool = False,
    dropout: Dropout | None = None,
    rng: random.Random | None = None,
) -> Example:
    """Feature rows and gold labels of one labelled text (B-/I- labels when `bio`); with
    `dropout`, its rows as training sees them (draws from `rng`)."""
    flat = text.replace("\n", " ").replace("\r", " ")
    tokens = tokenize(flat)[:400]
    rules = rule_labels(tokens, find_exact(flat))
    spans = list(spans)
    labels = token_labels(tokens, spans)
    if dropout is not None and dropout.active:
        rows = training_rows(tokens, flat, rules, dropout, rng or random.Random(0), labels)
    else:
        rows = features(tokens, flat, rules)
    return rows, bio_labels(tokens, labels, spans) if bio else labels


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def labelled_texts(path: str | Path) -> Iterator[tuple[str, Spans]]:
    """Texts with labelled spans (the generator's output format)."""
    for row in read_jsonl(path):
        yield row["text"], [(int(s), int(e), str(label)) for s, e, label in row["spans"]]


def corpus_texts(records: Iterable[dict[str, Any]]) -> Iterator[tuple[str, Spans]]:
    """Labelled spans of corpus notes that cite something (the first source of each)."""
    for record in records:
        gold = record.get("gold", {})
        if gold.get("kind", "citation") != "citation" or not gold.get("title"):
            continue
        text = _split_sources(record["note"])[0].replace("\n", " ").replace("\r", " ")
        spans = record_spans(text, gold)
        if spans is not None:
            yield text, spans


def synthetic_texts(n: int, seed: int, *, csl_share: float = 0.3) -> Iterator[tuple[str, Spans]]:
    """N notes from the training-data generator, with no value taken from the dev corpus (so
    that the dev corpus stays a fair test); a share `csl_share` written by the CSL styles."""
    from citekit.training import generate_samples

    for sample in generate_samples(n, seed=seed, dev_values=False, csl_share=csl_share):
        text = sample.text
        yield text.text, [(s.start, s.end, s.label) for s in text.spans]


def train(
    examples: Sequence[tuple[str, Spans]],
    out: str | Path,
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    iterations: int = 150,
    seed: int = 1,
    bio: bool = False,
    dropout: Dropout | None = None,
    min_freq: int = 0,
) -> None:
    """Fit the CRF on `examples` and write the model to `out` (B-/I- labels when `bio`;
    `dropout` applied to the training rows, seeded by `seed`; features seen fewer than
    `min_freq` times left out)."""
    order = list(examples)
    random.Random(seed).shuffle(order)
    trainer = pycrfsuite.Trainer(verbose=False)
    for index, (text, spans) in enumerate(order):
        rng = note_random(seed, index)
        rows, labels = sequence(text, spans, bio=bio, dropout=dropout, rng=rng)
        if rows:
            trainer.append(rows, labels)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": iterations,
            "feature.minfreq": min_freq,
            "feature.possible_transitions": True,
        }
    )
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def _names(
    parser: argparse.ArgumentParser, option: str, given: str | None, known: Sequence[str]
) -> frozenset[str] | None:
    """The comma-separated names of `option` (None when not given); an unknown name is an
    error that lists the known ones."""
    if not given:
        return None
    names = frozenset(name.strip() for name in given.split(",") if name.strip())
    unknown = sorted(names - set(known))
    if unknown:
        parser.error(f"{option}: unknown {', '.join(unknown)} (known: {', '.join(known)})")
    return names


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generate", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--csl-share", type=float, default=0.3, metavar="SHARE")
    parser.add_argument("--labelled", action="append", default=[], metavar="FILE")
    parser.add_argument("--notes", action="append", default=[], metavar="FILE")
    parser.add_argument("--repeat-notes", type=int, default=1, metavar="K")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--bio", action="store_true", help="B-/I- labels (runs start marked)")
    parser.add_argument(
        "--lexicon-dropout", type=float, default=0.0, metavar="P", help="drop lexicon marks"
    )
    parser.add_argument(
        "--lexicon-keys", metavar="KEYS", help="comma-separated keys lexicon dropout may drop"
    )
    parser.add_argument(
        "--form-dropout", type=float, default=0.0, metavar="P", help="hide word identities"
    )
    parser.add_argument(
        "--form-labels", metavar="LABELS", help="comma-separated labels form dropout may hide"
    )
    parser.add_argument(
        "--min-freq", type=int, default=0, metavar="K", help="drop features seen < K times"
    )
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    # a name no key or label has would silently drop nothing ("place" is "places" as a key
    # and "publisher-place" as a label)
    keys = _names(parser, "--lexicon-keys", args.lexicon_keys, LEXICON_KEYS)
    labels = _names(parser, "--form-labels", args.form_labels, LABELS)
    if args.min_freq < 0:
        parser.error(f"--min-freq must be 0 or more, not {args.min_freq}")
    try:
        dropout = Dropout(
            lexicon=args.lexicon_dropout,
            forms=args.form_dropout,
            lexicon_keys=keys,
            form_labels=labels,
        )
    except ValueError as exc:
        parser.error(str(exc))
    examples: list[tuple[str, Spans]] = []
    if args.generate:
        examples.extend(synthetic_texts(args.generate, args.seed, csl_share=args.csl_share))
    for path in args.labelled:
        examples.extend(labelled_texts(path))
    for path in args.notes:
        examples.extend(list(corpus_texts(read_jsonl(path))) * args.repeat_notes)
    if not examples:
        parser.error("no training data: give --generate, --labelled or --notes")
    began = time.perf_counter()
    train(
        examples,
        args.out,
        c1=args.c1,
        c2=args.c2,
        iterations=args.iterations,
        seed=args.seed,
        bio=args.bio,
        dropout=dropout,
        min_freq=args.min_freq,
    )
    size = Path(args.out).stat().st_size
    print(
        f"trained on {len(examples)} texts in {time.perf_counter() - began:.0f} s; "
        f"{args.out}: {size / 1e6:.2f} MB",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
