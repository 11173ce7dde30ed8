"""Words of the letter implemented that are no Vietnamese word are told, never set right: a
review found Hướng dẫn 2378/HD-BTĐKT of 2015 ("Đối với tnh, thành phố …", "Đkịp thời động viên")
carried into a commune's Hướng dẫn with its typos and no word of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
LETTERS = ROOT / "tests" / "data" / "letters"
HD_2378 = LETTERS / "held_out_6" / "hd_2015_btdkt_2378.txt"
KH_130 = LETTERS / "held_out_41" / "kh_2025_thanhhoa_130.txt"
TAN_THANH = ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
DAY = date(2025, 12, 15)


def test_the_source_s_typos_are_told_where_they_stand_and_kept() -> None:
    result = derive_file(HD_2378, TAN_THANH, "huong-dan", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    told = [w for w in result.warnings if "no Vietnamese word" in w]
    assert len(told) == 1
    assert "“tnh” (1. Đối với tnh, thành phố" in told[0] and "“Đkịp” (" in told[0]
    assert "Đkịp thời động viên" in result.spec["noi_dung"]  # not corrected silently


def test_a_letter_without_typos_is_not_told() -> None:
    result = derive_file(KH_130, TAN_THANH, "ke-hoach", ngay=DAY, han=date(2025, 12, 30),
                         today=DAY)
    assert not [w for w in result.warnings if "no Vietnamese word" in w]


def test_names_units_files_and_abbreviations_are_no_typos():
    """A review of the merges found these told as typos in real letters: "bản pdf" (Đắk Lắk's
    Kế hoạch 0125), "m³" (a Sở's công văn), "xã Ia Rvê" (VPCP's Thông báo 623), "ĐNa", "ĐNô"
    (provinces in a table); the source's own typos are told as before."""
    from ntm_docgen.derive.sourcewords import odd_words

    told = odd_words({"noi_dung": "gửi bản pdf về xã Ia Rvê, Ea Drông; 14.100 m³/ngày; "
                                  "ĐNa, ĐNô, HĐNDxã; tnh và Đkịp thời"})
    assert len(told) == 1
    for word in ("pdf", "Rvê", "Drông", "m³", "ĐNa", "ĐNô", "HĐNDxã"):
        assert f"“{word}”" not in told[0], word
    assert "“tnh”" in told[0] and "“Đkịp”" in told[0]


def test_a_title_of_the_emulation_law_is_no_typo() -> None:
    """Tây Đô's Thông báo 1144 (held_out_22) on "xét tặng danh hiệu NGND, NGƯT": "NGƯT" (Nhà
    giáo ưu tú) spells a syllable no word list holds and was told as a typo to mend; its own
    typo "triểnkhai" still is."""
    from ntm_docgen.derive.sourcewords import odd_words

    text = (LETTERS / "held_out_22" / "tb_2025_taydo_1144.txt").read_text(encoding="utf-8")
    told = odd_words({"noi_dung": text})
    assert len(told) == 1 and "“NGƯT”" not in told[0] and "“triểnkhai”" in told[0]
