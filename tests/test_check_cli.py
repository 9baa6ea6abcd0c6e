"""`citekit check` and `citekit fix` as users run them: config, output formats, fixes, hooks."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import jsonschema
import pytest

from citekit.cli import main
from tests.conftest import DATA, EXAMPLE
from tests.servers import Site, serve

BAD = sorted((Path(__file__).parent / "documents" / "bad").glob("*"))
CORPUS_DOCS = sorted(p for p in (DATA / "corpus" / "documents").glob("*") if p.suffix != ".json")


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_sarif_output_is_valid_sarif_2_1_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["check", "--no-links", "--format", "sarif", str(EXAMPLE)], capsys)
    log = json.loads(out)
    schema = json.loads((DATA / "sarif" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    assert code == 1
    assert len(results) == 10
    assert {"error", "warning"} == {r["level"] for r in results}
    assert results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 38


def test_github_annotations(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["check", "--no-links", "--format", "github", str(EXAMPLE)], capsys)
    lines = out.splitlines()
    assert code == 1
    assert len(lines) == 10
    assert lines[1].startswith(
        f"::error file={EXAMPLE},line=38,title=missing-url::note 1 has no URL"
    )


def test_config_file_sets_rules_and_severity(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (in_tmp / "citekit.toml").write_text(
        'disable = ["access-label"]\n[severity]\nmissing-url = "warning"\n', encoding="utf-8"
    )
    code, out, _ = run_cli(["check", "--no-links", "--format", "json", str(EXAMPLE)], capsys)
    findings = json.loads(out)["findings"]
    assert code == 0  # missing-url is only a warning here
    assert {"missing-url", "foreign-ibid"} == {f["rule"] for f in findings}


def test_pyproject_tool_section_is_read(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_tmp / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.citekit]\ndisable = ["missing-url"]\n', encoding="utf-8"
    )
    code, out, _ = run_cli(["check", "--no-links", "--format", "json", str(EXAMPLE)], capsys)
    assert code == 0
    assert "missing-url" not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('colour = "red"\n', "unknown key 'colour'"),
        ('disable = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
        ('[severity]\nmissing-url = "fatal"\n', "'fatal' is not one of"),
        ("[link-settings]\nper_host = 2\n", "unknown key 'link-settings.per_host'"),
        ("[link-settings]\nper-host = 0\n", "link-settings.per-host must be from 1"),
        ("disable = [", "not valid TOML"),
        ('required = ["isbn"]\n', "'isbn' is not one of"),
    ],
)
def test_bad_config_is_exit_2_naming_file_and_key(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    (in_tmp / "citekit.toml").write_text(text, encoding="utf-8")
    code, _, err = run_cli(["check", "--no-links", str(EXAMPLE)], capsys)
    assert code == 2
    assert err.startswith(f"citekit: error: {in_tmp / 'citekit.toml'}")
    assert expected in err


@pytest.mark.parametrize("path", BAD, ids=lambda p: p.name)
def test_bad_input_is_exit_2_without_traceback(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["check", "--no-links", str(path)], capsys)
    assert code in (0, 2)
    assert "Traceback" not in err
    if code == 2:
        assert err.startswith(f"citekit: error: {path}")


def test_many_megabyte_file_is_handled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 8 MB of body text without notes; larger documents: benchmarks/large_documents.py
    big = tmp_path / "big.txt"
    line = "Söz. " * 20 + "\n"
    big.write_text(line * (8 * 1024 * 1024 // len(line.encode())), encoding="utf-8")
    code, out, err = run_cli(["check", "--no-links", str(big)], capsys)
    assert code == 0
    assert " ".join(out.split()).endswith("big.txt: no problems found")
    assert "Traceback" not in err


def test_a_long_path_is_printed_whole_on_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a report read by another program: no line folded at the 80 columns of a pipe
    path = tmp_path / ("a-folder-with-a-long-name-" * 4) / "clean.txt"
    path.parent.mkdir()
    path.write_text("Söz.\n", encoding="utf-8")
    code, out, _ = run_cli(["check", "--no-links", str(path)], capsys)
    assert code == 0
    assert f"{path}: no problems found" in out.splitlines()


@pytest.mark.parametrize("path", CORPUS_DOCS, ids=lambda p: p.name)
def test_corpus_document_checks_cleanly(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # how fast: benchmarks/startup.py
    code, _, err = run_cli(["check", "--no-links", str(path)], capsys)
    assert code in (0, 1)
    assert "error:" not in err


def test_fix_normalises_labels_and_ibid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(EXAMPLE, article)
    code, _, err = run_cli(["fix", str(article)], capsys)
    text = article.read_text(encoding="utf-8")
    assert code == 0
    assert "Date of Accession" not in text
    assert "[7] Ibid." in text
    assert "(Accessed: 25.10.2021)" in text
    assert "fix(es) applied" in err
    # everything else is byte-identical
    before = EXAMPLE.read_bytes().replace(b"Date of Accession", b"Accessed")
    assert before.replace("Aynı yer.".encode(), b"Ibid.") == article.read_bytes()


def test_fix_leaves_a_clean_file_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(EXAMPLE, article)
    main(["fix", str(article)])
    stamp = article.stat().st_mtime_ns
    content = article.read_bytes()
    time.sleep(0.01)
    capsys.readouterr()
    code, _, err = run_cli(["fix", str(article)], capsys)
    assert code == 0
    assert "nothing to fix" in err
    assert content == article.read_bytes()
    assert stamp == article.stat().st_mtime_ns


def test_fix_diff_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(EXAMPLE, article)
    code, out, _ = run_cli(["fix", "--diff", str(article)], capsys)
    assert code == 1
    assert "-[7] Aynı yer." in out
    assert "+[7] Ibid." in out
    assert EXAMPLE.read_bytes() == article.read_bytes()


def test_fix_keeps_crlf_line_endings(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(EXAMPLE.read_bytes().replace(b"\n", b"\r\n"))
    main(["fix", str(article)])
    data = article.read_bytes()
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_fix_house_date_format(tmp_path: Path, in_tmp: Path) -> None:
    (in_tmp / "citekit.toml").write_text('date-format = "yyyy-MM-dd"\n', encoding="utf-8")
    article = in_tmp / "article.txt"
    shutil.copy(EXAMPLE, article)
    main(["fix", str(article)])
    assert "(Accessed: 2021-10-25)" in article.read_text(encoding="utf-8")


def test_fix_refuses_docx_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docx = next(p for p in CORPUS_DOCS if p.suffix == ".docx")
    copy = tmp_path / docx.name
    shutil.copy(docx, copy)
    code, _, err = run_cli(["fix", "--lang", "en", str(copy)], capsys)
    assert docx.read_bytes() == copy.read_bytes()
    assert "not fixed" in err or "nothing to fix" in err
    assert code == (1 if "not fixed" in err else 0)  # a fix left unmade is an exit 1


def test_check_with_links_uses_the_cache_on_the_second_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serve() as (base, site):
        doc = tmp_path / "article.md"
        doc.write_text(
            "Söz.[^1] Başka.[^2]\n\n"
            f"[^1]: “Başlık”, Akorda, {base}/ok, (Erişim Tarihi: 25.10.2021).\n"
            f"[^2]: “İkinci”, Kapital, {base}/status/404, (Erişim Tarihi: 26.10.2021).\n",
            encoding="utf-8",
        )
        args = ["check", "--allow-private", "--cache", str(tmp_path / "c.sqlite"), str(doc)]
        code, out, _ = run_cli(args, capsys)
        assert code == 1
        assert "dead-link" in out
        requests = site.methods["GET"]
        code_again, out_again, _ = run_cli(args, capsys)
        assert requests == site.methods["GET"]
        assert (code, out) == (code_again, out_again)
        assert isinstance(site, Site)
