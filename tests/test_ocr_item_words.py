"""A scan's Nơi nhận items with one word OCR misread in their small type (issue 15,
docs/accuracy.md): the item's first word read with another vowel before a body's name
(held_out_20's 575 ``Bệ Tài chính``, 1772 ``Cúc Sở``), a code's ``C`` read ``Œ`` (981's
``TTgŒP``, 493's Lưu ``HŒC``), a speck read as a bracket in a code (held_out_23's 22
``UBMTT(Q``), ``Trợ ly`` before a comma or a slash (464, 1160)."""

from __future__ import annotations

import pytest

from ntm_docgen.importer.ocrfix import mend_line


@pytest.mark.parametrize(("read", "right"), [
    ("- Bệ Tài chính:", "- Bộ Tài chính:"),                                   # 575
    ("- Cúc Sở: Nội vụ, Tư pháp;", "- Các Sở: Nội vụ, Tư pháp;"),             # 1772
    ("- Bệ Y tế;", "- Bộ Y tế;"),
    ("- VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgŒP,",
     "- VPCP: BTCN, các PCN, Trợ lý, Thư ký TTgCP,"),                         # 981
    ("- Lưu: VT, KTTH, NC, HŒC.", "- Lưu: VT, KTTH, NC, HCC."),              # 493
    ("- BTT UBMTT(Q Việt Nam tỉnh;", "- BTT UBMTTQ Việt Nam tỉnh;"),         # 22
    ("Trợ ly, Thư ký của TTg, các Phó TTg,", "Trợ lý, Thư ký của TTg, các Phó TTg,"),  # 464
    ("Trợ ly/Thư ký của TTgCP và các PTTgCP,", "Trợ lý/Thư ký của TTgCP và các PTTgCP,"),
], ids=["be-tai-chinh", "cuc-so", "bo-y-te", "ttgcp", "hcc", "ubmttq", "tro-ly", "tro-ly-slash"])
def test_an_items_word_misread(read: str, right: str) -> None:
    assert " ".join(mend_line(read.split())) == right


@pytest.mark.parametrize("line", [
    "- Cục Thuế tỉnh;",                       # a body as read: Cục is no Các
    "- Cục Sở hữu trí tuệ;",                  # a body's head word before "Sở": no "Các Sở"
    "- Vụ Tài chính;",
    "- Bộ Tài chính;",
    "- Lưu: VT, KSTTHC(T).",                  # a drafter's note closed: no speck
    "- VPUB: CVP, PCVP(KTTH);",
    "Tờ trình số 06/TTr-SGŒTVT ngày 07",      # no item: a căn cứ's Œ left as read
    "Bệ Tài chính",                           # no dash: no item of the Nơi nhận
    "- Các UBND tỉnh/thành phố;",
    "- Như trên (để b/c);",
], ids=["cuc-thue", "cuc-so-huu-tri-tue", "vu-tai-chinh", "bo-tai-chinh", "luu-note", "pcvp",
        "can-cu", "no-dash", "tinh-thanh", "note"])
def test_an_item_as_printed_stays(line: str) -> None:
    assert " ".join(mend_line(line.split())) == line
