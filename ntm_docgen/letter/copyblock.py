"""The copy block (SAO Y, SAO LỤC, TRÍCH SAO; mẫu 3.1) as WordprocessingML, and appending it.

The block comes from ``templates/ban_sao.docx``: a full-width rule, then a borderless table of
three rows (the copying body left, the form word right; the number level with the date; Nơi
nhận left, signature right). Every paragraph carries its formatting directly, so it looks the
same inside a letter the project rendered and inside a document written elsewhere.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ntm_docgen.letter import layout_rules as L
from ntm_docgen.letter.context import issuer_rule_indent, noi_nhan_items, title_lines
from ntm_docgen.letter.fit import fitted
from ntm_docgen.letter.layout import compiled
from ntm_docgen.letter.spec import BanSao
from ntm_docgen.vietnamese.text import dia_danh_ngay, so_ky_hieu, upper_vi

TEMPLATE = "ban_sao"
#: The left column's share of the text width: as in the letter's signature table, so the
#: block's Nơi nhận stands under the letter's.
LEFT_SHARE = L.SIGNATURE_COLUMNS[0] / L.TEXT_WIDTH
_FINAL_SECTION = re.compile(r"<w:sectPr\b(?:(?!<w:sectPr\b).)*</w:sectPr>\s*</w:body>", re.DOTALL)


def columns(width: int) -> tuple[int, int]:
    """The two column widths (twips) of the block for a text width.

    >>> left, right = columns(9354)
    >>> left + right, 0.35 < left / 9354 < 0.5
    (9354, True)
    """
    left = round(width * LEFT_SHARE)
    return left, width - left


def copy_context(ban_sao: BanSao, today: date, width: int = L.TEXT_WIDTH) -> dict[str, Any]:
    """Every value the copy block prints."""
    left, right = columns(width)
    issuer, signer = left - 2 * L.CELL_MARGIN, right - 2 * L.CELL_MARGIN
    chu_quan = fitted([upper_vi(x) for x in (ban_sao.co_quan.chu_quan or "").split("\n")
                       if x.strip()], issuer, L.SIZE_CO_QUAN, bold=False)
    co_quan = fitted([upper_vi(x) for x in ban_sao.co_quan.ten.split("\n") if x.strip()],
                     issuer, L.SIZE_CO_QUAN)
    return {
        "w_left": left, "w_right": right, "w_total": width,
        "chu_quan_lines": chu_quan,
        "co_quan_lines": co_quan,
        "co_quan_rule": issuer_rule_indent(co_quan, issuer),
        "so_ky_hieu": so_ky_hieu(ban_sao.so, ban_sao.ky_hieu),
        "hinh_thuc": ban_sao.hinh_thuc,
        "dia_danh_ngay": dia_danh_ngay(ban_sao.dia_danh, ban_sao.ngay, ban_sao.nam or today.year),
        "noi_nhan_label": "Nơi nhận:",
        "noi_nhan": noi_nhan_items(ban_sao.noi_nhan, ban_sao.luu or "VT", None, False),
        "quyen_han": fitted(list(ban_sao.ky.quyen_han), signer, L.SIZE_CHU_KY,
                            whole_words=True),
        "chuc_vu_lines": title_lines(ban_sao.ky.chuc_vu, signer),
        "chuc_vu": upper_vi(ban_sao.ky.chuc_vu),  # a template edited in Word before the lines
        "ho_ten": ban_sao.ky.ho_ten,
    }


def block_xml(ban_sao: BanSao, today: date, width: int = L.TEXT_WIDTH) -> str:
    """The block's body elements (rule, table, closing paragraph) for a text width in twips."""
    return compiled(TEMPLATE).render_body(copy_context(ban_sao, today, width))


def append_copy_block(document_xml: str, ban_sao: BanSao, today: date,
                      width: int = L.TEXT_WIDTH) -> str:
    """A ``word/document.xml`` with the block after its last content, before the final section."""
    match = _FINAL_SECTION.search(document_xml)
    block = block_xml(ban_sao, today, width)
    if match is None:
        end = document_xml.rindex("</w:body>")
        return document_xml[:end] + block + document_xml[end:]
    return document_xml[:match.start()] + block + document_xml[match.start():]
