"""Vietnamese by default, English when asked: the language choice and a message in each."""

from __future__ import annotations

import pytest

from ntm_docgen import i18n
from ntm_docgen.errors import OutputExistsError


@pytest.fixture
def vietnamese(monkeypatch):
    monkeypatch.delenv("NTM_DOCGEN_LANG")
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    i18n.set_language(None)
    yield
    i18n.set_language(None)


def test_vietnamese_is_the_default(vietnamese):
    assert i18n.language() == "vi"
    assert str(OutputExistsError("thu.docx")) == "thu.docx đã có; thêm --force để ghi đè"


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANG": "en_US.UTF-8"}, "en"), ({"LC_ALL": "vi_VN.UTF-8", "LANG": "en_US"}, "vi"),
    ({"LANGUAGE": "fr:en"}, "en"), ({"LANG": "C"}, "vi"), ({"NTM_DOCGEN_LANG": "en"}, "en"),
], ids=["lang-en", "lc-all-wins", "language-list", "c-locale", "own-variable"])
def test_language_from_environment(env, lang):
    assert i18n.language_from(env) == lang


def test_set_language_in_this_context(vietnamese):
    i18n.set_language("en")
    assert str(OutputExistsError("a.docx")) == "a.docx already exists; pass --force to overwrite it"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language("fr")


def test_plural_forms(vietnamese):
    from ntm_docgen.errors import Problem, SpecError

    two = SpecError([Problem("a", "x"), Problem("b", "y")], "s.yaml")
    assert str(two).splitlines()[0] == "2 lỗi trong s.yaml:"
    i18n.set_language("en")
    one = SpecError([Problem("a", "x")])
    assert str(one).splitlines()[0] == "1 problem:"


def test_check_names_the_place_of_a_page_finding_in_vietnamese(vietnamese, tmp_path):
    from check_letter import build_letter, edit
    from docx.shared import Mm

    from ntm_docgen.api import check_file

    def us_letter_and_narrow_left_margin(document):
        document.sections[0].left_margin = Mm(20)
        document.sections[0].page_width = Mm(216)

    letter = edit(build_letter(tmp_path / "hd.docx"), tmp_path / "le.docx",
                  us_letter_and_narrow_left_margin)
    findings = [f for f in check_file(letter) if f.rule.startswith("page.")]
    assert {f.where for f in findings} == {"phần 1 của văn bản"}
    assert "lề trái ở phần 1 của văn bản là 20 mm; đặt lại 30–35 mm" in \
        [f.message for f in findings]
    assert not [str(f) for f in findings if "section" in str(f)]


@pytest.mark.parametrize(("text", "said"), [
    ('{"loai": "KH" "so": 5}', "ở dòng 1, cột 15: thiếu dấu phẩy giữa hai mục"),
    ('{"loai": "KH",\n "so": 5,\n}', "ở dòng 3, cột 1: chỗ này cần một tên mục"),
    ('{"loai": "KH", "so" 5}', "ở dòng 1, cột 21: thiếu dấu hai chấm sau tên mục"),
    ('{"trich_yeu": "C:\\temp\\x"}', "dấu gạch chéo ngược"),
], ids=["comma", "trailing-comma", "colon", "escape"])
def test_a_broken_json_spec_is_said_in_vietnamese_with_line_and_column(vietnamese, tmp_path,
                                                                      text, said):
    from ntm_docgen.errors import InputFileError
    from ntm_docgen.letter.datafile import read_data

    path = tmp_path / "mau.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_data(path)
    assert str(caught.value).startswith(f"{path}: không phải JSON hợp lệ ở dòng ")
    assert said in str(caught.value)
    assert "Expecting" not in str(caught.value) and "Invalid" not in str(caught.value)


@pytest.mark.parametrize(("text", "said"), [
    ("loai: KH\ntrich_yeu: V/v: báo cáo\n", "ở dòng 2, cột 15: dấu hai chấm và dấu cách"),
    ("loai: KH\nnoi_nhan: [Sở Nội vụ\n", "danh sách mở bằng [ chưa được đóng"),
    ("loai: KH\n  co_quan: x\n", "thụt lề mục này thẳng hàng"),
    ("loai: KH\n\tso: 5\n", "thụt lề bằng tab"),
], ids=["colon-in-value", "open-list", "indent", "tab"])
def test_a_broken_yaml_spec_is_said_in_vietnamese_with_the_fix(vietnamese, tmp_path, text, said):
    from ntm_docgen.errors import InputFileError
    from ntm_docgen.letter.datafile import read_data

    path = tmp_path / "mau.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_data(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: không phải YAML hợp lệ ở dòng ")
    assert said in message
    assert not any(word in message for word in ("mapping", "expected", "found", "indicator"))


@pytest.mark.parametrize(("text", "said"), [
    ("%YAML 2.0\n---\nloai: KH\n", "dòng bắt đầu bằng %YAML hay %TAG"),
    ("loai: KH\nnoi_nhan:\n  - !<Sở Nội vụ\n", "dấu kiểu dữ liệu"),
    ("loai: KH\ntrich_yeu: &\n", "là các dấu dành cho tham chiếu"),
    ("loai: KH\nnoi_dung: |0\n  a\n", "xóa những gì đứng sau dấu |"),
    ("loai: KH\nky:\n  chuc_vu: >KT. CHỦ TỊCH\n", "có chữ đứng sau một giá trị đã kết thúc"),
    ("loai: KH\nnam: ? 2025\n", "dấu hỏi và dấu cách"),
    ("loai: KH\n...\nco_quan\n", "bắt đầu bằng ... sát lề trái"),
], ids=["directive", "type-mark", "anchor", "block-indicator", "after-quote", "question-key",
        "dots"])
def test_every_yaml_problem_is_said_in_vietnamese(vietnamese, tmp_path, text, said):
    """None of PyYAML's or libyaml's own English reaches the clerk."""
    from ntm_docgen.errors import InputFileError
    from ntm_docgen.letter.datafile import read_data

    path = tmp_path / "mau.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_data(path)
    message = str(caught.value)
    assert said in message
    assert not any(word in message for word in ("expected", "found", "document", "indicator",
                                                "allowed", "node"))


@pytest.mark.parametrize("after", ["  Trang hai.\n", "  Trang hai.\nky: {ho_ten: A}\n"],
                         ids=["at-the-end", "keys-after"])
def test_a_page_break_typed_at_the_left_edge_is_named_with_its_line(vietnamese, tmp_path,
                                                                      after):
    """A ``---`` page break typed at column 0 inside noi_dung ends the YAML document: the clerk
    is told that line and the fix, not what YAML later finds wrong two lines down."""
    from ntm_docgen.errors import InputFileError
    from ntm_docgen.letter.datafile import read_data

    path = tmp_path / "mau.yaml"
    path.write_text("loai: KH\nnoi_dung: |\n  Trang một.\n---\n" + after, encoding="utf-8")
    with pytest.raises(InputFileError) as caught:
        read_data(path)
    assert "dòng 4 bắt đầu bằng --- sát lề trái" in str(caught.value)
    assert "ngắt trang trong đoạn văn dài là --- có thụt lề" in str(caught.value)


SPEC_THAT_DOES_NOT_PARSE = """
import json, sys
from ntm_docgen.errors import DocgenError
from ntm_docgen.letter.datafile import read_data
said = []
for path in sys.argv[1:]:
    try:
        read_data(path)
    except DocgenError as e:
        said.append(str(e))
print(json.dumps([said, sorted(m for m in sys.modules if m.split(".")[0] == "lxml")]))
"""


def test_a_spec_that_does_not_parse_is_explained_without_loading_lxml(tmp_path):
    """files/syntax.py words a JSON or YAML problem; lxml is loaded only for a broken XML part."""
    import json
    import subprocess
    import sys

    broken = {"mau.json": '{"loai": "KH" "so": 5}', "mau.yaml": "loai: KH\ntrich_yeu: V/v: a\n"}
    for name, text in broken.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", SPEC_THAT_DOES_NOT_PARSE,
                           *(str(tmp_path / name) for name in broken)],
                          capture_output=True, text=True, check=True)
    said, lxml = json.loads(done.stdout)
    assert [m.split(":")[0] for m in said] == [str(tmp_path / name) for name in broken]
    assert all("line 1, column 15" in m or "line 2" in m for m in said)
    assert lxml == []


def test_what_import_set_apart_names_its_page_in_the_users_language():
    """The warning that lists the page numbers, running headers and OCR noise left out of a
    letter names each one's page as the user's language does ("trang 2"), not "p. 2"."""
    from ntm_docgen.importer.reading import Source
    from ntm_docgen.importer.setapart import set_apart

    source = Source(["x"], set_apart=(("header", 2, "2"), ("ocr noise", 1, "Kn c CY")))
    with i18n.language_kept():
        i18n.set_language("vi")
        said = " ".join(set_apart(source))
    assert "“2” (trang 2)" in said and "“Kn c CY” (trang 1)" in said
    assert "(p." not in said


@pytest.mark.parametrize(("said", "retold"), [
    ("the disk is full", "ổ đĩa đã đầy"),
    ("kh.docx: the disk is full", "kh.docx: ổ đĩa đã đầy"),
    ("--trich: no part headed 'VII' in goc.docx; its headings are: I, II",
     "--trich: không có phần nào có đề mục 'VII' trong goc.docx; các đề mục là: I, II"),
    ("2 problems in kh.yaml:\n  - dia_danh: required; add it\n  - ky.ho_ten: required; add it",
     "2 lỗi trong kh.yaml:\n  - dia_danh: bắt buộc; hãy thêm vào\n  - ky.ho_ten: bắt buộc; hãy "
     "thêm vào"),
    ("Permission denied: /srv/so", "Permission denied: /srv/so"),
], ids=["whole", "nested", "quoted-value", "list-of-problems", "not-a-message"])
def test_a_message_said_in_english_is_retold_in_vietnamese(said, retold):
    """A record kept in Vietnamese (the register's ghi chú) quotes a failure the clerk read in
    English in Vietnamese: by the catalog, its values in turn; a text the tool never said
    stays as it is."""
    with i18n.language_kept():
        i18n.set_language("en")
        assert i18n.retold(said, "vi") == retold
        i18n.set_language("vi")
        assert i18n.retold(retold, "vi") == retold


def test_a_catalog_that_cannot_be_read_leaves_the_text_as_it_was_said(monkeypatch, tmp_path):
    """The note of a cancelled number is written while a failure is raised: saying it again
    never raises in its place."""
    (tmp_path / "vi" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "vi" / "LC_MESSAGES" / "ntm_docgen.mo").write_bytes(b"\xde\x12\x04\x95broken")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n._messages.cache_clear()
    try:
        with i18n.language_kept():
            i18n.set_language("en")
            assert i18n.retold("the disk is full", "vi") == "the disk is full"
    finally:
        i18n._messages.cache_clear()
