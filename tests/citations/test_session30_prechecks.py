"""Session 30's exact prechecks: its passes first ask the note's shared sets (`tokens.text_set`,
`prechecks.marks_union`) whether the mark or lexicon mark they need stands in the note at all:
a role's opening word, a slash, an opening quote, a colon, an article's hyphen, a bracket.
With the prechecks answering "present" the parse is the same, and the passes still read the
notes they are for."""

from __future__ import annotations

import pytest

from citekit._native import mode
from citekit.citations.family_endings import family_first_by_ending
from citekit.citations.news_outlets import news_outlet
from citekit.citations.tagger import (
    article_titles,
    bracketed_imprints,
    entry_labels,
    imprint_subtitles,
    role_phrases,
    sentence_imprints,
    slashed_volumes,
    title_colons,
    undated,
    unmarked_hosts,
)
from citekit.citations.tagger.tokens import tokenize
from citekit.langid_romanised import romanised_east_asian
from tests.citations.parsed import first_citation
from tests.citations.prechecked import answer_present, parsed, sample_notes

_WRITTEN = [
    "Ahmet Yılmaz, Osmanlı Toplumu, Çeviren: Süleyman Uludağ (İstanbul: Dergâh Yayınları, "
    "2013), 243.",
    "Hobsbawm, Eric. Kısa 20. Yüzyıl. Çev.: Yavuz Alogan. İstanbul: Sarmal, 1996.",
    "Smith, J. Steppe Empires, ed. Ross Lopez and Anna Kerr, Oxford: Clarendon, 2004.",
    "Орлов А. История Сибири / пер. Талан Г. П. Нью-Йорк ; Мюнхен, 1958. 210 с.",
    "Taberî, Câmiu’l-beyân, 3/45.",
    "“Kazâ” md., DİA, XXV, 108.",
    "“Kadı” maddesi, İA, VI, 42-49.",
    "Kaya, Ali. “Kıyı”. Bilig / 71 (Ekim 2014): 1-20.",
    "Serahsî, el-Mebsût, 10/12.",
    "Fahreddin er-Râzî, Mefâtîhu’l-gayb, Beyrut: Dâru’l-Fikr, 1981, 4/112.",
    "İbn Haldun, Mukaddime, Beyrut: Dâru’l-Kalem, 1984.",
    "Jones, Mark, Gandhi, Nehru, Jinnah: Three Lives, New Delhi: Penguin, 2004.",
    "Smith J. History of Persian prose. London: Routledge, 1965, 2 vols.",
    "Абай. Шығармалар жинағы. 2 томдық. Алматы: Жазушы, 1995.",
    "Ministry of Foreign Affairs of Turkey. (n.d.). Turkey's Relations with Central Asia.",
    "Yapay Zekâ Uygulamaları (1923-1950) 1943. C. 12.",
    "«Қазақ» газеті және Алаш идеясы // Қазақ тарихы. — 2018. — № 3. — Б. 12–18.",
    "Ономастика — монографія. До питання про роль козацтва // Українська мова. 2001. № 2.",
    "Иванов И. И. Очерки. К., 1979. С. 437.",
    "Ahmet Kaya, Orta Asya 1600 (Ankara: Nobel, 2019), 45.",
    "Lin Gan (1986). Zhongguo jindai shi. Huhehaote: Nei Menggu renmin chubanshe.",
]

# every text, word and mark the prechecks ask for: present, the passes run their whole work
_TEXTS = frozenset({"(", "/", ":", "-", *entry_labels._OPENING})
_MARKS = frozenset({"Btranslator", "Beditor"})


@pytest.fixture(scope="module")
def notes() -> list[str]:
    """Written notes holding each pass's marks, and generated ones."""
    return sample_notes(_WRITTEN, 200, seed=30)


@pytest.mark.skipif(mode().startswith("compiled"), reason="compiled passes bind their imports")
def test_prechecks_answering_present_change_no_parse(
    notes: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    guarded = parsed(notes)
    texts = (
        article_titles,
        bracketed_imprints,
        entry_labels,
        imprint_subtitles,
        sentence_imprints,
        slashed_volumes,
        title_colons,
        undated,
        unmarked_hosts,
    )
    answer_present(
        monkeypatch,
        texts=(_TEXTS, texts),
        marks=(_MARKS, (role_phrases,)),
    )
    assert parsed(notes) == guarded


@pytest.mark.parametrize(
    ("note", "marked"),
    [
        ("Ministry of Foreign Affairs of Turkey. (n.d.). Turkey's Relations.", True),
        ("Türk Dil Kurumu. (t.y.). Güncel Türkçe Sözlük.", True),
        ("Ivanov I. Istoriia. Moscow, 2001.", False),
        ("Smith, J. (2019). Title. Oxford.", False),
    ],
)
def test_undated_marks_read_with_their_bracket_only(note: str, marked: bool) -> None:
    assert undated.marked_undated(tokenize(note)) is marked


@pytest.mark.parametrize(
    ("note", "field", "value"),
    [
        ("Taberî, Câmiu’l-beyân, 3/45.", "volume", "3"),
        ("Taberî, Câmiu’l-beyân, 3/45.", "page", "45"),
        ("Kaya, Ali. “Kıyı”. Bilig / 71 (Ekim 2014): 1-20.", "issue", "71"),
        ("“Kazâ” md., DİA, XXV, 108.", "title", "Kazâ"),
        (
            "Hobsbawm, Eric. Kısa 20. Yüzyıl. Çev.: Yavuz Alogan. İstanbul: Sarmal, 1996.",
            "tr",
            "Alogan",
        ),
        ("Smith J. History of Persian prose. London: Routledge, 1965, 2 vols.", "title", "History"),
        ("Serahsî, el-Mebsût, 10/12.", "title", "el-Mebsût"),
    ],
)
def test_passes_still_read_their_notes(note: str, field: str, value: str) -> None:
    record = first_citation(note)
    got = {
        "volume": record.volume or "",
        "page": record.page or "",
        "issue": record.issue or "",
        "title": record.title or "",
        "tr": " ".join(getattr(n, "family", "") or "" for n in record.translators),
    }[field]
    assert value in got


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Zhongguo jindai shi", "zh"),
        ("Zhōngguó jìndài shǐ", "zh"),
        ("Chūō Ajia shi kenkyū", "ja"),
        ("Nihon no rekishi", "ja"),
        ("Osmanlı tarihi üzerine", None),
        ("The history of the steppe", None),
        ("Tārikh-e nazm va nasr", None),
        ("История Сибири", None),
        ("Ça va très bien", None),
    ],
)
def test_romanised_titles_read_as_before(title: str, language: str | None) -> None:
    """The first word that is no pinyin ends the pinyin reading; letters past ASCII are read as
    the set of them."""
    assert romanised_east_asian(title) == language


@pytest.mark.parametrize(
    "host", ["Eurasianet", "www.tass.ru", "kaz.tengrinews.kz", "Sputnik Казахстан", "Bilig"]
)
def test_news_outlets_kept_answer_as_asked_anew(host: str) -> None:
    assert news_outlet(host) == news_outlet.__wrapped__(host) == news_outlet(host)


@pytest.mark.parametrize(
    ("first", "second", "family_first"),
    [
        ("Ahmedov", "Bekzod", True),
        ("Orazowa", "Aýna", True),
        ("Нұрланов", "Бекзат", True),
        ("Bekzod", "Ahmedov", False),
        ("Ivanov", "Petrov", False),
        ("Lev", "Tolstoy", False),
        ("ahmedov", "Bekzod", False),
        ("Smith", "John", False),
    ],
)
def test_family_endings_read_as_before(first: str, second: str, family_first: bool) -> None:
    """One `endswith` over every ending turns away the words that end as no family does."""
    assert family_first_by_ending(first, second) is family_first
