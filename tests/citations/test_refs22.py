"""Session 22 (refs22): facts of how citations are written, from notes written for the session."""

from __future__ import annotations

from citekit.citations import parse_note
from citekit.model import Citation, Location


def _parse(text: str) -> Citation:
    return parse_note(1, text, location=Location(path="refs22")).citations[0]


def test_transliterated_soft_sign_ends_a_value() -> None:
    # BGN / LC transliteration writes the soft sign `ь` as `’`: it ends the word, no quote
    cited = _parse(
        "Dorofeyev G. G. Ob identifikatsii statisticheskoy modeli transportnykh potokov s "
        "ispol’zovaniyem grupp avtomobil’no-transportnykh sredstv [An intuitionistic theory of "
        "types]. Mezhdunarodnaya zhizn’, 2020, vol. 14, no. 7, pp. 332–356. (In Russ.)"
    )
    assert cited.container == "Mezhdunarodnaya zhizn’"
    book = _parse(
        "Dorofeyev S. A., Gorbunov F. A. Natsional’naya identichnost’. Tom II. Yakutsk, "
        "Bichik Publ., 1963. 203 p. (in Russian)"
    )
    assert book.title == "Natsional’naya identichnost’"


def test_single_quotes_around_a_title_are_still_taken_off() -> None:
    cited = _parse(
        "Katelyn JENKINS, ‘Asymptote: Lifting to three dimensions’, The Inner Asia. "
        "vol. 29, no. 167 (1985): pp. 207-245."
    )
    assert cited.title == "Asymptote: Lifting to three dimensions"
