"""TRÍCH SAO (`--trich`), the seed 000 pair, and a letter spec with `ban_sao:`."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
import yaml

from ntm_docgen.cli.main import main
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
LETTER = EXAMPLES / "000-huong-dan-1741-btdkt.yaml"
SAO_Y = EXAMPLES / "000-sao-y-bac-giang.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    out = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            out += [p.text for row in block.rows for c in row.cells for p in c.paragraphs]
        else:
            out.append(block.text)
    return [t for t in out if t.strip()]


@pytest.fixture
def letter(tmp_path: Path, today) -> Path:
    path = tmp_path / "hd-1741.docx"
    path.write_bytes(render_docx(load_spec(LETTER), today))
    return path


@pytest.fixture
def trich_spec(tmp_path: Path) -> Path:
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    data["hinh_thuc"] = "TRÍCH SAO"
    path = tmp_path / "trich.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_seed_000_sao_y(runner, letter, tmp_path):
    out = tmp_path / "sao-y.docx"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(SAO_Y), "-o", str(out)])
    assert result.exit_code == 0, result.output
    got = texts(out)
    assert got[:len(texts(letter))] == texts(letter)
    assert got[len(texts(letter)):] == [
        "UBND TỈNH BẮC GIANG", "VĂN PHÒNG", "SAO Y", "Số: 366/SY-VP",
        "Bắc Giang, ngày 09 tháng 8 năm 2018", "Nơi nhận:", "- CT, các PCT UBND tỉnh;",
        "- Sở Nội vụ, Sở NNPTNT;", "- UBND các huyện, TP;", "- CVP, PVPNC;", "- Lưu: NC.",
        "CHÁNH VĂN PHÒNG", "Nguyễn Đức Đăng"]


def test_letter_spec_with_ban_sao(today):
    """`ban_sao:` in a letter spec appends the block when rendering."""
    spec = load_spec(EXAMPLES / "000-huong-dan-1741-kem-sao-y.yaml")
    document = docx.Document(io.BytesIO(render_docx(spec, today)))
    tables = document.tables
    block = [p.text for row in tables[-1].rows for c in row.cells for p in c.paragraphs
             if p.text.strip()]
    assert block[:5] == ["UBND TỈNH BẮC GIANG", "VĂN PHÒNG", "SAO Y", "Số: 366/SY-VP",
                         "Bắc Giang, ngày 09 tháng 8 năm 2018"]
    signature = [p.text for row in tables[-2].rows for c in row.cells for p in c.paragraphs]
    assert "Phạm Huy Giang" in signature


@pytest.mark.parametrize(("parts", "kept", "dropped"), [
    ("II", ["II. NỘI DUNG", "5. Xem xét"], ["I. MỤC ĐÍCH", "III. CÔNG TÁC", "Thực hiện Quyết"]),
    ("II,IV", ["II. NỘI DUNG", "IV. TỔ CHỨC"], ["I. MỤC ĐÍCH", "III. CÔNG TÁC"]),
    ("II-III", ["II. NỘI DUNG", "III. CÔNG TÁC"], ["I. MỤC ĐÍCH", "IV. TỔ CHỨC"]),
    ("2-3", ["I. MỤC ĐÍCH", "- Đánh giá quá trình"], ["II. NỘI DUNG", "Thực hiện Quyết"]),
    # typed as the messages name them ("đoạn 12-30", "đề mục II,III"): a black-box finding
    ("đoạn 2-3", ["I. MỤC ĐÍCH", "- Đánh giá quá trình"], ["II. NỘI DUNG", "Thực hiện Quyết"]),
    ("Đề mục II, IV", ["II. NỘI DUNG", "IV. TỔ CHỨC"], ["I. MỤC ĐÍCH", "III. CÔNG TÁC"]),
], ids=["one-heading", "two-headings", "heading-range", "paragraph-range", "doan-typed",
        "de-muc-typed"])
def test_trich_sao_keeps_the_named_parts(runner, letter, trich_spec, tmp_path, parts, kept,
                                         dropped):
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(trich_spec), "-o", str(out),
                                  "--trich", parts])
    assert result.exit_code == 0, result.output
    got = texts(out)
    header = ["BAN THI ĐUA - KHEN THƯỞNG", "TRUNG ƯƠNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "Số: 1741/HD-BTĐKT",
              "Hà Nội, ngày 31 tháng 7 năm 2018", "HƯỚNG DẪN"]
    assert got[:len(header)] == header
    for start in kept:
        assert any(t.startswith(start) for t in got), start
    for start in dropped:
        assert not any(t.startswith(start) for t in got), start
    assert "Phạm Huy Giang" in got
    assert got[got.index("Phạm Huy Giang") + 1:][:4] == [
        "UBND TỈNH BẮC GIANG", "VĂN PHÒNG", "TRÍCH SAO", "Số: 366/TrS-VP"]


@pytest.mark.parametrize(("args", "message"), [
    (["--trich", "VII"], "no part headed 'VII'"),
    (["--trich", "90-99"], "paragraphs 90-99 are not in"),
    ([], "TRÍCH SAO copies only some parts"),
], ids=["unknown-heading", "paragraphs-out-of-range", "trich-missing"])
def test_trich_sao_errors(runner, letter, trich_spec, tmp_path, args, message):
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(trich_spec), "-o", str(out),
                                  *args])
    assert result.exit_code == 1
    assert message in result.output
    assert not out.exists()


def test_trich_needs_the_trich_sao_form(runner, letter, tmp_path):
    out = tmp_path / "x.docx"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(SAO_Y), "-o", str(out),
                                  "--trich", "II"])
    assert result.exit_code == 1
    assert "--trich: only a TRÍCH SAO keeps some parts, but hinh_thuc is SAO Y: set hinh_thuc " \
        "to TRÍCH SAO" in result.output
    assert not out.exists()


@pytest.mark.parametrize(("hinh_thuc", "trich", "field"), [
    ("SAO Y", "II", "trich"), ("SAO LỤC", "II", "trich"), ("TRÍCH SAO", None, "hinh_thuc"),
], ids=["sao-y-with-parts", "sao-luc-with-parts", "trich-sao-without-parts"])
def test_a_form_and_parts_that_disagree_name_the_field_to_change(hinh_thuc, trich, field):
    """The rule is the library's alone: its error carries the field, so that each front end
    tells it at its own name of that field (the desk at its form's label)."""
    from ntm_docgen import api
    from ntm_docgen.copies import check_form
    from ntm_docgen.errors import FieldError

    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    with pytest.raises(FieldError) as raised:
        check_form(api.parse_copy_spec({**data, "hinh_thuc": hinh_thuc}), trich)
    assert raised.value.field == field
    assert "--trich" not in raised.value.told({"trich": "PARTS", "hinh_thuc": "FORM"})


def test_trich_sao_of_a_foreign_docx_keeps_its_sections(runner, tmp_path):
    """An original without a header table (its header typed line by line, then its title): a
    section break between two kept parts stays (emptied of text), so part III keeps its
    landscape page."""
    from copy_originals import python_docx_original, write_spec

    original = python_docx_original(tmp_path / "goc.docx", header=True)
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec",
                                  str(write_spec(tmp_path, "TRÍCH SAO")), "-o", str(out),
                                  "--trich", "I,III"])
    assert result.exit_code == 0, result.output
    got = texts(out)
    assert got[3:8] == ["Số: 15/UBND-VP\tTân Thành, ngày 03 tháng 12 năm 2026",
                        "HƯỚNG DẪN SƠ KẾT PHONG TRÀO", "I. MỤC ĐÍCH, YÊU CẦU",
                       "Đánh giá quá trình tổ chức triển khai", "Biểu dương, tôn vinh, khen thưởng"]
    assert "II. NỘI DUNG" not in got and "III. TỔ CHỨC THỰC HIỆN" in got
    assert not any("trang ngang" in t for t in got)
    document = docx.Document(str(out))
    assert [s.orientation for s in document.sections] == [0, 1]
    assert "Số: 366/TrS-VP" in got and "TRÍCH SAO" in got


KE_HOACH = """\
loai: KH
co_quan: {chu_quan: UBND HUYỆN VĂN QUAN, ten: UBND XÃ TÂN ĐOÀN, viet_tat: UBND}
so: 12
dia_danh: Tân Đoàn
ngay: 2025-03-10
trich_yeu: Xây dựng xã nông thôn mới nâng cao năm 2025
noi_dung: |
  I. MỤC ĐÍCH, YÊU CẦU
  Hoàn thành các tiêu chí còn lại.
  II. NỘI DUNG
  Làm đường giao thông thôn Bản Chu.
  III. TỔ CHỨC THỰC HIỆN
  Các thôn triển khai thực hiện./.
ky: {quyen_han: [TM. ỦY BAN NHÂN DÂN], chuc_vu: CHỦ TỊCH, ho_ten: Lăng Văn Hùng}
noi_nhan: [UBND huyện]
luu: VT
phu_luc:
  - tieu_de: BIỂU MẪU BÁO CÁO KẾT QUẢ
    noi_dung: Biểu số 01 ghi kết quả từng tiêu chí.
  - tieu_de: DANH SÁCH CÁC THÔN
    noi_dung: Thôn Bản Chu, thôn Nà Pàn.
"""


@pytest.fixture
def ke_hoach(tmp_path: Path, today) -> Path:
    spec = tmp_path / "kh.yaml"
    spec.write_text(KE_HOACH, encoding="utf-8")
    path = tmp_path / "kh.docx"
    path.write_bytes(render_docx(load_spec(spec), today))
    return path


@pytest.mark.parametrize(("parts", "kept", "dropped"), [
    ("II", [], ["BIỂU MẪU BÁO CÁO KẾT QUẢ", "DANH SÁCH CÁC THÔN"]),
    ("II,Phụ lục", ["BIỂU MẪU BÁO CÁO KẾT QUẢ", "DANH SÁCH CÁC THÔN"], []),
    ("II, biểu mẫu", ["BIỂU MẪU BÁO CÁO KẾT QUẢ"], ["DANH SÁCH CÁC THÔN"]),
    ("II,Phụ lục II", ["DANH SÁCH CÁC THÔN"], ["BIỂU MẪU BÁO CÁO KẾT QUẢ"]),
    ("II,Phụ lục 1", ["BIỂU MẪU BÁO CÁO KẾT QUẢ"], ["DANH SÁCH CÁC THÔN"]),
], ids=["unnamed-dropped", "all", "by-title", "by-roman", "by-number"])
def test_trich_sao_keeps_only_the_named_phu_luc(runner, ke_hoach, trich_spec, tmp_path, parts,
                                                kept, dropped):
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(ke_hoach), "--spec", str(trich_spec), "-o",
                                  str(out), "--trich", parts])
    assert result.exit_code == 0, result.output
    got = texts(out)
    assert "II. NỘI DUNG" in got and "III. TỔ CHỨC THỰC HIỆN" not in got
    for title in kept:
        assert title in got
    for title in dropped:
        assert title not in got
        assert not any(t.startswith("(Kèm theo") and title in t for t in got)
    assert sum(t.startswith("(Kèm theo") for t in got) == len(kept)
    block = got.index("Số: 366/TrS-VP") - 3
    assert got[block:block + 4] == ["UBND TỈNH BẮC GIANG", "VĂN PHÒNG", "TRÍCH SAO",
                                    "Số: 366/TrS-VP"]
    if not kept:  # the copy block follows the signature, on its page
        assert got[block - 1] == "Lăng Văn Hùng"
    # one section per kept page run: the letter, then one per kept phụ lục
    assert len(docx.Document(str(out)).sections) == 1 + len(kept)


def test_trich_sao_unknown_phu_luc(runner, ke_hoach, trich_spec, tmp_path):
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(ke_hoach), "--spec", str(trich_spec), "-o",
                                  str(out), "--trich", "II,Phụ lục V"])
    assert result.exit_code == 1
    assert "no part or phụ lục named 'Phụ lục V'" in result.stderr
    assert "Phụ lục I (BIỂU MẪU BÁO CÁO KẾT QUẢ), Phụ lục II (DANH SÁCH CÁC THÔN)" \
        in result.stderr
    assert not out.exists()


def test_trich_sao_of_a_foreign_docx_drops_a_phu_luc_after_a_page_break(runner, tmp_path):
    """A Word original whose appendix follows the signature after a plain page break."""
    from copy_originals import typed_header, write_spec
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    typed_header(document)
    document.add_heading("KẾ HOẠCH", level=1)
    document.add_paragraph("I. MỤC ĐÍCH")
    document.add_paragraph("Nội dung một.")
    document.add_paragraph("II. NỘI DUNG")
    document.add_paragraph("Nội dung hai.")
    document.add_paragraph("Nơi nhận:")
    document.add_paragraph("CHỦ TỊCH")
    document.add_page_break()
    document.add_paragraph("PHỤ LỤC").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("(Kèm theo Kế hoạch số 12/KH-UBND)")
    document.add_paragraph("Bảng số liệu.")
    original = tmp_path / "goc.docx"
    document.save(str(original))
    spec = str(write_spec(tmp_path, "TRÍCH SAO"))
    for parts, appendix in [("II", False), ("II,Phụ lục", True)]:
        out = tmp_path / f"trich-{appendix}.docx"
        result = runner.invoke(main, ["copy", str(original), "--spec", spec, "-o", str(out),
                                      "--trich", parts])
        assert result.exit_code == 0, result.output
        got = texts(out)
        assert "II. NỘI DUNG" in got and "I. MỤC ĐÍCH" not in got and "CHỦ TỊCH" in got
        assert ("Bảng số liệu." in got) is appendix
        assert ("PHỤ LỤC" in got) is appendix


def test_a_page_break_around_the_part_kept_is_not_copied(runner, trich_spec, tmp_path, today):
    """A part that ended on a page break (a `---` line, or a PDF read back with one) keeps its
    signature on its own page, not on a page of its own after it."""
    spec = tmp_path / "kh.yaml"
    spec.write_text(KE_HOACH.replace("  II. NỘI DUNG", "  ---\n  II. NỘI DUNG").replace(
        "  III. TỔ CHỨC", "  ---\n  III. TỔ CHỨC"), encoding="utf-8")
    letter = tmp_path / "kh.docx"
    letter.write_bytes(render_docx(load_spec(spec), today))
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(trich_spec), "-o", str(out),
                                  "--trich", "II"])
    assert result.exit_code == 0, result.output
    body = docx.Document(str(out)).element.body
    page_breaks = [p for p in body.iter(f"{W}p")
                   if any(b.get(f"{W}type") == "page" for b in p.iter(f"{W}br"))]
    assert page_breaks == []
    assert "Làm đường giao thông thôn Bản Chu." in texts(out)


def test_trich_of_a_letter_with_no_headings_says_to_name_paragraphs(runner, trich_spec, tmp_path,
                                                                    today):
    """A công văn has no I., II., Điều: asking for a heading is answered with what to do instead
    (its paragraphs by number, and how many there are), not "its headings are: none"."""
    original = tmp_path / "cv.docx"
    original.write_bytes(render_docx(load_spec(EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml"),
                                     today))
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["copy", str(original), "--spec", str(trich_spec), "-o",
                                  str(out), "--trich", "II"])
    assert result.exit_code == 1
    assert "it has no headings" in result.output and "from 1 to 5" in result.output
    assert "headings are" not in result.output and not out.exists()


@pytest.mark.parametrize(("parts", "told"), [
    ("1", "paragraph 1 (“Thực hiện hướng dẫn"),
    ("2-3", "paragraphs 2 to 3 were kept; the parts numbered “2.” to “3.” begin at paragraphs 3 "
            "and 4: give “2., 3.”, each with its dot"),
    ("1-2", "paragraphs 1 to 2 were kept; the parts numbered “1.” to “2.” begin at paragraphs 2 "
            "and 3: give “1., 2.”, each with its dot"),
    ("5", None)], ids=["part-1", "range", "range-from-1", "closing"])
def test_a_number_on_a_letter_of_numbered_parts_says_which_was_kept(runner, trich_spec, tmp_path,
                                                                    today, parts, told):
    """The công văn's parts are numbered 1. to 3. under an opening paragraph: ``--trich 1``
    keeps the opening (a number counts paragraphs), and the clerk is told, with the paragraph
    of part 1. (found by a black-box run); a number no part carries says nothing."""
    original = tmp_path / "cv.docx"
    original.write_bytes(render_docx(load_spec(EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml"),
                                     today))
    result = runner.invoke(main, ["copy", str(original), "--spec", str(trich_spec), "-o",
                                  str(tmp_path / "trich.docx"), "--trich", parts])
    assert result.exit_code == 0, result.output
    if told is None:
        assert "counts the body's paragraphs" not in result.stderr, result.stderr
    else:
        counts = "numbers count" if "-" in parts else "a number counts"
        assert f"the parts to copy, “{parts}”: {counts} the body's paragraphs" in result.stderr
        assert told in result.stderr, result.stderr
        if "-" in parts:  # a range kept all its paragraphs: not told as its first alone
            assert "was kept" not in result.stderr
