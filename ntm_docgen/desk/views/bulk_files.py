"""Gửi hàng loạt: a run's downloads, the ZIP of letters, the merged Word file and the ZIP of
PDFs, each named after the letter and its count."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk.bulkrun import settings_of
from ntm_docgen.desk.filenames import ascii_name
from ntm_docgen.desk.views.bulk import run_folder
from ntm_docgen.desk.views.bulk_check import cancelled_number
from ntm_docgen.desk.views.download import attachment
from ntm_docgen.desk.web import Clerk, refuse, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _


def _zip(files: list[Path]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, path.name)
    return out.getvalue()


#: The ZIPs of a run: the letters it holds, and how the clerk's computer names it after the
#: letter and its count (``{stem}``, ``{count}``).
_ZIPPED = {"thu.zip": ("*.docx", "{stem}-{count}-van-ban.zip"),
           "pdf.zip": ("*.pdf", "{stem}-{count}-ban-pdf.zip")}
_MERGED = "{stem}-gop-{count}-van-ban.docx"


def _saved_as(folder: Path, pattern: str, count: int | None = None) -> str:
    """A run's download named after its letter (type and summary) and the number of letters
    (``count``: the files it holds; else the run's), so that the runs of a day are different
    files on the clerk's computer."""
    settings = settings_of(folder)
    try:
        data = api.read_spec_data(folder / settings["spec"])
    except (DocgenError, KeyError, OSError):
        data = {}
    stem = ascii_name(f"{data.get('loai') or ''} {data.get('trich_yeu') or ''}") or "thu"
    if count is None:
        count = settings.get("ended", {}).get("letters", 0)
    return pattern.format(stem=stem, count=count)


@view("hang_loat")
async def download(request: Request, clerk: Clerk) -> Response:
    folder = run_folder(request, clerk)
    if folder is None:
        return refuse(request, clerk, 404, _("This bulk run does not exist, or it is not yours."))
    if refused := await cancelled_number(request, clerk, folder, settings_of(folder)):
        return refused
    what = request.path_params["what"]
    letters = folder / "thu"
    if what in _ZIPPED:
        files = sorted(letters.glob(_ZIPPED[what][0]))
        if files:
            data = await run_in_threadpool(_zip, files)
            return attachment(data, _saved_as(folder, _ZIPPED[what][1], len(files)),
                              "application/zip")
    elif what == "tat-ca.docx" and (folder / "tat-ca.docx").is_file():
        return FileResponse(folder / "tat-ca.docx", filename=_saved_as(folder, _MERGED))
    elif what != "tat-ca.docx":
        return refuse(request, clerk, 404, _(
            "A bulk run's downloads are thu.zip, pdf.zip and tat-ca.docx; there is no {name}. "
            "Use the download links on the run's page.").format(name=what))
    return refuse(request, clerk, 404, _(
        "This bulk run has made no {name}: the letters are there once it has written them, and "
        "their PDFs and the one Word file with every letter only when chosen before it ran."
    ).format(name=what))


ROUTES = [Route("/hang-loat/{run}/tai/{what}", download)]
