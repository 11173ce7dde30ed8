"""`ntm-docgen import` on four misreads issue 15 named (docs/accuracy.md, words3): a Word
trích yếu longer than a printed paragraph, a report signed "Người báo cáo", a list of attachments
in brackets under the closing ./., and a "Thực hiện Kế hoạch số ...;" among the căn cứ."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ntm_docgen.importer import import_letter, import_lines
from ntm_docgen.importer.lost import lost_lines

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
#: qd_ubnd_tinh_panm_goi_thau_13's trích yếu: 272 signs in one Word paragraph, set bold.
LONG_TITLE = ("Phê duyệt phương án nổ mìn thi công gói thầu số 13: Công trình nối Quốc lộ 32 với "
              "cao tốc Nội Bài - Lào Cai (IC14) đoạn thi công từ Km0 - Km2+571 và khu tái định "
              "cư 1 thuộc phường Trung Tâm và xã Liên Sơn thuộc dự án đường nối Quốc lộ 32 với "
              "đường cao tốc Nội Bài - Lào Cai")
CAN_CU = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
          "Theo đề nghị của Sở Công Thương tại Tờ trình số 569/TTr-SCT ngày 02/02/2026."]


def _decision(path: Path, title: str, bold: bool) -> Path:
    """A Quyết định typed in Word as the province's is: the header's lines each a paragraph,
    the type name, the trích yếu and ô 5b set bold, the body not."""
    document = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", *MOTTO, "Số: 13/QĐ-UBND",
                 "Lào Cai, ngày 05 tháng 02 năm 2026"]:
        document.add_paragraph(line)
    for line, strong in [("QUYẾT ĐỊNH", True), (title, bold),
                         ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", True),
                         *[(x, False) for x in CAN_CU], ("QUYẾT ĐỊNH:", True),
                         ("Điều 1. Phê duyệt phương án nổ mìn.", False),
                         ("Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.", False)]:
        document.add_paragraph().add_run(line).bold = strong
    for line in ["Nơi nhận:", "- Như Điều 2;", "- Lưu: VT, KT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                 "Nguyễn Thành Sinh"]:
        document.add_paragraph(line)
    document.save(path)
    return path


def test_a_bold_word_trich_yeu_is_the_title_however_long(tmp_path: Path) -> None:
    """qd_ubnd_tinh_panm_goi_thau_13: Word keeps a paragraph on one line, so a trích yếu of
    three printed lines is one line of 272 signs; set bold under the type name, it is the
    trích yếu, and ô 5b and the căn cứ under it are read as such, not put in the body."""
    spec = import_letter(_decision(tmp_path / "qd.docx", LONG_TITLE, bold=True)).spec
    assert spec["trich_yeu"] == LONG_TITLE
    assert spec["tham_quyen"] == "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"
    assert spec["can_cu"] == [x.rstrip(";.") for x in CAN_CU]
    assert spec["noi_dung"].splitlines()[0] == "Điều 1. Phê duyệt phương án nổ mìn."


def test_a_long_paragraph_under_the_type_name_not_bold_is_still_the_body(
        tmp_path: Path) -> None:
    """The same line not bold, as a body's paragraph is typed, stays out of the trích yếu."""
    spec = import_letter(_decision(tmp_path / "qd.docx", LONG_TITLE, bold=False)).spec
    assert spec.get("trich_yeu") != LONG_TITLE


REPORT = ["PHÒNG VĂN HÓA - XÃ HỘI", *MOTTO, "Phù Mỹ Bắc, ngày 25 tháng 6 năm 2026",
          "BÁO CÁO", "Công tác tuần 02 tháng 6 năm 2026", "I. TÌNH HÌNH HOẠT ĐỘNG",
          "- Hoàn thiện báo cáo cải cách hành chính 6 tháng đầu năm 2026.",
          "Kính báo cáo lãnh đạo Phòng biết và chỉ đạo./."]


@pytest.mark.parametrize("label", ["Người báo cáo", "Người lập:", "Người tổng hợp"],
                         ids=["nguoi-bao-cao", "nguoi-lap", "nguoi-tong-hop"])
def test_a_report_signed_by_its_writer_gives_the_signer(label: str) -> None:
    """bc_vhxh_xa_phu_my_bac_tuan_2026: a weekly report inside an office is signed "Người báo
    cáo" over the name, in sentence case where a title stands in capitals: the signature is
    read (the label as the title, the name), not left as the body's last two paragraphs."""
    result = import_lines([*REPORT, label, "Đặng Vũ Linh"])
    assert (result.spec["ky"]["chuc_vu"], result.spec["ky"]["ho_ten"]) == \
        (label.rstrip(":"), "Đặng Vũ Linh")
    assert result.spec["noi_dung"].splitlines()[-1] == REPORT[-1]


def test_a_sentence_about_the_writer_is_no_signature() -> None:
    """"Người dân" is no such label: a body that ends so keeps its lines."""
    result = import_lines([*REPORT[:-1], "Người dân", "Đặng Vũ Linh"])
    assert "Người dân" in result.spec["noi_dung"]


CLOSING = "Kính trình Hội đồng nhân dân tỉnh xem xét, quyết nghị./."
ATTACHED = ["(Xin gửi kèm theo:", "- Dự thảo Nghị quyết;",
            "- Báo cáo thẩm định dự thảo nghị quyết của Sở Tư pháp;",
            "- Báo cáo tiếp thu, giải trình ý kiến thẩm định)."]
SUBMISSION = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", *MOTTO, "Số: 09 /TTr-UBND",
              "Quảng Ngãi, ngày 20 tháng 01 năm 2025", "TỜ TRÌNH",
              "Về việc ban hành Nghị quyết bãi bỏ các Nghị quyết",
              "Kính gửi: Hội đồng nhân dân tỉnh",
              "Thực hiện quy định của Luật Ban hành văn bản quy phạm pháp luật, Ủy ban nhân dân "
              "tỉnh kính trình như sau:", "1. Sự cần thiết ban hành."]
SIGNED = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, KGVX.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
          "PHÓ CHỦ TỊCH", "Trần Hoàng Tuấn"]


def test_attachments_in_brackets_after_the_closing_are_set_apart() -> None:
    """ttr_2025_quangngai_09: the closing paragraph is the one ending ./.; the bracketed list
    of attachments under it is the letter's list of what it sends, named in a warning (every
    line of it), not the body's last paragraph."""
    raw = [*SUBMISSION, CLOSING, *ATTACHED, *SIGNED]
    result = import_lines(raw)
    assert result.spec["noi_dung"].splitlines()[-1] == CLOSING
    assert all(line in " ".join(result.warnings) for line in ATTACHED)
    assert lost_lines(raw, result.spec, result.warnings) == []
    assert result.spec["ky"]["ho_ten"] == "Trần Hoàng Tuấn"


def test_a_bracket_that_lists_no_attachment_stays_in_the_body() -> None:
    """A note in brackets under the ./. that is no list of attachments is left where it is."""
    note = "(Thời hạn gửi báo cáo về Bộ Nội vụ trước ngày 20/3/2026)."
    spec = import_lines([*SUBMISSION, CLOSING, note, *SIGNED]).spec
    assert spec["noi_dung"].splitlines()[-1] == note


GROUNDS = ["Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình "
           "tổng thể Cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
           "Căn cứ Quyết định số 58/QĐ-UBND ngày 08/01/2026 của Ủy ban nhân dân tỉnh;"]
PLAN = ("Thực hiện Kế hoạch số 9669/KH-UBND ngày 24/12/2025 của Ủy ban nhân dân tỉnh về Cải "
        "cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng;")
REQUEST = ("Nhằm phát huy tinh thần chủ động, sáng tạo của đội ngũ cán bộ, công chức, Sở Nội vụ "
           "đã xây dựng dự thảo Kế hoạch.")
SNV = ["UBND TỈNH LÂM ĐỒNG", "SỞ NỘI VỤ", *MOTTO, "Số: 124 /TTr-SNV",
       "Lâm Đồng, ngày 11 tháng 02 năm 2026", "TỜ TRÌNH",
       "Về việc ban hành Kế hoạch Phát động Phong trào thi đua năm 2026",
       "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng"]
SNV_END = ["Sở Nội vụ kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt./.", "Nơi nhận:",
           "- Như trên;", "- Lưu: VT, CCHC.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Hữu Tuấn"]


def test_a_thuc_hien_line_among_the_can_cu_is_one() -> None:
    """ttr_2026_snv_lamdong_124: under two "Căn cứ ...;" lines the printed page sets "Thực
    hiện Kế hoạch số 9669/KH-UBND ...;" as one more ground, closed with the list's semicolon;
    the body opens with "Nhằm ...". A Tờ trình's own "Thực hiện" paragraph stays its body."""
    spec = import_lines([*SNV, *GROUNDS, PLAN, REQUEST, *SNV_END]).spec
    assert spec["can_cu"] == [x.rstrip(";") for x in [*GROUNDS, PLAN]]
    assert spec["noi_dung"].splitlines()[0] == REQUEST


@pytest.mark.parametrize("opening", [
    [PLAN],
    [*GROUNDS, "Thực hiện Kết luận số 1098-KL/TU ngày 24/01/2025 của Ban Thường vụ Tỉnh ủy về "
               "công tác cán bộ; Chủ tịch UBND tỉnh đã điều động ông A;"],
], ids=["no-can-cu-above", "goes-on-to-tell"])
def test_a_submissions_own_thuc_hien_paragraph_stays_its_body(opening: list[str]) -> None:
    """ttr_2026_snv_lamdong_166 opens with the same kind of line under no "Căn cứ"; the
    Tờ trình of held_out_18 goes on after its "Thực hiện ..." to tell what was done: both are
    the body's first paragraph, as every Tờ trình of the held-out sets reads it."""
    spec = import_lines([*SNV, *opening, REQUEST, *SNV_END]).spec
    assert spec["noi_dung"].splitlines()[0] == opening[-1]
