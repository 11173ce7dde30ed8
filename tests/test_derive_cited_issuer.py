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


def test_a_schools_proper_name_keeps_its_capitals():
    """derive22: Trường THPT Đốc Binh Kiều's plan was cited "của Trường THPT đốc binh kiều"."""
    result = derive_file(LETTERS / "held_out_14" / "kh_2026_dbk_sinhhoat.txt", BAO_THANG,
                         "cong-van", ngay=DAY, today=DAY)
    opening = result.spec["noi_dung"].split("\n")[0]
    assert "của Trường THPT Đốc Binh Kiều" in opening
    assert "đốc binh kiều" not in opening


def test_a_body_of_a_party_committee_is_cited_with_it_not_with_a_place(tmp_path):
    """derive22: "BAN TUYÊN GIÁO" under "HUYỆN ỦY BẢO THẮNG" was cited "Ban Tuyên giáo huyện ủy
    Bảo Thắng", the committee read as a huyện's name."""
    spec = tmp_path / "kh.yaml"
    spec.write_text(
        "loai: KH\nco_quan: {chu_quan: HUYỆN ỦY BẢO THẮNG, ten: BAN TUYÊN GIÁO}\nso: 12\n"
        "ky_hieu: KH-BTG\ndia_danh: Bảo Thắng\nngay: 2025-06-10\ntrich_yeu: Kế hoạch tuyên "
        "truyền phong trào thi đua chung sức xây dựng nông thôn mới\nnoi_dung: |-\n  I. MỤC "
        "ĐÍCH, YÊU CẦU\n  1. Tuyên truyền sâu rộng.\n  II. NỘI DUNG\n  1. Các xã tổ chức "
        "tuyên truyền.\nky: {chuc_vu: TRƯỞNG BAN, ho_ten: Nguyễn Văn A}\n", encoding="utf-8")
    day = date(2025, 7, 2)
    result = derive_file(spec, BAO_THANG, "cong-van", ngay=day, today=day)
    assert "của Ban Tuyên giáo Huyện ủy Bảo Thắng về việc" in result.spec["noi_dung"]
    assert "Ban Tuyên giáo Huyện ủy Bảo Thắng (b/c)" in result.spec["noi_nhan"]
