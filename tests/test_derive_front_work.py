"""The Front's own work re-issued by a commune's people's committee is told, and so are the steps
it carries down that end before the letter's date: a review derived the Front's procedure for
nominating election candidates (Hướng dẫn of the Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng
Ninh, November 2025) as a Hướng dẫn of UBND xã Tân Thành dated 15/12/2025, with no word that it
is the Front's, and its first step "(Thực hiện từ ngày 01/12 đến ngày 10/12/2025)" untold."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

ROOT = Path(__file__).resolve().parent.parent
HD_MTTQ = ROOT / "tests" / "data" / "letters" / "held_out_21" \
    / "hd_2025_quangninh_mttq_hiepthuong.txt"
TAN_THANH = ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"


@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
def test_the_front_s_procedure_re_issued_by_the_commune_is_told(form: str) -> None:
    day = date(2025, 12, 15)
    result = derive_file(HD_MTTQ, TAN_THANH, form, ngay=day, han=date(2025, 12, 30), today=day)
    front = [w for w in result.warnings if "is a body of the Front (Mặt trận Tổ quốc)" in w]
    assert len(front) == 1 and "Ủy ban nhân dân xã Tân Thành" in front[0]
    ended = [w for w in result.warnings if "end before its date 15/12/2025" in w]
    assert len(ended) == 1 and "đến ngày 10/12/2025" in ended[0]
    assert "17/12/2025" not in ended[0]


def test_steps_still_to_come_are_not_told() -> None:
    day = date(2025, 11, 20)
    result = derive_file(HD_MTTQ, TAN_THANH, "huong-dan", ngay=day, today=day)
    assert not [w for w in result.warnings if "end before its date" in w]
