"""A TRÍCH SAO of a scan numbered only once its văn thư has seen it: the scan is read, the
parts kept are shown with what the reading was unsure of, and the number is taken when she
confirms (a number taken for a copy she then abandons would be a hole in the sổ). Her form and
its files wait for her meanwhile as a copy asked about does (``copy_asks``); the scan is read
once (``copies.trich_pdf.read_again`` knows it again by its bytes)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from ntm_docgen.desk.uploads import P12_LIMIT, read, upload
from ntm_docgen.desk.views.copy_asks import Waiting, waitings
from ntm_docgen.desk.web import Clerk, Desk, desk

#: The field a form confirmed after its reading was seen carries.
SEEN = "da_xem"


async def hold(request: Request, clerk: Clerk, form: FormData, hinh_thuc: str,
               allocate: bool) -> str:
    """The key under which this copy's form waits for her confirmation, when it is a TRÍCH
    SAO of a PDF to number that she has not yet seen; else ""."""
    original = form.get("tep")
    if not (allocate and hinh_thuc == "TRÍCH SAO" and str(form.get("trich") or "").strip()
            and form.get(SEEN) != "1" and isinstance(original, UploadFile)
            and Path(original.filename or "").suffix.lower() == ".pdf"):
        return ""
    d = desk(request)
    files = [("tep", original.filename or "", await read(original, d.config.max_upload))]
    await original.seek(0)  # read again by the copy
    certificate = upload(form, "chung_thu", (".p12", ".pfx"), required=False)
    if certificate is not None:
        files.append(("chung_thu", certificate.filename or "",
                      await read(certificate, P12_LIMIT)))
        await certificate.seek(0)
    fields = tuple((k, v) for k, v in form.multi_items() if isinstance(v, str)
                   and k not in ("csrf_token", "xac_nhan", "giu", SEEN))
    return waitings(d).keep(Waiting(clerk.name, (*fields, (SEEN, "1")), tuple(files),
                                    time.monotonic()))


def read_by_ocr(original: Path) -> int:
    """How many pages of the PDF ``original`` its TRÍCH SAO reads by OCR (0: no scan). Read as
    the copy then reads it (once, also when it was read before: the pages are told again); a
    file that cannot be read says why, before any number."""
    from ntm_docgen.copies.trich_pdf import read_again

    return read_again(original, date.today()).pages_read


def let_go(d: Desk, key: str, owner: str) -> None:
    """No confirmation to wait for (not a scan): her form no longer kept under ``key``."""
    if key:
        waitings(d).take(key, owner)


def waiting(request: Request, clerk: Clerk, keep: dict[str, Any]) -> str:
    """The key of the copy shown waiting for her confirmation, while its form is kept."""
    key = str(keep.get("confirm") or "")
    return key if key and waitings(desk(request)).peek(key, clerk.name) is not None else ""


def pages_seen(form: FormData) -> int:
    """The scan's pages read by OCR that the page she confirmed from showed (``trang_quet``):
    the copy numbered then says so again, its reading not made twice."""
    pages = str(form.get("trang_quet") or "")
    return int(pages) if form.get("giu") and pages.isdigit() and len(pages) < 5 else 0
