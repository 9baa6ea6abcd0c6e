"""Hostile config files: every value typed and ranged, errors naming file, key and expectation."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.checks.config import find_config, load_config
from citekit.cli import main
from citekit.errors import ConfigError
from citekit.links import LinkSettings

EXAMPLE = (
    Path(__file__).parent.parent.parent / "examples" / "ankasam-tokayev-visit-turkmenistan.txt"
)

BAD = [
    ('[link-settings]\nallow-private = "false"\n', "allow-private must be true or false"),
    ('[link-settings]\nhttp2 = "no"\n', "http2 must be true or false"),
    ("[link-settings]\nper-host = 0.5\n", "per-host must be an integer"),
    ("[link-settings]\nconcurrency = 1e9\n", "concurrency must be an integer"),
    ("[link-settings]\nconcurrency = 100000\n", "concurrency must be from 1 to 1024"),
    ("[link-settings]\nper-host = 0\n", "per-host must be from 1"),
    ("[link-settings]\ntimeout = true\n", "timeout must be a number of seconds"),
    ("[link-settings]\ntimeout = inf\n", "timeout must be finite"),
    ("[link-settings]\ncache = 5\n", "link-settings.cache must be a file path"),
    ("[link-settings]\nuser-agent = 5\n", "user-agent must be a non-empty line"),
    ('[link-settings]\nuser-agent = "a\\r\\nX-Evil: 1"\n', "user-agent must be a non-empty line"),
    ('[link-settings]\narchive-url = "file:///etc/passwd"\n', "archive-url must be an http(s)"),
    ("article-date = 2021-11-01T10:00:00\n", "article-date must be a TOML date"),
    ("article-date = 10:00:00\n", "article-date must be a TOML date"),
    ('date-format = "QQQQQQQQQQQQQQQQ"\n', "date-format 'QQQQQQQQQQQQQQQQ' must be a CLDR"),
    ('date-format = "xyz"\n', "date-format 'xyz' must be"),
    ("date-format = 5\n", "date-format must be a CLDR"),
    ('language = "xx"\n', "language: unknown language 'xx'"),
    ('[labels]\nzz = "Seen"\n', "labels.zz: unknown language 'zz'"),
    ('links = "yes"\n', "links must be true or false"),
]


@pytest.mark.parametrize(("text", "expected"), BAD)
def test_bad_value_names_file_key_and_expectation(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "citekit.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(path) == caught.value.path
    assert expected in caught.value.reason


@pytest.mark.parametrize(("text", "expected"), BAD[:4] + BAD[12:15])
def test_cli_turns_bad_values_into_exit_2(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    expected: str,
) -> None:
    (tmp_path / "citekit.toml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--no-links", str(EXAMPLE)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"citekit: error: {tmp_path / 'citekit.toml'}")
    assert expected in err
    assert "internal error" not in err


def test_good_values_still_load(tmp_path: Path) -> None:
    path = tmp_path / "citekit.toml"
    path.write_text(
        'language = "tr"\ndate-format = "dd.MM.yyyy"\narticle-date = 2021-11-01\n'
        '[labels]\ntr = "Erişim Tarihi"\n'
        '[link-settings]\nallow-private = false\nper-host = 4\ntimeout = 15\ncache = "c.db"\n',
        encoding="utf-8",
    )
    settings = load_config(path)
    built = LinkSettings(**settings.link_settings)
    assert (built.per_host, built.timeout, built.allow_private) == (4, 15, False)
    assert settings.check.date_format == "dd.MM.yyyy"


def test_invalid_pyproject_with_citekit_table_is_an_error(tmp_path: Path) -> None:
    project = tmp_path / "pyproject.toml"
    project.write_text('[tool.citekit]\nlanguage = "tr"\nlinks = \n', encoding="utf-8")
    assert project == find_config(tmp_path)
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(project)


def test_invalid_pyproject_without_citekit_is_not_ours(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = \n", encoding="utf-8")
    assert find_config(tmp_path) is None


@pytest.mark.parametrize(
    "values",
    [
        {"allow_private": "false"},
        {"concurrency": 1e9},
        {"per_host": True},
        {"read_limit": 0},
        {"timeout": float("nan")},
    ],
)
def test_link_settings_refuse_wrong_types_from_the_api(values: dict[str, object]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        LinkSettings(**values)  # type: ignore[arg-type]


def test_a_max_age_past_any_date_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--max-age 99999999999d` with a cache was an internal OverflowError
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/page\n", encoding="utf-8")
    cache = str(tmp_path / "c.sqlite")
    assert main(["links", "--cache", cache, "--max-age", "99999999999d", str(urls)]) == 2
    assert "max-age must be at most 100 years" in capsys.readouterr().err
    assert main(["links", "--cache", cache, "--max-age", "3650d", str(urls)]) == 0
