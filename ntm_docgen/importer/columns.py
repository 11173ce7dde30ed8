"""The header's place and date line that OCR read under the Kính gửi, put back above it."""

from __future__ import annotations

from ntm_docgen.importer.cleaning import key, rules
from ntm_docgen.importer.numberdate import read_ngay

#: What a blank Kính gửi holds after its label: the dots or the line left to fill in by hand.
_BLANK = frozenset(".…_- :")


def date_over_gui(lines: list[str]) -> list[str]:
    """``lines`` with the place and date line read right under a Kính gửi label whose
    addressee is left blank (``Kính gửi: .......``, the addressees listed elsewhere) moved
    above the label, when no date line comes before it: the two columns of the header read
    one after the other, the date of the right column after the label of the left.

    >>> date_over_gui(["V/v dự kiến kế hoạch", "Kính gửi: ......", "Hà Nội, ngày 16 tháng 12 "
    ...                "năm 2025", "Thực hiện Nghị quyết số 163/2024/QH15;"])[1:3]
    ['Hà Nội, ngày 16 tháng 12 năm 2025', 'Kính gửi: ......']
    >>> date_over_gui(["Kính gửi: Sở Y tế", "Hà Nội, ngày 16 tháng 12 năm 2025"])[0]
    'Kính gửi: Sở Y tế'
    >>> date_over_gui(["Huế, ngày 2 tháng 1 năm 2026", "Kính gửi:", "Huế, ngày 3 tháng 1 "
    ...                "năm 2026"])[1]
    'Kính gửi:'
    """
    label = rules()["mo_dau"]["kinh_gui"]
    for i, line in enumerate(lines):
        match = label.match(key(line.strip()))
        if match is None:
            continue
        if not set(key(line.strip())[match.end():]) <= _BLANK:
            return lines
        j = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
        if j is None or len(lines[j]) >= 80 or read_ngay(lines[j]) is None \
                or any(read_ngay(x) for x in lines[:i] if len(x) < 80):
            return lines
        return [*lines[:i], lines[j], *lines[i:j], *lines[j + 1:]]
    return lines
