"""A single slash between two numbers is İSNAD's volume and issue; GOST's `//` is no single
slash (`tagger.isnad_slashes`)."""

from __future__ import annotations

import pytest

from citekit.citations.tagger.isnad_slashes import single_slash
from citekit.citations.tagger.tokens import tokenize
from tests.citations.labelled import decode_labelled


@pytest.mark.parametrize(
    ("text", "single"),
    [("Tarih ve Toplum 12/68", True), ("Bilig / 93", True), ("Title // Host", False)],
)
def test_a_single_slash_is_no_half_of_gosts_double(text: str, single: bool) -> None:
    tokens = tokenize(text)
    at = [i for i, t in enumerate(tokens) if t.text == "/"]
    assert any(single_slash(tokens, i) for i in at) is single


_SPANS = [("Kaya, A.", "author"), ("Başlık", "title"), ("1999", "issued"), ("45-52", "page")]


@pytest.mark.parametrize(
    ("text", "run", "host", "volume", "issue"),
    [
        (
            "Kaya, A. “Başlık”. Toplumsal Tarih 12/70 (Ekim 1999), 45-52.",
            "Toplumsal Tarih 12",
            "Toplumsal Tarih",
            "12",
            "70",
        ),
        (
            "Kaya, A. “Başlık”. Çalışma ve Toplum 4 / 67 (Aralık 1999), 45-52.",
            "Çalışma ve Toplum 4",
            "Çalışma ve Toplum",
            "4",
            "67",
        ),
    ],
)
def test_a_hosts_run_that_took_the_volume_in_gives_it_back(
    text: str, run: str, host: str, volume: str, issue: str
) -> None:
    fields = decode_labelled(text, [*_SPANS, (run, "container-title")])
    got = (fields.get("container-title"), fields.get("volume"), fields.get("issue"))
    assert got == (host, volume, issue)
