"""What only the issuer does (it publishes a list of procedures, issues a set of criteria,
approves a scheme) is what the units below carry out (derive20): a commune's letter on Lào Cai's
Quyết định 308/QĐ-UBND asked her units to "triển khai công bố Danh mục …" and to report "kết
quả công bố Danh mục …", the province's own act; the letter it cites keeps its trích yếu.
Real letters of the held-out sets (provenance beside each)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.derive import derive_file

DATA = Path(__file__).resolve().parent / "data"
LETTERS = DATA / "letters"
BAO_THANG = DATA / "derive" / "xa-bao-thang-lao-cai-2026.yaml"
DAY = date(2025, 7, 10)


@pytest.mark.parametrize(("letter", "act", "theirs"), [
    ("held_out_30/qd_2025_laocai_308", "công bố danh mục", "thực hiện Danh mục 01 thủ tục"),
    ("held_out_2/qd_2017_hoabinh_816", "ban hành bộ tiêu chí", "thực hiện bộ tiêu chí xã"),
], ids=["publishes-a-list", "issues-criteria"])
def test_the_issuers_act_is_carried_out_by_the_units(letter, act, theirs):
    spec = derive_file(LETTERS / f"{letter}.txt", BAO_THANG, "cong-van", ngay=DAY,
                       today=DAY).spec
    citation, *items = spec["noi_dung"].split("\n")
    assert act in citation.casefold()  # the letter cited, as it is
    assert spec["trich_yeu"].startswith(f"V/v {theirs}")
    assert theirs in items[0] and f"kết quả {theirs}" in items[1]
    assert not [x for x in [spec["trich_yeu"], *items] if act in x.casefold()]
