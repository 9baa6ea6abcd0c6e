"""Session 33's exact prechecks: a slashed date, GOST's `//` and APA's unmarked host ask the
note's token texts for a slash or a closing bracket, the typesetter's ranges for a typeset dash,
an opening editor's bracket for a cased editor's word, a title's bracketed period for a bracket
and a dash; an act's dating word and an advisor's phrase ask the casefolded texts; an issue's
number, a numbered title, a month family and a thesis's designation ask the note's marks. With
the prechecks answering "present" the parse is the same, and the passes still read the notes
they are for. Beside them: the title's years walked only where a year stands, the title
language's letter groups counted by the text's letters, and the own author's word and a
headline's verb told by one `startswith`/`endswith` of all their forms."""

from __future__ import annotations

import pytest

from citekit._native import mode
from citekit.citations import type_cues
from citekit.citations.headlines import reports_event
from citekit.citations.own_author import own_author_word
from citekit.citations.tagger import (
    acts,
    advisors,
    apa_hosts,
    bracketed_roles,
    designations,
    inner_years,
    issues,
    month_families,
    numbered,
    slashed_dates,
    title_before_slashes,
    typeset_dashes,
)
from citekit.citations.tagger.tokens import DASHES
from citekit.langid_profiles import LETTERS, by_script, group_counts, row_extras
from tests.citations.parsed import first_citation
from tests.citations.prechecked import answer_present, parsed, sample_notes

_WRITTEN = [
    "Kaya, A. Göç ve kent. İstanbul: İletişim, 12/05/2019.",
    "Иванов И. И. Реформы // Вестник КазНУ. Серия историческая. 2015. № 2. С. 5–9.",
    "M. Demir ve S. Kurt (Edt.), Eğitimde Güncel Konular (ss. 12-30). Ankara: Nobel, 2018.",
    "Smith, J. The steppe. Journal of Asian History 12 (2019): 45‐50.",
    "Ahmet Yaşar Ocak (haz.), Türk Sufiliğine Bakışlar, İstanbul: İletişim, 1996.",
    "Налоговый кодекс Республики Казахстан от 25 декабря 2017 года № 120-VI.",
    "Kaya, Ali. Türkistan'da Cedidcilik. Doktora Tezi, Ankara Üniversitesi, Danışman: Prof. Dr."
    " Mehmet Saray, Ankara, 2005.",
    "Yılmaz, A. Tarih yazımı. Bilig, Sayı: 75, 2015, s. 12-30.",
    "Бартольд В. В. Сочинения. Т. 2, ч. 1. М.: Наука, 1963. С. 45.",
    "Galbraith, J. K. The Great Crash of 1929: A History. Boston: Houghton Mifflin, 1997.",
    "Smith, May, and Jones, April. Spring Rains. London: Hale, 2001.",
    "Иванов И. И. Элита Казахстана : дис. … канд. ист. наук. Алматы, 2005. 180 с.",
    "Er, B. (2018). Dil politikaları (1991-2006) (Yüksek lisans tezi). Ankara Üniversitesi.",
    "Петров П. П. Казахстан в эпоху капитализма (60-е годы XIX в. – 1917 г.). Алматы, 1995.",
]

_TEXTS = frozenset(
    {"/", ")", "(", ":", *DASHES, *typeset_dashes.TYPESET_DASHES, *bracketed_roles._cased_words()}
)
_WORDS = frozenset({*acts._dated(), *advisors._folded_first_words()})
_MARKS = frozenset({"Bissue", "Bvolume", "month", "Bthesis"})


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Written notes holding each pass's marks, and generated ones."""
    return sample_notes(_WRITTEN, 200, seed=33)


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_prechecks_answering_present_change_no_parse(
    notes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = parsed(notes)
    answer_present(
        monkeypatch,
        texts=(
            _TEXTS,
            (
                slashed_dates,
                title_before_slashes,
                apa_hosts,
                typeset_dashes,
                bracketed_roles,
                inner_years,
            ),
        ),
        words=(_WORDS, (acts, advisors)),
        marks=(_MARKS, (issues, numbered, month_families, designations)),
    )
    assert parsed(notes) == guarded


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [
        (
            "Иванов И. И. Реформы // Вестник КазНУ. Серия историческая. 2015. № 2. С. 5–9.",
            "container",
            "Вестник КазНУ. Серия историческая",
        ),
        (
            "Ahmet Yaşar Ocak (haz.), Türk Sufiliğine Bakışlar, İstanbul: İletişim, 1996.",
            "editor",
            "Ocak",
        ),
        (
            "Налоговый кодекс Республики Казахстан от 25 декабря 2017 года № 120-VI.",
            "title",
            "Налоговый кодекс Республики Казахстан",
        ),
        ("Yılmaz, A. Tarih yazımı. Bilig, Sayı: 75, 2015, s. 12-30.", "issue", "75"),
        ("Бартольд В. В. Сочинения. Т. 2, ч. 1. М.: Наука, 1963. С. 45.", "volume", "2"),
        (
            "Galbraith, J. K. The Great Crash of 1929: A History. Boston: Houghton Mifflin, 1997.",
            "title",
            "The Great Crash of 1929",
        ),
        (
            "Иванов И. И. Элита Казахстана : дис. … канд. ист. наук. Алматы, 2005. 180 с.",
            "title",
            "Элита Казахстана",
        ),
        (
            "Er, B. (2018). Dil politikaları (1991-2006) (Yüksek lisans tezi). Ankara"
            " Üniversitesi.",
            "title",
            "Dil politikaları (1991-2006)",
        ),
        (
            "Петров П. П. Казахстан в эпоху капитализма (60-е годы XIX в. – 1917 г.). Алматы,"
            " 1995.",
            "title",
            "(60-е годы XIX в. – 1917 г.)",
        ),
        (
            "Kaya, Ali. Türkistan'da Cedidcilik. Doktora Tezi, Ankara Üniversitesi, Danışman:"
            " Prof. Dr. Mehmet Saray, Ankara, 2005.",
            "author",
            "Kaya",
        ),
    ],
)
def test_passes_still_read_their_notes(note: str, field: str, value: str) -> None:
    record = first_citation(note)
    got = {
        "container": record.container or "",
        "title": record.title or "",
        "issue": record.issue or "",
        "volume": record.volume or "",
        "author": " ".join(name.family or "" for name in record.authors),
        "editor": " ".join(name.family or "" for name in record.editors),
    }[field]
    assert value in got


def _walked(script: str, present: frozenset[str], text: str) -> list[int]:
    """Each row's letter groups counted as `_scores` counted them before: every row's groups
    walked whole."""
    out = []
    for _lacking, groups in row_extras(script):
        held = [
            group
            for first, first_letter, last, last_letter, group in groups
            if (first in present if first_letter else first in text)
            and (last in present if last_letter else last in text)
        ]
        out.append(sum(map(text.count, held)))
    return out


@pytest.mark.parametrize(
    ("script", "text"),
    [
        ("Latn", "türkistan'da cedidcilik hareketi ve şehirleşme"),
        ("Latn", "zhazba eskertkishteri men qazaq tili"),
        ("Latn", "the shifting khanates of the chagatai ulus"),
        ("Latn", "tārīkh-i rashīdī: a history of the moghuls"),
        ("Latn", "türkmenistanyň eksporty artdy"),
        ("Cyrl", "қазақ хандығының тарихы"),
        ("Cyrl", "очерки истории средней азии"),
        ("Arab", "تاريخ آسياى مركزى"),
    ],
)
def test_letter_groups_counted_as_walked(script: str, text: str) -> None:
    present = frozenset(c for c in text if LETTERS.fullmatch(c))
    assert script in by_script()
    assert group_counts(script, present, text) == _walked(script, present, text)


@pytest.mark.parametrize(
    ("word", "bare", "own"),
    [
        ("Автордың", False, True),
        ("Yazarın", False, True),
        ("Author", True, True),
        ("Авторов", False, False),
        ("Kaya", False, False),
        ("Ankara", False, False),
    ],
)
def test_own_author_word(word: str, bare: bool, own: bool) -> None:
    assert own_author_word(word, bare=bare) is own


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("Cumhurbaşkanı Ankara'ya geldi", True),
        ("Cumhurbaşkanı yeni kabineyi açıkladı", True),
        ("Тоқаев жаңа заңға қол қойды", True),
        ("Президент подписал", False),
        ("Türkiye ekonomisi", False),
        ("Tek", False),
    ],
)
def test_headline_verbs(title: str, event: bool) -> None:
    assert reports_event(title) is event


@pytest.mark.parametrize(
    "text",
    [
        "Oʻzbekiston Respublikasi Vazirlar Mahkamasining qaroriga qo‘mitasi, Toshkent, 2020.",
        "Şer‘iyye Sicilleri, İstanbul Kadılığı, 1 Numaralı Defter, s. 12.",
        "Türkiye’de `yerel` yönetimler´ (2019). Ankara: İmge.",
        "Иванов И. И. «Заря», (2001). С. 5–9.",
        "",
    ],
)
def test_apostrophes_read_as_one(text: str) -> None:
    table = str.maketrans(dict.fromkeys("‘’ʻʼ`´", "'"))
    assert type_cues._one_apostrophe(text) == text.translate(table)
    assert type_cues.folded_words(text) == type_cues._WORD.findall(
        type_cues.casefold(text).translate(table)
    )
