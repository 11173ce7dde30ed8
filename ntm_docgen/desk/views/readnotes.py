"""What reading an upload (a letter opened, a guidance derived) left to check in its draft:
kept with the draft, shown over its form folded under one line; for a scan, each field read by
OCR marked, with the words OCR was unsure of that the field still holds, to be held against
the paper. Hidden when the clerk says she has checked them (or once the draft is issued)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ntm_docgen.desk import drafts, forms
from ntm_docgen.desk.web import Clerk, action, desk, refuse
from ntm_docgen.i18n import _

#: Up to this many notes are shown unfolded; more are folded under their summary line, so
#: that the form's first field stays on a laptop's first screen.
OPEN_UP_TO = 2
#: The most unsure words named at one field (a poor scan's body may hold dozens).
WORDS_AT_A_FIELD = 12
PLACEHOLDER = drafts.PLACEHOLDER
#: The fields of an implementing letter that carry words of the letter from above it cites.
FROM_ABOVE = ("trich_yeu", "noi_dung", "can_cu", "phu_luc")


def keep(d: Any, draft_id: str, notes: list[str], read: Any = None,
         derived: bool = False) -> None:
    """Keep ``notes`` with the draft (``derived``: an implementing letter's, of its making
    as much as of its reading); for a letter ``read`` by OCR, the fields it filled (of an
    implementing letter, those that carry the scanned letter's words) and the words OCR was
    unsure of too."""
    kept: dict[str, Any] = {"notes": notes, "derived": derived} if notes else {}
    if read is not None and read.ocr_pages:  # derived: the fields the guidance's words fill
        fields = [f for f in read_fields(read.spec) if not derived or f in FROM_ABOVE]
        kept["scan"] = {"pages": list(read.ocr_pages), "fields": fields,
                        "unsure": list(read.unsure)}
    if kept:
        d.state.keep_notes(draft_id, kept)


def read_fields(spec: Mapping[str, Any]) -> list[str]:
    """The form's fields a letter read filled, by path (a placeholder is none of them).

    >>> read_fields({"loai": "CV", "dia_danh": "...", "ky": {"ho_ten": "Hoàng Văn Thái"},
    ...              "noi_nhan": ["Như trên"], "so": 512})
    ['so', 'ky.ho_ten', 'noi_nhan']
    """
    values = forms.form_values(spec)
    return [path for path, value in values.items() if path != "loai" and (
        (isinstance(value, str) and value.strip() and value.strip() != PLACEHOLDER)
        or (isinstance(value, list) and any(isinstance(v, str) and v.strip() for v in value)))]


def shown(d: Any, draft_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """What the editor shows of them: ``notes`` (sentences), ``folded`` (more than
    OPEN_UP_TO), ``derived`` (an implementing letter's), and ``scan``: each field read by
    OCR (its path) with the unsure words its value ``values`` holds now."""
    kept = d.state.notes(draft_id)
    scan = kept.get("scan") or {}
    marks = {path: at(values.get(path), scan.get("unsure") or [])
             for path in scan.get("fields") or []}
    notes = kept.get("notes") or []
    return {"notes": notes, "scan": marks, "derived": bool(kept.get("derived")),
            "folded": len(notes) > OPEN_UP_TO}


def at(value: Any, unsure: list[str]) -> list[str]:
    """The words of ``unsure`` that ``value`` (a field's text, or its rows) holds, each as
    the field writes it (a letter alone only if a digit), at most WORDS_AT_A_FIELD of them.

    >>> at("Hoàng Văn Thái", ["Thái.", "512/SNV-TĐKT", "Văn"])
    ['Thái', 'Văn']
    >>> at(["Như trên", "UBND tỉnh (b/c)"], ["(b/c);", "tinh", "tỉnh"])
    ['tỉnh']
    >>> at("SNV-TĐKT", ["512/SNV-TĐKT"])
    ['SNV', 'TĐKT']
    """
    text = " ".join(value) if isinstance(value, list) else str(value or "")
    words = set(re.findall(r"\w+", text))
    found: list[str] = []
    for word in unsure:
        for part in re.findall(r"\w+", word):
            if part in words and part not in found and (len(part) > 1 or part.isdigit()):
                found.append(part)
    return found[:WORDS_AT_A_FIELD]


@action("soan")
async def dismiss(request: Request, clerk: Clerk, form: FormData) -> Response:
    """The draft's notes hidden for good: she has checked them against the paper."""
    draft = drafts.find(request, clerk)
    if draft is None:
        return refuse(request, clerk, 404, _("This draft does not exist, or it is not yours."))
    desk(request).state.drop_notes(draft.id)
    return RedirectResponse(f"/soan/{draft.id}", status_code=303)


ROUTES = [Route("/soan/{draft}/luu-y/an", dismiss, methods=["POST"])]
