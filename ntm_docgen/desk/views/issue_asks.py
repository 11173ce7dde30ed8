"""What Phát hành asks before it takes a number: a letter that already carries one (the
register's, or one typed), whose warnings say it departs from the decree, or whose reading
left notes to check before it is sent that she has not hidden as checked, is numbered only
once the văn thư has read them and chosen to issue it all the same."""

from __future__ import annotations

import contextlib
import hashlib
from datetime import date
from pathlib import Path
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen import api
from ntm_docgen.desk import labels
from ntm_docgen.desk.drafts import Checked
from ntm_docgen.desk.web import Clerk, desk, refuse, view
from ntm_docgen.errors import DocgenError
from ntm_docgen.i18n import Said, _, ngettext
from ntm_docgen.register.twice import NUMBERED_BEFORE


def held_line(db: str | None, spec: Any) -> Any:
    """The register's line of the number the letter already carries (its số and ký hiệu, in
    the year of its date), not cancelled; None when it carries none or the register has none."""
    if spec.so is None:
        return None
    year = spec.ngay.year if spec.ngay else (spec.nam or date.today().year)
    with contextlib.suppress(DocgenError), api.open_register(db) as reg:
        return next((r for r in reg.entries(nam=year) if r.so == spec.so
                     and r.ky_hieu == spec.ky_hieu and r.trang_thai != "huy"), None)
    return None


def issued_file(db: str | None, path: Path) -> list[str]:
    """A note for a letter opened from ``path`` when the register holds that very file (its
    SHA-256 on a line): the letter is issued already, whatever its Số line reads."""
    with contextlib.suppress(OSError):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        with contextlib.suppress(DocgenError), api.open_register(db) as reg:
            row = next((r for r in reg.entries() if r.sha256 == digest
                        and r.trang_thai != "huy"), None)
            if row is not None:
                return [_("This file is letter {number} as the register issued it on {given}: "
                          "it is issued already, and issuing it again gives it a second "
                          "number.").format(number=row.so_hieu, given=_day(row.cap_ngay))]
    return []


def _day(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else _("no date")


def _numbered(spec: Any, row: Any) -> list[str]:
    """What is said of the number the letter carries already."""
    if row is not None:
        return [_("This letter already carries number {number} of the register, given on "
                  "{given} to the letter dated {day}, signed by {signer}: “{summary}”.").format(
                    number=row.so_hieu, given=_day(row.cap_ngay), day=_day(row.ngay),
                    signer=row.nguoi_ky or "—", summary=row.trich_yeu or "—"),
                _("It was issued already: to send it again, download it from the register. "
                  "Issuing it here gives the same letter a second number.")]
    return [_("This letter already carries number {number}, which this register does not hold "
              "(typed by hand, or given by another register). Issuing it takes the register's "
              "next number in its place.").format(number=api.so_hieu(spec.so, spec.ky_hieu))]


def _warned(checked: Checked) -> list[str]:
    """What is said of the warnings: their count, each warning, and the choice."""
    count = len(checked.warnings)
    return [ngettext("The letter departs from the decree in {count} point:",
                     "The letter departs from the decree in {count} points:",
                     count).format(count=count),
            *(f"⚠ {labels.named_warning(w)}" for w in checked.warnings),
            ngettext("Correct it on the letter's page, or issue the letter as it is.",
                     "Correct them on the letter's page, or issue the letter as it is.", count)]


def _dated(spec: Any, today: date) -> list[str]:
    """A letter dated in another year, whose number would come from that year's series (a
    slip of the year: "2025" typed in January 2026; "2027" typed in 2026 would open a series
    not yet begun), or a later day of this year, numbered before its day. (Her drafts' dates
    are told on the letter's page too, but Phát hành is where a number is taken.)"""
    return [f"⚠ {labels.named_warning(w)}" for w in api.numbering_warnings(spec, today=today)]


def _out_of_order(db: str | None, spec: Any) -> list[str]:
    """A letter dated well before the latest its series has numbered: its number would come
    after that letter's (what cannot be numbered is said when the number is taken); a letter
    of the same words its series has numbered already."""
    return _series(db, spec)[0]


def _series(db: str | None, spec: Any) -> tuple[list[str], list[tuple[str, str]]]:
    """What is said of the letter's place in its series, and the links to the letters of the
    sổ of the same words (to download one again instead of numbering it twice)."""
    with contextlib.suppress(DocgenError):
        warnings = api.series_warnings(spec, db=db)
        return [f"⚠ {_series_warning(w)}" for w in warnings], _same_letters(db, warnings)
    return [], []


def _series_warning(warning: str) -> str:
    """A warning of the series as the desk says it: a letter of the same words, numbered
    already, by its number and day and what to do on the desk (the library names the file
    where it was written and the spec's key of its number)."""
    if not (isinstance(warning, Said) and warning.msgid == NUMBERED_BEFORE):
        return labels.named_warning(warning)
    return _("Number {number} of the register was given on {given} to a letter of the same "
             "summary (trích yếu), signer and recipients. If you only need that letter "
             "again, do not issue this one: open it in the register and download it. If this "
             "is another letter, issue it.").format(number=warning.values["number"],
                                                    given=warning.values["given"])


def _same_letters(db: str | None, warnings: list[str]) -> list[tuple[str, str]]:
    """A link to each letter of the sổ of the same words a warning names: its page when the
    desk keeps its file, else the register."""
    numbers = [w.values["number"] for w in warnings
               if isinstance(w, Said) and w.msgid == NUMBERED_BEFORE]
    if not numbers:
        return []
    with contextlib.suppress(DocgenError), api.open_register(db) as reg:
        rows = [r for r in reg.entries() if r.trang_thai != "huy"]
        links = []
        for number in numbers:
            row = next((r for r in reversed(rows) if r.so_hieu == number), None)
            if row is not None and row.tep:  # the desk keeps its file: downloaded there
                links.append((f"/so/van-ban/{row.id}", _(
                    "Download letter {number} from the register").format(number=number)))
            else:
                links.append(("/so", _("Open the register to find letter {number}").format(
                    number=number)))
        return links
    return []


def before_copy_number(db: str | None, ban_sao: Any, today: date,
                       original: Path | None = None) -> list[str]:
    """What is said before a copy takes its number from the register, in the words Phát hành
    says them of a letter: what its block departs from the decree in (the signer's sample
    name, a recipient cut at a comma: ``copy --allocate``'s own), its date in another year or
    a day not yet come, or well before the latest copy its series (SY, SL, TrS together) has
    numbered. (On the copy form the date is hers to type: no letter's page told it before, as
    a draft's is told.)"""
    said = [f"⚠ {labels.named_warning(w)}" for w in
            [*api.copy_spec_warnings(ban_sao, original),
             *api.numbering_warnings(ban_sao, today=today)]]
    return said + _out_of_order(db, ban_sao)


def _left_to_check(kept: dict[str, Any]) -> list[str]:
    """What is said of the notes reading the upload left (an implementing letter's, of its
    making), still shown over the form: they say “before it is sent”, and a number makes it
    sent."""
    notes = [str(n) for n in kept.get("notes") or []]
    if not notes:
        return []
    count = len(notes)
    said = ngettext(
        "Making this letter from the one from above left {count} thing to check before it "
        "is sent, not yet marked as checked:",
        "Making this letter from the one from above left {count} things to check before it "
        "is sent, not yet marked as checked:", count) if kept.get("derived") else ngettext(
        "Reading the file left {count} thing to check before the letter is sent, not yet "
        "marked as checked:",
        "Reading the file left {count} things to check before the letter is sent, not yet "
        "marked as checked:", count)
    return [said.format(count=count), *(f"⚠ {note}" for note in notes),
            _("Check them on the letter's page, and hide them there with “I have checked "
              "them: hide these notes”; or issue the letter as it is.")]


async def asked(request: Request, clerk: Clerk, draft: Any, checked: Checked,
                form: FormData) -> Response | None:
    """The question to answer before ``draft`` is issued, or None: nothing to ask, or the
    văn thư chose to issue it (``xac_nhan``)."""
    if form.get("xac_nhan") == "1":
        return None
    d = desk(request)
    row = await run_in_threadpool(held_line, d.config.register_db, checked.spec)
    explained = _numbered(checked.spec, row) if checked.spec.so is not None else []
    if checked.warnings:
        explained += _warned(checked)
    explained += _dated(checked.spec, date.today())
    series, links = await run_in_threadpool(_series, d.config.register_db, checked.spec)
    explained += series
    explained += _left_to_check(d.state.notes(draft.id))
    if not explained:
        return None
    number = checked.spec.so is not None
    return d.page(
        request, "confirm.html", clerk,
        question=_("Issue this letter?") if not number else _(
            "This letter already has a number: issue it again?"),
        explained=explained, action=f"/soan/{draft.id}/phat-hanh",
        confirm=_("Issue it as a new letter: take a new number") if number else _(
            "Issue it as it is: take the number"),
        back=f"/soan/{draft.id}", keep=_("Back to the letter"),
        hidden={"phien_ban": draft.version},  # the letter asked about is the one issued
        links=links)


@view("cap_so")
async def question(request: Request, clerk: Clerk) -> Response:
    """Phát hành's question, a page of its own (Phát hành's answer leads here): asked again
    from the saved draft each time it is opened, never kept by the browser, so that its back
    button after the letter was issued shows the letter issued, with its number, not a page
    offering to issue it again; the letter's page when there is nothing left to ask."""
    from ntm_docgen.desk import drafts

    draft = drafts.find(request, clerk)
    if draft is None:
        return refuse(request, clerk, 404, _("This draft does not exist, or it is not yours."))
    to_letter = RedirectResponse(f"/soan/{draft.id}", status_code=303)
    if await drafts.issued(request, draft) is not None:
        return to_letter
    checked = drafts.check(draft.data)
    if checked.problems or checked.unread() or api.numbering_refusal(checked.spec):
        return to_letter  # Phát hành from the letter says why
    page = await asked(request, clerk, draft, checked, FormData())
    if page is None:
        return to_letter
    page.headers["Cache-Control"] = "no-store"
    return page


ROUTES = [Route("/soan/{draft}/phat-hanh", question)]
