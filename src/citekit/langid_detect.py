"""langdetect, seeded and narrowed to the languages a note cites: the guess `citekit.langid`
takes when a title's own evidence leaves its language open."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Final

__all__ = ["langdetect_guess", "ngram_table"]

# The languages langdetect weighs: citekit's own and those a note most often cites besides.
# Its 55 profiles cost 15 times as much per title, for answers citekit would not give (on a
# short title, Slovene or Somali n-grams are noise).
_LANGDETECT_PROFILES: Final = (
    *("en", "tr", "ru", "uk"),
    *("de", "fr", "es", "it", "pt", "nl", "pl", "cs", "bg", "ro", "hu", "sv", "da", "fi"),
    *("ar", "fa", "zh-cn", "ja", "ko"),
)


@functools.cache
def _detector_factory() -> object:
    """langdetect's factory, loaded once with `_LANGDETECT_PROFILES` and seeded."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.seed = 0  # deterministic answers
    profiles = Path(PROFILES_DIRECTORY)
    factory.load_json_profile(
        [(profiles / code).read_text("utf-8") for code in _LANGDETECT_PROFILES]
    )
    # each n-gram's probabilities as a tuple (langdetect only reads them): ~45,000 lists the
    # garbage collector would walk on every full collection, as tuples of floats it drops
    table = factory.word_lang_prob_map
    for ngram, probabilities in table.items():
        table[ngram] = tuple(probabilities)
    return factory


def ngram_table() -> tuple[dict[str, tuple[float, ...]], list[str]]:
    """langdetect's n-gram table (each n-gram's probability in each language's profile) and
    the languages in its order, as loaded for `langdetect_guess`."""
    factory: Any = _detector_factory()
    return factory.word_lang_prob_map, factory.langlist


@functools.lru_cache(maxsize=1024)  # seeded: a text's answer is the same each time it is asked
def langdetect_guess(text: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()  # type: ignore[attr-defined]
    try:
        detector.append(text)
        _detect_block(detector)
        return str(detector.detect())
    except LangDetectException:
        return None


def _detect_block(detector: Any) -> None:
    """langdetect's `Detector._detect_block`, the same draws and the same float operations
    in the same order (its answers bit for bit), in fewer interpreter steps: no method call
    and no table lookup per draw. Its numbers are typed: compiled (mypyc), they are C doubles
    and ints, not objects (the same IEEE operations)."""
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    detector.cleaning_text()
    ngrams = detector._extract_ngrams()
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    table = detector.word_lang_prob_map
    rows: list[tuple[float, ...]] = [table[ngram] for ngram in ngrams]  # each one is in it
    size: int = len(detector.langlist)
    langprob = [0.0] * size
    rnd = detector.random
    rnd.seed(detector.seed)
    trials: int = detector.n_trial
    limit: int = detector.ITERATION_LIMIT
    threshold: float = detector.CONV_THRESHOLD
    width: float = detector.ALPHA_WIDTH
    base: float = detector.BASE_FREQ
    # `rnd.choice(ngrams)` inlined (`random.Random._randbelow_with_getrandbits`): the same draws
    count = len(rows)
    bits = count.bit_length()
    draw = rnd.getrandbits
    for _trial in range(trials):
        prob: list[float] = detector._init_probability()
        alpha: float = detector.alpha + rnd.gauss(0.0, 1.0) * width
        weight = alpha / base
        i = 0
        while True:
            r: int = draw(bits)
            while r >= count:
                r = draw(bits)
            row = rows[r]
            # written out, not `*=` on an item: mypyc makes an item's augmented assignment a
            # boxed operation; this one multiplies C doubles (the same IEEE operation)
            for k in range(size):
                prob[k] = prob[k] * (weight + row[k])
            if i % 5 == 0:  # `_normalize_prob`
                top = 0.0
                total: float = sum(prob)  # typed: a C double, each division unboxed
                for k in range(size):
                    p: float = prob[k] / total
                    if top < p:
                        top = p
                    prob[k] = p
                if top > threshold or i >= limit:
                    break
            i += 1
        for k in range(size):
            langprob[k] = langprob[k] + prob[k] / trials
    detector.langprob = langprob
