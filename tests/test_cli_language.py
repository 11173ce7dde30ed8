"""What a clerk reads on the command line: help and errors in Vietnamese by default, English
with --lang en (both in one process), and dates written DD/MM/YYYY or YYYY-MM-DD."""

from __future__ import annotations

import re
from datetime import date

import click
import pytest

from ntm_docgen import i18n
from ntm_docgen.cli.common import DATE
from ntm_docgen.cli.main import SHORT_HELP, main

#: No language asked for anywhere: what a clerk gets.
DEFAULT_ENV = {name: None for name in ("NTM_DOCGEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES",
                                       "LANG")}


def command_paths() -> list[list[str]]:
    """Every command and register subcommand, as the words typed after ``ntm-docgen``."""
    ctx = click.Context(main)
    paths = []
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        paths.append([name])
        if isinstance(command, click.Group):
            paths += [[name, sub] for sub in command.list_commands(click.Context(command))]
    return paths


PATHS = command_paths()


def resolve(path: list[str]) -> click.Command:
    command: click.Command | None = main
    for word in path:
        assert isinstance(command, click.Group)
        command = command.get_command(click.Context(command), word)
    assert command is not None
    return command


def vietnamese(text: str) -> str:
    with i18n.language_kept():
        i18n.set_language("vi")
        return i18n._(text)


def squeezed(text: str) -> str:
    """Text without any whitespace, so that help wrapped at any width can be compared."""
    return "".join(text.split())


@pytest.mark.parametrize("path", PATHS, ids=[" ".join(p) for p in PATHS])
def test_help_is_vietnamese_by_default(runner, path):
    result = runner.invoke(main, [*path, "--help"], env=DEFAULT_ENV, prog_name="ntm-docgen")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Cách dùng: ntm-docgen {' '.join(path)} [TÙY-CHỌN]")
    assert "Tùy chọn:" in result.output and "Hiện hướng dẫn này rồi thoát." in result.output
    command = resolve(path)
    shown = squeezed(result.output)
    assert command.help and squeezed(vietnamese(command.help)) in shown
    assert squeezed(command.help) not in shown
    for param in command.params:
        text = getattr(param, "help", None)
        if text:
            assert squeezed(vietnamese(text)) in shown, text
            assert vietnamese(text) != text, f"{text!r} has no Vietnamese text"


#: The words click writes for an option's value when it is given no metavar of our own.
CLICK_METAVARS = ("INTEGER", "FLOAT", "TEXT", "PATH", "FILENAME", "BOOLEAN", "RANGE", "NAME",
                  "FILE", "DIRECTORY")


@pytest.mark.parametrize("path", PATHS, ids=[" ".join(p) for p in PATHS])
def test_help_shows_no_english_placeholder(runner, path):
    result = runner.invoke(main, [*path, "--help"], env=DEFAULT_ENV, prog_name="ntm-docgen")
    options = result.output.split("Tùy chọn:", 1)[1]
    for word in CLICK_METAVARS:
        assert not re.search(rf"\b{word}\b", options), f"{word} in: {options}"


@pytest.mark.parametrize("path", PATHS, ids=[" ".join(p) for p in PATHS])
def test_help_in_english_with_lang_en_in_the_same_process(runner, path):
    runner.invoke(main, [*path, "--help"], env=DEFAULT_ENV)
    result = runner.invoke(main, ["--lang", "en", *path, "--help"], env=DEFAULT_ENV,
                           prog_name="ntm-docgen")
    assert result.exit_code == 0
    assert result.output.startswith(f"Usage: ntm-docgen {' '.join(path)} [OPTIONS]")
    assert squeezed(resolve(path).help or "") in squeezed(result.output)
    after = runner.invoke(main, [*path, "--help"], env=DEFAULT_ENV)
    assert after.output.startswith("Cách dùng:"), "--lang must not outlast its command line"


def test_main_help_lists_every_command_without_importing_them(runner):
    assert set(SHORT_HELP) == set(main.list_commands(click.Context(main)))
    result = runner.invoke(main, ["--help"], env=DEFAULT_ENV)
    assert result.exit_code == 0
    for name, text in SHORT_HELP.items():
        assert f"  {name} " in result.output and squeezed(vietnamese(text)) in squeezed(
            result.output)


def test_main_help_imports_no_feature_module():
    import subprocess
    import sys

    code = ("import sys\nfrom ntm_docgen.cli.main import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('ntm_docgen.') and "
            "m.split('.')[1] in ('bulk', 'copies', 'derive', 'importer', 'check', 'register', "
            "'letter') or m.startswith('ntm_docgen.cli.') and m.split('.')[2] not in "
            "('main', 'common', 'translated')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(("args", "vietnamese_words"), [
    (["render"], "Lỗi: Thiếu tham số 'SPEC'."),
    (["render", "x.yaml"], "Lỗi: Thiếu tùy chọn '-o' / '--output'."),
    (["rendr"], "Không có lệnh 'rendr'. Có phải ý bạn là 'render'?"),
    (["render", "--pfd"], "Không có tùy chọn '--pfd'."),
    (["derive", "x.txt", "--as", "thu"], "Giá trị không hợp lệ cho '--as'"),
    (["--lang", "fr"], "Giá trị không hợp lệ cho '--lang'"),
    (["serve", "--port", "abc"],  # --nam abc is told as a year (test_contract_s6_commands_told)
     "Giá trị không hợp lệ cho '--port': 'abc' không phải là số hợp lệ (kiểu số nguyên"),
], ids=["missing-argument", "missing-option", "unknown-command", "unknown-option", "bad-choice",
        "bad-language", "not-a-number"])
def test_click_own_messages_are_vietnamese(runner, args, vietnamese_words):
    result = runner.invoke(main, args, env=DEFAULT_ENV)
    assert result.exit_code == 2
    assert vietnamese_words in result.stderr
    assert "integer" not in result.stderr  # click's name of the type, English
    assert "Cách dùng:" in result.stderr and "Xem hướng dẫn:" in result.stderr


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "day"), [
    ("31/12/2026", date(2026, 12, 31)), ("5/1/2026", date(2026, 1, 5)),
    ("05/01/2026", date(2026, 1, 5)), ("2026-01-05", date(2026, 1, 5)),
    ("9/10/2025", date(2025, 10, 9)), ("29/02/2028", date(2028, 2, 29)),
    ("05.01.2026", date(2026, 1, 5)),
], ids=["dd/mm", "d/m", "padded", "iso", "day-9-month-10", "leap-day", "dots"])
def test_date_forms(text, day):
    assert DATE.convert(text, None, None) == day


@pytest.mark.parametrize(("text", "message"), [
    ("31/02/2026", "is not a day of the calendar"), ("29/02/2026", "is not a day of the calendar"),
    ("2026-13-01", "is not a day of the calendar"), ("12/31", "is not a date"),
    ("mai", "is not a date"), ("31-12-26", "is not a date"),
], ids=["feb-31", "feb-29-not-leap", "month-13", "no-year", "word", "two-digit-year"])
def test_bad_dates_name_the_option_and_both_forms(runner, tmp_path, text, message):
    result = runner.invoke(main, ["register", "next", "--db", str(tmp_path / "s.sqlite"),
                                  "--co-quan", "UBND", "--loai", "KH", "--ngay", text])
    assert result.exit_code == 2
    assert f"Invalid value for '--ngay': {text} {message}" in result.stderr
    assert "DD/MM/YYYY" in result.stderr and "YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "s.sqlite").exists()


def test_bad_date_in_vietnamese(runner):
    result = runner.invoke(main, ["derive", "x.txt", "--han", "31/6/2026"], env=DEFAULT_ENV)
    assert "Lỗi: Giá trị không hợp lệ cho '--han': 31/6/2026 không phải là ngày có thật" \
        in result.stderr


@pytest.mark.parametrize("path", [["derive"], ["register", "next"]], ids=["derive", "next"])
def test_date_options_show_the_clerks_form(runner, path):
    result = runner.invoke(main, [*path, "--help"])
    assert "--ngay DD/MM/YYYY" in result.output
    assert "%Y" not in result.output and "YYYY-MM-DD " not in result.output


def test_register_next_takes_a_clerks_date(runner, tmp_path):
    db = str(tmp_path / "s.sqlite")
    result = runner.invoke(main, ["register", "next", "--db", db, "--co-quan", "UBND", "--loai",
                                  "KH", "--ngay", "5/1/2026", "--nam", "2026"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["register", "list", "--db", db, "--nam", "2026"])
    assert "05/01/2026" in listed.output


#: One error of each command, with the Vietnamese the clerk reads (the default language).
ERRORS = {
    "render": (["render", "{tmp}/khong-co.yaml", "-o", "{tmp}/x.docx"], 1,
               "Lỗi: {tmp}/khong-co.yaml: không có tệp này"),
    "new": (["new", "XYZ"], 1, "Lỗi: XYZ không phải là loại văn bản đã biết"),
    "types": (["types", "thua"], 2, "Lỗi: Thừa tham số (thua)"),
    "copy": (["copy", "{tmp}/goc.docx", "--spec", "{tmp}/sao.yaml", "-o", "{tmp}/x.txt"], 1,
             "Lỗi: {tmp}/goc.docx: không có tệp này"),
    "bulk": (["bulk", "{spec}", "-o", "{tmp}/thu"], 2,
             "Lỗi: cho biết nơi nhận bằng đúng một trong hai tùy chọn"),
    "import": (["import", "{tmp}/van-ban.txt", "-o", "{tmp}/x.docx"], 2,
               "Lỗi: x.docx: tệp nội dung văn bản phải có đuôi .yaml, .yml hoặc .json"),
    "derive": (["derive", "{spec}", "--profile", "khong-co", "--as", "cong-van", "-o",
                "{tmp}/x.docx"], 1,
               "Lỗi: khong-co: không phải tệp thông tin cơ quan, cũng không phải tên một bộ "
               "thông tin cơ quan có sẵn"),
    "check": (["check", "{tmp}/x.pdf"], 1, "Lỗi: {tmp}/x.pdf là tệp PDF; lệnh check đọc tệp Word"),
    "register next": (["register", "next", "--db", "{tmp}/so.sqlite", "--co-quan", "UBND",
                       "--loai", "KHH"], 1, "Lỗi: --loai: không biết loại văn bản 'KHH'"),
    "register list": (["register", "list", "--db", "{tmp}/so.sqlite", "--nam", "126"], 2,
                      "Lỗi: Giá trị không hợp lệ cho '--nam': 126 nằm ngoài khoảng từ 1900 "
                      "đến 9999"),
    "register export": (["register", "export", "--db", "{tmp}/so.sqlite", "-o", "{tmp}/so.pdf"],
                        2, "Lỗi: -o phải là tệp .csv / .xlsx, không phải so.pdf"),
    "register cancel": (["register", "cancel", "KH-UBND", "--db", "{tmp}/so.sqlite",
                         "--ly-do", "x"], 1,
                        "Lỗi: cần số và ký hiệu, ví dụ 05/KH-UBND; nhận được 'KH-UBND'"),
    "register record": (["register", "record", "01/KH-UBND", "--db", "{tmp}/so.sqlite"], 2,
                        "Lỗi: Thiếu tùy chọn '--tep' / '--file'."),
    "register config": (["register", "config", "--db", "{tmp}/so.sqlite", "--co-quan", "UBND",
                         "--che-do", "moi"], 2, "Lỗi: Giá trị không hợp lệ cho '--che-do'"),
    "register file": (["register", "file", "01/KH-UBND", "--db", "{tmp}/so.sqlite"], 2,
                      "Lỗi: Thiếu tùy chọn '-o' / '--output'."),
}


@pytest.mark.parametrize("case", ERRORS, ids=list(ERRORS))
def test_errors_are_vietnamese_by_default(runner, tmp_path, case):
    from conftest import EXAMPLES

    args, code, said = ERRORS[case]
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "van-ban.txt").write_text("Công văn\n", encoding="utf-8")
    spec = str(EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml")
    fill = {"{tmp}": str(tmp_path), "{spec}": spec}
    args = [next((a.replace(k, v) for k, v in fill.items() if k in a), a) for a in args]
    result = runner.invoke(main, args, env=DEFAULT_ENV)
    assert result.exit_code == code, result.output
    assert said.replace("{tmp}", str(tmp_path)) in result.stderr
    assert "Error" not in result.stderr and "Usage" not in result.stderr


def test_every_command_has_an_error_in_the_table():
    assert {" ".join(p) for p in PATHS} - {"register", "serve"} == set(ERRORS)


#: One ordinary run of each command, in the order a clerk would go (each may use what the ones
#: before it wrote in the same folder), with a Vietnamese phrase it prints.
NORMAL_RUNS = [
    ("render", ["render", "{spec}", "-o", "{tmp}/106.docx"], "đã ghi"),
    ("new", ["new", "KH", "-o", "{tmp}/kh.yaml"], "đã ghi"),
    ("types", ["types"], "TÊN LOẠI"),
    ("copy", ["copy", "{tmp}/106.docx", "--spec", "{copy}", "-o", "{tmp}/sao.docx"], "đã ghi"),
    ("bulk", ["bulk", "{xa}", "--xa-cua", "Lạng Sơn", "-o", "{tmp}/thu", "-j", "1"],
     "cảnh báo: cơ quan ban hành trong tệp nội dung văn bản thuộc Lai Châu"),
    ("import", ["import", "{letter}", "-o", "{tmp}/cv.yaml"], "đã ghi"),
    ("derive", ["derive", "{spec}", "--profile", "xa-tan-thanh-lang-son", "--as", "ke-hoach",
                "-o", "{tmp}/kh-xa.docx", "--ngay", "05/01/2026"], "cảnh báo:"),
    ("check", ["check", "{tmp}/106.docx"], "không có phát hiện nào"),
    ("register next", ["register", "next", "--db", "{tmp}/so.sqlite", "--co-quan", "UBND",
                       "--loai", "KH", "--nam", "2026"], "(năm 2026)"),
    ("register record", ["register", "record", "01/KH-UBND", "--db", "{tmp}/so.sqlite",
                         "--nam", "2026", "--tep", "{tmp}/kh-xa.docx"], "01/KH-UBND (2026)"),
    ("register file", ["register", "file", "01/KH-UBND", "--db", "{tmp}/so.sqlite", "--nam",
                       "2026", "-o", "{tmp}/ra.docx"], "01/KH-UBND (2026)"),
    ("register list", ["register", "list", "--db", "{tmp}/so.sqlite", "--nam", "2026"],
     "đã phát hành"),
    ("register export", ["register", "export", "--db", "{tmp}/so.sqlite", "-o",
                         "{tmp}/so.xlsx", "--nam", "2026"], "dòng của năm 2026"),
    ("register cancel", ["register", "cancel", "01/KH-UBND", "--db", "{tmp}/so.sqlite",
                         "--nam", "2026", "--ly-do", "ký nhầm"], "đã hủy số 01/KH-UBND"),
    ("register config", ["register", "config", "--db", "{tmp}/so.sqlite", "--co-quan", "UBND",
                         "--che-do", "theo-loai", "--nam", "2027"], "UBND 2027"),
]
#: Words of English a Vietnamese sentence does not hold (file names and paths taken out first).
ENGLISH = re.compile(r"\b(the|is|are|of|wrote|written|letters?|warning|Error|Usage|found|"
                     r"file|not|no|number|register|line|lines)\b")


def test_every_command_has_a_normal_run_in_the_table():
    assert {" ".join(p) for p in PATHS} - {"register", "serve"} == {n for n, _a, _s in
                                                                    NORMAL_RUNS}


def test_normal_runs_speak_vietnamese_by_default(runner, tmp_path):
    """stdout and stderr of an ordinary run of every command, warnings and counts included."""
    from conftest import DATA, EXAMPLES

    fill = {"{tmp}": str(tmp_path),
            "{spec}": str(EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml"),
            "{copy}": str(EXAMPLES / "000-sao-y-bac-giang.yaml"),
            "{xa}": str(DATA / "bulk" / "xa.yaml"),
            "{letter}": str(DATA / "letters" / "cv_2014_vpcp_4614.txt")}
    from ntm_docgen import register

    for name, args, said in NORMAL_RUNS:
        args = [next((a.replace(k, v) for k, v in fill.items() if k in a), a) for a in args]
        if name == "register file":  # a letter an office desk issued: its bytes in the database
            db = str(tmp_path / "so.sqlite")
            with register.Register(db) as reg:
                row = reg.find("01/KH-UBND", 2026, None)
            with register.kept_in_database():
                register.record(db, row.id, tmp_path / "kh-xa.docx")
        result = runner.invoke(main, args, env=DEFAULT_ENV)
        assert result.exit_code == 0, (name, result.output)
        shown = result.stdout + result.stderr
        assert said in shown, (name, shown)
        for value in fill.values():
            shown = shown.replace(value, "")
        words = re.sub(r"\S*[/.]\S*", "", shown)  # file names, ký hiệu, dates
        assert not ENGLISH.search(words), (name, ENGLISH.search(words), shown)
