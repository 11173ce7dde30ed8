"""Every letter the project renders passes `check`; defects planted in rendered ones are caught."""

from __future__ import annotations

import re
from datetime import date

import docx
import pytest
import yaml
from check_letter import DEFECTS, find, set_runs, unexcused
from conftest import DATA, EXAMPLES
from docx.oxml.ns import qn
from docx.shared import Pt

from ntm_docgen.check import check_file
from ntm_docgen.cli.main import main
from ntm_docgen.letter.render import render_spec
from ntm_docgen.letter.spec import load_spec
from ntm_docgen.vietnamese.loai import all_loai

TODAY = date(2026, 11, 23)
FAMILY_SPECS = sorted((DATA / "check").glob("*.yaml"))


def letter_specs(folder_files):
    """The files that describe a letter (copy specs for `ntm-docgen copy` have no `loai`)."""
    out = []
    for path in folder_files:
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
        if isinstance(data, dict) and "loai" in data:
            out.append(path)
    return out


EXAMPLE_SPECS = letter_specs(sorted(EXAMPLES.glob("*.yaml")))


def render(path, tmp_path):
    out = tmp_path / f"{path.stem}.docx"
    render_spec(load_spec(path), out, today=TODAY)
    return out


def test_examples_and_family_specs_cover_every_template_family():
    layouts = {load_spec(p).loai.layout for p in EXAMPLE_SPECS + FAMILY_SPECS}
    assert layouts == {lo.layout for lo in all_loai()}


@pytest.mark.parametrize("path", EXAMPLE_SPECS, ids=[p.stem for p in EXAMPLE_SPECS])
def test_every_example_renders_and_checks_clean(path, tmp_path):
    findings = check_file(render(path, tmp_path))
    assert unexcused(findings) == []


@pytest.mark.parametrize("path", FAMILY_SPECS, ids=[p.stem for p in FAMILY_SPECS])
def test_every_template_family_renders_and_checks_clean(path, tmp_path):
    findings = check_file(render(path, tmp_path))
    assert unexcused(findings) == []


@pytest.mark.parametrize(("mark", "size"), [("KHẨN", (20, 8)), ("HỎA TỐC", (30, 8)),
                                             ("THƯỢNG KHẨN", (40, 8))])
def test_the_urgency_mark_is_printed_in_a_box_of_the_decree_size(tmp_path, mark, size):
    """Ô 10b: the mark alone in a bordered cell of exactly the stamp's size, and check agrees."""
    spec = tmp_path / "khan.yaml"
    text = (DATA / "check" / "to-trinh.khan-mat.kinh-gui.yaml").read_text(encoding="utf-8")
    spec.write_text(re.sub(r"(?m)^do_khan:.*$", f"do_khan: {mark}", text), encoding="utf-8")
    out = render(spec, tmp_path)
    assert check_file(out) == []
    document = docx.Document(str(out))
    boxes = [t for row in document.tables[0].rows for c in row.cells for t in c.tables]
    assert len(boxes) == 1 and boxes[0].cell(0, 0).text == mark
    box = boxes[0]._tbl
    width = int(box.find(qn("w:tblGrid") + "/" + qn("w:gridCol")).get(qn("w:w")))
    height = box.find(qn("w:tr") + "/" + qn("w:trPr") + "/" + qn("w:trHeight"))
    assert (round(width / 56.7), round(int(height.get(qn("w:val"))) / 56.7)) == size
    assert height.get(qn("w:hRule")) == "exact"
    borders = box.find(qn("w:tblPr") + "/" + qn("w:tblBorders"))
    assert [b.get(qn("w:val")) for b in borders] == ["single"] * 4


@pytest.mark.parametrize(("name", "rules_found"), [
    ("A B", []), ("Lê Văn A", []), ("NGUYỄN VĂN AN", ["ho_ten.case"]),
], ids=["initials", "usual", "capitals"])
def test_a_name_in_capitals_is_still_found_and_reported_once(tmp_path, name, rules_found):
    spec = tmp_path / "ten.yaml"
    text = (EXAMPLES / "2025-ke-hoach-xa-tan-thanh.yaml").read_text(encoding="utf-8")
    spec.write_text(re.sub(r"(?m)^(\s*ho_ten:).*$", rf"\1 {name}", text, count=1),
                    encoding="utf-8")
    assert [f.rule for f in check_file(render(spec, tmp_path))] == rules_found


#: Numbered, dated letters with a parent body, one per family that takes a number.
DEFECT_SPECS = ["huong-dan.so", "cong-van.nhieu-noi-gui", "quyet-dinh.so.phu-luc"]


@pytest.fixture(scope="module", params=DEFECT_SPECS)
def rendered(request, tmp_path_factory):
    return render(DATA / "check" / f"{request.param}.yaml", tmp_path_factory.mktemp("r"))


@pytest.mark.parametrize(("change", "rule"), [(c, r) for _, c, r in DEFECTS],
                         ids=[i for i, _, _ in DEFECTS])
def test_defect_planted_in_a_rendered_letter_is_caught(rendered, tmp_path, change, rule):
    document = docx.Document(str(rendered))
    change(document)
    out = tmp_path / "defect.docx"
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == [rule]


@pytest.mark.parametrize("kind", ["cong-van", "huong-dan", "ke-hoach"])
def test_derived_letters_check_clean(runner, tmp_path, kind):
    out = tmp_path / f"{kind}.docx"
    result = runner.invoke(main, [
        "derive", str(EXAMPLES / "000-huong-dan-1741-btdkt.yaml"),
        "--profile", str(EXAMPLES.parent / "profiles" / "lang-son.yaml"), "--as", kind,
        "-o", str(out), "--ngay", "2026-03-05", "--so", "7", "--han", "2026-04-30"])
    assert result.exit_code == 0, result.output
    assert [str(f) for f in check_file(out)] == []


def test_bulk_letters_check_clean(runner, tmp_path):
    rows = tmp_path / "nhan.csv"
    rows.write_text("kinh_gui,ghi_chu\nỦy ban nhân dân xã Tân Thành,a\n"
                    "Ủy ban nhân dân phường Đông Kinh,b\n", encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(DATA / "bulk" / "cong_van.yaml"), "--recipients",
                                  str(rows), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    letters = sorted((tmp_path / "out").glob("*.docx"))
    assert len(letters) == 2
    for letter in letters:
        assert [str(f) for f in check_file(letter)] == [], letter.name


def test_dieu_marker_not_bold_in_a_rendered_quyet_dinh(tmp_path):
    document = docx.Document(str(render(DATA / "check" / "quyet-dinh.ubnd-tinh.yaml", tmp_path)))
    dieu = next(p for p in document.paragraphs if p.text.startswith("Điều 2."))
    dieu.runs[0].font.bold = False
    out = tmp_path / "defect.docx"
    document.save(str(out))
    (finding,) = check_file(out)
    assert (finding.rule, finding.text[:7]) == ("body.heading", "Điều 2.")


@pytest.mark.parametrize(("pattern", "font", "rule"), [
    (r"^\(Kèm theo", {"italic": False}, "phu_luc_ghi_chu.italic"),
    (r"^ĐỀ CƯƠNG", {"size": Pt(12)}, "phu_luc.size"),
    (r"^ĐỀ CƯƠNG", {"bold": False}, "phu_luc.bold"),
], ids=["note-not-italic", "title-12pt", "title-not-bold"])
def test_appendix_defects_in_a_rendered_ke_hoach(tmp_path, pattern, font, rule):
    document = docx.Document(str(render(DATA / "check" / "ke-hoach.xa.phu-luc.yaml", tmp_path)))
    set_runs(find(document, pattern), **font)
    out = tmp_path / "defect.docx"
    document.save(str(out))
    assert [f.rule for f in check_file(out)] == [rule]
