"""A scan's Roman headings read out of sequence (contract7 item 8): Tesseract read the II of
"II. NỘI DUNG" as "H." or "I." and the III after it as "II.", so a plan came back headed I, I,
II; a đề cương had "HI." between II and IV. Each such number is set by the headings around it,
with a warning naming the change; a letter typed (Word, text) is kept as written."""

from __future__ import annotations

import pytest

from ntm_docgen.i18n import language_kept, set_language
from ntm_docgen.importer import build
from ntm_docgen.importer.reading import Source
from ntm_docgen.importer.romans import mended

HEAD = ["ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "Số: 07/KH-UBND", "Tân Thành, ngày 03 tháng 9 năm 2025",
        "KẾ HOẠCH", "Triển khai phong trào thi đua năm 2025"]
END = ["Nơi nhận:", "- Các thôn;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
       "Lương Văn Bình"]


@pytest.mark.parametrize(("read", "written"), [
    (["I. MỤC ĐÍCH", "I. NỘI DUNG", "II. TỔ CHỨC THỰC HIỆN"],
     ["I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]),
    (["I. MỤC ĐÍCH", "H. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"],
     ["I. MỤC ĐÍCH", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]),
    (["I. ĐẶC ĐIỂM", "II. KẾT QUẢ", "HI. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG"],
     ["I. ĐẶC ĐIỂM", "II. KẾT QUẢ", "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG"]),
    (["Il. KẾT QUẢ", "III. ĐÁNH GIÁ"], ["II. KẾT QUẢ", "III. ĐÁNH GIÁ"]),
], ids=["I-I-II", "H-for-II", "HI-between-II-and-IV", "Il-first"])
def test_a_heading_out_of_sequence_is_set_by_its_neighbours(read: list[str],
                                                            written: list[str]) -> None:
    lines, changes = mended(["Nội dung", *read])
    assert lines[1:] == written
    assert changes == [(a, b) for a, b in zip(read, written, strict=True) if a != b]


@pytest.mark.parametrize("read", [
    ["I. MỤC ĐÍCH", "II. NỘI DUNG", "I. KẾT QUẢ", "II. TỒN TẠI"],
    ["Phần thứ nhất", "I. KẾT QUẢ", "II. TỒN TẠI", "Phần thứ hai", "I. NHIỆM VỤ"],
    ["I. MỤC ĐÍCH", "V. NỘI DUNG", "IX. TỔ CHỨC"],
    ["1. MỤC ĐÍCH", "1. NỘI DUNG"],
    ["I. Mục đích", "I. Yêu cầu", "II. Nội dung"],
], ids=["restart", "parts", "far-apart", "arabic", "not-capitals"])
def test_a_numbering_that_is_no_misreading_is_kept(read: list[str]) -> None:
    assert mended(read) == (read, [])


BODY = ["I. MỤC ĐÍCH, YÊU CẦU", "Phát huy vai trò chủ thể của người dân.", "H. NỘI DUNG",
        "Họp triển khai trong tháng 9/2025.", "II. TỔ CHỨC THỰC HIỆN",
        "Các thôn triển khai thực hiện./."]


@pytest.mark.parametrize("pages", [(1,), ()], ids=["scan", "typed"])
def test_import_mends_a_scans_headings_and_says_so(monkeypatch: pytest.MonkeyPatch,
                                                   pages: tuple[int, ...]) -> None:
    monkeypatch.setattr(build, "read_source",
                        lambda path: Source([*HEAD, *BODY, *END], ocr_pages=pages))
    with language_kept():
        set_language("vi")
        result = build.import_letter("/tmp/scan.pdf")
    headings = [x for x in result.spec["noi_dung"].splitlines() if x.isupper()]
    told = [w for w in result.warnings if "đề mục" in w]
    if not pages:
        assert headings == ["I. MỤC ĐÍCH, YÊU CẦU", "H. NỘI DUNG", "II. TỔ CHỨC THỰC HIỆN"]
        assert not told
        return
    assert headings == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]
    assert told == [
        "số thứ tự của một đề mục đọc từ bản quét bị sai thứ tự nên đã được sửa theo các đề "
        "mục trước và sau nó: “H. NỘI DUNG” được ghi là “II. NỘI DUNG”; hãy đối chiếu với bản "
        "giấy",
        "số thứ tự của một đề mục đọc từ bản quét bị sai thứ tự nên đã được sửa theo các đề "
        "mục trước và sau nó: “II. TỔ CHỨC THỰC HIỆN” được ghi là “III. TỔ CHỨC THỰC HIỆN”; "
        "hãy đối chiếu với bản giấy"]
