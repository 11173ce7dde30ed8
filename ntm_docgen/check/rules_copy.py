"""Copy block rules (SAO Y, SAO LỤC, TRÍCH SAO): each part held to the rule of the letter's own.

The block's parts are a letter's (the copying body and its rule, the number, the place and
date, the Nơi nhận, the signature: Phụ lục I, Phần II of the decree), so the letter's rules
read them, and each finding is told under ``ban_sao.`` (``ban_sao.so.padding``), with the
same message and fix. The form word is held to its own size and style (``hinh_thuc``), and
the number's ký hiệu to the form's code (SY, SL, TrS).
"""

from __future__ import annotations

from dataclasses import replace

from ntm_docgen.check.common import style
from ntm_docgen.check.findings import COPY, Finding
from ntm_docgen.check.locate_copy import CopyBlock
from ntm_docgen.check.rules_head import _co_quan, _ngay, _so
from ntm_docgen.check.rules_sign import _noi_nhan, _signature
from ntm_docgen.files.resources import load_data
from ntm_docgen.vietnamese.loai import Loai


def check_copies(blocks: list[CopyBlock]) -> list[Finding]:
    """Every finding on the copy blocks, block by block, in the order of the page."""
    return [_as_copy(f) for block in blocks for f in _block(block)]


def _block(block: CopyBlock) -> list[Finding]:
    parts = block.parts
    parts.loai = _form(block.form)
    return [*_co_quan(parts), *_so(parts), *style("hinh_thuc", [block.hinh_thuc]),
            *_ngay(parts), *_signature(parts), *_noi_nhan(parts, vt=False)]


def _form(form: str) -> Loai | None:
    """The copy form as a type of Phụ lục III (``SY``, Bản sao y), for the ký hiệu's code."""
    row = next((r for r in load_data("loai.yaml")["ban_sao"] if r["hinh_thuc"] == form), None)
    return Loai(row["ma"], row["ten"], "ban_sao") if row is not None else None


def _as_copy(finding: Finding) -> Finding:
    """A finding of the letter's rules told as one of the copy block."""
    return replace(finding, rule=f"{COPY}.{finding.rule}", part=COPY)
