"""`ntm-docgen check`: exit status, text and JSON output, --fix, unreadable and foreign files."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import docx
import pytest
from check_letter import DEFECTS, build_letter, find, paragraphs, retext, set_runs
from docx.shared import Mm, Pt

from ntm_docgen.check import check_file
from ntm_docgen.cli.main import main


def plant(src, out, *changes):
    document = docx.Document(str(src))
    for change in changes:
        change(document)
    document.save(str(out))
    return out


def test_clean_letter_exits_0(runner, hd):
    result = runner.invoke(main, ["check", str(hd)])
    assert result.exit_code == 0, result.output
    assert result.output == f"{hd}: no findings\n"


def test_findings_exit_1_with_one_line_each(runner, hd, tmp_path):
    bad = plant(hd, tmp_path / "bad.docx",
                lambda d: setattr(d.sections[0], "left_margin", Mm(25)),
                lambda d: set_runs(find(d, r"^Nơi nhận"), size=Pt(13)))
    result = runner.invoke(main, ["check", str(bad)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == f"{bad}: 2 findings"
    assert lines[1] == ("  error: page.margin [NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, "
                        "khoản 1 đến 3] "
                        "trang at section 1: the left margin of section 1 is 25 mm; set it "
                        "to 30–35 mm")
    assert lines[2].startswith(
        "  error: noi_nhan.size [NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 9, điểm d;")


def test_json_is_a_list_of_the_same_findings(runner, hd, tmp_path):
    bad = plant(hd, tmp_path / "bad.docx",
                lambda d: retext(find(d, ", ngày"), r"tháng \d+", "tháng 06"))
    result = runner.invoke(main, ["check", str(bad), "--json"])
    assert result.exit_code == 1
    rows = json.loads(result.output)
    assert [r["rule"] for r in rows] == ["ngay.month"]
    assert set(rows[0]) == {"rule", "ref", "element", "where", "text", "found", "required",
                            "fixable", "severity", "message"}
    assert rows[0]["found"] == '"tháng 06"'
    clean = runner.invoke(main, ["check", str(hd), "--json"])
    assert (clean.exit_code, json.loads(clean.output)) == (0, [])


#: English words the findings' sentences use (none of them a Vietnamese word).
ENGLISH = {"the", "for", "and", "with", "not", "bold", "italic", "margin", "margins", "line",
           "lines", "page", "number", "rule", "under", "between", "paragraph", "paragraphs",
           "leading", "zero", "months", "days", "after", "each", "recipient", "first", "last",
           "code", "type", "box", "runs", "run", "spacing", "indent", "aligned", "left", "right",
           "top", "bottom", "centred", "justified", "capitals", "lower", "case", "portrait",
           "landscape", "black", "coloured", "composed", "heading", "headings", "once", "twice",
           "ends", "colon", "issuer", "title", "signer", "footer", "header", "decree", "least",
           "exactly", "section", "whole", "document", "found", "required", "table", "row",
           "column"}


def english_words(text: str) -> set[str]:
    """The English words of a finding's value, the letter's own text (quoted) aside."""
    import re

    return {w for w in re.findall(r"[A-Za-z]+", re.sub(r'"[^"]*"', "", text))
            if w.lower() in ENGLISH}


@pytest.mark.parametrize("name", [n for n, _c, _r in DEFECTS])
def test_json_values_meant_for_a_person_follow_the_language(runner, hd, tmp_path, name):
    """The JSON keys are the same in every language; found, required and message are said in
    the user's language, only the letter's own text quoted as it is."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    def body_left(document):
        find(document, r"\./\.$").alignment = WD_ALIGN_PARAGRAPH.LEFT

    change = next(c for n, c, _ in DEFECTS if n == name)
    bad = plant(hd, tmp_path / "bad.docx", change, body_left)
    said = {lang: json.loads(runner.invoke(main, ["--lang", lang, "check", str(bad),
                                                  "--json"]).output) for lang in ("en", "vi")}
    assert [r["rule"] for r in said["en"]] == [r["rule"] for r in said["vi"]]
    assert {k for r in said["vi"] for k in r} == {"rule", "ref", "element", "where", "text",
                                                  "found", "required", "fixable", "severity",
                                                  "message"}
    for en, vi in zip(said["en"], said["vi"], strict=True):
        for key in ("found", "required", "message", "where"):
            assert english_words(vi[key]) == set(), (key, en[key], vi[key])
        assert (vi["rule"], vi["severity"], vi["text"]) == (en["rule"], en["severity"], en["text"])


def test_fix_repairs_every_mechanical_defect_and_keeps_the_text(runner, hd, tmp_path):
    names = ["margin-left-25mm", "paper-us-letter", "font-arial", "issuer-not-bold",
             "parent-bold", "date-not-italic", "date-month-06", "date-day-5", "noi-nhan-13pt",
             "noi-nhan-not-italic", "noi-nhan-item-12pt", "so-unpadded", "quoc-hieu-11pt",
             "body-12pt", "signer-not-bold", "page-number-on-page-1"]
    bad = plant(hd, tmp_path / "bad.docx", *[c for n, c, _ in DEFECTS if n in names])
    assert len(check_file(bad)) == len(names)
    out = tmp_path / "fixed.docx"
    result = runner.invoke(main, ["check", str(bad), "--fix", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == f"{out}: no findings"
    before = [p.text for p in paragraphs(docx.Document(str(bad)))]
    after = [p.text for p in paragraphs(docx.Document(str(out)))]
    assert len(before) == len(after)
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert changed == [("Số: 5/HD-SNV", "Số: 05/HD-SNV"),
                       ("Lạng Sơn, ngày 5 tháng 06 năm 2020", "Lạng Sơn, ngày 05 tháng 6 năm 2020")]


@pytest.mark.parametrize(("name", "rule"), [
    ("no-luu-line", "noi_nhan_item.luu"), ("so-tt01-code", "so.ma_cu"),
    ("tieu-ngu-lower", "tieu_ngu.text")], ids=["luu", "old-code", "tieu-ngu-text"])
def test_fix_leaves_content_findings(runner, hd, tmp_path, name, rule):
    change = next(c for n, c, _ in DEFECTS if n == name)
    bad = plant(hd, tmp_path / "bad.docx", change)
    out = tmp_path / "fixed.docx"
    result = runner.invoke(main, ["check", str(bad), "--fix", str(out), "--json"])
    assert result.exit_code == 1
    assert [(r["rule"], r["fixed"]) for r in json.loads(result.output)] == [(rule, False)]
    assert not out.exists()  # nothing repaired: no copy that would pass for a repaired letter


def test_fix_that_repairs_nothing_writes_nothing_and_says_so(runner, hd, tmp_path):
    """A black-box finding: --fix wrote OUT, the same as the letter, when it fixed 0 of 2."""
    change = next(c for n, c, _ in DEFECTS if n == "so-tt01-code")
    bad = plant(hd, tmp_path / "bad.docx", change)
    out = tmp_path / "fixed.docx"
    result = runner.invoke(main, ["--lang", "en", "check", str(bad), "--fix", str(out)])
    assert result.exit_code == 1
    assert "so.ma_cu" in result.output
    assert result.output.splitlines()[-1] == (
        f"{out} was not written: the 1 finding needs a change of the text or the layout that "
        "only you can make, as said above")
    assert not out.exists()
    clean = runner.invoke(main, ["--lang", "vi", "check", str(hd), "--fix", str(out)])
    assert clean.exit_code == 0
    assert clean.output.splitlines()[-1] == f"không ghi tệp {out}: văn bản không có gì cần sửa"
    assert not out.exists()


def test_fix_refuses_to_overwrite_without_force(runner, hd, tmp_path):
    bad = plant(hd, tmp_path / "bad.docx", next(c for n, c, _ in DEFECTS if n == "so-unpadded"))
    out = tmp_path / "fixed.docx"
    out.write_bytes(b"keep")
    result = runner.invoke(main, ["check", str(bad), "--fix", str(out)])
    assert result.exit_code == 1
    assert "already exists; pass --force" in result.output
    assert out.read_bytes() == b"keep"
    forced = runner.invoke(main, ["check", str(bad), "--fix", str(out), "--force"])
    assert forced.exit_code == 0
    assert check_file(out) == []


def _not_zip(path):
    path.write_text("Kính gửi: Sở Nội vụ\n", encoding="utf-8")


def _zip_without_document(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "x")


def _truncated(path):
    build_letter(path.with_name("whole.docx"))
    path.write_bytes(path.with_name("whole.docx").read_bytes()[:3000])


def _broken_xml(path):
    build_letter(path.with_name("whole.docx"))
    with zipfile.ZipFile(path.with_name("whole.docx")) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data[:len(data) // 2]
            dst.writestr(item, data)


@pytest.mark.parametrize("make", [_not_zip, _zip_without_document, _truncated, _broken_xml],
                         ids=["text-file", "zip-without-document", "truncated", "broken-xml"])
def test_unreadable_file_exits_1_with_a_message(runner, tmp_path, make):
    path = tmp_path / "letter.docx"
    make(path)
    result = runner.invoke(main, ["check", str(path)])
    assert result.exit_code == 1 and not result.stdout, result.output
    assert "is not a Word document (.docx) that can be opened (" in result.output
    assert "open it in Word and save it again as .docx" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_missing_file_is_an_error(runner, tmp_path):
    result = runner.invoke(main, ["check", str(tmp_path / "none.docx")])
    assert result.exit_code == 1 and not result.stdout
    assert "no such file" in result.stderr


@pytest.fixture(scope="module")
def libreoffice_docx(tmp_path_factory):
    """A plain document written by LibreOffice from a text file."""
    folder = tmp_path_factory.mktemp("lo")
    text = folder / "bien-ban.txt"
    text.write_text("Biên bản họp thôn\nNội dung cuộc họp ngày 5/6/2026.\n", encoding="utf-8")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                    "--convert-to", "docx", "--outdir", str(folder), str(text)],
                   check=True, capture_output=True, timeout=180)
    return folder / "bien-ban.docx"


def test_plain_libreoffice_document_gets_findings_not_a_crash(runner, libreoffice_docx):
    result = runner.invoke(main, ["check", str(libreoffice_docx), "--json"])
    assert result.exit_code == 1, result.output
    rules = {r["rule"] for r in json.loads(result.output)}
    assert {"page.margin", "font.name", "quoc_hieu.missing", "so.missing", "noi_nhan.missing",
            "body.size"} <= rules


def test_plain_libreoffice_document_can_be_fixed(runner, libreoffice_docx, tmp_path):
    out = tmp_path / "fixed.docx"
    result = runner.invoke(main, ["check", str(libreoffice_docx), "--fix", str(out)])
    assert result.exit_code == 1
    left = {f.rule for f in check_file(out)}
    assert not left & {"page.margin", "font.name", "body.size", "body.justify", "body.indent"}
    assert "quoc_hieu.missing" in left


def test_help_names_the_options(runner):
    result = runner.invoke(main, ["check", "--help"])
    assert result.exit_code == 0
    for word in ("--json", "--fix", "--force", "Exit status"):
        assert word in result.output


@pytest.mark.parametrize(("lang", "changed", "left"), [
    ("en", ("margins", "Unicode", '"Điều 1."'), ("Left as they are", "the wording", "missing")),
    ("vi", ("lề trang", "Unicode", '"Điều 1."'), ("giữ nguyên", "câu chữ", "còn thiếu")),
], ids=["en", "vi"])
def test_help_says_what_fix_changes_and_what_it_leaves(runner, lang, changed, left):
    """The văn thư reads in --help what --fix changes (the text's own marks among them: "Điều
    1:" made "Điều 1.", an old font's letters in Unicode) and what it leaves for her to mend,
    reported again: the help once said "the text is left alone", and --fix changes some of it."""
    result = runner.invoke(main, ["check", "--help"], env={"NTM_DOCGEN_LANG": lang})
    text = " ".join(result.output.split())
    assert result.exit_code == 0
    assert all(word in text for word in (*changed, *left))
    assert "text is left alone" not in text


def _rewrite(src, out, part, edit):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == part:
                text = data.decode("utf-8")
                assert edit(text) != text, "the edit must change the part"
                data = edit(text).encode("utf-8")
            zout.writestr(item, data)
    return out


@pytest.mark.parametrize(("part", "edit"), [
    ("word/document.xml", lambda x: x.replace('w:val="24"', 'w:val="12.5"')),
    ("word/document.xml", lambda x: x.replace('w:left="1701"', 'w:left=""')),
    ("word/document.xml", lambda x: x.replace('r:id="rId', 'r:id="missing')),
    ("word/styles.xml", lambda x: x.replace("w:basedOn", "w:nothing")),
    ("word/document.xml", lambda x: x.replace("<w:tbl>", "<w:tbl><w:tr><w:tc/></w:tr>", 1)),
], ids=["decimal-size", "empty-margin", "dangling-header-id", "broken-style-chain",
        "empty-cell"])
def test_odd_xml_gives_findings_not_a_crash(runner, hd, tmp_path, part, edit):
    odd = _rewrite(hd, tmp_path / "odd.docx", part, edit)
    result = runner.invoke(main, ["check", str(odd), "--fix", str(tmp_path / "fixed.docx")])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_document_without_body_is_unreadable(runner, hd, tmp_path):
    odd = _rewrite(hd, tmp_path / "odd.docx", "word/document.xml",
                   lambda x: x.replace("<w:body>", "<w:x>").replace("</w:body>", "</w:x>"))
    result = runner.invoke(main, ["check", str(odd)])
    assert result.exit_code == 1 and not result.stdout
    assert "(its part word/document.xml holds no document body)" in result.stderr


def test_letter_saved_again_by_libreoffice_stays_clean(tmp_path):
    """LibreOffice rewrites styles, tables and borders its own way; the letter still passes."""
    letter = build_letter(tmp_path / "letter.docx", "hd")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    profile = f"-env:UserInstallation=file://{tmp_path}/profile"
    for target, src in (("odt", letter), ("docx", tmp_path / "letter.odt")):
        out = tmp_path / "lo"
        subprocess.run([soffice, profile, "--headless", "--convert-to", target, "--outdir",
                        str(out), str(src)], check=True, capture_output=True, timeout=180)
        if target == "odt":
            (out / "letter.odt").replace(tmp_path / "letter.odt")
    assert check_file(tmp_path / "lo" / "letter.docx") == []


def test_a_package_without_its_content_types_is_told_in_the_users_words(runner, tmp_path):
    """zipfile says "There is no item named '[Content_Types].xml' in the archive"; the clerk
    reads which part the file lacks, in her language."""
    path = tmp_path / "letter.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<x/>")
    result = runner.invoke(main, ["--lang", "vi", "check", str(path)])
    assert result.exit_code == 1
    assert "(thiếu phần [Content_Types].xml)" in result.stderr
    assert "There is no item" not in result.stderr
