"""check a văn thư can trust: accepted variants are silent, severities decide the exit status,
wrapped recipients are one item, each message names the defect and its fix, a heading printed
twice is caught, and --comments writes the findings as Word comments and changes nothing else."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from check_letter import RIGHT_TEXT_MM, edit, find, paragraphs, retext, set_runs
from docx.shared import Mm, Pt
from lxml import etree

from ntm_docgen.check import check_file
from ntm_docgen.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ROOT = Path(__file__).resolve().parent.parent


def rules_of(path: Path) -> list[str]:
    return [f.rule for f in check_file(path)]


@pytest.mark.parametrize(("pattern", "old", "new"), [
    (r"^CỘNG HÒA", "HÒA", "HOÀ"),
    (r"^Số:", r"HD-SNV", "QĐ-TTg"),
], ids=["cong-hoa-old-tone-mark", "ky-hieu-ttg"])
def test_accepted_variants_are_silent(hd, tmp_path, pattern, old, new):
    path = edit(hd, tmp_path / "v.docx", lambda d: retext(find(d, pattern), old, new))
    assert [r for r in rules_of(path) if r in ("quoc_hieu.text", "so.case")] == []


def test_nhu_kinh_gui_first_is_accepted(cv, tmp_path):
    path = edit(cv, tmp_path / "v.docx",
                lambda d: retext(find(d, r"^- Như trên;"), "trên", "kính gửi"))
    assert "noi_nhan_item.nhu_tren" not in rules_of(path)


def test_en_dash_tieu_ngu_is_a_note_a_finding_that_exits_1(runner, hd, tmp_path):
    """The contract: check exits 0 clean, 1 with findings; a note is one. --errors-only
    lets a script pass a letter whose findings are all notes."""
    def en_dashes(d):  # 57.7 mm with its dashes: its indents give it 60 mm, or it wraps
        tieu_ngu = find(d, r"^Độc lập")
        retext(tieu_ngu, r".+", "Độc lập – Tự do – Hạnh phúc")
        tieu_ngu.paragraph_format.left_indent = tieu_ngu.paragraph_format.right_indent = \
            Mm((RIGHT_TEXT_MM - 60) / 2)

    path = edit(hd, tmp_path / "v.docx", en_dashes)
    (finding,) = check_file(path)
    assert (finding.rule, finding.severity) == ("tieu_ngu.dash", "luu_y")
    assert runner.invoke(main, ["check", str(path)]).exit_code == 1
    assert runner.invoke(main, ["check", "--strict", str(path)]).exit_code == 1
    assert runner.invoke(main, ["check", "--errors-only", str(path)]).exit_code == 0
    fixed = runner.invoke(main, ["check", "--errors-only", "--fix", str(tmp_path / "f.docx"),
                                 str(path)])
    assert fixed.exit_code == 0, fixed.output
    both = runner.invoke(main, ["check", "--errors-only", "--strict", str(path)])
    assert both.exit_code == 2


def test_real_defects_of_the_quoc_hieu_and_tieu_ngu_are_errors(hd, tmp_path):
    path = edit(hd, tmp_path / "v.docx", lambda d: retext(find(d, r"^CỘNG HÒA"), "HÒA", "HÕA"),
                lambda d: retext(find(d, r"^Độc lập"), "lập - Tự", "lập -Tự"))
    found = {f.rule: f for f in check_file(path)}
    assert found["quoc_hieu.text"].severity == "loi"
    assert '"CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM"' in found["quoc_hieu.text"].message
    assert '"Độc lập -Tự do - Hạnh phúc"' in found["tieu_ngu.text"].message


@pytest.mark.parametrize(("typed", "said"), [
    ("Số: 106/HD - SNV", 'the ký hiệu "HD - SNV" has spaces inside it; write "HD-SNV"'),
    ("Số: 1855/BTĐKT-Vụ II", 'has spaces and lower case inside it ("Vụ")'),
], ids=["spaces", "spaces-and-lower-case"])
def test_ky_hieu_message_names_the_defect(hd, tmp_path, typed, said):
    path = edit(hd, tmp_path / "v.docx", lambda d: retext(find(d, r"^Số:"), r".+", typed))
    (finding,) = [f for f in check_file(path) if f.rule.startswith("so.")]
    assert said in finding.message


def _wrap(pattern: str, head: str, tail: str):
    """Split the item matching ``pattern`` over two paragraphs, as a long item is typed."""
    def change(document):
        para = find(document, pattern)
        retext(para, r".+", head)
        after = para.insert_paragraph_before(head)
        retext(para, r".+", tail)
        for run in after.runs:
            run.font.size = Pt(11)
    return change


def test_wrapped_noi_nhan_item_is_one_item(hd, tmp_path):
    path = edit(hd, tmp_path / "w.docx",
                _wrap(r"^- Ban TĐKT", "- Ban Thi đua - Khen thưởng Trung ương,", "các Vụ;"))
    assert "noi_nhan_item.form" not in rules_of(path)


def test_wrapped_kinh_gui_item_is_one_item(cv, tmp_path):
    path = edit(cv, tmp_path / "w.docx",
                _wrap(r"^- Các sở, ban", "- Các Sở: Công Thương, Tài chính,", "Nội vụ;"))
    assert "kinh_gui.item" not in rules_of(path)


def test_quyet_dinh_heading_printed_twice_is_caught(tmp_path):
    from ntm_docgen.letter.render import render_spec
    from ntm_docgen.letter.spec import load_spec

    spec = tmp_path / "qd.yaml"
    spec.write_text(
        "loai: QĐ\nco_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: SỞ NỘI VỤ, viet_tat: SNV}\n"
        "so: 12\nngay: 2026-01-05\ndia_danh: Lạng Sơn\ntrich_yeu: Về việc khen thưởng\n"
        "tham_quyen: GIÁM ĐỐC SỞ NỘI VỤ\ncan_cu: [Căn cứ Luật Thi đua khen thưởng]\n"
        "noi_dung: |\n  QUYẾT ĐỊNH:\n  Điều 1. Khen thưởng các tập thể.\n"
        "  Điều 2. Quyết định có hiệu lực./.\n"
        "ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Nguyễn Văn An}\nnoi_nhan: [Như Điều 2]\nluu: VT, TĐKT\n",
        encoding="utf-8")
    out = tmp_path / "qd.docx"
    render_spec(load_spec(spec), out, today=date(2026, 1, 5))
    document = docx.Document(str(out))
    twice = [p for p in paragraphs(document) if p.text.strip() == "QUYẾT ĐỊNH:"]
    found = [f for f in check_file(out) if f.rule == "body.repeated"]
    assert len(found) == (1 if len(twice) == 2 else 0)


@pytest.mark.parametrize("form", ["huong-dan", "ke-hoach"])
def test_derived_003_has_no_can_cu_finding(runner, tmp_path, form):
    out = tmp_path / f"{form}.docx"
    result = runner.invoke(main, ["derive", str(ROOT / "data" / "examples" /
                                                 "003-huong-dan-106-snv-lang-son.yaml"),
                                  "--profile", "lang-son", "--as", form, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [f.rule for f in check_file(out) if f.rule.startswith("can_cu")] == []


def test_section_without_page_size_says_so(hd, tmp_path):
    def drop(document):
        sect = document.element.body.find(f"{W}sectPr")
        for tag in ("pgSz", "pgMar"):
            sect.remove(sect.find(f"{W}{tag}"))
    path = edit(hd, tmp_path / "s.docx", drop)
    found = {f.rule: f.message for f in check_file(path)}
    assert "sets no paper size" in found["page.paper"]
    assert "sets no margins" in found["page.margin"]
    assert " 0 mm" not in " ".join(found.values()) and "0 × 0" not in " ".join(found.values())


def _body_xml(path: Path, drop_comments: bool) -> bytes:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    if drop_comments:
        for el in list(root.iter(f"{W}commentRangeStart", f"{W}commentRangeEnd")):
            el.getparent().remove(el)
        for run in list(root.iter(f"{W}r")):
            if run.find(f"{W}commentReference") is not None:
                run.getparent().remove(run)
    return etree.tostring(root, method="c14n")


def test_comments_on_their_elements_and_nothing_else_changed(runner, hd, tmp_path):
    bad = edit(hd, tmp_path / "bad.docx",
               lambda d: set_runs(find(d, r"^Nơi nhận"), size=Pt(13)),
               lambda d: setattr(d.sections[0], "left_margin", Pt(70)))
    out = tmp_path / "reviewed.docx"
    result = runner.invoke(main, ["check", str(bad), "--comments", str(out)])
    assert result.exit_code == 1
    assert f"{out}: 2 comments" in result.output
    with zipfile.ZipFile(out) as z:
        names = set(z.namelist())
        types = z.read("[Content_Types].xml").decode()
        rels = z.read("word/_rels/document.xml.rels").decode()
        comments = etree.fromstring(z.read("word/comments.xml"))
    assert "word/comments.xml" in names
    assert "comments+xml" in types and "comments.xml" in rels
    texts = ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in comments.iter(f"{W}comment")]
    assert len(texts) == 2
    assert any(t.startswith('ERROR – Nơi nhận: Nơi nhận "Nơi nhận:" is in 13 pt; set it to 12 pt (')
               for t in texts)
    assert all("NĐ 30/2020/NĐ-CP" in t for t in texts)
    document = docx.Document(str(out))
    anchored = [p.text for p in paragraphs(document)
                if p._p.find(f"{W}commentRangeStart") is not None]
    assert "Nơi nhận:" in anchored  # the size finding sits on the Nơi nhận label
    assert _body_xml(out, drop_comments=True) == _body_xml(bad, drop_comments=False)
    again = runner.invoke(main, ["check", str(bad), "--comments", str(out)])
    assert again.exit_code == 1 and "--force" in again.output
    assert re.search(r"exists", again.output)


def test_heading_typed_twice_in_a_letter_is_caught(hd, tmp_path):
    def twice(document):
        para = find(document, r"^Sở Nội vụ hướng dẫn")
        para.insert_paragraph_before("QUYẾT ĐỊNH:")
        para.insert_paragraph_before("QUYẾT ĐỊNH:")
    (finding,) = [f for f in check_file(edit(hd, tmp_path / "t.docx", twice))
                  if f.rule == "body.repeated"]
    assert finding.message == '"QUYẾT ĐỊNH:" is printed twice, one line under the other; ' \
                              "delete the second"


def test_ubnd_name_over_two_lines_with_a_line_not_bold_is_caught(hd, tmp_path):
    def ubnd(document, bold_first: bool):
        parent = find(document, r"^UBND TỈNH LẠNG SƠN$")
        retext(parent, r".+", "ỦY BAN NHÂN DÂN")
        set_runs(parent, bold=bold_first)
        retext(find(document, r"^SỞ NỘI VỤ$"), r".+", "TỈNH LẠNG SƠN")
    good = edit(hd, tmp_path / "good.docx", lambda d: ubnd(d, True))
    bad = edit(hd, tmp_path / "bad.docx", lambda d: ubnd(d, False))
    assert "co_quan.bold" not in rules_of(good)
    assert "co_quan.bold" in rules_of(bad)
