"""Every message the desk can show that the library words for the command line (a spec file,
an option, a command) is told in the desk's own words: the form, its fields, the page."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.pofile import read_po
from desk_support import CONG_VAN, desk_client, new_draft

from ntm_docgen import api
from ntm_docgen.desk.labels import note_about
from ntm_docgen.desk.retold import IN_A_ROW, ON_THE_COPY, ON_THE_FORM, RETOLD, told_error
from ntm_docgen.errors import DocgenError, InputFileError
from ntm_docgen.i18n import _, said, set_language
from ntm_docgen.vietnamese.donvi import find_province

PACKAGE = Path(__file__).resolve().parent.parent / "ntm_docgen"
#: What names the command line in a message: a spec, an option, a command, an argument.
CLI_WORDS = re.compile(r"\bspecs?\b|--[a-z]|ntm-docgen|`|\bCENTRAL\b|\bORIGINAL\b|\bSPEC\b")
#: In the Vietnamese catalog: the spec file and the command.
CLI_WORDS_VI = re.compile(r"tệp nội dung văn bản|tệp mô tả|--[a-z]|ntm-docgen|`|\blệnh\b")

#: The library's messages that name the command line and never reach a page of the desk.
NOT_ON_DESK = {
    "{path} still holds the letters as they were before this run: merge them again (--merge "
    "{path}) before printing it, or delete it": "each bulk run writes a folder of its own",
    "{path} differs from what this row gives now (edited by hand, or the spec changed); kept "
    "as it is, pass --force to write it again": "each bulk run writes a folder of its own",
    "{path} was not written by this tool: it is a file put in the folder by hand, under the "
    "name this row's letter takes; kept as it is: write the letters into another folder, or "
    "pass --force to write this row's letter over it": "each bulk run writes a folder of its own",
    "{path} carries number {number}, which the register gave it when the letters were made "
    "with --so-rieng, and this run makes them without a number: run again with --so-rieng and "
    "the same --db to make them again under their numbers; kept as it is (--force writes "
    "unnumbered letters over them)": "each bulk run writes a folder of its own",
    "{path} already exists and is not the merged file of these letters (edited, or another "
    "file); pass --force to overwrite it": "each bulk run writes a folder of its own",
    "{path} already exists; pass --force to overwrite it": "the desk names its own outputs",
    "--sign signs a PDF: name the output .pdf": "a signed copy is always a PDF on the desk",
    "no --han given: the letter sets no deadline for reports": "told by views/derive._notes",
    "{life}: give a --ngay in that time, or use {instead}": "told by views/derive._out_of_life",
    "the {name}/ folder is missing from the installation; install ntm-docgen again":
        "an installation that lacks it does not start",
    "OCR stopped with an error while reading the scanned pages (Tesseract: {detail}); try "
    "again, and if it fails again reinstall Tesseract with its Vietnamese model (Debian/Ubuntu:"
    " apt-get install --reinstall tesseract-ocr tesseract-ocr-vie), or give the letter as "
    ".docx or .txt": "apt-get's own option, for whoever installs",
    "a tab, or a character YAML keeps for itself (@, `), stands here; indent with spaces, and "
    "put such a value in double quotes": "YAML's syntax of an uploaded file",
    "expected a list of text lines; write it as a list: `{key}: [{value}]` or `- {value}` on "
    "the next line": "YAML's syntax of an uploaded file",
    "expected text (use `|` for several lines)": "YAML's syntax of an uploaded file",
    "{ten}, laid out as {layout} - skeleton written by `ntm-docgen new {code}`.": "`new` only",
    "{form} - copy spec written by `ntm-docgen new {code}`, for `ntm-docgen copy ORIGINAL "
    "--spec COPY.yaml -o OUT.docx`.": "`new` only",
    "A TRÍCH SAO keeps only the parts named with --trich (II,III or a range of paragraphs).":
        "`new` only",
    "the copy's number: leave out until the văn thư gives it (or copy with --allocate)":
        "`new` only",
    "the copy spec is empty; start from `ntm-docgen new SY`":
        "the copy form always gives its fields",
    " (--force deletes them)": "each bulk run writes a folder of its own",
    ". Letters numbered from the register keep their numbers there: cancel in the register the "
    "numbers of letters you will not send (with --force, a letter whose row only moved keeps "
    "its number under its new name, and the run names the numbers left)":
        "the desk's bulk run numbers no letter from the register (no --so-rieng there)",
    "{folder}: deleted {files}, the letters of the list as it was before (--force)":
        "each bulk run writes a folder of its own",
    "{folder}: deleted {files}, the letters an earlier version wrote under the names it gave "
    "then; this run writes them under this version's names (--force)":
        "each bulk run writes a folder of its own",
    ". Letters numbered from the register keep their numbers: with --force each letter is "
    "written again under its new name with the number it carries, and the run names each one "
    "so kept":
        "the desk's bulk run numbers no letter from the register (no --so-rieng there)",
    "{path} ({numbers}) differs from what this row gives now (edited by hand, or the spec "
    "changed); kept as it is: --force writes it again under the same number":
        "the desk's bulk run numbers no letter from the register (no --so-rieng there)",
    "{path} is in the folder, but the register {where} records no number for it (written "
    "without a number from the register, numbered in another register, or its number "
    "cancelled); kept as it is: --force gives it a number and writes it again":
        "the desk's bulk run numbers no letter from the register (no --so-rieng there)",
    "{numbers}: given by the register to {files}, which the folder no longer holds with that "
    "number (a row taken out, or the file written over under another number); the numbers "
    "stay in the register: cancel each one whose letter will not be sent (ntm-docgen register "
    "cancel SO/KY-HIEU --ly-do \"...\")":
        "the desk's bulk run numbers no letter from the register (no --so-rieng there)",
    "{groups}: the folder holds more than one letter numbered to the same addressee, and the "
    "list's rows of it were moved, taken out or changed since, so which letter goes to which "
    "row cannot be told; nothing was written or deleted, and the numbers stay in the register. "
    "Put those rows back as they were when the letters were numbered and run again, then move "
    "or take out rows in one run and change their cells in another (--force); or write this "
    "list into another folder and cancel those numbers in the register (ntm-docgen register "
    "cancel SO/KY-HIEU --ly-do \"...\")":
        "the desk's bulk run numbers no letter from the register (no --so-rieng there)",
    "{path} carries {numbers}, which the register gave to the letter to {addressee}, and this "
    "row now goes to another recipient; kept as it is: --force writes this row's letter over "
    "it with a number of its own, and names {numbers} to be cancelled":
        "the desk's bulk run numbers no letter from the register (no --so-rieng there)",
}
#: The register's options and settings: given when the desk starts, or by `register` only.
REGISTER_COMMAND = ("--db", "--loai", "--nam", "--che-do", "--mat", "${variable}")


def _library_messages() -> dict[str, str]:
    """Every catalog message of the library (not of the command line or of the desk)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in ("cli", "desk"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_", "N_")
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found[node.args[0].value] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    return found


def test_every_message_naming_the_command_line_has_the_desks_words_or_never_shows():
    unseen = {text: where for text, where in _library_messages().items()
              if CLI_WORDS.search(text) and text not in RETOLD and text not in NOT_ON_DESK
              and not (where.startswith("register") and any(w in text for w in REGISTER_COMMAND))}
    assert unseen == {}


def _values(sentence: str) -> dict[str, str]:
    """A value for each placeholder."""
    return {name: f"<{name}>" for _lit, name, _spec, _conv in Formatter().parse(sentence) if name}


def _catalog_ids() -> set[str]:
    catalog = PACKAGE / "locale" / "vi" / "LC_MESSAGES" / "ntm_docgen.po"
    with catalog.open("rb") as handle:
        return {m.id for m in read_po(handle) if m.id and m.string}


@pytest.mark.parametrize(("cli", "desk"), [
    (cli, table[cli]) for table in (RETOLD, ON_THE_FORM, ON_THE_COPY, IN_A_ROW) for cli in table],
    ids=lambda s: s[:40])
def test_each_pair_is_two_catalog_sentences_with_the_same_placeholders(cli, desk):
    assert {cli, desk} <= _catalog_ids()
    assert _values(desk) == _values(cli)


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("cli", sorted(RETOLD), ids=lambda s: s[:40])
def test_the_desk_tells_it_by_its_id_without_the_command_line(cli, lang):
    set_language(lang)
    try:
        error = InputFileError("/tmp/x/cv.pdf", said(cli, **_values(cli)))
        shown, printed = told_error(error), str(error)
        desk = _(RETOLD[cli]).format(**_values(cli))
        library = _(cli).format(**_values(cli))
    finally:
        set_language("en")
    assert printed == "/tmp/x/cv.pdf: " + library  # the command line's words, as before
    assert shown == "/tmp/x/cv.pdf: " + desk
    assert not (CLI_WORDS_VI if lang == "vi" else CLI_WORDS).search(desk), desk


def test_a_retold_id_is_said_with_its_id_kept():
    """``_()`` keeps no id: a message said with it could not be told on the desk."""
    lost = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] in ("cli", "desk"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and node.args[0].value in RETOLD):
                lost[node.args[0].value[:50]] = f"{path.relative_to(PACKAGE)}:{node.lineno}"
    assert lost == {}


def test_no_text_is_read_back():
    source = (PACKAGE / "desk" / "retold.py").read_text(encoding="utf-8")
    assert "import re" not in source and "Formatter" not in source


def _yaml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "cv.yaml"
    path.write_text(text, encoding="utf-8")
    return path


#: Errors the library raises in its own words for the command line, raised for real.
RAISED = {
    "empty spec": lambda tmp: api.parse_spec(None, source=tmp / "cv.yaml"),
    "unknown type": lambda tmp: api.parse_spec({"loai": "XYZ"}),
    "not a spec": lambda tmp: api.read_spec_data(_yaml(tmp, "- a\n- b\n")),
    "unknown tag": lambda tmp: api.read_spec_data(_yaml(tmp, "loai: !!python/name:os.x\n")),
    "spec too large": lambda tmp: api.read_spec_data(_yaml(tmp, "trich_yeu: " + "x" * 64)),
    "former province": lambda tmp: find_province("Kon Tum"),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("case", sorted(RAISED))
def test_an_error_raised_for_the_command_line_reaches_the_desk_in_its_words(
        case, lang, tmp_path, monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_MAX_SPEC_BYTES", "32")
    set_language(lang)
    try:
        with pytest.raises(DocgenError) as raised:
            RAISED[case](tmp_path)
        shown, printed = told_error(raised.value), str(raised.value)
    finally:
        set_language("en")
    words = CLI_WORDS_VI if lang == "vi" else CLI_WORDS
    assert words.search(printed), printed  # the command line keeps its words
    assert not words.search(shown), shown


def test_a_letters_warning_speaks_of_the_form(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        from desk_support import csrf_of

        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        letter = {**CONG_VAN, "kinh_gui": [], "noi_nhan": ["Như trên", "UBND tỉnh"]}
        answer = c.post(editor, data={**letter, "csrf_token": csrf},
                        headers={"hx-request": "true"})
    assert "hoặc điền ô “Kính gửi”" in answer.text, answer.text
    assert "tệp mô tả" not in answer.text and "kinh_gui" not in answer.text


def test_a_copys_warnings_name_the_originals_fields_not_the_copy_forms():
    from ntm_docgen.desk.labels import note_about

    set_language("vi")
    try:
        said = note_about("cv.pdf", "so: không đọc được số văn bản trên bản quét", original=True)
    finally:
        set_language("en")
    assert said == "cv.pdf: Số (của bản gốc): không đọc được số văn bản trên bản quét."


def test_a_copys_warnings_kept_across_a_restart_are_still_told_by_id(tmp_path):
    """A copy made from a scan is kept on disk with its reader's warnings; read back after a
    restart, a warning worded for the command line is still told in the desk's words."""
    import json

    from ntm_docgen.desk.scanjob import KeptCopy, Reading
    from ntm_docgen.importer.build import unread_note

    note = unread_note(["Nơi gửi: x"])
    reading = Reading("r1", "clerk", job="sao", name="cv.pdf", folder=tmp_path)
    reading.result = (KeptCopy("5/SY-VP", (note,)), b"%PDF")
    record = json.loads(json.dumps(reading.as_kept(), ensure_ascii=False, default=str))
    back = Reading.from_kept(tmp_path, record, b"%PDF").result[0].warnings[0]
    assert back == note
    assert note_about("cv.pdf", back, original=True) == note_about("cv.pdf", note, original=True)
    assert "spec" not in note_about("cv.pdf", back, original=True)


def test_a_scans_reading_that_fails_tells_its_error_in_the_desks_words(tmp_path):
    """A scan read into the form (Soạn văn bản: Mở) that holds no letter fails on the
    reading's page in the desk's words, not in the command line's ("no spec was written")."""
    from ntm_docgen.desk.scanjob import Reading
    from ntm_docgen.importer.kind import nothing_found

    error = nothing_found("cv.pdf", ["Bảng 1", "Bảng 2", "Bảng 3"])
    said = Reading("r1", "clerk", job="soan", name="cv.pdf", folder=tmp_path).failed(error)
    assert str(error).endswith("no spec was written")
    assert said == told_error(error) and "spec" not in said, said


@pytest.mark.parametrize(("original", "field", "told"), [
    (False, "Số", "hãy điền ô “Số” theo bản giấy."),
    (True, "Số (của bản gốc)", "hãy ghi tay vào bản sao đã in, theo bản giấy (ô “Số” trên trang "
                               "này là số của chính bản sao)."),
], ids=["letter-form", "copy-page"])
def test_a_number_left_blank_on_a_scan_names_where_to_write_it(original, field, told):
    """“hãy ghi số theo bản giấy” named no place: in the form a scan is read into, the field
    “Số”; on the copy page, whose “Số” is the copy's own, the printed copy."""
    from ntm_docgen.importer.setapart import on_scan

    set_language("vi")
    try:
        said_here = on_scan(_("so: no number found (a draft?); it is left blank"))
        shown = note_about("cv.pdf", said_here, original=original)
    finally:
        set_language("en")
    assert str(said_here).endswith("đã để trống: hãy ghi số theo bản giấy")  # the command line's
    assert shown.startswith(f"cv.pdf: {field}: không đọc được số văn bản trên bản quét"), shown
    assert shown.endswith(told), shown


def test_a_spec_file_that_cannot_be_opened_is_told_by_its_name_in_the_desks_words(tmp_path):
    """Soạn văn bản: Mở with a file that is not read: the page names the file as the clerk
    chose it, not by the server's private folder (the error's fields, which the desk tells it
    from, are named so as its message is), and tells why in the desk's words."""
    from desk_support import csrf_of

    with desk_client(tmp_path, lang="vi") as c:
        csrf = csrf_of(c)
        answer = c.post("/soan/mo", data={"csrf_token": csrf},
                        files={"tep": ("cong-van.yaml", b"loai: CV\ntrich_yeu: !!python/x y\n")})
    assert answer.status_code == 400
    assert "cong-van.yaml: không phải YAML hợp lệ ở dòng 2" in answer.text, answer.text
    assert "thẻ !!python/x" in answer.text and "tệp mô tả" not in answer.text
    assert "ntm-desk-" not in answer.text and "/tmp/" not in answer.text


@pytest.mark.parametrize(("item", "desk"), [
    ({"Lưu": "VT, VHXH"}, "“Lưu: VT, VHXH”, read from the file, is the Lưu line: type “VT, VHXH” "
                          "in “Kept at (Lưu)”"),
    ({"UBND tỉnh (b/c)": None}, "“UBND tỉnh (b/c):”, read from the file, was a key and its "
                                "value because of its colon: type the line again here"),
    (["Như trên"], "“- Như trên”, read from the file, was a list inside the list"),
], ids=["luu", "colon", "second-dash"])
def test_a_recipient_yaml_read_as_no_text_is_told_as_the_line_typed(item, desk):
    """A spec opened on the desk whose Nơi nhận holds "- Lưu: VT, VHXH" (YAML's key: value)."""
    data = {"loai": "KH", "co_quan": {"ten": "SỞ NỘI VỤ", "viet_tat": "SNV"},
            "dia_danh": "Lạng Sơn", "trich_yeu": "Sơ kết",
            "ky": {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn A"},
            "noi_nhan": ["Như trên", item]}
    with pytest.raises(DocgenError) as raised:
        api.parse_spec(data)
    assert "Recipients (noi_nhan[1]): “" in str(raised.value)
    assert "found a mapping" not in str(raised.value) and "found a list" not in str(raised.value)
    assert desk in told_error(raised.value)
