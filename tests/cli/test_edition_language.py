"""The edition's language comes from the body text, never from the notes' sources."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from citekit import read_bytes
from citekit.cli import main
from tests.conftest import DATA

# A Turkish article in a WordPress footnotes block whose notes cite only Turkmen and Kazakh
# sources; its apparatus (ibid word, access label) is Turkish, as a Turkish edition's should be.
TURKISH_ARTICLE = """<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8">
<title>Türkmenistan ile Kazakistan arasında demiryolu işbirliği</title></head><body>
<article>
<h1>Türkmenistan ile Kazakistan arasında demiryolu işbirliği</h1>
<p>Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev'in Aşkabat ziyareti sırasında iki ülke,
Kuzey-Güney demiryolu hattı üzerindeki yük taşımacılığını artırmak için yeni bir anlaşma
imzaladı.<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup> Türkmen tarafı,
hattın yıllık kapasitesinin üç katına çıkarılacağını açıkladı.<sup data-fn="a2" class="fn"><a
href="#a2" id="a2-link">2</a></sup> Kazak basını ise anlaşmanın bölgesel ticaret için önemini
vurguladı.<sup data-fn="a3" class="fn"><a href="#a3" id="a3-link">3</a></sup></p>
<ol class="wp-block-footnotes">
<li id="a1">“Türkmenistanyň we Gazagystanyň Prezidentleriniň gepleşikleri”, Türkmenistan:
Altyn asyr, <a href="http://www.turkmenistan.gov.tm/?id=25324">http://www.turkmenistan.gov.tm/?id=25324</a>
(Erişim Tarihi: 25.10.2021). <a href="#a1-link">↩︎</a></li>
<li id="a2">Aynı yer. <a href="#a2-link">↩︎</a></li>
<li id="a3">“Қазақстан мен Түрікменстан арасындағы сауда-экономикалық ынтымақтастық”, Egemen
Qazaqstan, <a href="https://egemen.kz/article/292312">https://egemen.kz/article/292312</a>
(Erişim Tarihi: 26.10.2021). <a href="#a3-link">↩︎</a></li>
</ol>
</article></body></html>
"""

# Too little body to tell the edition's language: a Turkmen ibid word stays as it is.
SHORT_BODY = "Bellik.[1][2]\n\n[1] “Başlyk”, Biznes Türkmenistan, 2021.\n[2] Şol ýerde.\n"


def test_a_turkish_body_makes_a_turkish_edition() -> None:
    doc = read_bytes(TURKISH_ARTICLE.encode(), path="makale.html")
    assert [n.citations[0].language for n in doc.notes if n.citations] == ["tk", "kk"]
    assert (doc.language, doc.language_certain) == ("tr", True)


def test_fix_changes_no_ibid_word_and_no_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "makale.html"
    article.write_text(TURKISH_ARTICLE, encoding="utf-8")
    assert main(["fix", str(article)]) == 0
    assert article.read_text(encoding="utf-8") == TURKISH_ARTICLE
    main(["check", "--no-links", "--format", "json", str(article)])
    report = json.loads(capsys.readouterr().out)
    assert report["documents"][0]["edition_language"] == "tr"
    rules = {f["rule"] for f in report["findings"]}
    assert not rules & {"foreign-ibid", "access-label"}


def test_uncertain_language_leaves_the_apparatus_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "short.txt"
    note.write_text(SHORT_BODY, encoding="utf-8")
    main(["fix", "--diff", str(note)])
    out, err = capsys.readouterr()
    assert out == ""
    assert "edition language uncertain" in err
    forced = main(["fix", "--diff", "--lang", "tr", str(note)])
    assert "+[2] Aynı yer." in capsys.readouterr().out
    assert forced == 1


def test_check_text_output_names_the_edition_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(DATA / "documents" / "notlar-per-chapter.tr.md", tmp_path / "a.md")
    main(["check", "--no-links", str(tmp_path / "a.md")])
    assert "edition language tr (from the body text)" in capsys.readouterr().out


def test_edition_reads_standard_input_and_writes_standard_output(
    stdin: Callable[[bytes], None], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    stdin((DATA / "documents" / "notlar-per-chapter.tr.md").read_bytes())
    code = main(["edition", "-", "--lang", "ru", "-o", "-"])
    captured = capsysbinary.readouterr()
    assert code == 0, captured.err.decode()
    out = captured.out.decode("utf-8")
    assert "(дата обращения: 25.10.2021)" in out
    assert "[5] Там же." in out


def test_edition_writes_the_target_words_when_the_source_language_is_uncertain(
    stdin: Callable[[bytes], None], capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    # `--lang` names the edition to write: its words, whatever the article's own language
    stdin(SHORT_BODY.encode())
    code = main(["edition", "-", "--lang", "ru", "-o", "-"])
    captured = capsysbinary.readouterr()
    assert code == 0, captured.err.decode()
    assert "[2] Там же." in captured.out.decode()
    assert "edition language uncertain" not in captured.err.decode()
    stdin(SHORT_BODY.encode())
    main(["edition", "-", "--lang", "ru", "--source-lang", "tk"])
    assert "[2] Там же." in capsysbinary.readouterr().out.decode()
