"""A scan's Lưu line read in its small type (issue 15, docs/accuracy.md): the drafter's
initials with a ``¡`` for their ``i`` and an ``I`` for their last ``1`` (held_out_20's 575,
``P.KTTHT¡en3I``), the văn thư's ``VT`` read ``VI`` with the colon lost (held_out_22's
bonhiem, ``- Lưu VI, TC-HC.``): the Lưu as printed, the line in it, no item of the Nơi nhận."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.build import import_lines
from ntm_docgen.importer.lost import lost_lines

LETTER = """UBND TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 575/UBND-KTTH
Quảng Ngãi, ngày 05 tháng 3 năm 2025
V/v báo cáo tình hình thực hiện
Kính gửi: Bộ Tài chính.
Ủy ban nhân dân tỉnh báo cáo tình hình thực hiện như sau.
Nơi nhận:
- Như trên;
- Sở Tài chính;
{luu}
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An"""


@pytest.mark.parametrize(("luu", "units"), [
    ("- Lưu: VT, P.KTTHT¡en3I", "VT, P.KTTHTien31"),      # 575: an i, and a 1 after a 3
    ("- Lưu: VT, NC(V¡16).", "VT, NC(Vi16)"),             # held_out_17's 01
    ("- Lưu VI, TC-HC.", "VT, TC-HC"),                     # bonhiem: VT read VI, no colon
    ("- Lưu VT,TC-HC.", "VT, TC-HC"),                      # 1134, as before
    ("- Lưu: VT MTTQ.", "VT MTTQ"),                        # held_out_13: printed so, kept
    ("- Lưu: VT, KTTH, NCI.", "VT, KTTH, NCI"),            # an I after letters: a unit's
], ids=["tien31", "vi16", "vi-for-vt", "no-colon", "vt-mttq-as-printed", "i-after-letters"])
def test_a_luu_line_read_in_small_type(luu: str, units: str) -> None:
    lines = LETTER.format(luu=luu).splitlines()
    result = import_lines(lines)
    assert result.spec["luu"] == units
    assert result.spec["noi_nhan"] == ["Như trên", "Sở Tài chính"]
    assert lost_lines(lines, result.spec, result.warnings) == []
