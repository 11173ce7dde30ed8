"""An acting head signs with ``Q.`` before the head's title (Nghị định 30, Phụ lục I, ô 7a:
"Q." is written before the title of the head): that line is the signer's title, not a line of
authority over a title still to come. held_out_43's Tờ trình 155 of UBND phường Tô Hiệu's
Phòng Kinh tế, Hạ tầng và Đô thị signs ``Q.TRƯỞNG PHÒNG``; it was read as authority with the
title told as unread and written ``...``."""

from __future__ import annotations

from pathlib import Path

from ntm_docgen.importer import import_letter
from ntm_docgen.importer.signer import read_column
from ntm_docgen.importer.signzone import Signature

LETTER = Path(__file__).parent / "data" / "letters" / "held_out_43" / "ttr_2026_tohieu_155.txt"


def test_the_acting_heads_line_is_the_title_of_the_real_letter() -> None:
    read = import_letter(LETTER)
    assert read.spec["ky"]["chuc_vu"] == "Q. TRƯỞNG PHÒNG"
    assert not read.spec["ky"].get("quyen_han")
    assert not [w for w in read.warnings if "ky.chuc_vu" in w]


def test_under_a_collective_the_acting_chairmans_line_is_the_title() -> None:
    sig = Signature()
    read_column(["TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH", "Lê Văn An"], sig)
    assert (sig.quyen_han, sig.chuc_vu, sig.ho_ten) == (["TM. ỦY BAN NHÂN DÂN"], "Q. CHỦ TỊCH",
                                                        "Lê Văn An")


def test_a_deputy_signing_for_the_head_keeps_both_lines() -> None:
    sig = Signature()
    read_column(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn An"], sig)
    assert (sig.quyen_han, sig.chuc_vu) == (["KT. CHỦ TỊCH"], "PHÓ CHỦ TỊCH")
