"""Train the experimental neural note tagger (a BiLSTM-CRF) and write it as a ``.npz`` that
`citekit.citations.tagger.neural.NeuralTagger` runs in plain numpy.

Requirements (not in uv.lock; a throwaway venv outside the repository)::

    uv venv /tmp/nn-venv && uv pip install -p /tmp/nn-venv/bin/python torch numpy
    uv pip install -p /tmp/nn-venv/bin/python -e .

Same tokens, feature rows and labels as the CRF (``scripts/train_tagger.py``'s `sequence`),
same data options (``--generate N --seed S``, ``--labelled FILE``, ``--notes FILE``). Training
uses one CPU thread, is seeded, and stops after ``--epochs`` or ``--minutes`` of CPU time
(encoding included), whichever comes first (CPU time: a busy machine shortens nothing; the
result is reproducible when ``--epochs`` ends it). Example::

    /tmp/nn-venv/bin/python scripts/train_neural_tagger.py --generate 30000 --seed 1 \\
        --minutes 18 --out /tmp/neural.npz
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).parent))

from train_tagger import (
    Spans,
    corpus_texts,
    labelled_texts,
    read_jsonl,
    sequence,
    synthetic_texts,
)

from citekit.citations.tagger.align import LABELS
from citekit.citations.tagger.neural import FORMAT, token_hashes

Encoded = tuple[np.ndarray, np.ndarray, np.ndarray]  # hashes, per-token counts, label ids


def encode(
    examples: Sequence[tuple[str, Spans]], buckets: int, skip: tuple[str, ...] = ()
) -> list[Encoded]:
    """Each text as its tokens' hashed inputs and gold label ids."""
    index = {label: i for i, label in enumerate(LABELS)}
    out: list[Encoded] = []
    for text, spans in examples:
        rows, labels = sequence(text, spans)
        if not rows:
            continue
        hashes = [token_hashes(row, skip) for row in rows]
        flat = np.fromiter((h for hs in hashes for h in hs), np.int64) % buckets
        counts = np.array([len(hs) for hs in hashes], np.int64)
        out.append((flat, counts, np.array([index[lab] for lab in labels], np.int64)))
    return out


class Net(nn.Module):
    """Hashed feature embeddings (summed per token), a BiLSTM and a CRF layer."""

    def __init__(
        self,
        buckets: int,
        dim: int,
        hidden: int,
        labels: int,
        *,
        dropout: float = 0.25,
        feature_dropout: float = 0.0,
    ) -> None:
        super().__init__()
        self.feature_dropout = feature_dropout
        self.emb = nn.EmbeddingBag(buckets, dim, mode="sum", sparse=True)
        nn.init.normal_(self.emb.weight, std=0.05)
        self.emb_bias = nn.Parameter(torch.zeros(dim))
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, labels)
        self.trans = nn.Parameter(torch.zeros(labels, labels))
        self.start = nn.Parameter(torch.zeros(labels))
        self.end = nn.Parameter(torch.zeros(labels))

    def emissions(self, batch: Sequence[Encoded]) -> tuple[torch.Tensor, torch.Tensor]:
        flat = torch.from_numpy(np.concatenate([b[0] for b in batch]))
        counts = np.concatenate([b[1] for b in batch])
        offsets = torch.from_numpy(np.concatenate([[0], np.cumsum(counts)[:-1]]))
        weights = None
        if self.training and self.feature_dropout > 0:
            # drop single inputs (a feature, an n-gram) so that none carries a label alone
            keep = 1.0 - self.feature_dropout
            weights = torch.bernoulli(torch.full(flat.shape, keep)) / keep
        tokens = torch.tanh(self.emb(flat, offsets, per_sample_weights=weights) + self.emb_bias)
        lengths = torch.tensor([len(b[2]) for b in batch])
        seqs = torch.split(self.drop(tokens), lengths.tolist())
        padded = nn.utils.rnn.pad_sequence(list(seqs), batch_first=True)
        packed = nn.utils.rnn.pack_padded_sequence(
            padded, lengths, batch_first=True, enforce_sorted=False
        )
        hidden, _ = self.lstm(packed)
        hidden, _ = nn.utils.rnn.pad_packed_sequence(hidden, batch_first=True)
        return self.out(self.drop(hidden)), lengths

    def loss(self, batch: Sequence[Encoded]) -> torch.Tensor:
        """The CRF's negative log-likelihood of the gold labels, summed over the batch."""
        em, lengths = self.emissions(batch)
        steps = em.shape[1]
        tags = nn.utils.rnn.pad_sequence([torch.from_numpy(b[2]) for b in batch], batch_first=True)
        mask = torch.arange(steps)[None, :] < lengths[:, None]
        gold = self.start[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        alpha = self.start + em[:, 0]
        for t in range(1, steps):
            step = self.trans[tags[:, t - 1], tags[:, t]] + em[:, t].gather(
                1, tags[:, t : t + 1]
            ).squeeze(1)
            gold = gold + step * mask[:, t]
            nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + em[:, t, None, :], 1)
            alpha = torch.where(mask[:, t, None], nxt, alpha)
        last = tags.gather(1, (lengths - 1)[:, None]).squeeze(1)
        gold = gold + self.end[last]
        return (torch.logsumexp(alpha + self.end, 1) - gold).sum()


def batches(data: list[Encoded], size: int, rng: random.Random) -> list[list[Encoded]]:
    """Batches of similar lengths (less padding), in random order."""
    order = sorted(range(len(data)), key=lambda i: (len(data[i][2]), rng.random()))
    out = [[data[i] for i in order[k : k + size]] for k in range(0, len(order), size)]
    rng.shuffle(out)
    return out


def train(
    examples: Sequence[tuple[str, Spans]],
    out: str | Path,
    *,
    buckets: int = 1 << 17,
    dim: int = 48,
    hidden: int = 64,
    epochs: int = 8,
    minutes: float = 18.0,
    batch: int = 32,
    dropout: float = 0.25,
    feature_dropout: float = 0.0,
    every_epoch: bool = False,
    skip: tuple[str, ...] = (),
    seed: int = 1,
    log: bool = True,
) -> dict[str, Any]:
    """Fit the network on `examples` and write its arrays to `out`; returns a summary."""
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    rng = random.Random(seed)
    began = time.perf_counter()
    cpu = time.process_time()
    data = encode(examples, buckets, skip)
    encoded = time.process_time() - cpu
    net = Net(buckets, dim, hidden, len(LABELS), dropout=dropout, feature_dropout=feature_dropout)
    sparse = torch.optim.SparseAdam([net.emb.weight], lr=3e-3)
    dense = torch.optim.Adam([p for n, p in net.named_parameters() if n != "emb.weight"], lr=3e-3)
    deadline = cpu + 60 * minutes
    done = 0
    for epoch in range(epochs):
        net.train()
        total = 0.0
        if epoch == epochs // 2 + 1:
            for opt in (sparse, dense):
                for group in opt.param_groups:
                    group["lr"] /= 3
        for chunk in batches(data, batch, rng):
            sparse.zero_grad()
            dense.zero_grad()
            loss = net.loss(chunk)
            (loss / len(chunk)).backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            sparse.step()
            dense.step()
            total += float(loss.detach())
            if time.process_time() > deadline:
                break
        done = epoch + 1
        if every_epoch:
            save(net, Path(out).with_suffix(f".e{done}.npz"), buckets, skip)
        if log:
            tokens = sum(len(d[2]) for d in data)
            print(
                f"epoch {done}: loss/token {total / tokens:.4f} "
                f"({time.process_time() - cpu:.0f} s CPU, {time.perf_counter() - began:.0f} s)",
                file=sys.stderr,
            )
        if time.process_time() > deadline:
            break
    save(net, out, buckets, skip)
    return {
        "texts": len(data),
        "epochs": done,
        "encode_cpu_s": round(encoded),
        "cpu_s": round(time.process_time() - cpu),
        "wall_s": round(time.perf_counter() - began),
    }


def save(net: Net, out: str | Path, buckets: int, skip: tuple[str, ...] = ()) -> None:
    """The arrays `NeuralTagger` reads (embeddings as float16)."""

    def arr(t: torch.Tensor) -> np.ndarray:
        return t.detach().numpy().astype(np.float32)

    lstm = net.lstm
    arrays: dict[str, Any] = {
        "format": np.array(FORMAT),
        "labels": np.array(LABELS),
        "buckets": np.array(buckets),
        "skip": np.array(skip, dtype=str),
        "emb": net.emb.weight.detach().numpy().astype(np.float16),
        "emb_bias": arr(net.emb_bias),
        "out_w": arr(net.out.weight),
        "out_b": arr(net.out.bias),
        "trans": arr(net.trans),
        "start": arr(net.start),
        "end": arr(net.end),
    }
    for name, suffix in (("fwd", ""), ("bwd", "_reverse")):
        arrays[f"{name}_w_ih"] = arr(getattr(lstm, "weight_ih_l0" + suffix))
        arrays[f"{name}_w_hh"] = arr(getattr(lstm, "weight_hh_l0" + suffix))
        arrays[f"{name}_b"] = arr(
            getattr(lstm, "bias_ih_l0" + suffix) + getattr(lstm, "bias_hh_l0" + suffix)
        )
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as handle:
        np.savez(handle, **arrays)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--generate", type=int, default=0, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--labelled", action="append", default=[], metavar="FILE")
    parser.add_argument("--notes", action="append", default=[], metavar="FILE")
    parser.add_argument("--buckets", type=int, default=1 << 17)
    parser.add_argument("--dim", type=int, default=48)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--minutes", type=float, default=18.0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--dropout", type=float, default=0.25)
    parser.add_argument("--feature-dropout", type=float, default=0.0)
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="PREFIX",
        help="leave out the features starting so (w= for the words: only their n-grams stay)",
    )
    parser.add_argument("--every-epoch", action="store_true", help="also save each epoch's")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    examples: list[tuple[str, Spans]] = []
    if args.generate:
        examples.extend(synthetic_texts(args.generate, args.seed))
    for path in args.labelled:
        examples.extend(labelled_texts(path))
    for path in args.notes:
        examples.extend(corpus_texts(read_jsonl(path)))
    if not examples:
        parser.error("no training data: give --generate, --labelled or --notes")
    summary = train(
        examples,
        args.out,
        buckets=args.buckets,
        dim=args.dim,
        hidden=args.hidden,
        epochs=args.epochs,
        minutes=args.minutes,
        batch=args.batch,
        dropout=args.dropout,
        feature_dropout=args.feature_dropout,
        every_epoch=args.every_epoch,
        skip=tuple(args.skip),
        seed=args.seed,
    )
    size = Path(args.out).stat().st_size
    print(f"{summary}; {args.out}: {size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
