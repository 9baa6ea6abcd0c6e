"""An edition translates the page label after an ibid word with the word itself: `Aynı yer,
s. 47` in a Russian edition became `Там же, s. 47`, half a translation. The label is the
edition's (`[terms] page`, `pages` for a range), written as its language writes it: after a
sentence's end when it is a capital (GOST's `Там же. С. 47`), after a comma otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.editions import plan_edition

BODY = "Bu makalede Türkiye'nin dış politikası ve bölgesel ilişkileri ayrıntılı olarak ele alınır."
FIRST = "Davutoğlu A. Stratejik Derinlik. İstanbul: Küre Yayınları, 2001. 584 s."


@pytest.mark.parametrize(
    ("note", "target", "expected"),
    [
        ("Aynı yer, s. 47.", "ru", "Там же. С. 47."),
        ("Aynı yer, ss. 47–49.", "ru", "Там же. С. 47–49."),
        ("Aynı yer, s. 47.", "en", "Ibid., p. 47."),
        ("Ibid., pp. 12–14.", "tr", "Aynı yer, ss. 12–14."),
        ("Там же. С. 112.", "en", "Ibid., p. 112."),
        ("Ibid., p. 5.", "uk", "Там само. С. 5."),
        ("Ibid., p. 5.", "de", "Ebd. S. 5."),
        ("Сонда, 15-б.", "tr", "Aynı yer, s. 15."),
        # Kazakh, Kyrgyz and Uzbek write the label after the page (`[terms] page_after`)
        ("Aynı yer, s. 47.", "kk", "Сонда, 47-б."),
        ("Ibid., pp. 12–14.", "kk", "Сонда, 12–14-бб."),
        ("Ibid., p. 112", "kk", "Сонда, 112-б."),
        ("Там же. С. 112.", "kk", "Сонда. С. 112."),  # GOST's `С.`, which Kazakh notes write too
        ("Ibid., p. 8.", "ky", "Ошол эле жерде, 8-б."),
        ("Aynı yer, s. 47.", "uz", "Oʻsha joyda, 47-b."),
        # … and Tatar and Bashkir (`47-нче бит`, `88-се б.`)
        ("Aynı yer, s. 47.", "tt", "Шунда ук, 47-б."),
        ("Ibid., p. 8.", "ba", "Шунда уҡ, 8-б."),
        # GOST's dash before the label (`. – С.`) is a separator of the source's form
        ("Там же. – С. 47.", "en", "Ibid., p. 47."),
        ("Сонда. – Б. 112–114.", "tr", "Aynı yer, ss. 112–114."),
        ("Там же. - С. 8.", "uz", "Oʻsha joyda, 8-b."),
        # pages listed are pages, as a range is
        ("Там же. С. 47, 52.", "en", "Ibid., pp. 47, 52."),
        ("Ibid., pp. 12, 15–16.", "kk", "Сонда, 12, 15–16-бб."),
        ("Aynı yer, s. 3, 9.", "ru", "Там же. С. 3, 9."),
        # the edition's own label is left as written
        ("Ibid., с. 5.", "ru", "Там же, с. 5."),
        ("Ibid., s. 5.", "tr", "Aynı yer, s. 5."),
    ],
)
def test_the_ibid_page_label_is_translated(
    tmp_path: Path, note: str, target: str, expected: str
) -> None:
    source = tmp_path / "article.md"
    source.write_text(f"{BODY}[^1] {BODY}[^2]\n\n[^1]: {FIRST}\n[^2]: {note}\n", "utf-8")
    result = plan_edition(source, target=target)
    assert result.fixed is not None
    assert result.fixed.decode("utf-8").endswith(f"[^2]: {expected}\n")
