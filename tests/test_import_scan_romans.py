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


def test_a_ruled_table_is_read_apart_without_its_rules() -> None:
    """Tesseract reads no word inside a table's rules; with them whited out it reads each row."""
    from PIL import Image, ImageDraw

    from ntm_docgen.importer.ocrblank import unruled

    image = Image.new("L", (400, 90), 255)
    draw = ImageDraw.Draw(image)
    for y in (0, 30, 60, 89):
        draw.line([(0, y), (399, y)], fill=0, width=2)
    for x in (0, 60, 399):
        draw.line([(x, 0), (x, 89)], fill=0, width=2)
    draw.text((10, 10), "STT", fill=0)
    out = unruled(image)
    assert out.getpixel((200, 30)) == 255 and out.getpixel((60, 45)) == 255  # rules gone
    assert any(out.getpixel((x, y)) < 128 for x in range(10, 40) for y in range(10, 22))


def test_a_block_tesseract_read_no_word_in_is_found() -> None:
    """Tesseract's page data: block 1 read ("I. NỘI DUNG"), block 2 a ruled table it took
    for a picture (one blank word), block 3 a blank too small to be a table."""
    from ntm_docgen.importer.ocrblank import blank_blocks

    rows = [  # level, block, left, top, width, height, conf, text
        (2, 1, 100, 100, 400, 40, -1, ""), (5, 1, 100, 100, 60, 40, 95, "I."),
        (5, 1, 170, 100, 200, 40, 95, "NỘI"),
        (2, 2, 100, 200, 1800, 250, -1, ""), (5, 2, 100, 200, 1800, 250, 95, " "),
        (2, 3, 1500, 600, 200, 200, -1, ""), (5, 3, 1500, 600, 200, 200, 95, " ")]
    data = {name: [r[n] for r in rows] for n, name in enumerate(
        ("level", "block_num", "left", "top", "width", "height", "conf", "text"))}
    assert blank_blocks(data, 0.5, (0, 0), 1240) == [(50.0, 100.0, 950.0, 225.0)]


@pytest.mark.skipif(not __import__("shutil").which("pdftoppm"), reason="pdftoppm")
def test_a_scans_table_cells_are_kept_or_told(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A commune's plan, printed, scanned at 200 dpi: each cell of its table is in the body
    or named in a warning, never dropped; its headings come back I, II, III."""
    import subprocess

    import yaml
    from PIL import Image

    from ntm_docgen import api
    from ntm_docgen.importer import import_letter

    spec = {"loai": "KH", "co_quan": {"ten": "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH",
                                      "viet_tat": "UBND"},
            "so": 7, "dia_danh": "Tân Thành", "ngay": "2025-09-03",
            "trich_yeu": "Triển khai phong trào thi đua năm 2025",
            "noi_dung": "\n".join(["I. MỤC ĐÍCH, YÊU CẦU", "Phát huy vai trò của người dân.",
                                   "II. NỘI DUNG", "| STT | Nội dung | Thời gian |",
                                   "|---|---|---|", "| 1 | Họp triển khai | Tháng 9/2025 |",
                                   "| 2 | Sơ kết | Tháng 12/2025 |", "III. TỔ CHỨC THỰC HIỆN",
                                   "Các thôn triển khai./."]),
            "ky": {"quyen_han": ["TM. ỦY BAN NHÂN DÂN"], "chuc_vu": "CHỦ TỊCH",
                   "ho_ten": "Lương Văn Bình"}, "noi_nhan": ["Các thôn"], "luu": "VT"}
    source = tmp_path / "kh.yaml"
    source.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    pdf = next(p for p in api.render(api.load_spec(source), tmp_path / "kh.docx", pdf=True,
                                      today=__import__("datetime").date(2025, 9, 3))
               if p.suffix == ".pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-singlefile", str(pdf),
                    str(tmp_path / "scan")], check=True, capture_output=True)
    scan = tmp_path / "scan.pdf"  # pages of pixels, as a scanner gives them
    Image.open(tmp_path / "scan.png").save(scan, resolution=200)
    result = import_letter(scan)
    body = " ".join(result.spec["noi_dung"].split())
    for cell in ("Họp triển khai", "Tháng 9/2025", "Sơ kết", "Tháng 12/2025"):
        assert cell in body or any(cell in w for w in result.warnings), cell
    assert [x for x in result.spec["noi_dung"].splitlines() if x.isupper()] == \
        ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]


def test_a_blank_blocks_rows_are_read_whole_and_the_table_told() -> None:
    """Read again, each row of the table is one word across its cells, so the page's lines
    keep it whole; its first row names the table in the warning."""
    from PIL import Image

    from ntm_docgen.importer.ocrblank import read_again, tables_read
    from ntm_docgen.importer.pdflayout import Word

    def read(image, at, first):  # type: ignore[no-untyped-def]
        cells = [("STT", 0, 0), ("Nội dung", 40, 0), ("Thời gian", 300, 0), ("1", 0, 1),
                 ("Họp triển khai", 40, 1), ("Tháng 9/2025", 300, 1)]
        return [Word(t, at[0] + x, at[0] + x + 30, at[1] + 20 * n, at[1] + 20 * n + 12, 12,
                     line=first + n) for t, x, n in cells]

    with tables_read() as told:
        found = read_again(Image.new("L", (800, 100), 255), [(10.0, 100.0, 410.0, 150.0)],
                           0.5, read, 7)
    assert [(box, [w.text for w in words]) for box, words in found] == [
        ((10.0, 100.0, 410.0, 150.0), ["STT Nội dung Thời gian", "1 Họp triển khai Tháng 9/2025"])]
    assert [w.line for w in found[0][1]] == [7, 8]
    assert told == ["STT Nội dung Thời gian"]
