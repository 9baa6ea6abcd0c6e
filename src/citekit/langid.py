"""Tell the language of a short string (a title, a headline) among citekit's languages.

Statistical detectors are weak on five-word titles and know neither Kazakh nor Turkmen, so the
evidence is combined the way an editor reads: the script, letters that only some alphabets have
(Kazakh ә ғ қ ң ө ұ ү һ і, Turkmen ň ý ä ž, Turkish ı ğ), letters an alphabet lacks (Turkmen
has no ı, Turkish no ý), frequent words, and letters a language also writes as vowels before a
consonant (Turkmen ``y`` in ``-ty``, ``-dy``, which Turkish and Azerbaijani only write before a
vowel). All of it is per-language data (``[langid]`` in each language file). langdetect,
seeded, decides what the evidence leaves open.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Final

from citekit._text import SMALL_ROMAN
from citekit.langid_detect import langdetect_guess
from citekit.langid_foreign_names import foreign_name_letters
from citekit.langid_keyboards import keyboard_letters, plain_endings, typed_for, undotted_words
from citekit.langid_profiles import (
    BASIC,
    ENDING,
    ENDING_WORD,
    EVIDENCE,
    EVIDENCE_CACHE,
    WORD,
    by_script,
    group_counts,
    indexes,
    lower,
    row_extras,
    script_of,
    small_words,
    vowel_letter_patterns,
    word_clusters,
    word_evidence,
)
from citekit.langid_read_back import read_back
from citekit.langid_romanised import romanised_east_asian
from citekit.langid_spelling import harmony_evidence, spelling_evidence
from citekit.langid_suffixes import apostrophe_words, unsuffixed
from citekit.languages import language

__all__ = ["BY_SCRIPT", "detect_language", "language_evidence"]

_MAX_CHARS: Final = 2000
# a Roman numeral (`XVII wieku`, `XIX asrda`): a number, whose letters tell no language
_ROMAN: Final = re.compile(r"\b[IVXLC]{2,}\b")
# … and one in small letters, in a text typed all in lower case (`xviii–xix asyrlar`)
_SMALL_ROMAN: Final = re.compile(rf"\b(?=[ivxlc]{{2,}}\b){SMALL_ROMAN}\b")
# a letter alone in brackets (`(і)`, `(a)`) is a letter named or a list's mark, no word
_BRACKETED_LETTER: Final = re.compile(r"\(\w\)")
_FOREIGN_MIN_WORDS: Final = 5  # words langdetect needs before its guess of another language counts
_OUTSIDE: Final = 5.0  # a letter the alphabet lacks
_SPECIAL: Final = 2.0  # a letter the alphabet has beyond the script's basic letters
# a letter group typical of the language (English th, ck, ea), at most 3 counted
_CLUSTER: Final = 1.0
# a word as its evidence is weighed: a hyphen joins one (`ун-та` holds no Kazakh `та`)
_WHOLE_WORDS: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a word as a name is written: an apostrophe joins a suffix to it (`Efes'in`, `Türkiye’de`)
_NAMED_WORDS: Final = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a word before an English possessive `'s` (`Hitler's`, `Atatürk's`): a name, whose letters and
# ending are no evidence (a Turkic suffix after an apostrophe is never a bare `s`)
_POSSESSIVE: Final = re.compile(r"([^\W\d_]+)['’]s(?![^\W\d_])")
# words after a first word in small letters that may tell a language apart from its letters
_OPENING_WORDS: Final = 2
_DOTTED_I: Final = "\u0130"  # `İ`, the capital of `i` in the alphabets that also write `ı`


_CHINESE: Final = "zh"
_JAPANESE: Final = "ja"
# the languages told by their script alone (`中国与海外华人`, kana): no other evidence overrules
BY_SCRIPT: Final = frozenset({_CHINESE, _JAPANESE})
_HAN: Final = re.compile("[\u3040-\u30ff\u4e00-\u9fff]")  # kana, the common Han ideographs
_KANA: Final = re.compile("[\u3040-\u30ff]")
_OWN: Final = re.compile("[\u0400-\u06ff]")  # the Cyrillic and Arabic scripts' letters
_BRACKETED: Final = re.compile(r"\[[^\]]*\]")


def _han(text: str) -> bool:
    """A title written (or given beside its romanization) in Han characters or kana, with no
    letter of the Cyrillic or Arabic script: `Zhongguo yu haiwai huaren 中国与海外华人` is
    Chinese, whatever its Latin letters say. A square-bracketed part is a translation of the
    title, not the title (a Kazakh title's bracketed Chinese name is Kazakh)."""
    if "[" in text:
        text = _BRACKETED.sub("", text)
    return _HAN.search(text) is not None and _OWN.search(text) is None


def _own_words(original: str, names: bool) -> str:
    """The words of `original` (lower case) a title does not write as names: all of them with
    `names` False; else none capitalised but all capitals, a first word only when the second is
    not (`Абай Құнанбаев`: names; `Гылыми терминология`: the title's capital)."""
    words = _NAMED_WORDS.findall(original)
    if not names:
        return lower(" ".join(words))
    kept = []
    for i, word in enumerate(words):
        name = word[0].isupper() and not word.isupper()
        if name and i == 0:
            name = len(words) > 1 and words[1][0].isupper()
        if not name:
            kept.append(word)
    return lower(" ".join(kept))


def _small_words(original: str) -> str:
    """The words a title in sentence case (some word in small letters) does not write as names
    (`_own_words`: `жасы де` of `Балсана Әлиманованың жасы 57-де`); none of a title in title
    case or capitals, whose names are not told."""
    if any(w[0].islower() for w in _NAMED_WORDS.findall(original)):
        return _own_words(original, True)
    return ""


@functools.cache
def _reads_notes(code: str) -> bool:
    """Whether citekit reads notes in the language, not only tells its titles (Spanish,
    Persian: `titles_only`): langdetect's guess of one of those on a short title
    with no evidence is as much noise as its guess of a language citekit has no file for."""
    return not language(code).titles_only


def _trusted_guess(code: str, words: list[str]) -> bool:
    """Whether langdetect's guess, with no evidence for any language, counts: a language whose
    file does not rank it below every other (a prior of 0: its guesses on a short title are
    noise, `Ahmet Altan [GK]` is no Hungarian), or a title long enough for its n-grams."""
    return language(code).prior > 0 or len(words) >= _FOREIGN_MIN_WORDS


def _prior(code: str, script: str) -> int:
    lang = language(code)
    return lang.script_priors.get(script, lang.prior)


_ACRONYM: Final = 6  # letters of an acronym in capitals at most (`TÜİK`, `ҚазҰУ` aside)


def _names_letters(
    original: str,
    letters: set[str],
    basic: frozenset[str],
    rows: tuple[tuple[str, frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]], ...],
) -> frozenset[str]:
    """The letters that are a name's, not the title's: a name keeps its own spelling in a
    title of another language (`Абай Құнанбаев: жизнь и творчество`, `История Қазақстана в
    документах`). They are the letters written only in capitalised words, when the title's
    other words (`жизнь и творчество`) tell best, by frequent words and endings, a language
    whose alphabet lacks them; else none (`Қазақ тарихы`: `тарихы` is a Kazakh word, and
    Kazakh writes `қ`). A word with an apostrophe is a name and its suffix (`Efes'in`: no
    English `in`) or an elided article, and tells nothing."""
    named: set[str] = set()
    plain: set[str] = set()
    words = _NAMED_WORDS.findall(original)
    others = 0  # the words no name's
    opening = False  # the first word weighed as a name before words in small letters
    capitals = all(word.isupper() for word in words)
    for i, word in enumerate(words):
        # a capital and small letters: a name; all capitals (`MAÇIN ÖNEMLİ ANLARI`) are none,
        # unless a short word in capitals among others that are not (`Scraping TÜİK Bulletins`:
        # an acronym, a body's name),
        # and a first word is one before another capitalised word (`Абай Құнанбаев`), or
        # before words enough, all in the script's basic letters, to tell the title's language
        # by a frequent word (`Қазақстан и Россия: история отношений`; not `Táýelsizdik
        # shejiresi`, whose capital opens it, nor `Башҡорт теленең грамматикаһы`)
        name = word[0].isupper() and not word.isupper()
        name = name or (not capitals and word.isupper() and len(word) <= _ACRONYM)
        if name and i == 0:
            name = len(words) > 1 and words[1][0].isupper()
            opening = (
                not name
                and len(words) > _OPENING_WORDS
                and all(char in basic for char in lower("".join(words[1:])))
            )
            name = name or opening
        (named if name else plain).update(lower(word))
        if not name:
            others += 1
    only = frozenset((letters - basic) & (named - plain))
    holding = sum(not only.isdisjoint(lower(w)) for w in words)
    if not only or holding > max(others, len(words) - holding - 1):
        # none, or more words with them than without (title case: `Türk Dili Tarihi`); in
        # title case a word with them among words that tell a language (`Köprülü Family
        # Politics`) is weighed as a name, what the others tell decides below
        return frozenset()
    # what the words without them tell (`Президента Казахстана`: Russian)
    told: dict[str, float] = {}
    for low in map(lower, words):
        if only.isdisjoint(low) and "'" not in low and "’" not in low:
            evidence = EVIDENCE.get(low)
            for code, score in word_evidence(low) if evidence is None else evidence:
                told[code] = told.get(code, 0.0) + score
    best = max(told.values(), default=0.0)
    if best <= 0:
        return frozenset()
    if opening and not only.isdisjoint(lower(words[0])):
        # a first word is a name only when a frequent word of the best told language says so
        # (`и`, `в`; not endings alone: `Башҡорт теленең грамматикаһы` is Bashkir)
        common = indexes()[0]
        if not any(
            told.get(code, 0.0) >= best
            for low in map(lower, words[1:])
            for code in common.get(low, ())
        ):
            return frozenset()
    own = letters & plain  # the other words' letters: the language they tell writes them
    lacking = False
    for code, alphabet, _common, _endings, _clusters in rows:
        if told.get(code, 0.0) >= best:
            if only <= alphabet:
                return frozenset()  # they tell as well a language that writes the names' letters
            lacking = lacking or own <= alphabet
    return only if lacking else frozenset()


@functools.lru_cache(maxsize=1024)
def _scores(text: str, names: bool = True) -> tuple[str, list[str], str, dict[str, float]] | None:
    """The normalised text, its words, its main script and each language's evidence score;
    None when the text has too few letters to judge. `names`: a name's letters may be no
    evidence (`_names_letters`, for a title; a whole note's place names tell its language).
    Cached: a citation's title is weighed several times (callers only read the result)."""
    original = unicodedata.normalize("NFC", text[:_MAX_CHARS])
    if "X" in original or "V" in original or "I" in original:
        original = _ROMAN.sub(" ", original)
    elif original.islower():
        original = _SMALL_ROMAN.sub(" ", original)
    if "(" in original:
        original = _BRACKETED_LETTER.sub(" ", original)
    text = lower(original)
    whole = _WHOLE_WORDS.findall(text)
    # the runs of letters (`LETTERS`): the parts its hyphens join in each whole word, which
    # holds every run of letters whole (one scan of the text, not two)
    words = "-".join(whole).split("-") if whole else []
    if sum(map(len, words)) < 2:
        return None
    joined = "".join(words)
    distinct = set(joined)
    present = frozenset(distinct)  # the text's letters (its words' letters are all of them)
    low, high = min(distinct), max(distinct)
    if high < "\u0250":  # all Latin (the common case, decided without a lookup per letter)
        scripts = {"Latn"}
    elif low >= "\u0400" and high <= "\u04ff":
        scripts = {"Cyrl"}
    else:
        scripts = {script_of(char) for char in distinct}
    if len(scripts) == 1:
        script = scripts.pop()
    else:  # the script most letters are written in
        counts: dict[str, int] = {}
        for char, n in Counter(joined).items():
            counts[script_of(char)] = counts.get(script_of(char), 0) + n
        script = max(counts, key=lambda s: counts[s])
        distinct = {char for char in distinct if script_of(char) == script}
    basic = BASIC.get(script, frozenset())
    scores: dict[str, float] = {}
    rows = by_script().get(script, ())
    found: dict[str, float] = {}
    cache = EVIDENCE
    possessed: frozenset[str] = frozenset()
    if names and ("'s" in text or "’s" in text):
        possessed = frozenset(_POSSESSIVE.findall(text))
    listed = indexes()[0]
    # one pass over the words, not one per language
    for word in apostrophe_words(text, unsuffixed(text, whole), listed):
        if word in possessed:
            continue
        evidence = cache.get(word)
        if evidence is None:
            if len(cache) > EVIDENCE_CACHE:
                cache.clear()  # bounded: a huge archive must not grow it forever
            evidence = cache[word] = word_evidence(word)
        for code, score in evidence:
            found[code] = found.get(code, 0.0) + score
    for code, listed_small in small_words():  # `jane`, but not the name `Jane`
        if any(w in listed_small for w in _WHOLE_WORDS.findall(original)):
            found[code] = found.get(code, 0.0) + WORD
    if not present.isdisjoint(keyboard_letters()):  # typed with a language's own letters
        plain_endings(whole, present, found, ENDING, ENDING_WORD)
    if script == "Latn" and "I" in original and _DOTTED_I not in original:
        undotted_words(_WHOLE_WORDS.findall(original), indexes()[0], found, WORD)
    if names and original != text and not distinct <= basic:
        # some capital and a letter beyond the script's basic ones: a name's letters may be
        # no evidence (`_names_letters`; with none beyond, it has none to take away)
        distinct -= _names_letters(original, distinct, basic, rows)
    if names and original != text:
        # a foreign name's plain letters the title's language lacks (Turkish `Wilhelm`)
        distinct -= foreign_name_letters(original, distinct, rows, basic)
    if possessed:  # the names' letters no other word writes
        distinct -= set("".join(possessed)) - set("".join(w for w in whole if w not in possessed))
    dotted = script == "Latn" and _DOTTED_I in original
    special = distinct - basic
    extras = row_extras(script)
    in_text = group_counts(script, present, text)  # each row's letter groups in the text
    grouped: dict[str, float] = {}  # what each language's letter groups gave it
    for k in range(len(rows)):
        row = rows[k]
        code = row[0]
        letters_in = row[1]
        lacking, groups = extras[k]
        # `distinct - letters_in`, counted over the few letters that decide it: the basic
        # letters the alphabet lacks, and the special letters
        missing = len(special - letters_in) if special else 0
        outside = missing + (len(lacking & distinct) if lacking else 0)
        score = -_OUTSIDE * outside + _SPECIAL * (len(special) - missing)
        score += found.get(code, 0.0)
        if dotted and "ı" in letters_in:
            score += _SPECIAL
        if groups:
            grouped[code] = _CLUSTER * min(3, in_text[k])
            score += grouped[code]
        scores[code] = score
    if script == "Latn":
        typed_for(original, distinct, scores, indexes()[0], _WHOLE_WORDS.findall, _rescored(names))
    # a text in another spelling (`zhazba`, `yeskertkishteri`: no Turkmen writes `zh`, `sh`)
    # has no vowel letters of the language's (its `y` is Kazakh `ы` and `й` romanised)
    unspelled = spelling_evidence(
        scores, script, text, distinct, special, len(joined), lambda: _small_words(original)
    )
    for code in unspelled:  # nor its letter groups (Arabic `ā`, `ī` of `Tārīkh-i Rashīdī`)
        scores[code] -= grouped.get(code, 0.0)
    harmony_evidence(scores, script, text, present)
    for code, letters_script, pattern in vowel_letter_patterns():
        if letters_script == script and code in scores and code not in unspelled:
            scores[code] += _SPECIAL * min(len(pattern.findall(text)), 3)
    closing, word_rows = word_clusters()
    if not present.isdisjoint(closing):  # a letter that closes a group (`ы`), else none
        own = _own_words(original, names)
        for code, spelled in word_rows:
            if code in scores:
                scores[code] += _CLUSTER * min(3, sum(map(own.count, spelled)))
    return text, words, script, scores


def _rescored(names: bool) -> Callable[[str], dict[str, float] | None]:
    """Each language's evidence score for another reading of a title (`_scores`)."""

    def rescored(text: str) -> dict[str, float] | None:
        found = _scores(text, names)
        return None if found is None else found[3]

    return rescored


def language_evidence(text: str, *, names: bool = True) -> tuple[tuple[str, float], ...]:
    """Each citekit language's evidence score for the text, best first (what
    `detect_language` weighs before it asks langdetect); empty for text without letters.
    `names=False` weighs the letters of capitalised words too (a whole note, not a title).

    >>> language_evidence("Türkmenistanyň eksporty artdy")[0][0]
    'tk'
    """
    found = _scores(text, names)
    if found is None:
        return ()
    return tuple(sorted(found[3].items(), key=lambda kv: (-kv[1], kv[0])))


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language, or ``"und"`` when it cannot tell.

    >>> detect_language("Қасым-Жомарт Тоқаев пен Гурбангулы Бердімұхамедов брифинг өткізді")
    'kk'
    """
    if text and max(text) >= "\u3040" and _han(text):
        return _JAPANESE if _KANA.search(text) else _CHINESE
    found = _scores(text, True)  # the same cache key as `language_evidence(text)`'s
    if found is None:
        return "und"
    written = text
    text, words, script, scores = found
    if script == "Latn" and (romanised := romanised_east_asian(text)) is not None:
        return romanised  # `Zhongguo jindai shi`, `Chūō Ajia shi kenkyū`
    if not scores:
        return langdetect_guess(text) or "und"
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, best_score = ranked[0]
    tied = [code for code, score in ranked if score == best_score]
    # a language of a prior of 0 no evidence names is no rival a romanised title must read
    # back against (`Sjojgu: Rossija usilit …` reads as Finnish n-grams, no Finnish word)
    rivals = (
        [(c, s) for c, s in ranked if s > 0 or _prior(c, script) > 0] if script == "Latn" else []
    )
    if len(rivals) > 1 and (back := read_back(written, rivals)) is not None:
        return back  # a romanised title that reads back as its language (`Vlast' i narod`)
    if len(tied) == 1 and best_score > 0:
        return best
    if best_score > 0 or (script == "Cyrl" and best_score == 0):
        # Equal evidence: the language more often cited in this kind of writing wins.
        return max(tied, key=lambda code: _prior(code, script))
    if len(words) < 3:
        # One or two plain words ("Firebase", "Chmod") carry no language a detector can see.
        return "und"
    guess = langdetect_guess(text)
    if guess in tied and _reads_notes(guess) and (best_score > 0 or _trusted_guess(guess, words)):
        return guess
    if guess is not None and (guess not in scores or not _reads_notes(guess)) and best_score <= 0:
        # langdetect names a language citekit has no data for (or only its titles'); on a
        # title this short its n-grams are noise ("Central Asian trade" -> pt): "und", no guess
        return guess if len(words) >= _FOREIGN_MIN_WORDS else "und"
    if best_score > 0:
        return best
    if guess is None or not _trusted_guess(guess, words):
        return "und"  # no evidence for any language: a minor one's guess on a short title is noise
    return guess
