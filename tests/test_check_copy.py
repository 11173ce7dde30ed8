"""`check` holds the copy block (SAO Y, SAO LỤC, TRÍCH SAO) to the decree, part by part, as it
holds the letter's own parts: a copy the tool makes has no finding; each departure in the
block is told under ban_sao.*, with the letter's message and fix."""

from __future__ import annotations

import html
import re
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from check_letter import find, paragraphs, retext, set_runs
from conftest import EXAMPLES
from desk_support import csrf_of, desk_client
from docx.shared import Pt

from ntm_docgen.check import check_file, fix_file
from ntm_docgen.copies import make_copy
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_copy_spec, load_spec

TODAY = date(2026, 11, 23)
SAO_LUC = """hinh_thuc: SAO LỤC
co_quan: {chu_quan: UBND TỈNH BẮC GIANG, ten: VĂN PHÒNG, viet_tat: VP}
so: 7
dia_danh: Bắc Giang
ngay: 2018-08-10
ky: {quyen_han: [KT. CHÁNH VĂN PHÒNG], chuc_vu: PHÓ CHÁNH VĂN PHÒNG, ho_ten: Trần Văn Bình}
noi_nhan: [Sở Nội vụ]
luu: VT
"""
TRICH_SAO = """hinh_thuc: TRÍCH SAO
co_quan: {ten: "ỦY BAN NHÂN DÂN\\nTỈNH BẮC GIANG", viet_tat: UBND}
so: 12
dia_danh: Bắc Giang
ngay: 2018-08-03
ky: {quyen_han: [TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH], chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Lê Thị Hà}
noi_nhan: [Sở Nội vụ, UBND các huyện]
"""


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory, hd: Path) -> dict[str, Path]:
    """The copies the tool makes: SAO Y of a rendered letter, SAO LỤC of that SAO Y, TRÍCH SAO
    of part II, a letter rendered with its ban_sao, and SAO Y of a letter built as Word does."""
    folder = tmp_path_factory.mktemp("copies")
    original = folder / "original.docx"
    render_spec(load_spec(EXAMPLES / "000-huong-dan-1741-btdkt.yaml"), original,
                today=TODAY)
    sao_y = load_copy_spec(EXAMPLES / "000-sao-y-bac-giang.yaml")
    (folder / "sl.yaml").write_text(SAO_LUC, encoding="utf-8")
    (folder / "ts.yaml").write_text(TRICH_SAO, encoding="utf-8")
    out = {name: folder / f"{name}.docx" for name in ("sao-y", "sao-luc", "trich-sao",
                                                      "render-ban-sao", "built", "built-sao-y")}
    make_copy(original, sao_y, out["sao-y"], today=TODAY)
    make_copy(out["sao-y"], load_copy_spec(folder / "sl.yaml"), out["sao-luc"], today=TODAY)
    make_copy(original, load_copy_spec(folder / "ts.yaml"), out["trich-sao"], today=TODAY,
              trich="II")
    render_spec(load_spec(EXAMPLES / "000-huong-dan-1741-kem-sao-y.yaml"), out["render-ban-sao"],
                today=TODAY)
    shutil.copyfile(hd, out["built"])  # conftest's Hướng dẫn built as Word writes it
    make_copy(out["built"], sao_y, out["built-sao-y"], today=TODAY)
    return out


@pytest.mark.parametrize("name", ["sao-y", "sao-luc", "trich-sao", "render-ban-sao"])
def test_a_copy_the_tool_makes_has_no_finding(copies, name):
    assert [str(f) for f in check_file(copies[name])] == []


def test_a_copy_of_a_letter_written_elsewhere_adds_no_finding(copies):
    """The near miss: an original not laid out by the tool keeps its own findings, and its
    copy block adds none."""
    assert [f.rule for f in check_file(copies["built-sao-y"])] == \
        [f.rule for f in check_file(copies["built"])]


def _last(document, pattern):
    return [p for p in paragraphs(document) if p.text.strip() and
            re.search(pattern, p.text)][-1]


def _rule_removed(document) -> None:
    """The rule under the copying body's name (the empty bordered paragraph under it)."""
    name = _last(document, r"^VĂN PHÒNG$")
    border = name._p.getnext().find(".//{*}pBdr")
    border.getparent().remove(border)


#: One change to the copy block only, and the finding it must give.
CHANGES = [
    ("form-not-bold", lambda d: set_runs(_last(d, r"^SAO Y$"), bold=False),
     "ban_sao.hinh_thuc.bold"),
    ("form-12pt", lambda d: set_runs(_last(d, r"^SAO Y$"), size=Pt(12)),
     "ban_sao.hinh_thuc.size"),
    ("so-11pt", lambda d: set_runs(_last(d, r"^Số: 366"), size=Pt(11)), "ban_sao.so.size"),
    ("so-no-zero", lambda d: retext(_last(d, r"^Số: 366"), "366", "5"), "ban_sao.so.padding"),
    ("ky-hieu-not-sy", lambda d: retext(_last(d, r"^Số: 366"), "SY-VP", "SAO-VP"),
     "ban_sao.so.ma_loai"),
    ("date-upright", lambda d: set_runs(_last(d, r"^Bắc Giang, ngày"), italic=False),
     "ban_sao.ngay.italic"),
    ("month-08", lambda d: retext(_last(d, r"^Bắc Giang, ngày"), "tháng 8", "tháng 08"),
     "ban_sao.ngay.month"),
    ("items-13pt", lambda d: set_runs(_last(d, r"^- CT, các PCT"), size=Pt(13)),
     "ban_sao.noi_nhan_item.size"),
    ("label-upright", lambda d: set_runs(_last(d, r"^Nơi nhận:$"), italic=False),
     "ban_sao.noi_nhan.italic"),
    ("signer-not-bold", lambda d: set_runs(_last(d, r"^Nguyễn Đức Đăng$"), bold=False),
     "ban_sao.ho_ten.bold"),
    ("body-not-bold", lambda d: set_runs(_last(d, r"^VĂN PHÒNG$"), bold=False),
     "ban_sao.co_quan.bold"),
    ("parent-bold", lambda d: set_runs(_last(d, r"^UBND TỈNH BẮC GIANG$"), bold=True),
     "ban_sao.chu_quan.bold"),
    ("no-rule-under-body", _rule_removed, "ban_sao.co_quan.rule"),
    ("luu-no-stop", lambda d: retext(_last(d, r"^- Lưu: NC\.$"), r"\.$", ""),
     "ban_sao.noi_nhan_item.luu"),
]


@pytest.mark.parametrize(("change", "rule"), [(c, r) for _n, c, r in CHANGES],
                         ids=[n for n, _c, _r in CHANGES])
def test_a_departure_in_the_copy_block_is_found(copies, tmp_path, change, rule):
    document = docx.Document(str(copies["sao-y"]))
    change(document)
    out = tmp_path / "changed.docx"
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == [rule]


def test_the_same_departure_in_the_letter_is_told_as_the_letter_s(copies, tmp_path):
    document = docx.Document(str(copies["sao-y"]))
    retext(find(document, r"^Hà Nội, ngày"), r"tháng 7", "tháng 07")
    out = tmp_path / "changed.docx"
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == ["ngay.month"]


def test_a_departure_in_the_sao_luc_block_is_found_in_that_block(copies, tmp_path):
    document = docx.Document(str(copies["sao-luc"]))
    set_runs(_last(document, r"^SAO LỤC$"), bold=False)
    retext(_last(document, r"^Số: 07/"), "SL-VP", "SY-VP")
    out = tmp_path / "changed.docx"
    document.save(str(out))
    found = check_file(out)
    assert [f.rule for f in found] == ["ban_sao.so.ma_loai", "ban_sao.hinh_thuc.bold"]
    assert all(f.element == "bản sao" and "Phần II" in f.ref for f in found)


def test_fix_repairs_the_copy_block_as_the_letter(copies, tmp_path):
    document = docx.Document(str(copies["sao-y"]))
    set_runs(_last(document, r"^SAO Y$"), bold=False)
    retext(_last(document, r"^Số: 366"), "366", "5")
    retext(_last(document, r"^Bắc Giang, ngày"), "tháng 8", "tháng 08")
    changed, fixed = tmp_path / "changed.docx", tmp_path / "fixed.docx"
    document.save(str(changed))
    result = fix_file(changed, fixed)
    assert sorted(f.rule for f in result.before) == [
        "ban_sao.hinh_thuc.bold", "ban_sao.ngay.month", "ban_sao.so.padding"]
    assert result.after == []
    text = [p.text for p in paragraphs(docx.Document(str(fixed)))]
    assert "Số: 05/SY-VP" in text and "Bắc Giang, ngày 09 tháng 8 năm 2018" in text


def test_the_desk_check_page_tells_a_departure_in_the_copy_block(copies, tmp_path):
    document = docx.Document(str(copies["sao-y"]))
    set_runs(_last(document, r"^SAO Y$"), bold=False)
    changed = tmp_path / "changed.docx"
    document.save(str(changed))
    with desk_client(tmp_path) as client:
        answer = client.post("/kiem-tra", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("sao-y.docx", changed.read_bytes())})
    assert answer.status_code == 200, answer.text
    page = html.unescape(re.sub(r"<[^>]+>|\s+", " ", answer.text))
    assert "1 departure from the layout rules in sao-y.docx" in page
    assert 'Hình thức sao "SAO Y" is not bold; make it bold' in page
    assert "Điều 25 đến 27; Phụ lục I, Phần II" in page
