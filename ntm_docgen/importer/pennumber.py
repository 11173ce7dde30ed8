"""A scan's number written by hand and read as digits and letters (``Số: 2C /QĐ-UBND`` for
308): left blank with the scan's warning, never kept as a number with a letter after it."""

from __future__ import annotations

from typing import Any

from ntm_docgen.i18n import _
from ntm_docgen.importer.header import SO_SUFFIX
from ntm_docgen.importer.setapart import on_scan


def pen_number(spec: dict[str, Any], warnings: list[str]) -> list[str]:
    """On a scan's first page, a number read with a capital letter after its digits (``Số: 2C
    /QĐ-UBND``, ``Số:4B /QĐ-XPHC``: a number written by hand over the blank, its digits read as
    digits and letters) is not read: ``so`` is left out of ``spec`` and its warning says to write
    it from the paper. A small letter after the digits (``875a``) is printed so, and kept.

    >>> from ntm_docgen.i18n import said
    >>> spec = {"so": 2, "ky_hieu": "QĐ-UBND"}
    >>> told = said(SO_SUFFIX, so=2, suffix="C", line="Số: 2C /QĐ-UBND")
    >>> pen_number(spec, [told])[0][:39], spec
    ('so: the number could not be read on the', {'ky_hieu': 'QĐ-UBND'})
    >>> spec = {"so": 875}
    >>> pen_number(spec, [said(SO_SUFFIX, so=875, suffix="a", line="Số: 875a/UBND-VP")]) != []
    True
    """
    out = []
    for warning in warnings:
        values = getattr(warning, "values", {}) if getattr(warning, "msgid", "") == SO_SUFFIX \
            else {}
        if values and any(c.isupper() for c in str(values["suffix"])) \
                and spec.get("so") == values["so"]:
            del spec["so"]
            warning = on_scan(_("so: no number found (a draft?); it is left blank"))
        out.append(warning)
    return out
