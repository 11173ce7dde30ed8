"""`check` finds no fault with what the tool itself laid out right; what it does tell still stands.

A finding on a letter that prints right is the worst thing check can do: a văn thư learns not to
trust it; and a departure it misses is one she does not hear of. The letters of
tests/data/check/printed/ are rendered, then changed where told.
"""

from __future__ import annotations

from datetime import date

import docx
import pytest
from check_letter import find, retext, set_runs
from conftest import DATA

from ntm_docgen.check import check_file
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_spec

TODAY = date(2026, 11, 23)


def _rendered(tmp_path, name):
    out = tmp_path / "letter.docx"
    render_spec(load_spec(DATA / "check" / "printed" / f"{name}.yaml"), out, today=TODAY)
    return out, docx.Document(str(out))


def _rules(document, tmp_path) -> set[str]:
    out = tmp_path / "changed.docx"
    document.save(str(out))
    return {f.rule for f in check_file(out)}


def test_a_signer_title_in_lower_case_is_told_as_such_not_as_no_signature(tmp_path):
    _out, document = _rendered(tmp_path, "quyet-dinh.can-cu-xet-and-others")
    retext(find(document, r"^PHÓ CHỦ TỊCH$"), "PHÓ CHỦ TỊCH", "Phó Chủ tịch")
    rules = _rules(document, tmp_path)
    assert "chuc_vu.case" in rules and "chuc_vu.missing" not in rules


@pytest.mark.parametrize(("pattern", "rule"), [
    (r"^QUYẾT ĐỊNH$", "ten_loai.italic"), (r"^Về việc chấp thuận", "trich_yeu.italic"),
    (r"^KT\. CHỦ TỊCH$", "quyen_han.italic"), (r"^PHÓ CHỦ TỊCH$", "chuc_vu.italic"),
    (r"^Đoàn Thu Hà$", "ho_ten.italic"), (r"^CỘNG HÒA", "quoc_hieu.italic"),
], ids=["ten-loai", "trich-yeu", "quyen-han", "chuc-vu", "ho-ten", "quoc-hieu"])
def test_an_element_the_decree_sets_upright_is_told_when_in_italics(tmp_path, pattern, rule):
    _out, document = _rendered(tmp_path, "quyet-dinh.can-cu-xet-and-others")
    set_runs(find(document, pattern), italic=True)
    assert rule in _rules(document, tmp_path)
