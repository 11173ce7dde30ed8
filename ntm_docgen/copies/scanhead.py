"""A scanned original's header read by OCR for its copy's line in the sổ: a SAO Y of a scan
keeps its pages as pictures and reads none of them, so the line named the file alone
(``Bản sao y: (qd_2025_baclieu_209.pdf)``), which the văn thư cannot find a copy by."""

from __future__ import annotations

import contextlib
import math
from pathlib import Path

from ntm_docgen.errors import DocgenError
from ntm_docgen.vietnamese.text import nfc

#: How much of page 1, from its top, holds the header: the issuer, the Số line, the title and
#: a công văn's V/v (a Quyết định's "Về việc …" stands lowest, at about two fifths). Below it
#: a signature's stamp beside the Kính gửi was read into the V/v's last line when the whole
#: page was read.
HEAD_SHARE = 0.45


def scan_head_lines(path: Path) -> list[str]:
    """The lines the importer's OCR reads in the top of a scanned PDF's page 1 (its columns
    apart, its words mended as a scan's are), [] where Tesseract or its Vietnamese model is
    missing or the reading fails (the line then names the file alone)."""
    import pypdfium2 as pdfium

    from ntm_docgen.files.limits import PDF_PIXELS
    from ntm_docgen.files.pages import PDFIUM
    from ntm_docgen.importer.ocrpage import check_ocr, ocr_page
    from ntm_docgen.importer.pageorder import pdf_text
    from ntm_docgen.importer.pdflayout import Page
    from ntm_docgen.importer.pdfwords import OCR_DPI

    with contextlib.suppress(DocgenError, OSError, ValueError, RuntimeError, pdfium.PdfiumError):
        check_ocr(path)
        with PDFIUM:  # one thread at a time in pdfium
            document = pdfium.PdfDocument(str(path))
            try:
                width, height = document[0].get_size()  # a page of 42 m is never drawn
                PDF_PIXELS.check(math.ceil(width * OCR_DPI / 72) * math.ceil(
                    height * OCR_DPI / 72), str(path))
                image = document[0].render(scale=OCR_DPI / 72).to_pil()
            finally:
                document.close()
        head = image.crop((0, 0, image.width, round(image.height * HEAD_SHARE)))
        scale = 72 / OCR_DPI
        words, _hand = ocr_page(path, head, scale, False)  # no pen's blanks: kind and V/v
        page = Page(1, head.width * scale, head.height * scale, words, ocr=True)
        return [nfc(line) for line in pdf_text([page]).lines if line.strip()]
    return []
