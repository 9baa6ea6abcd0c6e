"""speed24b's shortcuts keep each pass's answer: a pass that now asks its cheap condition first,
or looks only where its form can stand, answers as the pass written plainly does."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

import pytest

from citekit._text import fold
from citekit.citations.note_kinds import _QUOTE_OR_GOST
from citekit.citations.prose import cross_reference
from citekit.citations.sources import SOURCE
from citekit.citations.tagger.align import OTHER, Run
from citekit.citations.tagger.bylines import outlet_whole, outlets
from citekit.citations.tagger.features import token_marks
from citekit.citations.tagger.heads import name_head
from citekit.citations.tagger.role_words import _contributing, _role_words_only, _roles
from citekit.citations.tagger.spanned_titles import spanned_title
from citekit.citations.tagger.tokens import Token, tokenize, written_text
from citekit.citations.tagger.undated_access import _mark, undated_address_end
from citekit.citations.tagger.unnamed_works import unnamed_work
from citekit.training import generate_samples

_LABELS = ("title", "author", "container-title", "publisher", "publisher-place", OTHER)
_WRITTEN = [
    "Turkmenistan: The Golden Age, 12 March 2020, https://example.org/a",
    "“Headline,” Türkmenistan: Altyn asyr, 2019.",
    "Ahmet Yaşar OCAK, Eser Adı, Ankara: TTK, 1998, s. 12.",
    "A. Kemal, B. Yücel ve C. Demir, Eser, İstanbul 2001",
    "Smith J. The Empire. London: Routledge 2001 p. 4",
    "Ахметов А. (n.d.). Заголовок. https://example.kz/a 12 марта 2023.",
    "Kaya, A. (t. y.). Başlık. https://example.org.tr/x, 17 October 2020.",
    "Rand.d. https://example.org/x",
]


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Generated notes and the written ones."""
    return [*_WRITTEN, *dict.fromkeys(s.text.text for s in generate_samples(300, seed=24))]


def _random_runs(tokens: Sequence[Token], rng: random.Random) -> list[Run]:
    """Runs of random labels over `tokens`, each colon a run of its own now and then."""
    runs: list[Run] = []
    a = 0
    while a < len(tokens):
        b = (
            a + 1
            if tokens[a].text == ":" and rng.random() < 0.7
            else rng.randint(a + 1, len(tokens))
        )
        runs.append((rng.choice(_LABELS), a, b))
        a = b
    return runs


def _outlet_whole_plainly(tokens: Sequence[Token], found: Sequence[Run]) -> list[Run]:
    """`outlet_whole` as it was written before speed24b (each triple of runs in turn)."""
    labels = [label for label, _, _ in found]
    if "publisher-place" in labels and "container-title" not in labels:
        j = labels.index("publisher-place")
        _, a, b = found[j]
        if written_text(tokens, a, b).casefold() in outlets():
            return [*found[:j], ("container-title", a, b), *found[j + 1 :]]
    for j in range(len(found) - 2):
        (first, a, _), (colon, c, d), (second, _, e) = found[j : j + 3]
        if first not in {"container-title", "publisher-place"} or colon != OTHER:
            continue
        if second not in {"container-title", "publisher", "publisher-place", "title"}:
            continue
        if (
            d - c == 1
            and tokens[c].text == ":"
            and written_text(tokens, a, e).casefold() in outlets()
        ):
            return [*found[:j], ("container-title", a, e), *found[j + 3 :]]
    return list(found)


def _around_colons(tokens: Sequence[Token]) -> list[list[Run]]:
    """A host's part, a colon alone and a part after it, around each colon of `tokens`."""
    out: list[list[Run]] = []
    n = len(tokens)
    for k in (k for k, t in enumerate(tokens) if t.text == ":" and 0 < k < n - 1):
        for a in range(max(0, k - 3), k):
            for e in range(k + 2, min(n, k + 4) + 1):
                head: list[Run] = [(OTHER, 0, a)] if a else []
                tail: list[Run] = [(OTHER, e, n)] if e < n else []
                parts: list[Run] = [("container-title", a, k), (OTHER, k, k + 1)]
                out.append([*head, *parts, ("publisher", k + 1, e), *tail])
    return out


def test_outlet_whole_is_the_triple_by_triple_reading(notes: list[str]) -> None:
    rng = random.Random(7)
    joined = 0
    for text in notes:
        tokens = tokenize(text)
        tried = [_random_runs(tokens, rng) for _ in range(6)] + _around_colons(tokens)
        for found in tried:
            plain = _outlet_whole_plainly(tokens, found)
            joined += plain != found
            assert outlet_whole(tokens, found) == plain, text
    assert joined  # the written outlets are joined


def test_outlet_with_a_colon_is_one_host() -> None:
    tokens = tokenize(_WRITTEN[1])
    colon = next(k for k, t in enumerate(tokens) if t.text == ":")
    found: list[Run] = [
        ("title", 0, colon - 1),
        ("container-title", colon - 1, colon),
        (OTHER, colon, colon + 1),
        ("publisher", colon + 1, colon + 3),
        (OTHER, colon + 3, len(tokens)),
    ]
    assert written_text(tokens, colon - 1, colon + 3) == "Türkmenistan: Altyn asyr"
    assert outlet_whole(tokens, found)[1] == ("container-title", colon - 1, colon + 3)


def test_name_head_changes_nothing_in_a_note_without_a_comma(notes: list[str]) -> None:
    rng = random.Random(5)
    for text in notes:
        tokens = tokenize(text)
        if any(t.text == "," for t in tokens):
            continue
        marks = token_marks(tokens)
        labels = [rng.choice(_LABELS) for _ in tokens]
        assert name_head(tokens, marks, labels) == labels, text


def test_name_head_still_reads_names_before_a_comma() -> None:
    tokens = tokenize(_WRITTEN[2])
    marks = token_marks(tokens)
    labels = ["title"] * 5 + [OTHER] * (len(tokens) - 5)
    out = name_head(tokens, marks, labels)
    assert out[:4] == ["author"] * 3 + [OTHER]  # `Ahmet Yaşar OCAK,`
    assert out[4] == "title"


def test_an_ebook_mark_is_still_no_title() -> None:
    text = "Cemil Meriç, Bu Ülke, 2015, e-kitap, https://example.org"
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == "e")
    found: list[Run] = [("author", 0, 2), (OTHER, 2, k), ("title", k, k + 3)]
    assert written_text(tokens, k, k + 3) == "e-kitap"
    assert unnamed_work(tokens, text, found)[2] == (OTHER, k, k + 3)


def test_the_undated_mark_is_the_look_behind_pattern(notes: list[str]) -> None:
    plain = re.compile(r"(?<!\w)" + _mark()._pattern.pattern)
    rng = random.Random(3)
    texts = [*notes, *("".join(rng.choices("nd. tyJsoб_г1Ж", k=12)) for _ in range(3000))]
    for text in texts:
        want, got = plain.search(text), _mark().search(text)
        assert (got and got.span()) == (want and want.span()), text
    assert undated_address_end(_WRITTEN[6], [("title", 0, 3), ("URL", 3, 9)]) == 9
    assert undated_address_end(_WRITTEN[7], [("title", 0, 3), ("URL", 3, 9)]) is None


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ("См. примеч. 12.", True),
        ("Bkz. yukarıda 12 numaralı dipnot.", True),
        ("On the famine of 1932–33 see below.", True),
        ("Smith, above, 1998", False),
        ("Discussed above.", True),  # the sentence's capital, no year
        ("Discussed above, 1998.", False),  # a capital beside a year outside the prose
        ("Discussed in 1998 above.", True),  # the year inside the prose
        ("Рассмотрено ниже.", True),
        ("Рассмотрено ниже, 1998.", False),
        ("Ниже, 1998.", True),  # the capital is the pointer's own word
    ],
)
def test_a_cross_reference_is_told_as_before(text: str, pointer: bool) -> None:
    assert cross_reference(text) is pointer


def test_role_words_alone_are_told_word_by_word(notes: list[str]) -> None:
    texts = [
        *notes,
        "Title / пер. с фр. Л. Е. Куббеля ; вступ. ст. и ред. Ю. Н. Афанасьева. М., 1990",
        "Kitap, resimleyen Ali Kaya, İstanbul 2004",
    ]
    roles, contributing = _roles(), _contributing()
    told = 0
    for text in texts:
        tokens = tokenize(text)
        for a in range(len(tokens)):
            for b in range(a + 1, min(len(tokens), a + 6) + 1):
                words = [fold(t.text) for t in tokens[a:b] if t.text.isalnum()]
                plain = bool(words) and set(words) <= roles and not contributing.isdisjoint(words)
                told += plain
                assert _role_words_only(tokens, a, b) == plain, (text, a, b)
    assert told


def test_a_bracketed_span_of_years_still_joins_the_title() -> None:
    text = "Kemal Karpat, Osmanlı Nüfusu (1830-1914): Demografik ve Sosyal Özellikleri, İstanbul"
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == "(")
    found: list[Run] = [
        ("author", 0, 2),
        (OTHER, 2, 3),
        ("title", 3, k),
        (OTHER, k, len(tokens)),
    ]
    out = spanned_title(tokens, found)
    end = next(i for i in range(k + 6, len(tokens)) if tokens[i].text == ",")
    assert ("title", 3, end) in out


def test_the_source_and_quote_patterns_find_what_their_classes_found(notes: list[str]) -> None:
    source = re.compile(r"[“«„\"]|https?://|www\.|//")
    quote_or_gost = re.compile(r"[“«„\"]|(?<!:)//")
    rng = random.Random(9)
    texts = [*notes, *("".join(rng.choices(':/w.h“«„" tps', k=14)) for _ in range(5000))]
    for text in texts:
        for plain, literal in ((source, SOURCE), (quote_or_gost, _QUOTE_OR_GOST)):
            want, got = plain.search(text), literal.search(text)
            assert (got and got.span()) == (want and want.span()), text
