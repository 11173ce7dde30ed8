"""The same situation gets the same answer from every command: a missing input file, a missing
output folder, an output of the wrong kind (with the option to use), a PDF or Word file where a
spec or a DOCX is read, a shipped profile named by its name, and counts of one in the singular."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA, EXAMPLES, ROOT
from hostile_files import fixable

from ntm_docgen.cli.main import main

SPEC = EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml"
COPY_SPEC = EXAMPLES / "000-sao-y-bac-giang.yaml"
LETTER = DATA / "letters" / "cv_2014_vpcp_4614.txt"
PROFILE = ROOT / "data" / "profiles" / "lang-son.yaml"
XA = DATA / "bulk" / "xa.yaml"


@pytest.fixture(scope="module")
def original(tmp_path_factory) -> Path:
    """A DOCX letter to copy, check and record."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("original") / "106.docx"
    assert CliRunner().invoke(main, ["render", str(SPEC), "-o", str(out)]).exit_code == 0
    return out


def _register(tmp: Path) -> str:
    """A register holding 01/HD-SNV of 2019, for ``record``."""
    from ntm_docgen import open_register

    db = str(tmp / "so.sqlite")
    with open_register(db) as register:
        register.allocate("SNV", "HD", nam=2019)
    return db


# --- a missing input file: exit 1, one message naming it, nothing written --------------------

MISSING_INPUT = {
    "render": lambda m, o, t: ["render", m, "-o", t("x.docx")],
    "copy": lambda m, o, t: ["copy", m, "--spec", str(COPY_SPEC), "-o", t("x.docx")],
    "copy --spec": lambda m, o, t: ["copy", o, "--spec", m, "-o", t("x.docx")],
    "bulk": lambda m, o, t: ["bulk", m, "--xa-cua", "Lai Châu", "-o", t("thu")],
    "bulk --recipients": lambda m, o, t: ["bulk", str(XA), "--recipients", m, "-o", t("thu")],
    "import": lambda m, o, t: ["import", m, "-o", t("x.yaml")],
    "derive": lambda m, o, t: ["derive", m, "--profile", str(PROFILE), "--as", "cong-van",
                               "-o", t("x.docx")],
    "derive --profile": lambda m, o, t: ["derive", str(SPEC), "--profile", m, "--as",
                                         "cong-van", "-o", t("x.docx")],
    "check": lambda m, o, t: ["check", m],
    "register record": lambda m, o, t: ["register", "record", "01/HD-SNV", "--nam", "2019",
                                        "--tep", m, "--db", t("so.sqlite")],
}


@pytest.mark.parametrize("case", MISSING_INPUT, ids=list(MISSING_INPUT))
def test_missing_input(runner, tmp_path, original, case):
    work = tmp_path / "work"
    work.mkdir()
    missing = str(tmp_path / "khong-co.yaml")
    result = runner.invoke(main, MISSING_INPUT[case](missing, str(original),
                                                     lambda name: str(work / name)))
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {missing}: no such file\n"
    assert result.stdout == "" and list(work.iterdir()) == []


# --- a missing output folder is made --------------------------------------------------------

NEW_FOLDER = {
    "render": lambda o, t: ["render", str(SPEC), "-o", t("x.docx")],
    "new": lambda o, t: ["new", "KH", "-o", t("x.yaml")],
    "copy": lambda o, t: ["copy", o, "--spec", str(COPY_SPEC), "-o", t("x.docx")],
    "bulk": lambda o, t: ["bulk", str(XA), "--xa-cua", "Lai Châu", "-o", t("thu"), "--merge",
                          t("gop/thu.docx")],
    "import": lambda o, t: ["import", str(LETTER), "-o", t("x.yaml")],
    "derive": lambda o, t: ["derive", str(SPEC), "--profile", str(PROFILE), "--as", "cong-van",
                            "-o", t("x.docx"), "--spec-out", t("x.yaml")],
    "check --fix": lambda o, t: ["check", str(fixable(Path(o))), "--fix", t("x.docx")],
    "register export": lambda o, t: ["register", "export", "-o", t("so.csv"), "--db",
                                     str(Path(t("so.csv")).parents[2] / "so.sqlite")],
}


@pytest.mark.parametrize("case", NEW_FOLDER, ids=list(NEW_FOLDER))
def test_missing_output_folder_is_made(runner, tmp_path, original, case):
    folder = tmp_path / "moi" / "thu-muc"
    result = runner.invoke(main, NEW_FOLDER[case](str(original), lambda name: str(folder / name)))
    assert result.exit_code in (0, 1) and "Error" not in result.stderr, result.output
    assert folder.is_dir() and any(folder.iterdir())


# --- an output of the wrong kind: a usage error naming the option and the kind --------------

WRONG_KIND = {
    "render": (lambda o, t: ["render", str(SPEC), "-o", t("x.pdf")],
               "-o must be a .docx file, not x.pdf; for a PDF as well, use -o x.docx --pdf"),
    "derive": (lambda o, t: ["derive", str(SPEC), "--profile", str(PROFILE), "--as",
                             "cong-van", "-o", t("x.pdf")],
               "-o must be a .docx file, not x.pdf; for a PDF as well, use -o x.docx --pdf"),
    "derive --spec-out": (lambda o, t: ["derive", str(SPEC), "--profile", str(PROFILE), "--as",
                                        "cong-van", "-o", t("x.docx"), "--spec-out",
                                        t("x.docx")],
                          "x.docx: a spec is written as .yaml, .yml or .json"),
    "new": (lambda o, t: ["new", "KH", "-o", t("x.docx")],
            "-o must be a .yaml / .yml file, not x.docx"),
    "import": (lambda o, t: ["import", str(LETTER), "-o", t("x.docx")],
               "x.docx: a spec is written as .yaml, .yml or .json"),
    "copy": (lambda o, t: ["copy", o, "--spec", str(COPY_SPEC), "-o", t("x.txt")],
             "-o must be a .docx / .pdf file, not x.txt"),
    "bulk --merge": (lambda o, t: ["bulk", str(XA), "--xa-cua", "Lai Châu", "-o", t("thu"),
                                   "--merge", t("thu.pdf")],
                     "--merge must be a .docx file, not thu.pdf"),
    "check --fix": (lambda o, t: ["check", o, "--fix", t("x.pdf")],
                    "--fix must be a .docx file, not x.pdf"),
    "register export": (lambda o, t: ["register", "export", "-o", t("so.pdf"), "--db",
                                      t("so.sqlite")],
                        "-o must be a .csv / .xlsx file, not so.pdf"),
}


@pytest.mark.parametrize("case", WRONG_KIND, ids=list(WRONG_KIND))
def test_output_of_the_wrong_kind(runner, tmp_path, original, case):
    make, said = WRONG_KIND[case]
    result = runner.invoke(main, make(str(original), lambda name: str(tmp_path / name)))
    assert result.exit_code == 2, result.output
    assert said in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


# --- a PDF or Word file where a spec or a DOCX is read ---------------------------------------

WRONG_INPUT = {
    "check": (lambda p, d, t: ["check", p], "PDF", "check reads Word files (.docx, and .doc"),
    "render": (lambda p, d, t: ["render", d, "-o", t("x.docx")], "DOCX",
               "a spec is a YAML or JSON file"),
    "bulk": (lambda p, d, t: ["bulk", p, "--xa-cua", "Lai Châu", "-o", t("thu")], "PDF",
             "a spec is a YAML or JSON file"),
    "copy --spec": (lambda p, d, t: ["copy", d, "--spec", p, "-o", t("x.docx")], "PDF",
                    "a spec is a YAML or JSON file"),
}


@pytest.mark.parametrize("case", WRONG_INPUT, ids=list(WRONG_INPUT))
def test_a_file_of_another_kind(runner, tmp_path, original, case):
    pdf = tmp_path / "van-ban.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    make, kind, said = WRONG_INPUT[case]
    given = pdf if kind == "PDF" else original
    result = runner.invoke(main, make(str(pdf), str(original), lambda n: str(tmp_path / n)))
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"Error: {given} is a {kind} file; {said}")
    assert "Package not found" not in result.stderr and "UTF-8" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["van-ban.pdf"]


# --- a file that is not the zip its name says: the reason in the user's words ----------------

#: What a file that is not the package its name says is told, in English and in Vietnamese.
PLAIN = ("damaged, or a file of another kind given this name",
         "tệp bị hỏng, hoặc là tệp loại khác mang tên này")
NOT_A_ZIP = {
    "check": (lambda f, t: ["check", f("thu.docx")],
              (f"is not a Word document (.docx) that can be opened ({PLAIN[0]})",
               f"không phải tài liệu Word (.docx) mở được ({PLAIN[1]})")),
    "copy": (lambda f, t: ["copy", f("thu.docx"), "--spec", str(COPY_SPEC), "-o", t("x.docx")],
             (f"is not a Word document (.docx) that can be opened ({PLAIN[0]})",
              f"không phải tài liệu Word (.docx) mở được ({PLAIN[1]})")),
    "bulk --recipients": (lambda f, t: ["bulk", str(XA), "--recipients", f("r.xlsx"), "-o",
                                        t("thu")],
                          (f"is not a readable .xlsx workbook ({PLAIN[0]})",
                           f"không phải bảng tính .xlsx đọc được ({PLAIN[1]})")),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("case", NOT_A_ZIP, ids=list(NOT_A_ZIP))
def test_a_file_that_is_not_a_zip_is_told_in_words(runner, tmp_path, case, lang):
    given = tmp_path / "given"
    given.mkdir()

    def fake(name: str) -> str:
        (given / name).write_text("Công văn số 12/UBND\n", encoding="utf-8")
        return str(given / name)

    make, said = NOT_A_ZIP[case]
    result = runner.invoke(main, make(fake, lambda n: str(tmp_path / n)),
                           env={"NTM_DOCGEN_LANG": lang})
    assert result.exit_code == 1, result.output
    assert said[lang == "vi"] in result.stderr
    assert "File is not a zip file" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["given"]


# --- an output that is the input: refused even with --force, the original kept ----------------

OVER_INPUT = {
    "copy": (lambda i: ["copy", i, "--spec", str(COPY_SPEC), "-o", i], "-o"),
    "check --fix": (lambda i: ["check", i, "--fix", i], "--fix"),
    "check --comments": (lambda i: ["check", i, "--comments", i], "--comments"),
    "derive": (lambda i: ["derive", i, "--profile", str(PROFILE), "--as", "ke-hoach", "-o", i],
               "-o"),
    "derive --spec-out": (lambda i: ["derive", i.replace(".docx", ".yaml"), "--profile",
                                     str(PROFILE), "--as", "ke-hoach", "-o",
                                     i.replace(".docx", ".moi.docx"), "--spec-out",
                                     i.replace(".docx", ".yaml")], "--spec-out"),
}


@pytest.mark.parametrize("case", OVER_INPUT, ids=list(OVER_INPUT))
def test_the_file_read_is_never_written_over(runner, tmp_path, original, case):
    letter = tmp_path / "106.docx"
    letter.write_bytes(original.read_bytes())
    (tmp_path / "106.yaml").write_bytes(SPEC.read_bytes())
    make, option_name = OVER_INPUT[case]
    args = make(str(letter))
    given = args[args.index(option_name) + 1]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = runner.invoke(main, [*args, "--force"])
    assert result.exit_code == 2, result.output
    assert (f"{option_name} {given} is the file being read; the original is never written "
            "over") in result.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


# --- a shipped profile is named by its name --------------------------------------------------


def test_a_shipped_profile_is_named_by_its_name(runner, tmp_path):
    result = runner.invoke(main, ["derive", str(EXAMPLES / "000-huong-dan-1741-btdkt.yaml"),
                                  "--profile", "kon-tum-2024", "--as", "huong-dan", "-o",
                                  str(tmp_path / "x.docx"), "--ngay", "01/08/2025"])
    assert result.exit_code == 1
    assert "1 problem in the shipped profile kon-tum-2024:" in result.stderr
    assert "site-packages" not in result.stderr and "profiles/" not in result.stderr


# --- one, in the singular --------------------------------------------------------------------


def test_counts_of_one_are_singular(runner, tmp_path):
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ghi_chu\nPhòng Kinh tế,trước 30/10\n", encoding="utf-8")
    bulk = runner.invoke(main, ["bulk", str(DATA / "bulk" / "cong_van.yaml"), "--recipients",
                                str(recipients), "-o", str(tmp_path / "thu"), "--merge",
                                str(tmp_path / "gop.docx")])
    assert bulk.exit_code == 0, bulk.output
    assert bulk.stdout.startswith(f"1 letter in {tmp_path / 'thu'}: 1 written")
    assert f"wrote {tmp_path / 'gop.docx'} (1 letter)" in bulk.stdout
    db = str(tmp_path / "so.sqlite")
    runner.invoke(main, ["register", "next", "--db", db, "--co-quan", "UBND", "--loai", "KH",
                         "--nam", "2026"])
    export = runner.invoke(main, ["register", "export", "--db", db, "-o",
                                  str(tmp_path / "so.csv"), "--nam", "2026"])
    assert "1 line of 2026" in export.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text(SPEC.read_text(encoding="utf-8").replace("so: 106", "so: 0"),
                   encoding="utf-8")
    one = runner.invoke(main, ["render", str(bad), "-o", str(tmp_path / "x.docx")])
    assert f"1 problem in {bad}:" in one.stderr


@pytest.mark.parametrize("case", NEW_FOLDER, ids=list(NEW_FOLDER))
def test_what_was_written_is_said_on_stdout(runner, tmp_path, original, case):
    """Every command says the file it wrote on stdout, where a script reads it; warnings and
    progress stay on stderr."""
    args = NEW_FOLDER[case](str(original), lambda name: str(tmp_path / name))
    result = runner.invoke(main, args)
    assert result.exit_code in (0, 1), result.output
    written = args[args.index("--fix" if case == "check --fix" else "-o") + 1]
    assert written in result.stdout and written not in result.stderr, (result.stdout,
                                                                       result.stderr)
