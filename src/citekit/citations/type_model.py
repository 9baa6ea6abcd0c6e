"""The learned item-type model: the features it weighs (the fields found and how they look, the
cue words, the address's host and path, the hand rules' answer) and its inference, a sum of
weights. ``types.json`` (a multinomial logistic regression trained by
``scripts/train_types.py`` on generated notes whose types are known) is read when it ships
beside this package; without it `infer_type` gives the hand rules' answer (`rule_type`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping, Sequence, Set
from importlib import resources
from typing import Final

from citekit._text import unmixed
from citekit.citations.addresses import law_path, news_path
from citekit.citations.type_cues import casefold
from citekit.citations.type_cues import note_cues as _cues
from citekit.citations.types import _DOMAIN, rule_type

__all__ = ["TYPES_NAME", "TypeModel", "infer_type", "type_features"]

TYPES_NAME: Final = "types.json"
_NUMBERED: Final = frozenset({"volume", "issue", "page", "number-of-pages", "edition"})
_HOST: Final = re.compile(r"^(?:https?://)?(?:www\.)?([^/?#\s]+)(\S*)", re.IGNORECASE)
_PATH_WORD: Final = re.compile(r"[^\W\d_]{3,}")


def _words(value: object, limit: int = 8) -> list[str]:
    if not isinstance(value, str):
        return []
    return [casefold(w) for w in _PATH_WORD.findall(value)][:limit]


def type_features(
    fields: Mapping[str, object],
    text: str,
    cues: Set[str] | None = None,
    language: str | None = None,
) -> list[str]:
    """The features the type model weighs: which fields were found and how they look, the
    cue words of the note, of its title and of its container, the address's host and path
    words, GOST's ``//``, the title's language, and the hand rules' answer."""
    if cues is None:
        cues = _cues(text)
    feats = ["rule=" + rule_type(fields, text, cues)]
    feats += ["f:" + k for k, v in fields.items() if v]
    names = fields.get("author")
    if isinstance(names, tuple) and len(names) > 1:
        feats.append("authors>1")
    issued = fields.get("issued")
    if issued is not None:
        feats.append(
            "issued:day"
            if getattr(issued, "day", None)
            else "issued:month"
            if getattr(issued, "month", None)
            else "issued:year"
        )
    if sum(1 for k in _NUMBERED if fields.get(k)) >= 2:
        feats.append("numbers>1")
    feats += ["cue:" + c for c in cues]
    for key, tag in (("title", "t"), ("container-title", "c"), ("publisher", "p")):
        value = fields.get(key)
        if isinstance(value, str) and value:
            value = unmixed(value)  # `Framеwork` typed with a Cyrillic е is the word
            feats += [f"{tag}:" + c for c in _cues(value)]
            feats += [f"{tag}w:" + w for w in _words(value)]
    container = fields.get("container-title")
    if isinstance(container, str) and _DOMAIN.match(container.strip()):
        feats.append("c:host")
    url = fields.get("URL")
    if isinstance(url, str) and (found := _HOST.match(url)) is not None:
        host, path = found.group(1).lower(), found.group(2)
        feats.append("tld=" + host.rsplit(".", 1)[-1])
        feats += ["h:" + part for part in host.split(".")[:-1][-2:]]
        feats += ["u:" + w for w in _words(path, 6)]
        feats.append("depth=" + str(min(path.count("/"), 5)))
        if news_path().search(path):
            feats.append("news-path")
        if law_path().search(path + "/"):
            feats.append("law-path")
        if re.search(r"/(?:19|20)\d\d/\d{1,2}/", path):
            feats.append("u:dated")
        if re.search(r"\d{5,}", path):
            feats.append("u:id")
        if path.lower().endswith(".pdf"):
            feats.append("u:pdf")
    if "//" in text.replace("://", ""):
        feats.append("slashes")
    if language:
        feats.append("lang=" + language)
    return feats


class TypeModel:
    """A linear model over `type_features`: per feature, a weight for each type."""

    def __init__(self, data: Mapping[str, object]) -> None:
        classes = data["classes"]
        weights = data["weights"]
        bias = data["bias"]
        if not (isinstance(classes, list) and isinstance(weights, dict) and isinstance(bias, list)):
            raise ValueError("a type model has classes, bias and weights")
        self.classes: tuple[str, ...] = tuple(str(c) for c in classes)
        self.bias: tuple[float, ...] = tuple(float(b) for b in bias)
        self.weights: dict[str, dict[int, float]] = {
            f: {int(i): float(w) for i, w in row.items()} for f, row in weights.items()
        }

    def scores(self, feats: Sequence[str]) -> list[float]:
        """The score of each class (a higher score, a likelier type)."""
        total = list(self.bias)
        for f in set(feats):
            for i, w in self.weights.get(f, {}).items():
                total[i] += w
        return total

    def predict(self, feats: Sequence[str]) -> str:
        """The likeliest type."""
        scores = self.scores(feats)
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]


@functools.cache
def _model() -> TypeModel | None:
    resource = resources.files("citekit.citations") / TYPES_NAME
    if not resource.is_file():
        return None
    return TypeModel(json.loads(resource.read_text("utf-8")))


def infer_type(
    fields: Mapping[str, object],
    text: str,
    cues: Set[str] | None = None,
    language: str | None = None,
    *,
    model: TypeModel | None = None,
) -> str:
    """A CSL type for one citation: the learned model's choice (`model`, else the shipped one)
    over `type_features`, or the hand rules' when no model ships."""
    chosen = model or _model()
    if chosen is None:
        return rule_type(fields, text, cues)
    return chosen.predict(type_features(fields, text, cues, language))
