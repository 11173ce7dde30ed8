"""The letters, lines and pictures one page of a PDF's text layer draws, counted as pdfminer
reads them for pdfplumber: a page of 500,000 one-letter words, or of 100,000 ruled lines, is
refused at the limit, naming its page, before its objects fill the memory; and before that,
a page drawing a form thousands of times, before pdfium loads it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntm_docgen.errors import LimitError
from ntm_docgen.files.limits import PDF_PAGE_OBJECTS
from ntm_docgen.files.pdfinput import check_drawn
from ntm_docgen.i18n import _


class PageObjects(Exception):
    """Raised within pdfminer's reading of a page that draws more objects than the limit."""

    def __init__(self, page: int) -> None:
        self.page = page
        super().__init__(page)


def bound_pages(path: Path | str, pages: int) -> None:
    """Refuse ``path`` if one of its first ``pages`` pages draws more than its content's limit,
    its forms counted as drawn (``files.pdfinput.check_drawn``); and have pdfplumber count the
    objects it reads of each page (set once for the process)."""
    import pdfplumber.page as module

    check_drawn(path, pages)

    reader = module.PDFPageAggregatorWithMarkedContent
    if getattr(reader, "counted", False):
        return

    class Counted(reader):  # type: ignore[misc, valid-type]
        counted = True

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.drawn, self.limit = 0, PDF_PAGE_OBJECTS.value()

        def _add(self, count: int) -> None:
            self.drawn += count
            if self.drawn > self.limit:
                raise PageObjects(self.pageno)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self._add(1)
            return super().render_char(*args, **kwargs)  # type: ignore[no-any-return]

        def render_image(self, *args: Any, **kwargs: Any) -> None:
            self._add(1)
            super().render_image(*args, **kwargs)

        def paint_path(self, gstate: Any, stroke: Any, fill: Any, evenodd: Any, path: Any,
                       *args: Any, **kwargs: Any) -> None:
            # a path of many subpaths (``re`` 100,000 times, then one ``S``) is read as one
            # object each, pdfminer calling this again for each: refused before any is made
            moves = sum(1 for segment in path if segment and segment[0] == "m")
            if moves <= 1:
                self._add(1)
            elif self.drawn + moves > self.limit:
                raise PageObjects(self.pageno)
            super().paint_path(gstate, stroke, fill, evenodd, path, *args, **kwargs)

    module.PDFPageAggregatorWithMarkedContent = Counted  # type: ignore[misc]


def over_limit(error: BaseException, path: Path | str) -> LimitError | None:
    """The limit's error naming the page of ``path``, when pdfplumber's ``error`` was raised
    for a page drawing more objects than the limit."""
    cause = error.args[0] if error.args else error.__cause__
    if not isinstance(cause, PageObjects):
        return None
    return PDF_PAGE_OBJECTS.exceeded(_("{path} (page {number})").format(
        path=path, number=cause.page))
