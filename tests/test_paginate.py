"""The PDF leaves no quarter page empty before the signature: LibreOffice moves a
keep-with-next paragraph whole, so the closing paragraph is split where its lines break."""

from __future__ import annotations

from pathlib import Path

from docxview import open_docx
from lxml import etree

from ntm_docgen.letter.paginate import (
    EMPTY_SHARE,
    W,
    _text,
    closing_paragraph,
    empty_share,
    page_lines,
    split_at,
)
from ntm_docgen.letter.render import render_docx, render_spec
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
A4 = 841.89


def test_the_page_before_the_signature_is_filled_and_the_signature_keeps_two_lines(
        tmp_path, today):
    spec = load_spec(ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml")
    docx, pdf = render_spec(spec, tmp_path / "hd.docx", today=today, pdf=True)
    pages = page_lines(pdf.read_bytes())
    signed = next(i for i, lines in enumerate(pages)
                  if any(x.text.startswith("Nơi nhận:") for x in lines))
    assert signed > 0 and empty_share(pages[signed - 1], A4) < EMPTY_SHARE
    label = next(x for x in pages[signed] if x.text.startswith("Nơi nhận:"))
    body = [x for x in pages[signed] if 50 < x.top < label.top and x.text.strip()]
    assert len(body) >= 2 and body[-1].text.endswith("đua./.")
    assert not body[0].text.startswith("IV.")  # the heading stays with its first lines
    # the clerk's DOCX keeps the paragraph whole, kept with the signature (Word splits it)
    paragraphs = [p for p in open_docx(docx.read_bytes()).paragraphs
                  if p.text.startswith("Căn cứ Hướng dẫn này")]
    assert len(paragraphs) == 1 and paragraphs[0].paragraph_format.keep_with_next


def test_the_split_keeps_every_word_and_its_formatting(today):
    from ntm_docgen.letter.spec import parse_spec

    spec = parse_spec({"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ"}, "dia_danh": "Lạng Sơn",
                       "trich_yeu": "X", "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Lê Văn A"},
                       "noi_dung": "Các đơn vị **báo cáo kết quả** về Sở Nội vụ trước ngày "
                                   "30/9/2026 để tổng hợp, *báo cáo* Ủy ban nhân dân tỉnh."})
    import io
    import zipfile

    xml = zipfile.ZipFile(io.BytesIO(render_docx(spec, today))).read("word/document.xml")
    body = etree.fromstring(xml).find(f"{W}body")
    closing = closing_paragraph(body)
    assert closing is not None and _text(closing).endswith("tỉnh./.")
    first, last = split_at(closing, "về Sở Nội vụ trước ngày 30/9/2026 để tổng hợp, báo cáo "
                                    "Ủy ban nhân dân tỉnh./.")
    assert _text(first) == "Các đơn vị báo cáo kết quả"
    assert _text(last) == "về Sở Nội vụ trước ngày 30/9/2026 để tổng hợp, báo cáo Ủy ban nhân " \
                          "dân tỉnh./."
    assert first.find(f"{W}pPr/{W}keepNext") is None
    assert first.find(f"{W}pPr/{W}jc").get(f"{W}val") == "distribute"
    assert last.find(f"{W}pPr/{W}keepNext") is not None
    assert last.find(f"{W}pPr/{W}ind").get(f"{W}firstLine") == "0"
    bold = [_text(r) for r in first.iter(f"{W}r") if r.find(f"{W}rPr/{W}b") is not None]
    italic = [_text(r) for r in last.iter(f"{W}r") if r.find(f"{W}rPr/{W}i") is not None]
    assert bold == ["báo cáo kết quả"] and italic == ["báo cáo"]
