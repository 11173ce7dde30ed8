"""A scanned sao y's block read by OCR, for its SAO LỤC: a commune receives a SAO Y on paper
and scans it. The last page is read, then the first (where a copy's block stands), each only if
its text layer holds almost no text (the importer's measure of a scan), within the OCR limits
of docs/limits.md, with the importer's reading of a page (``ocr_page``): a desk follows it as it
follows any scan read (``importer.watch``). A page is read once per file, so a numbered copy,
which checks its original before it writes, does not read it twice."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from ntm_docgen.copies.pdforiginal import file_key, measured_document, reader_of
from ntm_docgen.copies.pdftext import page_text


def scanned_pages(path: Path | str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """The last page and the first that are a scan's (an image over half the page or more,
    and a text layer of fewer letters than the importer reads a page from, a stamp's or a
    signature's), each as (its number from 1, the lines OCR read of it), read as they are
    asked for."""
    from ntm_docgen.files.limits import OCR_PAGES
    from ntm_docgen.importer.ocrpage import check_ocr
    from ntm_docgen.importer.pdfwords import MIN_LETTERS

    key = file_key(path)
    total = len(reader_of(*key).pages)
    order = list(dict.fromkeys([total - 1, 0]))
    scans = [i for i in order
             if sum(c.isalpha() for line in set(page_text(path, i)) for c in line) < MIN_LETTERS
             and _covered(key, i)]
    if not scans:
        return
    OCR_PAGES.check(len(scans), key[0])  # before any is read
    check_ocr(Path(key[0]))
    for index in scans:
        yield index + 1, _read(key, index)


#: How much of page 1, from its top, holds the header: the issuer, the Số line, the title and
#: a công văn's V/v (a Quyết định's "Về việc …" stands lowest, at about two fifths). Below it a
#: signature's stamp beside the Kính gửi was read into the V/v's last line when the whole page
#: was read.
HEAD_SHARE = 0.45


def head_read(path: Path | str) -> tuple[str, ...]:
    """The lines OCR reads in the top of a scanned PDF's page 1 (``HEAD_SHARE``), as the
    importer reads a scan: for the sổ's line of its copy (what kind of letter, its trích
    yếu); a SAO Y of a scan reads none of its pages, and its line named the file alone."""
    from ntm_docgen.importer.ocrpage import check_ocr

    check_ocr(Path(path))
    return _read(file_key(path), 0, HEAD_SHARE)


@lru_cache(maxsize=8)
def _read(key: tuple[str, str, int, int], index: int, share: float = 1.0
          ) -> tuple[str, ...]:
    """Page ``index`` of the file of ``key`` read by OCR, its lines in reading order; its top
    ``share`` alone, read with no pen's blanks, when less than 1. Its watcher (a desk's
    reading, which may wait for its turn) is told outside pdfium's lock."""
    from ntm_docgen.files.limits import PDF_PIXELS
    from ntm_docgen.i18n import _
    from ntm_docgen.importer import watch
    from ntm_docgen.importer.ocrpage import ocr_page
    from ntm_docgen.importer.pageorder import pdf_text
    from ntm_docgen.importer.pdflayout import Page
    from ntm_docgen.importer.pdfwords import OCR_DPI

    path = Path(key[0])
    width, height = _size(key, index)
    PDF_PIXELS.check(math.ceil(width * OCR_DPI / 72) * math.ceil(height * OCR_DPI / 72), _(
        "{path} (page {number})").format(path=path, number=index + 1))
    watch.planned(1, path)
    watch.page(1)
    with measured_document(key) as measured:
        if measured is None:
            return ()
        page = measured.first_page() if index == 0 else measured.document[index]
        try:
            image = page.render(scale=OCR_DPI / 72).to_pil()
        finally:
            if index:
                page.close()
    if share < 1:
        image = image.crop((0, 0, image.width, round(image.height * share)))
    words, _hand = ocr_page(path, image, 72 / OCR_DPI, index == 0 and share == 1)
    return tuple(pdf_text([Page(index + 1, width, height * share, words, ocr=True)]).lines)


def _size(key: tuple[str, str, int, int], index: int) -> tuple[float, float]:
    with measured_document(key) as measured:
        if measured is None:
            return 0.0, 0.0
        page = measured.first_page() if index == 0 else measured.document[index]
        try:
            width, height = page.get_size()
            return float(width), float(height)
        finally:
            if index:
                page.close()


def _covered(key: tuple[str, str, int, int], index: int) -> bool:
    """An image covers half the page or more (as ``importer.pdflayer.covered`` tells)."""
    import pypdfium2.raw as pdfium_c

    with measured_document(key) as measured:
        if measured is None:
            return False
        page = measured.first_page() if index == 0 else measured.document[index]
        try:
            width, height = page.get_size()
            for item in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2):
                left, bottom, right, top = item.get_bounds()
                if (right - left) * (top - bottom) >= 0.5 * width * height:
                    return True
            return False
        finally:
            if index:
                page.close()
