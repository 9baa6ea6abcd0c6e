"""Session 23's review (review23): each fact holds wherever its form stands, not only beside
an unrelated mark. Notes written for these tests."""

from __future__ import annotations

from citekit.citations.tagger.record_series import divided_record, record_host
from tests.citations.parsed import first_citation as _first


def test_a_title_opening_with_a_joining_word_needs_no_dash_in_the_note() -> None:
    # the same fact as beside GOST's `//` (test_title_areas23): no dash nor slash here
    found = _first("Сейтқали А. Мағжан Ж. және «Алқа» тобы. Алматы: Ғылым, 2015. 120 б.")
    assert [a.family for a in found.authors] == ["Сейтқали"]
    assert found.title == "Мағжан Ж. және «Алқа» тобы"


def test_a_record_division_test_takes_a_blank_rest() -> None:
    # a host's comma with nothing but spaces after it is no record's division (no error)
    assert not divided_record("   ")
    assert not record_host("TBMM Tutanak Dergisi,   ", "TBMM Tutanak Dergisi")
    assert record_host("TBMM Tutanak Dergisi, Dönem 28, Birleşim 15", "TBMM Tutanak Dergisi")


def test_a_note_that_ends_at_its_title_comma_parses() -> None:
    # `Family, I. I. Title,`: the comma after the given names' sentence is the note's last token
    found = _first("Смирнов, А. В. История,")
    assert [a.family for a in found.authors] == ["Смирнов"]


def test_a_year_with_its_word_heads_the_title_before_the_hosts_slashes() -> None:
    # title_areas' dated head: the model reads `1916 г.` as the date here; the host dates it
    found = _first("Иванов И. 1916 г. восстание в Семиречье // Вестник КазНУ. – 2016. – № 2.")
    assert found.title == "1916 г. восстание в Семиречье"
    assert found.container == "Вестник КазНУ"
    assert found.issued is not None
    assert found.issued.year == 2016


def test_the_words_a_quoted_name_heads_are_the_titles() -> None:
    # title_areas' head noun: the words in small letters after the closing quote
    found = _first("Назарбаев Н. «Ұлы дала» тұжырымдамасы // Егемен Қазақстан. – 2018.")
    assert found.title == "«Ұлы дала» тұжырымдамасы"
    assert found.container == "Егемен Қазақстан"


def test_a_film_described_in_a_papers_article_is_the_papers() -> None:
    # medium_types._printed: the film's bracket names the article's subject, a paper printed it
    found = _first(
        "Иванов И. «Томирис» (фильм, реж. А. Салыкова) // Казахстанская правда. – 2019. – "
        "12 октября."
    )
    assert found.type == "article-newspaper"
