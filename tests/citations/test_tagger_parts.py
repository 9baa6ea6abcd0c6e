"""The parts around the note tagger's model: tokens, exact rules, names, alignment, decoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.citations.names import split_names, to_name
from citekit.citations.structure import find_exact
from citekit.citations.tagger import Tagger, load_tagger, rule_labels
from citekit.citations.tagger.align import record_spans, token_labels
from citekit.citations.tagger.decode import decode
from citekit.citations.tagger.features import features
from citekit.citations.tagger.tokens import tokenize
from citekit.citations.type_model import TypeModel, infer_type, type_features
from citekit.errors import ModelError
from citekit.model import Name, PartialDate


def test_tokens_keep_offsets_and_punctuation() -> None:
    text = "Сулейменов О. Аз и Я. — Алма-Ата: Жазушы, 1975. 304 с."
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.text for t in tokens[8:12]] == ["Алма", "-", "Ата", ":"]


def test_an_address_a_doi_and_a_domain_are_one_token_each() -> None:
    text = "x // ashgabat.in. https://a.tm/b?c=1 10.1177/0003122419877135"
    words = [t.text for t in tokenize(text)]
    assert {"ashgabat.in", "https://a.tm/b?c=1", "10.1177/0003122419877135"} <= set(words)


def test_tokenize_reads_no_further_than_its_limit() -> None:
    assert len(tokenize("a " * 10_000, 400)) == 400


@pytest.mark.parametrize(
    ("written", "family", "given"),
    [
        ("Yılmaz Ş.", "Yılmaz", "Ş."),
        ("Сулейменов О.", "Сулейменов", "О."),
        ("Z. S. Kenzhebayeva", "Kenzhebayeva", "Z. S."),
        ("Муратова, Диана", "Муратова", "Диана"),
        ("Halil İnalcık", "İnalcık", "Halil"),
    ],
)
def test_names_split_with_initials_as_written(written: str, family: str, given: str) -> None:
    name = to_name(written)
    assert (family, given) == (name.family, name.given)
    assert written == str(name)


def test_split_names_joins_an_inverted_name_with_its_initials() -> None:
    assert split_names("Demirbulat, Ö. G., & AVCIKURT, C.") == ("Demirbulat, Ö. G.", "AVCIKURT, C.")


def test_exact_rules_find_address_doi_isbn_and_access_date() -> None:
    text = (
        "Title // Journal. 2019. DOI: 10.1177/0003122419877135. ISBN 978-5-97060-426-7. "
        "https://x.org/a. (Erişim Tarihi: 25.10.2021)"
    )
    exact = find_exact(text)
    assert exact.url == "https://x.org/a"
    assert exact.doi == "10.1177/0003122419877135"
    assert exact.isbn == "978-5-97060-426-7"
    assert PartialDate(2021, 10, 25) == exact.accessed


def test_a_doi_address_is_a_doi_not_the_url() -> None:
    exact = find_exact("Title. https://doi.org/10.1000/xyz123")
    assert (exact.doi, exact.url) == ("10.1000/xyz123", None)


def test_rule_labels_mark_only_the_tokens_a_rule_found() -> None:
    text = "Site, https://a.tm/b (Erişim Tarihi: 25.10.2021)"
    tokens = tokenize(text)
    labels = rule_labels(tokens, find_exact(text))
    assert labels[:3] == [None, None, "URL"]
    assert "accessed" in labels


def test_corpus_gold_aligns_to_spans_and_tokens() -> None:
    text = "Сулейменов О. Аз и Я. Алма-Ата: Жазушы, 1975. 304 с."
    gold = {
        "title": "Аз и Я",
        "author": ["Сулейменов О."],
        "container": "Жазушы",
        "publisher": "Жазушы",
        "place": "Алма-Ата",
        "issued": "1975",
        "extent": "304",
        "pages": None,
    }
    spans = record_spans(text, gold)
    assert spans is not None
    labels = token_labels(tokenize(text), spans)
    assert labels[:6] == ["author"] * 3 + ["title"] * 3
    assert {"publisher", "publisher-place", "issued", "number-of-pages"} <= set(labels)


def test_gold_that_is_not_in_the_text_is_not_aligned() -> None:
    assert record_spans("Title, Site, 2021.", {"title": "Another"}) is None


def test_decoding_strips_labels_and_keeps_names_whole() -> None:
    text = "Муратова, Диана. «Тақырып». Вестник НАН РК. Т. 3, № 12. С. 45–49."
    tokens = tokenize(text)
    labels = (
        ["author"] * 3
        + ["other"]
        + ["title"] * 3
        + ["other"]
        + ["container-title"] * 3
        + ["other"]
        + ["volume"] * 3
        + ["other"]
        + ["issue"] * 2
        + ["other"]
        + ["page"] * 5
        + ["other"]
    )
    assert len(tokens) == len(labels)
    fields = decode(text, tokens, labels, find_exact(text))
    assert (Name(family="Муратова", given="Диана"),) == fields["author"]
    assert fields["title"] == "Тақырып"
    assert (fields["volume"], fields["issue"], fields["page"]) == ("3", "12", "45–49")


def test_type_comes_from_fields_and_cue_words() -> None:
    assert infer_type({"title": "Аз и Я", "publisher": "Жазушы"}, "Аз и Я. Жазушы") == "book"
    journal = {"title": "T", "container-title": "Вестник КазНУ", "volume": "3"}
    assert infer_type(journal, "T // Вестник КазНУ. Т. 3") == "article-journal"
    thesis = {"title": "Тақырып"}
    assert infer_type(thesis, "Тақырып: дис. канд. ист. наук. Алматы, 2001") == "thesis"
    video = {"title": "K-means", "URL": "https://www.youtube.com/watch?v=1"}
    assert infer_type(video, "K-means. https://www.youtube.com/watch?v=1") == "motion_picture"
    for url in ("https://trthaber.com/haber/ekonomi/x.html", "https://x.kz/novosti/item/283"):
        page = {"title": "İhracat", "container-title": "Site", "URL": url}
        assert infer_type(page, f"İhracat, Site, {url}") == "article-newspaper"  # a news word
    page = {"title": "İhracat", "container-title": "Site", "URL": "https://x.kz/about/item"}
    assert infer_type(page, "İhracat, Site, https://x.kz/about/item") == "webpage"


def test_features_read_language_data() -> None:
    text = "İstanbul: Yapı Kredi Yayınları, 2003, s. 45."
    tokens = tokenize(text)
    rows = features(tokens, text)
    assert "L:cities" in rows[0]
    assert "L:publisher" in rows[4]
    assert "year" in rows[6]


def test_a_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="model file is missing"):
        Tagger(tmp_path / "none.crfsuite")
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="not a CRF model"):
        Tagger(bad)


@pytest.mark.parametrize(("place", "kept"), [("М.", "М."), ("СПб.", "СПб."), ("Алматы.", "Алматы")])
def test_an_abbreviated_place_keeps_its_period(place: str, kept: str) -> None:
    text = f"Экономика. {place}: Наука, 2015."
    tokens = tokenize(text)
    labels = ["title", "other", "publisher-place", "publisher-place"]
    labels += ["other", "publisher", "other", "issued", "other"]
    assert len(tokens) == len(labels)
    fields = decode(text, tokens, labels, find_exact(text))
    assert fields["publisher-place"] == kept
    assert fields["publisher"] == "Наука"


def test_type_model_is_a_sum_of_weights() -> None:
    model = TypeModel(
        {
            "classes": ["book", "webpage"],
            "bias": [0.5, 0.0],
            "weights": {"f:URL": {"1": 2.0}, "f:publisher": {"0": 1.0, "1": -1.0}},
        }
    )
    assert model.predict(["f:title"]) == "book"
    assert model.predict(["f:title", "f:URL"]) == "webpage"
    assert model.predict(["f:URL", "f:publisher"]) == "book"
    assert model.scores(["f:URL", "f:URL"]) == [0.5, 2.0]  # a feature counts once
    with pytest.raises(ValueError, match="classes"):
        TypeModel({"classes": "book", "bias": [], "weights": {}})


def test_type_features_describe_fields_cues_and_address() -> None:
    law = {"title": "Türkmenistanyň kanuny", "URL": "https://bp.gov.tm/laws/205/show"}
    feats = type_features(
        law, "Türkmenistanyň kanuny // bp.gov.tm. URL: https://bp.gov.tm/laws/205/show"
    )
    assert {"f:title", "f:URL", "law-path", "slashes", "tld=tm", "h:bp"} <= set(feats)
    assert any(f.startswith("rule=") for f in feats)
    news = {"title": "T", "container-title": "Вестник КазНУ", "URL": "https://x.kz/novosti/12"}
    feats = type_features(news, "T // Вестник КазНУ. https://x.kz/novosti/12", language="ru")
    assert {"news-path", "c:journal", "cw:вестник", "lang=ru"} <= set(feats)
    assert (
        infer_type(
            news,
            "T // Вестник КазНУ",
            model=TypeModel(
                {"classes": ["a", "b"], "bias": [0.0, 0.0], "weights": {"c:journal": {"1": 1.0}}}
            ),
        )
        == "b"
    )


def test_an_access_date_written_before_its_word_is_found() -> None:
    text = (
        "Yılmaz, A. (2020). Orta Asya. Ankara: Nobel. "
        "25 Ekim 2021 tarihinde https://nobel.com.tr/x adresinden alındı."
    )
    exact = find_exact(text)
    assert exact.accessed == PartialDate(2021, 10, 25)
    assert exact.url == "https://nobel.com.tr/x"
    # a year far from the word is not an access date
    assert find_exact("Yılmaz, A. (2020). Uzun bir başlık burada tarihinde").accessed is None


def test_citekit_tagger_selects_a_retrained_crf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = load_tagger().path
    mine = tmp_path / "my-notes.crfsuite"
    mine.write_bytes(Path(shipped).read_bytes())
    monkeypatch.setenv("CITEKIT_TAGGER", str(mine))
    load_tagger.cache_clear()
    try:
        assert load_tagger().path == str(mine)
        monkeypatch.setenv("CITEKIT_TAGGER", str(tmp_path / "missing.crfsuite"))
        load_tagger.cache_clear()
        with pytest.raises(ModelError, match="missing"):
            load_tagger()
    finally:
        monkeypatch.delenv("CITEKIT_TAGGER")
        load_tagger.cache_clear()
    assert load_tagger().path == shipped
