"""Which language a title is in when its own letters and words leave several near (`Жырау`:
Kazakh, Russian, Kyrgyz …), and what the rest of the note tells among them: letters beyond the
Cyrillic core, a publisher's house, the whole note's words."""

from __future__ import annotations

import functools
from typing import Final

from citekit._text import has_cyrillic
from citekit.langid import language_evidence
from citekit.langid_read_back import neighbours, read_back
from citekit.languages import available_languages
from citekit.languages import language as language_file

__all__ = ["close_languages", "cyrillic_words", "houses", "shared_letters", "silent", "told"]


_CLOSE: Final = 1.0  # languages whose evidence for a title is this near the best are all likely


def close_languages(title: str) -> frozenset[str]:
    """The languages a title's own letters and words hardly tell apart ("Жырау": Kazakh,
    Russian, Kyrgyz …), or none when one language stands out."""
    scores = language_evidence(title)
    if not scores:
        return frozenset()
    back = read_back(title, scores)
    near_codes = {code for code, score in scores if score >= scores[0][1] - _CLOSE}
    if back is not None and near_codes.isdisjoint(neighbours(back)):
        return frozenset()  # romanised, it reads back as its language (`Vlast' i narod`)
    best = scores[0][1]
    # a neighbour's or a cited language (the lowest prior) the title gives no evidence for is
    # none of its likely ones beside one it gives some (`Swift`: its English `w`, no German word);
    # nor is one citekit only tells titles in (Spanish) short of the best: the work's other
    # names (its journal, `Tengrinews`) are not read for it
    # … nor one read in the title's script only by its words (romanised Ukrainian: a script
    # prior of 0) when they give it none; nor, in Cyrillic, one citekit only tells titles in
    # when the title gives no language any evidence (`Жас Алаш`: Karakalpak shares Kazakh's
    # letters, and the note's `Қыркүйек` must tell Kazakh from its neighbours, not from those;
    # a Latin title's city tells Polish or Italian: `Turkiestan. Warszawa, 2003.`)
    script = "Cyrl" if has_cyrillic(title) else "Latn"
    near = frozenset(
        code
        for code, score in scores
        if score >= best - _CLOSE
        and (
            score > 0
            or best <= 0
            or (
                language_file(code).prior > 1 and language_file(code).script_priors.get(script) != 0
            )
        )
        and (
            not language_file(code).titles_only
            or (score == best and (best > 0 or script != "Cyrl"))
        )
    )
    return near if len(near) > 1 else frozenset()


_TOLD: Final = 2.0  # evidence a note's words give one language beyond the others: a letter's worth


@functools.cache
def _cyrillic_core() -> frozenset[str]:
    """The letters every language written in Cyrillic (its files' `script`) writes."""
    alphabets = [
        frozenset(language_file(code).alphabets["Cyrl"])
        for code in available_languages()
        if language_file(code).script == "Cyrl" and "Cyrl" in language_file(code).alphabets
    ]
    return frozenset.intersection(*alphabets) if alphabets else frozenset()


@functools.cache
def _cyrillic_letters() -> frozenset[str]:
    """The letters any language written in Cyrillic writes (a Latin `XVII` is none)."""
    return frozenset(
        letter
        for code in available_languages()
        if language_file(code).script == "Cyrl"
        for letter in language_file(code).alphabets.get("Cyrl", "")
    )


def shared_letters(names: str, tied: frozenset[str]) -> bool:
    """Whether Cyrillic alphabets tie on a title for letters beyond the core they all share
    (`Кобзар Дніпро`'s і: Ukrainian or Kazakh), not for a frequent word (`в`) or for want of
    any evidence (`Опен Спейс`)."""
    extra = {c for c in names.lower() if c in _cyrillic_letters()} - _cyrillic_core()
    if not extra:
        return False
    for code in tied:
        letters = language_file(code).alphabets.get("Cyrl")
        if language_file(code).script != "Cyrl" or letters is None or not extra <= set(letters):
            return False
    return True


def houses(title: str) -> tuple[str, ...]:
    """The publisher among the work's names that may tell its title's language: none when the
    title's own evidence leans to a language printed under its neighbours' houses
    (`Кыргызстан: парламентаризм и выборы. – Бишкек: Илим`: Russian, whatever `Илим` is)."""
    scores = language_evidence(title)
    leaning = len(scores) > 1 and scores[0][1] > scores[1][1]
    if leaning and language_file(scores[0][0]).printed_by_neighbours:
        return ()
    return ("publisher",)


def silent(names: str, tied: frozenset[str]) -> bool:
    """Whether a Cyrillic title and the work's names give none of `tied` any evidence: only
    letters all their alphabets write, no frequent word or ending (`Сыр бойы`, `Алаш орда`)."""
    letters = {c for c in names.lower() if c in _cyrillic_letters()}
    alphabets = [language_file(code).alphabets.get("Cyrl") for code in tied]
    if not letters or any(a is None or not letters <= set(a) for a in alphabets):
        return False
    return all(score <= 0 for code, score in language_evidence(names) if code in tied)


def cyrillic_words(text: str) -> str:
    """The words of `text` written in Cyrillic letters."""
    letters = _cyrillic_letters()
    return " ".join(w for w in text.split() if any(c in letters for c in w.lower()))


def told(text: str, tied: frozenset[str]) -> str | None:
    """The one language of `tied` that the whole note's letters and words tell apart from the
    others by a letter's worth of evidence (`Київ`'s ї, `Львів`'s ending), or None."""
    scores = sorted(
        ((score, code) for code, score in language_evidence(text, names=False) if code in tied),
        reverse=True,
    )
    if len(scores) < 2 or scores[0][0] - scores[1][0] < _TOLD:
        return None
    return scores[0][1]
