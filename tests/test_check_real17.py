"""check on the seventeenth round of real letters: each thing a văn thư would see printed and
check misread or --fix set wrong, built into a letter, is read as printed, and the departure
beside it still told."""

from __future__ import annotations

import docx
from check_letter import build_letter, edit, find, retext, set_runs
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ntm_docgen.check import check_file, fix_file


def _ubnd_tinh(document) -> None:
    """The issuer of a UBND tỉnh: one name on two bold lines, no parent."""
    retext(find(document, r"^UBND TỈNH LẠNG SƠN$"), r".+", "ỦY BAN NHÂN DÂN")
    set_runs(find(document, r"^ỦY BAN NHÂN DÂN$"), bold=True)
    retext(find(document, r"^SỞ NỘI VỤ$"), r".+", "TỈNH LẠNG SƠN")


def _issuer_left(document) -> None:
    for pattern in (r"^ỦY BAN NHÂN DÂN$", r"^TỈNH LẠNG SƠN$"):
        find(document, pattern).alignment = WD_ALIGN_PARAGRAPH.LEFT


def test_an_issuer_of_two_lines_set_left_is_centred_whole(tmp_path):
    """The Điều lệ of the UBND tỉnh Lâm Đồng (round 17): "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG"
    set flush left in their cell. One finding names both lines, and --fix centres both: it
    centred the first alone, which printed the name's two lines apart."""
    built = build_letter(tmp_path / "hd.docx")
    good = edit(built, tmp_path / "good.docx", _ubnd_tinh)
    assert not [f for f in check_file(good) if f.rule.endswith(".align")]
    bad = edit(good, tmp_path / "bad.docx", _issuer_left)
    told = [f for f in check_file(bad) if f.rule == "co_quan.align"]
    assert len(told) == 1
    assert "1" in told[0].note and "ỦY BAN NHÂN DÂN" in told[0].note
    fix_file(bad, tmp_path / "fixed.docx")
    fixed = docx.Document(str(tmp_path / "fixed.docx"))
    for pattern in (r"^ỦY BAN NHÂN DÂN$", r"^TỈNH LẠNG SƠN$"):
        assert find(fixed, pattern).alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert not [f for f in check_file(tmp_path / "fixed.docx") if f.rule.endswith(".align")]
