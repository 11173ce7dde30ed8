"""A Word original still holding tracked changes or comments (contract9 #4): copy refuses it,
naming what is pending and what to do in Word; check tells both as findings."""

from __future__ import annotations

import copy as clone
from pathlib import Path

import docx
import pytest
import yaml
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ntm_docgen.check import check_file
from ntm_docgen.cli.main import main
from ntm_docgen.copies import check_original
from ntm_docgen.errors import InputFileError
from ntm_docgen.letter.render import render_docx
from ntm_docgen.letter.spec import load_copy_spec, load_spec

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
LETTER = EXAMPLES / "000-huong-dan-1741-btdkt.yaml"
SAO_Y = EXAMPLES / "000-sao-y-bac-giang.yaml"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STAMP = 'w:author="Chuyên viên" w:date="2026-03-04T10:00:00Z"'
DELETED = " (dự kiến từ 01/01/2026)"
INSERTED = "Trưởng các thôn báo cáo trước ngày 20/3/2026"


def _paragraph(document, start: str):
    return next(p for p in document.paragraphs if p.text.startswith(start))


def _run(paragraph, kind: str, text: str):
    """A run of ``text`` inside a tracked ``w:ins`` or ``w:del``, with the paragraph's look."""
    tag = "w:delText" if kind == "del" else "w:t"
    element = parse_xml(f'<w:{kind} {W} w:id="90" {STAMP}><w:r><{tag} xml:space="preserve">'
                        f"{text}</{tag}></w:r></w:{kind}>")
    rpr = paragraph.runs[-1]._r.find(qn("w:rPr"))
    if rpr is not None:
        element[0].insert(0, clone.deepcopy(rpr))
    return element


def deleted(document) -> None:
    _paragraph(document, "II.")._p.append(_run(_paragraph(document, "II."), "del", DELETED))


def inserted(document) -> None:
    paragraph = _paragraph(document, "I.")
    paragraph._p.append(_run(paragraph, "ins", INSERTED))


def reformatted(document) -> None:
    """Bold set on a heading with the change tracked: the text is the same, its look not."""
    run = _paragraph(document, "III.").runs[0]._r
    rpr = run.get_or_add_rPr()
    rpr.append(parse_xml(f'<w:rPrChange {W} w:id="91" {STAMP}><w:rPr/></w:rPrChange>'))


def commented(document) -> None:
    document.add_comment(_paragraph(document, "IV.").runs, text="Sửa lại câu này",
                         author="Chuyên viên")


def in_header(document) -> None:
    header = document.sections[0].header
    paragraph = header.add_paragraph("Trang")
    paragraph._p.append(_run(paragraph, "ins", "nháp"))


@pytest.fixture
def letter(tmp_path: Path, today) -> Path:
    path = tmp_path / "hd-1741.docx"
    path.write_bytes(render_docx(load_spec(LETTER), today))
    return path


def pending(letter: Path, out: Path, *changes) -> Path:
    document = docx.Document(str(letter))
    for change in changes:
        change(document)
    document.save(str(out))
    return out


def spec(tmp_path: Path, form: str = "SAO Y") -> Path:
    data = yaml.safe_load(SAO_Y.read_text(encoding="utf-8"))
    data["hinh_thuc"] = form
    path = tmp_path / f"{form.replace(' ', '-')}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(("changes", "told"), [
    ((deleted,), ["1 deletion: “(dự kiến từ 01/01/2026)”", "accept or reject every change"]),
    ((inserted,), ["1 insertion: “Trưởng các thôn báo cáo trước ngày…”"]),
    ((reformatted,), ["1 formatting change"]),
    ((in_header,), ["1 insertion: “nháp”"]),
    ((commented,), ["1 comment: “Sửa lại câu này”", "delete the comments"]),
    ((deleted, commented), ["1 deletion", "1 comment", "and comments"]),
], ids=["deletion", "insertion", "formatting", "in-the-header", "comment", "both"])
@pytest.mark.parametrize("form", ["SAO Y", "TRÍCH SAO"])
def test_copy_refuses_a_revision_history(runner, letter, tmp_path, changes, told, form):
    original = pending(letter, tmp_path / "tracked.docx", *changes)
    out = tmp_path / "copy.docx"
    trich = ["--trich", "II"] if form == "TRÍCH SAO" else []
    result = runner.invoke(main, ["copy", str(original), "--spec", str(spec(tmp_path, form)),
                                  "-o", str(out), *trich])
    assert result.exit_code == 1, result.output
    message = " ".join(result.output.split())
    assert f"{original}: still holds" in message
    assert all(t in message for t in told), message
    assert "copy it again" in message and "Traceback" not in message
    assert not out.exists()


def test_checked_before_a_number_is_taken(letter, tmp_path):
    """The desk and --allocate check the original before the register gives a number."""
    original = pending(letter, tmp_path / "tracked.docx", deleted)
    ban_sao = load_copy_spec(SAO_Y)
    with pytest.raises(InputFileError, match="1 deletion"):
        check_original(original, ban_sao)


def test_a_clean_original_is_copied(runner, letter, tmp_path):
    out = tmp_path / "copy.docx"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(spec(tmp_path)),
                                  "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()


def test_check_tells_changes_and_comments(letter, tmp_path):
    original = pending(letter, tmp_path / "tracked.docx", deleted, inserted, commented)
    found = {f.rule: f for f in check_file(original)}
    tracked, comments = found["sua_doi.tracked"], found["sua_doi.comments"]
    assert "1 insertion" in tracked.message and "1 deletion" in tracked.message
    assert "comment" not in tracked.message
    assert tracked.where.startswith("paragraph") and tracked.anchor is not None
    assert "1 comment: “Sửa lại câu này”" in comments.message
    assert tracked.severity == comments.severity == "loi"
    assert not {"sua_doi.tracked", "sua_doi.comments"} & {f.rule for f in check_file(letter)}
