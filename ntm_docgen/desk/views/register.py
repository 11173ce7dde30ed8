"""Sổ văn bản đi: the register with its filters, the number given when a letter is issued,
a number taken by hand, and the export with the Phụ lục IV columns."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api, register
from ntm_docgen.desk import drafts, labels, versions
from ntm_docgen.desk import issued as issued_letters
from ntm_docgen.desk.filenames import issued_name
from ntm_docgen.desk.retold import told_error
from ntm_docgen.desk.state import Issued
from ntm_docgen.desk.uploads import private_folder
from ntm_docgen.desk.views import issue_asks, issued_draft
from ntm_docgen.desk.views.download import attachment
from ntm_docgen.desk.web import Clerk, action, desk, refuse, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import _
from ntm_docgen.register.model import HAND, STATE_NAMES, so_di_data

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def register_lines(db: str | None, nam: int | None, co_quan: str | None) -> list[Any]:
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with api.open_register(db) as reg:
            return reg.entries(nam=nam, co_quan=co_quan or None)
    except NoRegisterYet:
        return []


def first_year(db: str | None) -> int | None:
    """The first year the register was used (None: not yet). The numbers given by hand are
    asked for in that year only: an office that has used the register keeps its sổ there, and
    a new year's series starts at 01 by itself (Điều 15)."""
    from ntm_docgen.register.model import NoRegisterYet

    try:
        with api.open_register(db) as reg:
            return reg.first_year()
    except NoRegisterYet:
        return None


def _year(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and 1900 <= int(text) <= 9999 else None


def _month(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and 1 <= int(text) <= 12 else None


def _in_month(rows: list[Any], month: int | None) -> list[Any]:
    """The lines of ``month`` (by the letter's date, or the day its number was given when it
    has none); every line when no month is chosen."""
    if month is None:
        return rows
    return [r for r in rows if (r.ngay or r.cap_ngay).month == month]


@view("so")
async def index(request: Request, clerk: Clerk) -> Response:
    d = desk(request)
    asked = request.query_params.get("nam", "").strip()
    nam = _year(asked) or date.today().year
    co_quan = request.query_params.get("co_quan", "").strip()
    q = request.query_params.get("q", "").strip()
    thang = _month(request.query_params.get("thang"))
    try:
        rows = await run_in_threadpool(register_lines, d.config.register_db, nam, co_quan)
        first = await run_in_threadpool(first_year, d.config.register_db)
        error = ""
    except DocgenError as e:
        rows, first, error = [], None, told_error(e)
    shown = _in_month([r for r in rows if r.matches(q)] if q else rows, thang)
    # "issued" is said only of a number the register holds: the address alone proves nothing
    given = request.query_params.get("da_cap", "")
    given = given if any(r.so_hieu == given for r in rows) else ""
    secret = so_di_data()["serie"]["mat"]
    # a number just cancelled on its own page: said once the register holds it so
    cancelled = next((r for r in rows if str(r.id) == request.query_params.get("da_huy")
                      and r.trang_thai == "huy"), None)
    # numbers given by hand: asked for until the register gives its first; said once saved
    hand = [r for r in rows if r.trang_thai == HAND]
    return d.page(request, "register.html", clerk, rows=shown, held=len(rows), nam=nam,
                  cancelled=cancelled, thang=thang, hand=hand, hand_state=HAND,
                  state_names=STATE_NAMES,
                  next_numbers=[(f"{r.so + 1:02d}/{r.ky_hieu}", r.ten_loai if r.loai else "")
                                for r in hand],
                  by_hand=not any(r.trang_thai != HAND for r in rows) and clerk.may("cap_so")
                  and (first is None or first >= nam),
                  hand_saved=request.query_params.get("so_tay") == "1" and bool(hand),
                  co_quan=co_quan, q=q, error=error, given=given, secret=secret,
                  # a year typed that is no year: the page says which year it shows instead
                  bad_year=asked if asked and _year(asked) is None else "",
                  secrets=sum(1 for r in rows if r.serie == secret),
                  issued_draft=_draft_id(request.query_params.get("ban_nhap")) if given else "")


def _draft_id(text: str | None) -> str:
    """The draft just issued, named in the address the issue led to (a draft's id), or ""."""
    return text if text and re.fullmatch(r"[0-9a-f-]{8,64}", text) else ""


@view("so")
async def export(request: Request, clerk: Clerk) -> Response:
    d = desk(request)
    nam = _year(request.query_params.get("nam")) or date.today().year
    co_quan = request.query_params.get("co_quan", "").strip()
    kind = request.path_params["kind"]
    if kind not in ("csv", "xlsx"):
        return refuse(request, clerk, 404, _(
            "The register is exported as xuat.xlsx or xuat.csv; there is no {name}. Use the "
            "Export buttons on the register page.").format(name=f"xuat.{kind}"))
    thang = _month(request.query_params.get("thang"))
    every = _in_month(await run_in_threadpool(register_lines, d.config.register_db, nam,
                                              co_quan), thang)
    mat = request.query_params.get("mat") == "1"
    month = f"-thang-{thang:02d}" if thang else ""
    name = f"so-van-ban-{'mat-' if mat else ''}di-{nam}{month}.{kind}"

    def write() -> bytes:
        from ntm_docgen.register.export import export as export_rows
        from ntm_docgen.register.export import one_book

        rows, _other = one_book(every, mat=mat)
        with private_folder() as folder:
            out = folder / name
            title = (_("Outgoing register of secret documents {year}") if mat else
                     _("Outgoing register {year}")).format(year=nam) + (
                " - " + _("month {month}").format(month=thang) if thang else "") + (
                f" - {co_quan}" if co_quan else "")
            export_rows(rows, out, nam, title=title, base=issued_letters.folder(d.config))
            return out.read_bytes()

    data = await run_in_threadpool(write)
    return attachment(data, name, "text/csv" if kind == "csv" else XLSX)


@action("cap_so")
async def issue(request: Request, clerk: Clerk, form: FormData) -> Response:
    """Issue a draft: the number from the register, the letter written and recorded."""
    d = desk(request)
    draft = drafts.find(request, clerk)
    if draft is None:
        return refuse(request, clerk, 404, _("This draft does not exist, or it is not yours."))
    if draft.id in d.issuing:  # a second press while the first takes its number
        return refuse(request, clerk, 409, _("This draft is being issued: its number is being "
                                             "taken. Open it again in a moment."))
    d.issuing.add(draft.id)  # at once, no await before it: two sends at one instant are one
    try:
        return await _issue(request, clerk, form, draft)
    finally:
        d.issuing.discard(draft.id)


async def _issue(request: Request, clerk: Clerk, form: FormData, draft: Any) -> Response:
    d = desk(request)
    if done := await issued_draft.answer(request, clerk, draft, issued_draft.CHANGE):
        return done
    if overtaken := versions.overtaken(d.state, clerk.name, draft, versions.seen(form)):
        return refuse(request, clerk, 409, overtaken.not_issued(), back=f"/soan/{draft.id}")
    checked = drafts.check(draft.data)
    if checked.problems:
        return refuse(request, clerk, 422, _("The letter has problems to fix before it can be "
                                             "shown; they are listed beside the fields."))
    if placeholders := checked.unread():
        return refuse(request, clerk, 422, _(
            "The letter is not issued: {fields} still hold “...”, what could not be read from "
            "the file. Type them from the paper, then issue it.").format(
                fields=", ".join(placeholders)), back=f"/soan/{draft.id}")
    if refused := api.numbering_refusal(checked.spec):  # before she is asked anything
        return refuse(request, clerk, 422, labels.named_warning(refused),
                      back=f"/soan/{draft.id}")
    if await issue_asks.asked(request, clerk, draft, checked, form):
        # a number it carries, or its warnings: asked on a page of its own, issued once she
        # chooses to (a page the browser does not keep, for its back button once issued)
        return RedirectResponse(f"/soan/{draft.id}/phat-hanh", status_code=303)
    today = date.today()
    # the register keeps a letter under the year of its date (a letter dated 2025 issued in
    # 2026 is a line of 2025), and so does the desk's folder; the page shows that year's list
    year = checked.spec.ngay.year if checked.spec.ngay else today.year
    name = issued_letters.letter_name(drafts.file_stem(draft.data), draft.id)

    def write() -> list[str]:
        with issued_letters.keeping(d.config, year) as folder:
            return api.render_numbered(checked.spec, folder / name, db=d.config.register_db,
                                       today=today, force=True)[1]

    try:
        numbers = await run_in_threadpool(write)
        given = numbers[0] if numbers else ""
        match = re.match(r"(?<!\d)(\d+)/", given)  # int() drops the leading zeros
        if match:  # the draft carries its number and is read-only: the letter as issued
            data = dict(draft.data)
            data["so"] = int(match.group(1))
            data.setdefault("ngay", today.isoformat())
            d.state.save_draft(draft.id, data, clerk.name)
            row = None
            with contextlib.suppress(DocgenError):  # issued all the same: its line found later
                row = await run_in_threadpool(issued_letters.line_of, d.config, draft.id,
                                              data["so"], year)
            d.state.mark_issued(draft.id, Issued(given, year, row.id if row else None))
    except DocgenError as e:
        return refuse(request, clerk, 422, e)
    return RedirectResponse(f"/so?nam={year}&da_cap={given}&ban_nhap={draft.id}",
                            status_code=303)


@view("so")
async def issued(request: Request, clerk: Clerk) -> Response:
    """An issued letter (or numbered copy) the desk keeps, by its register line: from the
    register's database in an office, from the data folder on one computer."""
    d = desk(request)
    row_id = request.path_params["row"]
    rows = await run_in_threadpool(register_lines, d.config.register_db, None, None)
    row = next((r for r in rows if r.id == row_id), None)
    home = issued_letters.folder(d.config).resolve()
    if row is None:
        return refuse(request, clerk, 404, _(
            "This letter is not in the register: the page it was opened from is out of date. "
            "Open the register again and choose the letter there."))
    if row.trang_thai == "huy" and row.tep:  # the letter issued with it keeps it, void
        return refuse(request, clerk, 410, _(
            "Number {entry} was cancelled: the letter issued with it is no longer sent with "
            "that number, and the number is never given again. Its note in the register says "
            "why. To issue the letter again, open its draft in “Compose” and start a new draft "
            "from it: the new letter gets a number of its own.").format(
                entry=issued_letters.entry(row)))
    if row.trang_thai == "huy":
        return refuse(request, clerk, 404, _(
            "Number {entry} was cancelled: no letter was written with it, and it is never "
            "given again. Its note in the register says why.").format(
                entry=issued_letters.entry(row)))
    if not row.tep:
        return refuse(request, clerk, 404, _(
            "The desk holds no file of letter {entry}: its number was taken without the desk "
            "writing the letter (by hand, or on the command line). Open the letter where it "
            "was written.").format(entry=issued_letters.entry(row)))
    kept = await run_in_threadpool(register.kept_file, d.config.register_db, row.sha256) \
        if row.sha256 else None
    if kept is not None:
        return attachment(kept[1], _saved_as(row, kept[0]), _media(kept[0]))
    path = Path(row.tep).resolve()
    if home not in path.parents:
        return refuse(request, clerk, 404, _(
            "Letter {entry} was written outside the desk, as {name} (on the command line): "
            "the desk gives only the letters it issued itself. Open it from the folder it was "
            "written to.").format(entry=issued_letters.entry(row), name=path.name))
    if not path.is_file():
        return refuse(request, clerk, 404, _(
            "The file of letter {entry} ({name}) is no longer in the desk's folder of issued "
            "letters: it was moved or deleted. Put it back in that folder, or restore it from a "
            "backup; issuing it again would give it a new number.").format(
                entry=issued_letters.entry(row), name=path.name))
    return attachment(path.read_bytes(), _saved_as(row, path.name), _media(path.name))


def _saved_as(row: Any, kept: str) -> str:
    """The name a kept letter (or copy) is saved under: its number first, then its summary."""
    return issued_name(row.so_hieu, row.trich_yeu or "", "." + kept.rsplit(".", 1)[-1].lower())


def _media(name: str) -> str:
    """What a kept letter is sent as: a Word file, or a copy made as PDF."""
    return issued_letters.MEDIA.get(Path(name).suffix.lower(), issued_letters.MEDIA[".docx"])


ROUTES = [
    Route("/so", index),
    Route("/so/xuat.{kind:str}", export),
    Route("/so/van-ban/{row:int}", issued),
    Route("/soan/{draft}/phat-hanh", issue, methods=["POST"]),
]
