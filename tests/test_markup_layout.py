"""Body markup layout: pipe tables on the text area with 6 pt around them, tidy page breaks."""

from __future__ import annotations

from io import BytesIO

import pypdfium2 as pdfium
import pytest
from docx.oxml.ns import qn
from docxview import open_docx
from PIL import Image

from ntm_docgen.files.pdf import pdf_bytes
from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import parse_spec

BASE = {
    "loai": "KH",
    "co_quan": {"chu_quan": "UBND TỈNH LẠNG SƠN", "ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
    "dia_danh": "Lạng Sơn",
    "ngay": "2026-01-05",
    "so": 5,
    "trich_yeu": "Sơ kết phong trào thi đua “Chung sức xây dựng nông thôn mới”",
    "ky": {"quyen_han": ["KT. GIÁM ĐỐC"], "chuc_vu": "PHÓ GIÁM ĐỐC", "ho_ten": "Hoàng Thị Hiền"},
    "noi_nhan": ["Ban TĐKT Trung ương", "UBND tỉnh (b/c)"],
    "luu": "VT, BTĐKT",
}
TABLE = "| STT | Nội dung công việc |\n|---|---|\n| 1 | Phát động phong trào |\n| 2 | Sơ kết |"
BODY = f"I. NHIỆM VỤ\nCác nhiệm vụ như sau:\n{TABLE}\nII. TỔ CHỨC THỰC HIỆN\nTrân trọng."


def render(today, **changes) -> bytes:
    return render_docx(parse_spec({**BASE, "noi_dung": BODY, **changes}), today)


def body_table(data: bytes):
    """The pipe table: the bordered one (the header and signature tables have none)."""
    document = open_docx(data)
    tables = [t._tbl for t in document.tables
              if t._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/{qn('w:left')}") is not None
              and t._tbl.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/{qn('w:left')}")
              .get(qn("w:val")) == "single"]
    assert len(tables) == 1
    return document, tables[0]


def twips(element, path: str) -> int:
    found = element.find(path)
    assert found is not None, path
    return int(found.get(qn("w:w")))


def text(paragraph) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def spacing(paragraph) -> tuple[int, int, int | None, str | None]:
    """(before, after, line, lineRule) of a paragraph, in twips."""
    found = paragraph.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
    if found is None:
        return 0, 0, None, None
    line = found.get(qn("w:line"))
    return (int(found.get(qn("w:before"), 0)), int(found.get(qn("w:after"), 0)),
            int(line) if line else None, found.get(qn("w:lineRule")))


def test_template_is_word_2010_compatible_which_the_table_indent_assumes(today):
    """In compatibility mode 14 w:tblInd reaches the first cell's text, not its border."""
    document = open_docx(render(today))
    settings = document.settings.element
    modes = [s.get(qn("w:val")) for s in settings.iter(qn("w:compatSetting"))
             if s.get(qn("w:name")) == "compatibilityMode"]
    assert modes == ["14"]


def test_table_spans_the_text_area_indented_by_its_cell_margin(today):
    _, table = body_table(render(today))
    props = table.find(qn("w:tblPr"))
    width = twips(props, qn("w:tblW"))
    columns = [int(c.get(qn("w:w"))) for c in table.iter(qn("w:gridCol"))]
    left = twips(props, f"{qn('w:tblCellMar')}/{qn('w:left')}")
    right = twips(props, f"{qn('w:tblCellMar')}/{qn('w:right')}")
    indent = twips(props, qn("w:tblInd"))
    assert width == sum(columns) == L.TEXT_WIDTH
    assert indent == left == right == 108
    # the schema's order inside w:tblPr, which Word insists on
    order = [child.tag.split("}")[1] for child in props]
    assert order == ["tblW", "tblInd", "tblBorders", "tblLayout", "tblCellMar", "tblLook"]


def space_below(blocks: list, index: int) -> int:
    """Twips from the table at ``index`` down to the next text: empty paragraphs in between count
    with their height (an automatic line at least 12 pt), the first one with text with its
    spacing before."""
    gap = 0
    for element in blocks[index + 1:]:
        if element.tag != qn("w:p"):
            break
        before, after, line, rule = spacing(element)
        gap += before
        if text(element).strip():
            break
        gap += (line if rule == "exact" else 240) + after
    return gap


@pytest.mark.parametrize("body", [
    pytest.param(BODY, id="between-paragraphs"),
    pytest.param(f"{TABLE}\nTrân trọng.", id="first-in-body"),
    pytest.param(f"Các nhiệm vụ như sau:\n{TABLE}", id="last-in-body"),
    pytest.param(f"Hai bảng:\n{TABLE}\n\n{TABLE}\nHết.", id="two-tables"),
])
def test_at_least_6_pt_above_and_below_every_table(today, body):
    document = open_docx(render(today, noi_dung=body))
    blocks = list(document.element.body)
    tables = [i for i, el in enumerate(blocks) if el.tag == qn("w:tbl")
              and el.find(f"{qn('w:tblPr')}/{qn('w:tblInd')}") is not None
              and twips(el.find(qn("w:tblPr")), qn("w:tblInd")) == 108]
    assert len(tables) == body.count("|---|")
    for index in tables:
        above, below = blocks[index - 1], blocks[index + 1]
        assert above.tag == below.tag == qn("w:p")
        before_a, after_a, line_a, rule_a = spacing(above)
        assert (line_a, rule_a) == (120, "exact") and before_a == after_a == 0  # 6 pt exactly
        assert above.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None
        assert above.find(qn("w:r")) is None and below.find(qn("w:r")) is None
        assert space_below(blocks, index) >= 120


def test_paragraph_after_a_table_keeps_its_6_pt_before(today):
    document = open_docx(render(today))
    blocks = list(document.element.body)
    index = next(i for i, el in enumerate(blocks) if el.tag == qn("w:tbl")
                 and el.find(f"{qn('w:tblPr')}/{qn('w:tblInd')}") is not None
                 and twips(el.find(qn("w:tblPr")), qn("w:tblInd")) == 108)
    heading = blocks[index + 2]
    assert text(heading) == "II. TỔ CHỨC THỰC HIỆN"
    assert spacing(heading)[0] == 120
    assert spacing(blocks[index + 1])[2] + spacing(heading)[0] >= 120


def page_breaks(data: bytes) -> int:
    body = open_docx(data).element.body
    return sum(1 for br in body.iter(qn("w:br")) if br.get(qn("w:type")) == "page")


@pytest.mark.parametrize(("body", "breaks"), [
    pytest.param("A.\n---\nB.", 1, id="one"),
    pytest.param("A.\n---\n---\nB.", 1, id="two-in-a-row"),
    pytest.param("A.\n---\n\n---\n\n---\nB.\n---\nC.", 2, id="blank-lines-between"),
    pytest.param("---\nA.\nB.", 0, id="at-the-start"),
    pytest.param("A.\nB.\n---", 0, id="at-the-end"),
    pytest.param("A.\nB.\n---\n---\n", 0, id="several-at-the-end"),
    pytest.param("---\n---", 0, id="only-breaks"),
    pytest.param(f"A.\n{TABLE}\n---\nB.", 1, id="after-a-table"),
])
def test_page_breaks_are_tidied(today, body, breaks):
    assert page_breaks(render(today, noi_dung=body)) == breaks


def test_a_break_at_the_end_keeps_the_last_line_with_the_signature(today):
    document = open_docx(render(today, noi_dung="Mở đầu.\nKết thúc\n---"))
    last = next(p for p in reversed(document.paragraphs) if p.text.startswith("Kết thúc"))
    assert last.text == "Kết thúc./."
    assert last._p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None


@pytest.mark.parametrize(("last", "printed"), [
    pytest.param("Đề nghị các xã báo cáo;", "Đề nghị các xã báo cáo./.", id="semicolon"),
    pytest.param("- Gửi về Sở Nội vụ ;", "- Gửi về Sở Nội vụ./.", id="spaced-semicolon"),
    pytest.param("Gửi về {{ ten }}", "Gửi về {{ ten }}./.", id="braces-printed-as-written"),
    pytest.param("Tỷ lệ đạt 100%", "Tỷ lệ đạt 100%./.", id="percent"),
    pytest.param("Kết thúc./.", "Kết thúc./.", id="already-marked"),
    pytest.param("Trân trọng.", "Trân trọng./.", id="full-stop"),
    pytest.param("- Năm 2025.;", "- Năm 2025./.", id="full-stop-then-semicolon"),
    pytest.param("- Các xã, phường; ;", "- Các xã, phường./.", id="two-semicolons"),
])
def test_the_last_paragraph_closes_with_the_end_mark(today, last, printed):
    document = open_docx(render(today, noi_dung=f"Mở đầu.\n{last}"))
    texts = [p.text for p in document.paragraphs]
    assert printed in texts, texts
    assert sum(t.count("./.") for t in texts) == 1


@pytest.mark.parametrize("last", [
    pytest.param("- Các nội dung khác...;", id="ellipsis-then-semicolon"),
    pytest.param("- Gồm các nội dung sau:;", id="colon-then-semicolon"),
])
def test_a_last_item_that_takes_no_end_mark_keeps_its_semicolon(today, last):
    """The ``;`` gives way to ``./.`` only where the item itself would take it: after an
    ellipsis or a colon the line prints as written, never ``...../.``."""
    texts = [p.text for p in open_docx(render(today, noi_dung=f"Mở đầu.\n{last}")).paragraphs]
    assert last in texts, texts
    assert not any("./." in t for t in texts)


@pytest.mark.parametrize(("content", "breaks"), [
    pytest.param("---\n1. Xã A.", 0, id="at-the-start"),
    pytest.param("1. Xã A.\n---", 0, id="at-the-end"),
    pytest.param("1. Xã A.\n---\n---\n2. Xã B.", 1, id="two-in-a-row"),
])
def test_page_breaks_in_a_phu_luc_are_tidied(today, content, breaks):
    data = render(today, noi_dung="Trân trọng.",
                  phu_luc=[{"tieu_de": "Tổng hợp kết quả", "noi_dung": content}])
    assert page_breaks(data) == breaks


def dark_columns(page: Image.Image) -> list[int]:
    """The x of each pixel column that is dark for at least 90 % of the darkest one's count."""
    gray = page.convert("L").point(lambda v: 255 if v < 128 else 0)
    counts = [gray.crop((x, 0, x + 1, gray.height)).histogram()[255] for x in range(gray.width)]
    top = max(counts)
    return [x for x, n in enumerate(counts) if n >= 0.9 * top]


def test_libreoffice_draws_the_borders_from_30_to_195_mm(today):
    rows = "".join(f"\n| {n} | Việc {n} |" for n in range(3, 12))
    body = f"Các nhiệm vụ như sau:\n{TABLE}{rows}"
    pdf = pdfium.PdfDocument(BytesIO(pdf_bytes(render(today, noi_dung=body))))
    scale = 300 / 72
    page = pdf[0].render(scale=scale).to_pil()
    columns = dark_columns(page)
    left, right = (x / scale * 25.4 / 72 for x in (columns[0], columns[-1]))
    pdf.close()
    assert left == pytest.approx(30, abs=0.3)
    assert right == pytest.approx(195, abs=0.3)


def test_two_tables_without_a_blank_line_between_stay_two_tables(today):
    from ntm_docgen.letter.markup import body_xml

    text = "| a | b |\n|---|---|\n| 1 | 2 |\n| c | d | e |\n|---|---|---|\n| 3 | 4 | 5 |"
    xml = body_xml(text, final_mark=False)
    assert xml.count("<w:tbl>") == 2 and "---" not in xml


def test_a_bare_rule_under_a_pipe_line_is_a_page_break_not_a_table(today):
    from ntm_docgen.letter.markup import body_xml

    xml = body_xml("| không phải bảng |\n---\nTrang sau.", final_mark=False)
    assert "<w:tbl>" not in xml and 'w:type="page"' in xml
