"""check on the fifteenth round of real letters, and the Đảng's line typed where a State letter
prints its Quốc hiệu: each thing a văn thư would see printed and check misread, built into a
letter, is read as printed, and the departure beside it still told."""

from __future__ import annotations

import pytest
from check_letter import edit, find

from ntm_docgen.check import check_file
from ntm_docgen.i18n import set_language

DANG = "ĐẢNG CỘNG SẢN VIỆT NAM"


def _headed(document, parent: str, issuer: str, tieu_ngu: bool = True) -> None:
    """The Hướng dẫn headed "ĐẢNG CỘNG SẢN VIỆT NAM" where its Quốc hiệu stood, issued by
    ``parent`` / ``issuer`` (UBND TỈNH LẠNG SƠN / SỞ NỘI VỤ as built); its Tiêu ngữ left
    out too unless ``tieu_ngu``."""
    find(document, r"^CỘNG HÒA").runs[0].text = DANG
    find(document, r"^UBND TỈNH").runs[0].text = parent
    find(document, r"^SỞ NỘI VỤ$").runs[0].text = issuer
    if not tieu_ngu:
        for run in find(document, r"^Độc lập").runs:
            run.text = ""


STATE = [("UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ"), ("UBND TỈNH LẠNG SƠN", "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG"),
         ("HĐND TỈNH LẠNG SƠN", "BAN PHÁP CHẾ")]
PARTY = [("ĐẢNG BỘ TỈNH LẠNG SƠN", "BAN TỔ CHỨC TỈNH ỦY"),
         ("ĐẢNG BỘ XÃ HỮU LŨNG", "CHI BỘ THÔN NA SẦM"),
         ("ĐẢNG BỘ TỈNH LẠNG SƠN", "ĐẢNG ỦY XÃ HỮU LŨNG"), ("TỈNH ỦY LẠNG SƠN", "VĂN PHÒNG")]


@pytest.mark.parametrize(("parent", "issuer"), STATE, ids=["so", "ubnd-xa", "hdnd"])
def test_a_state_letter_with_the_dangs_line_is_told_its_motto(hd, tmp_path, parent, issuer):
    """A Sở's (a UBND xã's, a HĐND's) letter typed with "ĐẢNG CỘNG SẢN VIỆT NAM" where the Quốc
    hiệu goes was taken for a letter of the Đảng and told once as out of the decree's scope: the
    clerk typed the wrong motto, and the letter is the State's. Told so, naming the Quốc hiệu,
    an error; nothing said of the Đảng's scope, and no second "no Quốc hiệu"."""
    set_language("en")
    findings = check_file(edit(hd, tmp_path / "state.docx",
                               lambda d: _headed(d, parent, issuer)))
    rules = [f.rule for f in findings]
    assert rules.count("quoc_hieu.dang") == 1
    assert not {"dang.pham_vi", "quoc_hieu.missing", "tieu_ngu.missing"} & set(rules)
    if issuer == "SỞ NỘI VỤ":  # the letter built to the decree: nothing else to tell
        assert rules == ["quoc_hieu.dang"]
    motto = next(f for f in findings if f.rule == "quoc_hieu.dang")
    assert motto.severity == "loi"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in motto.message
    assert issuer in motto.message


def test_the_motto_told_names_the_tieu_ngu_left_out_with_it(hd, tmp_path):
    """The Đảng's header has no Tiêu ngữ: a Sở's letter typed on it lacks both lines. One
    finding names the Quốc hiệu and the Tiêu ngữ to type; no second "no Tiêu ngữ"."""
    set_language("en")
    findings = check_file(edit(hd, tmp_path / "bare.docx",
                               lambda d: _headed(d, *STATE[0], tieu_ngu=False)))
    assert [f.rule for f in findings] == ["quoc_hieu.dang"]
    assert "Độc lập - Tự do - Hạnh phúc" in findings[0].message


@pytest.mark.parametrize(("parent", "issuer"), PARTY,
                         ids=["ban-tinh-uy", "chi-bo", "dang-uy-xa", "tinh-uy"])
def test_a_letter_of_a_body_of_the_dang_stays_out_of_scope(hd, tmp_path, parent, issuer):
    """A letter issued by a body of the Đảng (a Ban of the Tỉnh ủy, a Chi bộ, a Đảng ủy xã,
    the Tỉnh ủy's Văn phòng) under "ĐẢNG CỘNG SẢN VIỆT NAM" is laid out by the Đảng's rules:
    the one note, nothing held to the decree."""
    findings = check_file(edit(hd, tmp_path / "party.docx",
                               lambda d: _headed(d, parent, issuer, tieu_ngu=False)))
    assert [f.rule for f in findings] == ["dang.pham_vi"]


def test_the_vietnamese_message_names_the_quoc_hieu(hd, tmp_path):
    """The clerk reads it in Vietnamese: the Quốc hiệu and the Tiêu ngữ, the issuer named."""
    set_language("vi")
    try:
        findings = check_file(edit(hd, tmp_path / "vi.docx",
                                   lambda d: _headed(d, *STATE[0], tieu_ngu=False)))
        message = findings[0].message
    finally:
        set_language("en")
    assert "Quốc hiệu" in message and "SỞ NỘI VỤ" in message
    assert "the Đảng" not in message
