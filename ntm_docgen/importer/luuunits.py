"""The units of a Lưu line as OCR misreads them in a scan's small type: a ``¡`` for the ``i``
of the drafter's note, a ``1`` read as ``I`` after its digits, the văn thư's ``VT`` read
``VI``. Every Lưu line opens with the văn thư's copy, ``VT`` (Nghị định 30, Phụ lục I, ô
9b); units are codes of capitals and digits, the drafter's initials after them."""

from __future__ import annotations

import re

#: a ``¡`` beside a letter or a digit: no Vietnamese word nor unit holds one
_INVERTED_I = re.compile(r"(?<=\w)¡|¡(?=\w)")
#: an ``I`` or an ``l`` closing a unit after a letter and a digit (``Tien3I``): a ``1``
_ONE_AFTER_DIGITS = re.compile(r"(?<=[^\W\d_]\d)[Il](?![\w¡])")
#: the văn thư's copy read ``VI`` before the comma after it
_VI = re.compile(r"^(\s*)VI(?=\s*,)")


def drafter_i(text: str) -> str:
    """``text`` with a ``¡`` read for the small ``i`` of the drafter's note written ``i``.

    >>> drafter_i("- Lưu: VT, NC(V¡16)."), drafter_i("- Lưu: VT, P.KTTHT¡en3I"), drafter_i("¡")
    ('- Lưu: VT, NC(Vi16).', '- Lưu: VT, P.KTTHTien3I', '¡')
    """
    return _INVERTED_I.sub("i", text)


def mend_units(units: str) -> str:
    """The units of a Lưu line (after its label) as printed.

    >>> mend_units("VT, NC(V¡16)."), mend_units("VT, P.KTTHT¡en3I"), mend_units("VI, TC-HC.")
    ('VT, NC(Vi16).', 'VT, P.KTTHTien31', 'VT, TC-HC.')

    A unit's own letters and the drafter's name stay as read: ``VT, VIỆT``, ``VT (VDuẩn)``,
    an ``I`` after letters (``NCI``), ``VI`` with no comma after it, ``VT MTTQ`` as printed.

    >>> mend_units("VT, VIỆT"), mend_units("VT (VDuẩn)"), mend_units("VT, NCI."), mend_units("VI")
    ('VT, VIỆT', 'VT (VDuẩn)', 'VT, NCI.', 'VI')
    >>> mend_units("VT MTTQ."), mend_units("VT, KH2I."), mend_units("VT, 12I")
    ('VT MTTQ.', 'VT, KH21.', 'VT, 12I')
    """
    return _VI.sub(r"\1VT", _ONE_AFTER_DIGITS.sub("1", drafter_i(units)))
