"""The letter from above an implementing letter was derived from, kept with its draft and shown
beside the draft's pages: its type, number, date, issuer, trích yếu and text as the desk read
them, for the clerk to hold the draft against it before she trusts it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ntm_docgen import api


def read(path: Path, result: Any) -> dict[str, Any]:
    """The guidance at ``path`` as the derivation ``result`` read it (a scan is not read by OCR a
    second time), in plain values to keep; a scan (its text read by OCR, to be held against the
    paper) said so."""
    spec = result.source
    scanned = bool(result.ocr_pages)
    number = api.so_hieu(spec.so, spec.ky_hieu) if spec.so is not None else ""
    dated = api.date_line(spec.dia_danh, spec.ngay, spec.ngay.year) if spec.ngay else ""
    issuer = spec.co_quan.ten
    if spec.co_quan.chu_quan:
        issuer = f"{spec.co_quan.chu_quan} – {issuer}"
    parts = [{"tieu_de": p.tieu_de, "noi_dung": p.noi_dung} for p in spec.phu_luc]
    return {"file": path.name, "loai": spec.loai.ten, "so_hieu": number, "ngay": dated,
            "co_quan": issuer, "trich_yeu": spec.trich_yeu or "", "kinh_gui": list(spec.kinh_gui),
            "noi_dung": spec.noi_dung, "phu_luc": parts, "scan": scanned}


def keep(d: Any, draft_id: str, source: dict[str, Any]) -> None:
    """Keep the guidance read with the draft derived from it, as long as the draft."""
    d.state.keep_source(draft_id, source)


def shown(d: Any, draft_id: str) -> dict[str, Any]:
    """What the editor shows beside the draft's pages: the guidance kept, or {} for a draft
    not derived from one."""
    return d.state.source(draft_id)
