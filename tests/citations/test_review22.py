"""Session 22 review: facts kept once, their words read from the language files."""

from __future__ import annotations

from citekit.citations.names import generation_words
from citekit.citations.tagger.glued_initials import glued_initials
from citekit.citations.tagger.issues import after_words
from citekit.citations.tagger.tokens import tokenize
from citekit.languages import language


def test_generation_words_are_the_language_files() -> None:
    assert language("en").generation_words == ("Jr.", "Sr.")
    assert generation_words() >= {"Jr", "Sr"}


def test_glued_initials_take_romanised_digraphs_and_stop_at_a_spaced_period() -> None:
    tokens = tokenize("V. Zh. Bartol'd")
    assert glued_initials(tokens, 0) == 4
    assert glued_initials(tokenize("V . Bartol'd"), 0) == 0
    assert glued_initials(tokenize("VV. Bartol'd"), 0) == 0


def test_a_volume_word_after_a_hyphen_is_read_from_one_table() -> None:
    words = after_words()
    assert words["том"] == "volume"
    assert words["Том"] == "volume"
