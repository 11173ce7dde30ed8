"""Kiểm tra: a Word letter checked against the decree's layout; findings listed and marked on
the page images; the copy with the mechanical findings fixed, to download."""

from __future__ import annotations

from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.check import NotWordFileError, as_word
from ntm_docgen.desk.results import Result
from ntm_docgen.desk.retold import told, told_error
from ntm_docgen.desk.uploads import (
    WORD_FILES,
    UploadError,
    private_folder,
    save,
    upload,
    upload_turn,
)
from ntm_docgen.desk.views.compose import DOCX
from ntm_docgen.desk.web import Clerk, action, desk, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _


@view("kiem_tra")
async def index(request: Request, clerk: Clerk) -> Response:
    return desk(request).page(request, "check.html", clerk, findings=None, error="",
                              kinds=KINDS)


#: What the page takes: what ``ntm-docgen check`` takes.
KINDS = (".docx", *WORD_FILES)


def _check(path: Path, fixed: Path) -> tuple[list, bytes, bytes, list[int], int]:
    """The findings of the letter at ``path``, the .docx they were found in (for a .doc, .rtf
    or .odt, the one LibreOffice makes of it, made once), its fixed copy, the numbers of the
    findings still in that copy (left for the clerk to fix by hand) and how many findings the
    copy has that none of those is. A finding is still there when the copy has one of the same
    rule asking the same at the same place or on the same text: a fix may change what it
    measures."""
    with as_word(path) as docx:
        findings = api.check_file(docx)
        result = api.fix_file(docx, fixed)
        after = _keys(result.after)
        left = [i for i, f in enumerate(findings, start=1) if _keys([f]) & after]
        before = _keys(findings)
        new = sum(1 for f in result.after if not _keys([f]) & before)
        return findings, docx.read_bytes(), fixed.read_bytes(), left, new


def _keys(findings: list) -> set[tuple[str, str, str]]:
    """A finding by its rule and what it requires, at its place or on its text, as ``fix_file``
    counts one fixed: the top margin set beside a right margin left is no margin left."""
    return {(f.rule, f.where, f.required) for f in findings} | \
        {(f.rule, f.text, f.required) for f in findings}


@action("kiem_tra")
async def run(request: Request, clerk: Clerk, form: FormData) -> Response:
    d = desk(request)
    item = None
    try:
        sent = form.get("tep")
        head = await sent.read(5) if isinstance(sent, UploadFile) else b""
        if isinstance(sent, UploadFile):
            await sent.seek(0)  # a PDF by its name, or by its first bytes under a Word name
        if isinstance(sent, UploadFile) and (Path(sent.filename or "").suffix.lower() == ".pdf"
                                             or head == b"%PDF-"):
            item = sent  # a letter as received, signed: say what to choose instead
            raise NotWordFileError(Path(sent.filename or ""))
        item = upload(form, "tep", KINDS)
        assert item is not None
        with private_folder() as folder:
            path = await save(item, folder, d.config.max_upload)
            async with upload_turn():
                findings, checked, fixed, left, new = await run_in_threadpool(
                    _check, path, folder / "da-sua.docx")
    except NotWordFileError:  # told in the page's words: the clerk ran no command
        error = _("{name} is a PDF file; this page checks Word letters (.docx, and .doc, .rtf, "
                  ".odt): choose the Word file the PDF was made from, or save the letter as "
                  ".docx in Word or LibreOffice and choose it").format(
            name=item.filename if item is not None else "")
        return d.page(request, "check.html", clerk, status=422, findings=None, error=error,
                      kinds=KINDS)
    except (UploadError, DocgenError) as e:
        return d.page(request, "check.html", clerk, status=422, findings=None, error=told_error(e),
                      kinds=KINDS)
    marks = [(str(i), f.text) for i, f in enumerate(findings, start=1)]
    whole = [i for i, f in enumerate(findings, start=1) if not f.text.strip()]
    key, pages, why = await d.previews.pages_or_why(checked, marks)
    name = f"{Path(item.filename or 'van-ban').stem}-da-sua.docx"
    download = d.results.add(Result(clerk.name, name, DOCX, fixed)) if findings else ""
    return d.page(request, "check.html", clerk, findings=findings, error="", kinds=KINDS, key=key,
                  told=[told(f.message) for f in findings],
                  count=len(pages), download=download, left=left, new=new, name=item.filename,
                  whole=whole, converted=path.suffix.lower() in WORD_FILES, unshown=why)


ROUTES = [Route("/kiem-tra", index), Route("/kiem-tra", run, methods=["POST"])]
