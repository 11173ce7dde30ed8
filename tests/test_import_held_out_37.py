"""What held_out_37's letters (docs/accuracy.md) showed the importer reading wrong, each as a rule
a clerk's letter justifies: a V/v whose last word stands alone over a date line opening with the
province's whole name, a V/v cut at the dash of the symbol it cites, an attachment note in
brackets that names its sender before ``gửi kèm``."""

from __future__ import annotations

import pytest

from ntm_docgen.importer import import_lines
from ntm_docgen.importer.lost import lost_lines

HEAD = ["UBND TỈNH LÂM ĐỒNG", "SỞ XÂY DỰNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 951 /SXD-QLCLCT"]
BODY = ["Kính gửi: Sở Nội vụ tỉnh Lâm Đồng",
        "Sở Xây dựng cử thành viên tham gia như trên gửi Sở Nội vụ tỉnh Lâm Đồng được biết./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, QLCLCT.", "GIÁM ĐỐC", "Lê Ngọc Tiến"]


@pytest.mark.parametrize(("vv", "trich_yeu", "dia_danh"), [
    (["V/v cử thành viên tham gia Hội đồng", "An toàn, vệ sinh lao động tỉnh Lâm", "Đồng",
      "Lâm Đồng, ngày 27 tháng 8 năm 2025"],
     "cử thành viên tham gia Hội đồng An toàn, vệ sinh lao động tỉnh Lâm Đồng", "Lâm Đồng"),
    (["V/v cử thành viên tham gia Hội đồng", "An toàn, vệ sinh lao động", "tỉnh",
      "Hà Nội, ngày 27 tháng 8 năm 2025"],
     "cử thành viên tham gia Hội đồng An toàn, vệ sinh lao động tỉnh", "Hà Nội"),
    (["V/v cử thành viên tham gia Hội đồng", "Hà", "Nội, ngày 27 tháng 8 năm 2025"],
     "cử thành viên tham gia Hội đồng", "Hà Nội"),
], ids=["last-word-over-its-province", "last-word-over-another", "place-cut-after-a-word"])
def test_a_vv_whose_last_word_stands_over_the_date_line(vv: list[str], trich_yeu: str,
                                                        dia_danh: str) -> None:
    """Sở Xây dựng Lâm Đồng's 951: the V/v's last word, ``Đồng``, alone on its line over the
    date line ``Lâm Đồng, ngày ...``, was joined to it as a place cut after one word: the V/v
    lost its last word, the place read ``Đồng Lâm Đồng``. A place cut after a word (``Hà`` /
    ``Nội, ngày ...``) is still made one."""
    lines = [*HEAD, *vv, *BODY]
    result = import_lines(lines)
    assert (result.spec["trich_yeu"], result.spec["dia_danh"]) == (trich_yeu, dia_danh)
    assert lost_lines(lines, result.spec, result.warnings) == []


@pytest.mark.parametrize(("vv", "trich_yeu"), [
    (["V/v phúc đáp Công văn số 3183/SNV-", "TCBC ngày 26/11/2025 của Sở Nội vụ"],
     "phúc đáp Công văn số 3183/SNV-TCBC ngày 26/11/2025 của Sở Nội vụ"),
    (["V/v triển khai Nghị định số 118/2025/NĐ-", "CP về một cửa"],
     "triển khai Nghị định số 118/2025/NĐ-CP về một cửa"),
    (["V/v kinh phí giai đoạn 2021-", "2025"], "kinh phí giai đoạn 2021- 2025"),
], ids=["symbol-cut", "decree-cut", "years-not-a-symbol"])
def test_a_vv_cut_at_the_dash_of_a_symbol(vv: list[str], trich_yeu: str) -> None:
    """Sở Văn hóa, Thể thao và Du lịch Lâm Đồng's 2601: the V/v's first line ends with the
    cited symbol cut at its dash (``3183/SNV-`` / ``TCBC``); the trích yếu read ``SNV- TCBC``."""
    lines = [*HEAD, *vv, "Lâm Đồng, ngày 02 tháng 12 năm 2025", *BODY]
    assert import_lines(lines).spec["trich_yeu"] == trich_yeu


TTR = ["UBND TỈNH LÂM ĐỒNG", "SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
       "Độc lập - Tự do - Hạnh phúc", "Số: 141 /TTr-STP", "Lâm Đồng, ngày 09 tháng 12 năm 2025",
       "TỜ TRÌNH", "Về việc cho phép hợp nhất Đoàn Luật sư tỉnh Lâm Đồng",
       "Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng",
       "Sở Tư pháp nhận được Đơn đề nghị hợp nhất số 258/ĐĐN-ĐLS ngày 27/11/2025.",
       "Sở Tư pháp kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét./."]
SIGNED = ["Nơi nhận:", "- Như trên;", "- Lưu: VT, BTTP.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
          "Trần Thanh Tài"]


@pytest.mark.parametrize(("note", "kept"), [
    (["(Sở Tư pháp gửi kèm hồ sơ cho phép hợp nhất Đoàn Luật sư tỉnh Lâm",
      "Đồng và chỉ định Ban Chủ nhiệm lâm thời)"], False),
    (["(gửi kèm theo Phiếu ghi ý kiến; Tờ trình, dự thảo Quyết định và", "hồ sơ có liên quan)"],
     False),
    (["(Sở Tư pháp đã lấy ý kiến các sở, ngành)"], True),
], ids=["sender-before-gui-kem", "gui-kem-theo", "a-note-that-sends-nothing"])
def test_an_attachment_note_naming_its_sender(note: list[str], kept: bool) -> None:
    """Sở Tư pháp Lâm Đồng's Tờ trình 141 prints under its closing ``./.`` "(Sở Tư pháp gửi kèm
    hồ sơ ...)": the letter's attachments, as "(Gửi kèm ...)" is (issue 15's decision), not
    its last paragraph; a note in brackets that sends nothing stays in the body."""
    lines = [*TTR, *note, *SIGNED]
    result = import_lines(lines)
    last = result.spec["noi_dung"].split("\n")[-1]
    assert (last == " ".join(note)) is kept
    if not kept:
        assert last == "Sở Tư pháp kính trình Chủ tịch Ủy ban nhân dân tỉnh xem xét./."
        assert any("attachments in brackets" in str(w) for w in result.warnings)
    assert lost_lines(lines, result.spec, result.warnings) == []


QD = ["UBND TỈNH LÂM ĐỒNG", "HỘI ĐỒNG THẨM ĐỊNH,", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH", "HÀNH CHÍNH TỈNH",
      "Số: 10797/QĐ-HĐTĐ", "Lâm Đồng, ngày 28 tháng 10 năm 2025", "QUYẾT ĐỊNH",
      "Về việc thành lập Tổ giúp việc của Hội đồng thẩm định",
      "CHỦ TỊCH HỘI ĐỒNG THẨM ĐỊNH", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
      "QUYẾT ĐỊNH:", "Điều 1. Thành lập Tổ giúp việc của Hội đồng thẩm định.",
      "Điều 2. Các thành viên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
      "Nơi nhận:", "- Như Điều 1;", "- Lưu: VT, CCHC&VTLT(Hằng)."]


@pytest.mark.parametrize(("signed", "chuc_vu"), [
    (["TM. HỘI ĐỒNG", "CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Đỗ Văn Chung"],
     "CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ"),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "SỞ NỘI VỤ", "Đỗ Văn Chung"], "CHỦ TỊCH"),
    (["CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Đỗ Văn Chung"], "CHỦ TỊCH"),
], ids=["chair-office-under-tm", "seal-ring-under-tm", "no-tm"])
def test_a_chairs_own_office_under_his_signature(signed: list[str], chuc_vu: str) -> None:
    """The Hội đồng thẩm định's Quyết định 10797, signed ``TM. HỘI ĐỒNG`` / ``CHỦ TỊCH``, prints
    the chair's own office, ``GIÁM ĐỐC SỞ NỘI VỤ``, under the signature over his name: it was
    left out of the title. A body's name alone there (the seal's ring) stays apart."""
    lines = [*QD, *signed]
    result = import_lines(lines)
    assert result.spec["ky"]["chuc_vu"] == chuc_vu
    assert result.spec["ky"]["ho_ten"] == "Đỗ Văn Chung"
