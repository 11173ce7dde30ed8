"""Bulk values print as written (contract §2, §4): the body's markup is read from the letter's
own text, and a recipient's value ``---``, ``I. ...``, ``**x**`` or ``| a | b |`` is those
characters, never a page break, a bold heading or a table."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from ntm_docgen.bulk.fill import fill_text
from ntm_docgen.cli.main import main
from ntm_docgen.letter.markup import VALUE_END, VALUE_START, body_xml

VALUES = ["---", "I. ĐẦU MỤC", "**x**", "| a | b |", "ĐẦU MỤC VIẾT HOA", "Điều 1. Ban hành",
          "1. Tiêu đề", "*nghiêng*", "\\*"]
IDS = ["dashes", "roman", "stars", "pipes", "capitals", "dieu", "numbered", "italic", "escape"]


def body(value: str, template: str = "{{ v }}") -> str:
    return body_xml(fill_text(template, {"v": value}, "noi_dung"), final_mark=False)


@pytest.mark.parametrize("value", VALUES, ids=IDS)
def test_a_value_alone_on_its_line_prints_as_written(value: str) -> None:
    xml = body(value)
    assert 'w:type="page"' not in xml and "<w:tbl>" not in xml
    assert "<w:b/>" not in xml and "<w:i/>" not in xml
    assert VALUE_START not in xml and VALUE_END not in xml
    text = "".join(part.split("<")[0] for part in xml.split("<w:t xml:space=\"preserve\">")[1:])
    assert text == value


def test_the_letters_own_markup_still_applies_around_a_value() -> None:
    xml = body("**x**", "I. KẾT QUẢ {{ v }}\n---\nCòn lại")
    assert xml.count("<w:b/>") >= 1 and 'w:type="page"' in xml
    assert "**x**" in xml


def test_the_final_mark_follows_the_value() -> None:
    filled = fill_text("Kính gửi {{ v }}", {"v": "UBND xã A."}, "noi_dung")
    assert "UBND xã A./.</w:t>" in body_xml(filled)


@pytest.mark.parametrize(("template", "value", "printed"), [
    pytest.param("Gửi về {{ v }}", "UBND xã A", "Gửi về UBND xã A./.", id="value-last"),
    pytest.param("Gửi về {{ v }};", "UBND xã A", "Gửi về UBND xã A./.", id="value-then-semicolon"),
    pytest.param("Gửi về {{ v }}", "UBND xã A;", "Gửi về UBND xã A./.",
                 id="semicolon-of-the-value"),
    pytest.param("Gửi về {{ v }} ;", "UBND xã A ;", "Gửi về UBND xã A./.",
                 id="semicolons-of-both"),
    pytest.param("Gửi về {{ v }}", "UBND xã A...;", "Gửi về UBND xã A...;",
                 id="ellipsis-of-the-value"),
])
def test_a_placeholder_at_the_end_is_filled_before_the_final_mark(template, value,
                                                                  printed) -> None:
    """The mark follows the value; a list's ``;`` at the end gives way to it, the value's as
    the letter's own: the letter reads as the one typed with the value in place."""
    xml = body_xml(fill_text(template, {"v": value}, "noi_dung"))
    text = "".join(part.split("<")[0] for part in xml.split("<w:t xml:space=\"preserve\">")[1:])
    assert text == printed


SPEC = """loai: CV
co_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: SỞ NỘI VỤ, viet_tat: SNV}
dia_danh: Lạng Sơn
trich_yeu: V/v gửi số liệu
noi_dung: |
  Đơn vị: {{ ten }}
  {{ ghi_chu }}
  Trân trọng.
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
noi_nhan: [Như trên]
luu: VT
"""


def test_bulk_letters_print_each_value_as_written(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    recipients = tmp_path / "nguoi-nhan.csv"
    with recipients.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["kinh_gui", "ten", "ghi_chu"])
        for index, value in enumerate(VALUES):
            out.writerow([f"UBND xã {index}", value, value])
    result = runner.invoke(main, ["bulk", str(spec), "--recipients", str(recipients), "-o",
                                  str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output
    letters = sorted((tmp_path / "out").glob("*.docx"))
    assert len(letters) == len(VALUES)
    for letter, value in zip(letters, VALUES, strict=True):
        document = docx.Document(str(letter))
        texts = [p.text for p in document.paragraphs]
        assert f"Đơn vị: {value}" in texts and value in texts
        alone = next(p for p in document.paragraphs if p.text == value)
        assert not any(r.bold for r in alone.runs) and not any(r.italic for r in alone.runs)
        cells = {c.text.strip() for t in document.tables for row in t.rows for c in row.cells}
        assert not cells & {"a", "b"}  # no table made of the value "| a | b |"
        assert 'w:type="page"' not in document.element.xml


LINES = ["Gửi {{ v }} trước ngày 30/10.", "**{{ v }}** và *{{ v }}*: {{ w }}", "1. {{ v }}",
         "a) Đối với {{ v }}", "Kính gửi {{ v }}\t{{ w }}", "I. {{ v }}", "PHẦN {{ v }}",
         "Điều 2. {{ v }} thi hành.", "***{{ v }}***", "{{ v }}{{ w }}"]
LINE_IDS = ["plain", "marked", "numbered", "lettered", "tab", "roman", "part", "dieu", "both",
            "touching"]
SLOT_VALUES = ["Ủy ban nhân dân xã Tân Thành", 'A&B <x> "y" \'z\'', "x", "a*b", "a\\b", "a|b",
               "ĐẦU MỤC VIẾT HOA RẤT DÀI " * 6, ""]
SLOT_IDS = ["name", "escaped", "one-letter", "star", "backslash", "bar", "long-capitals", "empty"]


@pytest.mark.parametrize("line", LINES, ids=LINE_IDS)
@pytest.mark.parametrize("value", SLOT_VALUES, ids=SLOT_IDS)
def test_a_line_laid_out_once_gives_each_letter_what_laying_it_out_alone_gives(
        line: str, value: str) -> None:
    from ntm_docgen.letter import markup

    filled = fill_text(line, {"v": value, "w": "Hà Nội"}, "noi_dung")
    assert markup._line_paragraph(filled, None) == markup._laid_line(filled, None)


def test_a_plain_line_with_values_is_laid_out_once_for_all_letters() -> None:
    from ntm_docgen.letter import markup

    markup._slotted.cache_clear()
    for name in ["xã Tân Thành", "phường Ba Đình", "xã A&B"]:
        filled = fill_text("Gửi **{{ v }}** trước ngày 30/10.", {"v": name}, "noi_dung")
        xml = markup._line_paragraph(filled, None)
        assert xml == markup._laid_line(filled, None)
        assert xml.count(name.replace("&", "&amp;")) == 1
    assert markup._slotted.cache_info().misses == 1


BODIES = {
    "plain": "Đề nghị {{ v }} báo cáo kết quả.\n\nBáo cáo gửi về Sở trước ngày 30/10.",
    "value-ends-the-last-line": "Gửi Sở.\nKính gửi {{ v }}",
    "value-near-the-end": "Kính gửi {{ v }} ab",
    "own-end-mark": "Đề nghị {{ v }} báo cáo./.\n\n| STT | Nội dung |\n|---|---|\n| 1 | A |",
    "heading": "I. KẾT QUẢ CỦA {{ v }}\nNội dung {{ w }}.",
    "numbered-title": "1. {{ v }}\nNội dung.",
    "table": "| Xã | Mã |\n|---|---|\n| {{ v }} | {{ w }} |\nTrân trọng.",
    "break-and-marks": "**{{ v }}** và *{{ w }}*\n---\n{{ v }}{{ w }} cùng gửi.",
}
BODY_VALUES = ["Ủy ban nhân dân xã Tân Thành", 'A&B <x> "y"', "./.", "TP. Hồ Chí Minh",
               "ĐẦU MỤC VIẾT HOA RẤT DÀI " * 6, "a*b", "a|b", "", "\u0301a"]
BODY_VALUE_IDS = ["name", "escaped", "end-mark", "dotted", "long-capitals", "star", "bar",
                  "empty", "combining-mark"]


@pytest.mark.parametrize("body_text", list(BODIES.values()), ids=list(BODIES))
@pytest.mark.parametrize("value", BODY_VALUES, ids=BODY_VALUE_IDS)
@pytest.mark.parametrize("final_mark", [True, False], ids=["final-mark", "no-final-mark"])
def test_a_body_laid_out_once_gives_each_letter_what_reading_it_alone_gives(
        body_text: str, value: str, final_mark: bool) -> None:
    from ntm_docgen.letter import markup

    filled = fill_text(body_text, {"v": value, "w": "Hà Nội"}, "noi_dung")
    assert body_xml(filled, final_mark) == markup._laid_body(filled, final_mark,
                                                             markup.L.TEXT_WIDTH)


def test_a_plain_body_with_values_is_read_once_for_all_letters() -> None:
    from ntm_docgen.letter import markup

    markup._slotted_body.cache_clear()
    for name in ["xã Tân Thành", "phường Ba Đình", "xã A&B"]:
        filled = fill_text(BODIES["plain"], {"v": name}, "noi_dung")
        xml = body_xml(filled)
        assert xml == markup._laid_body(filled, True, markup.L.TEXT_WIDTH)
        assert xml.count(name.replace("&", "&amp;")) == 1 and "30/10./.</w:t>" in xml
    info = markup._slotted_body.cache_info()
    assert (info.misses, info.hits) == (1, 2)
