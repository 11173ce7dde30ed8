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


def _signed_page(pdf: bytes) -> tuple[list, int]:
    pages = page_lines(pdf)
    return pages, next(i for i, lines in enumerate(pages)
                       if any(x.text.startswith("Nơi nhận:") for x in lines))


def _filled_before_signature(pdf: bytes) -> bool:
    """The page before the signature's is filled, and the heading IV stays with its lines."""
    pages, signed = _signed_page(pdf)
    label = next(x for x in pages[signed] if x.text.startswith("Nơi nhận:"))
    body = [x for x in pages[signed] if 50 < x.top < label.top and x.text.strip()]
    return signed > 0 and empty_share(pages[signed - 1], A4) < EMPTY_SHARE \
        and not body[0].text.startswith("IV.")


def test_bulk_pdfs_are_paginated_as_render_paginates_one_letter(runner, tmp_path):
    from ntm_docgen.cli.main import main

    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui\nỦy ban nhân dân xã Tân Thành\n"
                          "Ủy ban nhân dân phường Đông Kinh\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(ROOT / "data" / "examples" /
                                              "000-huong-dan-1741-btdkt.yaml"),
                                  "--recipients", str(recipients), "-o", str(out), "--pdf",
                                  "--jobs", "1"])
    assert result.exit_code == 0, result.output
    pdfs = sorted(out.glob("*.pdf"))
    assert len(pdfs) == 2
    for pdf in pdfs:
        assert _filled_before_signature(pdf.read_bytes()), pdf.name
        # the letter the clerk gets is still one paragraph, kept with the signature
        closing = [p for p in open_docx(pdf.with_suffix(".docx").read_bytes()).paragraphs
                   if p.text.startswith("Căn cứ Hướng dẫn này")]
        assert len(closing) == 1 and closing[0].paragraph_format.keep_with_next


def test_a_copy_written_as_pdf_and_the_desk_pdf_are_paginated_too(runner, tmp_path, today):
    from ntm_docgen import api
    from ntm_docgen.cli.main import main

    spec = load_spec(ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml")
    letter = tmp_path / "hd.docx"
    render_spec(spec, letter, today=today)
    copy = tmp_path / "sao-y.pdf"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(
        ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml"), "-o", str(copy)])
    assert result.exit_code == 0, result.output
    assert _filled_before_signature(copy.read_bytes())
    assert _filled_before_signature(api.pdf_bytes(letter.read_bytes()))  # the desk's PDF
