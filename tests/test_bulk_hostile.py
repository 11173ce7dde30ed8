"""``ntm-docgen bulk`` on 500 rows of hostile values: exactly one correct letter per recipient."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

import docx
from click.testing import CliRunner
from openpyxl import Workbook

from ntm_docgen.bulk.fill import clean_value, visible
from ntm_docgen.bulk.layoutread import addressee_bare
from ntm_docgen.cli.main import main
from ntm_docgen.vietnamese.text import clean_control

BULK = Path(__file__).resolve().parent / "data" / "bulk"

PIECES = [
    "A&B <x>", "{{ 7*7 }}", "{{ kinh_gui }}", "{% if 1 %}có{% endif %}", "../../etc/passwd",
    "C:\\Windows\\System32", "CON", "NUL.txt", "]]></w:t></w:r><w:r><w:t>", "&amp; &lt;",
    "**đậm** *nghiêng* \\*", "| a | b |", "---", "I. ĐẦU MỤC", "=1+2", "@SUM(A1)", "Xã\tTab",
    "dòng 1\ndòng 2", "\r\n", "\x00\x07\x1b", "\u202eRTL", "e\u0301 tách dấu", "😀 🇻🇳",
    "Ủy ban nhân dân xã Tân Thành", "UBND phường Đông Kinh", "Đặc khu Phú Quốc", "  ", "\u200b",
    "x" * 300, "'; DROP TABLE so_di; --", "${HOME}", "$(rm -rf /)", "%s %d", "\\", "\"quoted\"",
]


def hostile_rows(count: int, seed: int = 4) -> list[list[object]]:
    pick = random.Random(seed)
    rows: list[list[object]] = [["kinh_gui", "ghi_chu"]]
    for index in range(count):
        kinh_gui = " ".join(pick.sample(PIECES, pick.randint(1, 3)))
        if index % 50 == 7:
            kinh_gui = pick.choice(["", "  ", "\u200b", "\n"])
        value: object = " ".join(pick.sample(PIECES, pick.randint(0, 4)))
        if index % 40 == 3:
            value = pick.choice([12.5, 1250000, None])
        rows.append([kinh_gui, value])
    return rows


def document_text(path: Path) -> str:
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    lines += [p.text for t in document.tables for r in t.rows for c in r.cells
              for p in c.paragraphs]
    return "\n".join(lines)


def mentioned_rows(stderr: str) -> set[int]:
    """Every row number the bad-row lines name (``rows 2-5, 9: ...``)."""
    found: set[int] = set()
    for spans in re.findall(r"^(?:  - )?rows? ([0-9, -]+):", stderr, re.MULTILINE):
        for span in spans.split(", "):
            first, _, last = span.partition("-")
            found.update(range(int(first), int(last or first) + 1))
    return found


def test_500_hostile_rows(runner: CliRunner, tmp_path: Path) -> None:
    rows = [[clean_xlsx(v) for v in row] for row in hostile_rows(500)]
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(tmp_path / "r.xlsx")
    out = tmp_path / "out"
    args = ["bulk", str(BULK / "cong_van.yaml"), "--recipients", str(tmp_path / "r.xlsx"),
            "-o", str(out), "--jobs", "2"]
    result = runner.invoke(main, args)
    recipients = [(number, row) for number, row in enumerate(rows[1:], start=2)
                  if any(str(c or "").strip() for c in row)]
    bad = {number for number, row in recipients if not visible(clean_value(str(row[0] or "")))}
    assert bad and result.exit_code == 1
    assert mentioned_rows(result.stderr) == bad  # every bad row, and no letter written
    assert not out.exists()
    book = Workbook()
    book.active.append(rows[0])
    for number, row in recipients:
        if number not in bad:
            book.active.append(row)
    book.save(tmp_path / "r.xlsx")  # the bad rows taken out of the list
    good = [(seq, number, row) for seq, (number, row) in enumerate(
        [(n, r) for n, r in recipients if n not in bad], start=1)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    letters = sorted(out.iterdir())
    assert len(letters) == len(good) > 400
    assert all(re.fullmatch(r"\d{4}-[A-Za-z0-9-]+\.docx", p.name) for p in letters)
    for letter, (seq, _, row) in zip(letters, good, strict=True):
        assert int(letter.name[:4]) == seq
        text = document_text(letter)
        # a recipient too long for one line hangs after a tab; a right-to-left mark is
        # left out of the letter, as the control characters are (vietnamese/text._CONTROL)
        # and the mark and signs of a Nơi nhận line (``- …;``) are left out of an addressee
        typed = clean_value(str(row[0]))
        shown = clean_control(addressee_bare(typed) or typed, lines=False)
        assert f"Kính gửi: {shown}" in text.replace("Kính gửi:\t", "Kính gửi: ")
        assert "49" not in text.replace("1250000", "")
        with zipfile.ZipFile(letter) as package:
            assert package.testzip() is None
    before = {p.name: p.stat().st_mtime_ns for p in letters}
    again = runner.invoke(main, args)
    assert f"0 written, {len(good)} unchanged" in again.stdout
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


def clean_xlsx(value: object) -> object:
    """openpyxl refuses control characters in cells (a spreadsheet cannot hold them either),
    and stores text starting with ``=`` as a formula: a space before it keeps it text."""
    if isinstance(value, str):
        value = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value)
        return " " + value if value.startswith("=") else value
    return value


def test_hostile_csv_keeps_control_characters_out_of_the_letter(runner: CliRunner,
                                                               tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text('kinh_gui,ghi_chu\n"UBND\x00 xã\x0b A\u2028B",a\x1bb\n',
                          encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["bulk", str(BULK / "cong_van.yaml"), "--recipients",
                                  str(recipients), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = document_text(out / "0001-UBND-xa-A-B.docx")
    assert "Kính gửi: UBND  xã A B" in text and "ghi chú: a b." in text
