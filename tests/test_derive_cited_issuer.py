"""The letter implemented is cited by the name its issuer goes by (derive20): a body that its
header names only as a part of its parent ("UBND TỈNH LÂM ĐỒNG" over "VĂN PHÒNG", "ỦY BAN MTTQ
VIỆT NAM XÃ LƯƠNG MINH" over "BAN THƯỜNG TRỰC") was cited "Văn phòng tỉnh Lâm Đồng", "Ban
Thường trực xã Lương Minh", bodies no one is called; a council "… CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
TỈNH" under "UBND TỈNH LÂM ĐỒNG" was "… hành chính tỉnh tỉnh Lâm Đồng". Real letters of the
held-out sets (provenance beside each)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"
LAC_DUONG = DATA / "derive" / "xa-lac-duong-lam-dong-2025.yaml"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2026, 1, 20)


@pytest.mark.parametrize(("letter", "profile", "cited", "wrong"), [
    ("held_out_13/cv_2025_vplamdong_tgv", LAC_DUONG, "của Văn phòng UBND tỉnh Lâm Đồng",
     "Văn phòng tỉnh"),
    ("held_out_21/kh_2025_luongminh_tiepcongdan", BAO_THANG,
     "Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh", "Ban Thường trực xã"),
    ("held_out_37/qd_2025_hdtd_lamdong_10797", LAC_DUONG,
     "của Hội đồng Thẩm định, Đánh giá chỉ số cải cách hành chính tỉnh Lâm Đồng", "tỉnh tỉnh"),
], ids=["office-of-the-committee", "standing-board-of-the-front", "place-once"])
def test_the_letter_implemented_is_cited_by_its_issuers_name(letter, profile, cited, wrong,
                                                             monkeypatch):
    """The council's decision sets up a Tổ giúp việc and is refused as the letter to implement
    (test_derive_no_work); its header is read here as if it were not."""
    import ntm_docgen.derive.source as source

    monkeypatch.setattr(source, "no_work", lambda *_args: None)
    result = derive_file(LETTERS / f"{letter}.txt", profile, "cong-van", ngay=DAY, today=DAY)
    opening = result.spec["noi_dung"].split("\n")[0]
    assert cited in opening
    assert wrong not in opening


@pytest.mark.parametrize(("ten", "chu_quan", "cited"), [
    ("VĂN PHÒNG", "BAN CHỈ ĐẠO CÁC CTMTQG TỈNH LẠNG SƠN",
     "Văn phòng Ban Chỉ đạo các CTMTQG tỉnh Lạng Sơn"),
    ("VĂN PHÒNG", "ĐOÀN ĐBQH VÀ HĐND TỈNH LẠNG SƠN", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Lạng Sơn"),
    ("VĂN PHÒNG", "TỈNH ỦY LẠNG SƠN", "Văn phòng Tỉnh ủy Lạng Sơn"),
    ("UBND XÃ ĐẮK RING", None, "UBND xã Đắk Ring"),
    ("Văn phòng", "UBND tỉnh Lâm Đồng", "Văn phòng UBND tỉnh Lâm Đồng"),
    ("Văn phòng", "Ủy ban MTTQ Việt Nam tỉnh Gia Lai",
     "Văn phòng Ủy ban MTTQ Việt Nam tỉnh Gia Lai"),
    ("ỦY BAN NHÂN DÂN\nHUYỆN KBANG", None, "Ủy ban nhân dân huyện Kbang"),
    ("UBND XÃ SRÓ", None, "UBND xã Sró"),
], ids=["programmes-abbreviated", "deputies-abbreviated", "party-committee", "place-not-short",
        "typed-in-small-letters", "front-typed-small", "highland-district", "highland-commune"])
def test_the_cited_issuers_abbreviations_stay_as_its_header_prints_them(ten, chu_quan, cited):
    """review of derive20, finding 1: the parent's line was lowered but for four abbreviations
    ("… các ctmtqg tỉnh Lạng Sơn", "Đoàn Đbqh", "Tỉnh Ủy")."""
    from ntm_docgen.derive.cite import issuer_name
    from ntm_docgen.letter.spec import CoQuan

    assert issuer_name(CoQuan(ten, chu_quan=chu_quan)) == cited
