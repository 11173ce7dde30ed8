"""`ntm-docgen import` of a Word letter typed in the legacy fonts: TCVN3 (.VnTime, with the
capitals font .VnTimeH) and VNI (VNI-Times), set on a run or through the document's style, read
as Unicode with a warning; a run in a Unicode font beside them is left as it is."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from ntm_docgen.importer import import_letter


def _font(element, name: str) -> None:  # type: ignore[no-untyped-def]
    props = element.get_or_add_rPr()
    fonts = props.find(qn("w:rFonts"))
    if fonts is None:
        fonts = props.makeelement(qn("w:rFonts"), {})
        props.append(fonts)
    for attr in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), name)


def _run(paragraph, text: str, font: str | None = None) -> None:  # type: ignore[no-untyped-def]
    run = paragraph.add_run(text)
    if font:
        _font(run._element, font)


# (normal font, capitals font, the letter's words as typed in that encoding)
TYPED = {
    "tcvn3": (".VnTime", ".VnTimeH", {
        "chu_quan": "ubnd tØnh l¹ng s¬n", "ten": "së néi vô", "so": "Sè: 15/SNV-T§KT",
        "vv": "V/v b¸o c¸o kÕt qu¶ thùc hiÖn", "motto": "céng hoµ x· héi chñ nghÜa viÖt nam",
        "tieu_ngu": "§éc lËp - Tù do - H¹nh phóc", "ngay": "L¹ng S¬n, ngµy 05 th¸ng 3 n¨m 2026",
        "kinh_gui": "KÝnh göi: Uû ban nh©n d©n c¸c x·", "noi_nhan": "N¬i nhËn:",
        "nhu_tren": "- Nh\u00ad trªn;", "luu": "- L\u00adu: VT, TH.", "chuc_vu": "gi¸m ®èc",
        "ho_ten": "NguyÔn V¨n An"}),
    "vni": ("VNI-Times", "VNI-Times", {
        "chu_quan": "UBND TÆNH LAÏNG SÔN", "ten": "SÔÛ NOÄI VUÏ", "so": "Soá: 15/SNV-TÑKT",
        "vv": "V/v baùo caùo keát quaû thöïc hieän",
        "motto": "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM",
        "tieu_ngu": "Ñoäc laäp - Töï do - Haïnh phuùc",
        "ngay": "Laïng Sôn, ngaøy 05 thaùng 3 naêm 2026",
        "kinh_gui": "Kính göûi: UÛy ban nhaân daân caùc xaõ", "noi_nhan": "Nôi nhaän:",
        "nhu_tren": "- Nhö treân;", "luu": "- Löu: VT, TH.", "chuc_vu": "GIAÙM ÑOÁC",
        "ho_ten": "Nguyeãn Vaên An"}),
}


def _letter(path: Path, encoding: str, by_style: bool) -> Path:
    normal, capitals, typed = TYPED[encoding]
    document = docx.Document()
    if by_style:
        _font(document.styles["Normal"].element, normal)
    body_font = None if by_style else normal
    head = document.add_table(rows=1, cols=2)
    left, right = head.cell(0, 0), head.cell(0, 1)
    _run(left.paragraphs[0], typed["chu_quan"], capitals)
    for key in ("ten", "so", "vv"):
        _run(left.add_paragraph(), typed[key], capitals if key == "ten" else body_font)
    _run(right.paragraphs[0], typed["motto"], capitals)
    _run(right.add_paragraph(), typed["tieu_ngu"], body_font)
    _run(right.add_paragraph(), typed["ngay"], body_font)
    _run(document.add_paragraph(), typed["kinh_gui"], body_font)
    _run(document.add_paragraph(), "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả.",
         "Times New Roman")
    _run(document.add_paragraph(), "Trân trọng./.", "Times New Roman")
    sign = document.add_table(rows=1, cols=2)
    _run(sign.cell(0, 0).paragraphs[0], typed["noi_nhan"], body_font)
    for key in ("nhu_tren", "luu"):
        _run(sign.cell(0, 0).add_paragraph(), typed[key], body_font)
    _run(sign.cell(0, 1).paragraphs[0], typed["chuc_vu"], capitals)
    _run(sign.cell(0, 1).add_paragraph(), typed["ho_ten"], body_font)
    document.save(path)
    return path


@pytest.mark.parametrize("by_style", [False, True], ids=["run-fonts", "style-font"])
@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_letter_in_legacy_fonts_is_read_as_unicode(tmp_path: Path, encoding: str,
                                                     by_style: bool) -> None:
    result = import_letter(_letter(tmp_path / "cu.docx", encoding, by_style))
    spec = result.spec
    assert spec["co_quan"]["chu_quan"] == "UBND TỈNH LẠNG SƠN"
    assert spec["co_quan"]["ten"] == "SỞ NỘI VỤ"
    assert (spec["so"], spec["ky_hieu"]) == (15, "SNV-TĐKT")
    assert spec["trich_yeu"] == "báo cáo kết quả thực hiện"
    assert (spec["dia_danh"], spec["ngay"].isoformat()) == ("Lạng Sơn", "2026-03-05")
    # as typed: .VnTime has no capital Ủ, so "Uỷ ban" (the mark on the y)
    assert spec["kinh_gui"] == [{"tcvn3": "Uỷ", "vni": "Ủy"}[encoding] + " ban nhân dân các xã"]
    assert spec["noi_dung"].splitlines()[0] == "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả."
    assert (spec["noi_nhan"], spec["luu"]) == (["Như trên"], "VT, TH")
    assert spec["ky"] == {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn An"}
    name = {"tcvn3": "TCVN3", "vni": "VNI"}[encoding]
    assert any(name in w and "Unicode" in w for w in result.warnings)
    assert not any("no field" in w for w in result.warnings)


def test_a_unicode_letter_gets_no_legacy_warning(tmp_path: Path) -> None:
    document = docx.Document()
    for text in ("SỞ NỘI VỤ", "Số: 15/SNV-TĐKT", "V/v báo cáo", "Kính gửi: Sở A",
                 "Lạng Sơn, ngày 05 tháng 3 năm 2026", "Đề nghị.", "GIÁM ĐỐC", "Nguyễn Văn An"):
        _run(document.add_paragraph(), text, "Times New Roman")
    document.save(tmp_path / "moi.docx")
    result = import_letter(tmp_path / "moi.docx")
    assert not any("TCVN3" in w or "VNI" in w for w in result.warnings)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_check_fix_converts_a_legacy_letter(runner, tmp_path: Path,  # type: ignore[no-untyped-def]
                                            encoding: str) -> None:
    from ntm_docgen.cli.main import main

    source = _letter(tmp_path / "cu.docx", encoding, by_style=True)
    found = runner.invoke(main, ["check", str(source), "--json"])
    assert "font.legacy" in found.output
    fixed = tmp_path / "moi.docx"
    result = runner.invoke(main, ["check", str(source), "--fix", str(fixed)])
    assert fixed.exists(), result.output
    texts = [p.text for p in docx.Document(str(fixed)).paragraphs]
    assert "Sở Nội vụ đề nghị các đơn vị báo cáo kết quả." in texts
    assert any(t.casefold().endswith("ban nhân dân các xã") for t in texts)
    again = import_letter(fixed)
    assert again.spec["ky"] == {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn An"}
    assert not any("Unicode" in w for w in again.warnings)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_unicode_typed_under_a_legacy_style_is_read_as_typed(tmp_path: Path,
                                                             encoding: str) -> None:
    """An old template whose style still names .VnTime or VNI-Times, typed in Unicode: its
    text is as typed (``tháng`` read as TCVN3 had become ``thỏng``, ``Công`` ``Cụng``), and no
    warning says it was converted."""
    document = docx.Document()
    _font(document.styles["Normal"].element, TYPED[encoding][0])
    for text in ("UBND TỈNH LẠNG SƠN", "SỞ CÔNG THƯƠNG", "Số: 15/SCT-CN",
                 "V/v báo cáo kết quả thực hiện", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 05 tháng 3 năm 2026",
                 "Kính gửi: Ủy ban nhân dân các xã",
                 "Sở Công Thương đề nghị các đơn vị báo cáo kết quả.", "Trân trọng./.",
                 "Nơi nhận:", "- Như trên;", "- Lưu: VT, CN.", "GIÁM ĐỐC", "Nguyễn Văn An"):
        document.add_paragraph(text)
    document.save(tmp_path / "mau-cu.docx")
    result = import_letter(tmp_path / "mau-cu.docx")
    spec = result.spec
    assert spec["co_quan"]["ten"] == "SỞ CÔNG THƯƠNG"
    assert (spec["dia_danh"], spec["ngay"].isoformat()) == ("Lạng Sơn", "2026-03-05")
    assert spec["trich_yeu"] == "báo cáo kết quả thực hiện"
    assert spec["noi_dung"].splitlines()[0] == "Sở Công Thương đề nghị các đơn vị báo cáo kết quả."
    assert spec["ky"]["ho_ten"] == "Nguyễn Văn An"
    assert not any("TCVN3" in w or "VNI" in w for w in result.warnings)


# A letter kept as a text file: as a TCVN3 typist typed it (headings with Caps Lock in the
# capitals font, their toned letters small), and the same words as VNI and in Unicode.
TEXT_TCVN3 = """UBND TØNH L¹NG S¥N
Së NéI Vô
Sè: 15/SNV-T§KT
V/v b¸o c¸o kÕt qu¶ thùc hiÖn phong trµo
CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM
§éc lËp - Tù do - H¹nh phóc
L¹ng S¬n, ngµy 05 th¸ng 3 n¨m 2026
KÝnh göi: Uû ban nh©n d©n c¸c x·
Së Néi vô ®Ò nghÞ b¸o c¸o kÕt qu¶ phong trµo “chung søc x©y dùng n«ng th«n míi”.
Tr©n träng./.
N¬i nhËn:
- Nh\u00ad trªn;
- L\u00adu: VT, TH.
GI¸M §èC
NguyÔn V¨n An
"""
TEXT_VNI = """UBND TÆNH LAÏNG SÔN
SÔÛ NOÄI VUÏ
Soá: 15/SNV-TÑKT
V/v baùo caùo keát quaû thöïc hieän phong traøo
COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM
Ñoäc laäp - Töï do - Haïnh phuùc
Laïng Sôn, ngaøy 05 thaùng 3 naêm 2026
Kính göûi: Uyû ban nhaân daân caùc xaõ
Sôû Noäi vuï ñeà nghò baùo caùo keát quaû phong traøo “chung söùc xaây döïng noâng thoân môùi”.
Traân troïng./.
Nôi nhaän:
- Nhö treân;
- Löu: VT, TH.
GIAÙM ÑOÁC
Nguyeãn Vaên An
"""
TEXT_UNICODE = """UBND TỈNH LẠNG SƠN
SỞ NỘI VỤ
Số: 15/SNV-TĐKT
V/v báo cáo kết quả thực hiện phong trào
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 05 tháng 3 năm 2026
Kính gửi: Uỷ ban nhân dân các xã
Sở Nội vụ đề nghị báo cáo kết quả phong trào “chung sức xây dựng nông thôn mới”.
Trân trọng./.
Nơi nhận:
- Như trên;
- Lưu: VT, TH.
GIÁM ĐỐC
Nguyễn Văn An
"""


def _tcvn3_bytes(text: str) -> bytes:
    """The bytes a TCVN3 text file holds: a letter a byte, Word's curly quotes as Windows'."""
    return text.replace("“", "\x93").replace("”", "\x94").encode("latin-1")


def _windows_1258(text: str) -> bytes:
    """Unicode text as Windows-1258 holds it: a toned letter the code page lacks as its
    letter and a combining tone mark."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            apart = unicodedata.normalize("NFD", char)
            out += unicodedata.normalize("NFC", "".join(c for c in apart if c not in tones)
                                         ).encode("cp1258")
            out += "".join(c for c in apart if c in tones).encode("cp1258")
    return bytes(out)


def _spec_of(path: Path, data: bytes) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    path.write_bytes(data)
    result = import_letter(path)
    return result.spec, result.warnings


@pytest.mark.parametrize(("data", "encoding"), [
    (_tcvn3_bytes(TEXT_TCVN3), "TCVN3"),
    (TEXT_TCVN3.encode("utf-8"), "TCVN3"),
    (TEXT_VNI.encode("cp1252"), "VNI"),
    (TEXT_VNI.encode("utf-8"), "VNI"),
], ids=["tcvn3-bytes", "tcvn3-copied-to-utf8", "vni-bytes", "vni-copied-to-utf8"])
def test_a_text_file_in_a_legacy_font_is_read_as_unicode(tmp_path: Path, data: bytes,
                                                         encoding: str) -> None:
    expected, plain = _spec_of(tmp_path / "unicode.txt", TEXT_UNICODE.encode("utf-8"))
    spec, warnings = _spec_of(tmp_path / "legacy.txt", data)
    assert spec == expected
    assert spec["co_quan"]["ten"] == "SỞ NỘI VỤ" and spec["ky"]["ho_ten"] == "Nguyễn Văn An"
    assert [w for w in warnings if w not in plain] == [next(w for w in warnings
                                                            if encoding in w)]


def test_a_windows_1258_text_file_is_read(tmp_path: Path) -> None:
    expected, plain = _spec_of(tmp_path / "unicode.txt", TEXT_UNICODE.encode("utf-8"))
    assert _spec_of(tmp_path / "ansi.txt", _windows_1258(TEXT_UNICODE)) == (expected, plain)



@pytest.mark.parametrize(("typed", "font"), [
    (("ñy ban nh©n d©n", "x· t©n thµnh"), ".VnTimeH"),
    (("ỦY BAN NHÂN DÂN", "XÃ TÂN THÀNH"), "Times New Roman"),
], ids=["tcvn3", "unicode"])
def test_a_committee_named_over_two_lines_the_first_not_bold_is_one_issuer(
        tmp_path: Path, typed: tuple[str, str], font: str) -> None:
    """``ỦY BAN NHÂN DÂN`` (plain) over ``XÃ TÂN THÀNH`` (bold) is one body's name: a level of
    place names where the body above it is, never a body of its own (a black-box test's
    finding 19: the first line was read as the parent body, the commune as the issuer)."""
    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).cell(0, 0)
    _run(cell.paragraphs[0], typed[0], font)
    _run(cell.add_paragraph(), typed[1], font)
    cell.paragraphs[1].runs[0].bold = True
    _run(cell.add_paragraph(), "Sè: 21/BC-UBND" if font == ".VnTimeH" else "Số: 21/BC-UBND",
         ".VnTime" if font == ".VnTimeH" else font)
    _run(document.add_paragraph(), "BÁO CÁO", "Times New Roman")
    _run(document.add_paragraph(), "Kết quả xây dựng nông thôn mới năm 2025", "Times New Roman")
    _run(document.add_paragraph(), "Ủy ban nhân dân xã báo cáo như sau./.", "Times New Roman")
    document.save(tmp_path / "bc.docx")
    co_quan = import_letter(tmp_path / "bc.docx").spec["co_quan"]
    assert co_quan["ten"] == "ỦY BAN NHÂN DÂN\nXÃ TÂN THÀNH"
    assert co_quan.get("chu_quan") is None
