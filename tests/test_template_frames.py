"""Letters made one after the other from one template: a value the template only prints is a
slot of a text made once, and every letter still gets the text the template gives it alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ntm_docgen.letter import layout, printed
from ntm_docgen.letter.context import letter_context
from ntm_docgen.letter.layout import RawXml
from ntm_docgen.letter.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"


def kinh_gui(name: str) -> RawXml:
    return RawXml(f'<w:p><w:r><w:t xml:space="preserve">Kính gửi: {name}</w:t></w:r></w:p>')


#: Each letter's values changed from the example's: printed ones, one in an ``if``, one
#: looped over, and texts that meet the paragraph breaks the compiled template holds.
CHANGES = [
    {"kinh_gui": kinh_gui("UBND xã Tân Thành")},
    {"kinh_gui": kinh_gui("UBND xã A&B <c>"), "ho_ten": "Lê Thị Đ"},
    {"kinh_gui": kinh_gui("UBND phường Ư"), "ho_ten": "Trần Văn Ơ"},
    {"kinh_gui": kinh_gui("UBND xã Na Sầm"), "ho_ten": "x\n"},
    {"kinh_gui": RawXml("\n<w:p/>\n"), "ho_ten": "<w:p>"},
    {"kinh_gui": kinh_gui("UBND xã Đồng Đăng"), "do_khan": "Hỏa tốc"},
    {"kinh_gui": kinh_gui("UBND xã Bắc Sơn"), "do_khan": None},
    {"kinh_gui": kinh_gui("UBND xã Hữu Lũng"), "co_quan_lines": ["ỦY BAN NHÂN DÂN", "XÃ A"]},
    {"kinh_gui": kinh_gui("UBND xã Văn Quan"), "co_quan_lines": ["ỦY BAN NHÂN DÂN", "XÃ B"]},
    {"kinh_gui": kinh_gui(""), "ho_ten": ""},
]


@pytest.mark.parametrize("utf8", [False, True], ids=["text", "utf8"])
def test_each_letter_gets_the_text_of_the_template_run_alone(utf8: bool) -> None:
    base = letter_context(load_spec(SPEC), date(2026, 1, 5))
    template = layout.CompiledTemplate("cong_van")
    alone = layout.CompiledTemplate("cong_van")
    framed = 0
    for changes in CHANGES * 2:
        values = {**base, **changes}
        expected = printed.tidy(alone._run(values))
        framed += template._frame is not None and template._frame.printed(values) is not None
        if utf8:
            assert template.render_utf8(values) == expected.encode("utf-8")
        else:
            assert template.render_xml(values) == expected
    assert framed >= 8
    assert frozenset({"kinh_gui", "co_quan_lines"}) in template._refused  # looped over


def test_a_slot_is_only_printed() -> None:
    slot = printed.Slot(3)
    assert printed.printed_value(slot) == "\ufdd33\ufdd3"
    for use in (bool, iter, len, str, hash, lambda s: s == "a", lambda s: s.xml,
                lambda s: s[0], lambda s: "a" in s):
        with pytest.raises(printed.NotOnlyPrinted):
            use(slot)


@pytest.mark.parametrize(("text", "value"), [
    ("<w:body>\n\ufdd30\ufdd3:p/></w:body>", "<w"),
    ("<w:body>\n<\ufdd30\ufdd3></w:body>", "w:p/"),
    ("<w:body>\ufdd30\ufdd3<w:p/>\n<w:p/></w:body>", "x\n"),
    ("<w:body>\ufdd30\ufdd3\n<w:p/></w:body>", "\n<w:p/>"),
], ids=["break-before-slot", "break-and-bracket-before-slot", "value-ends-in-break", "plain"])
def test_a_paragraph_break_that_meets_a_slot_is_taken_out_as_in_the_whole_text(
        text: str, value: str) -> None:
    frame = printed.Frame({"a": "", "b": 1}, ("a",), text)
    whole = printed.tidy(text.replace("\ufdd30\ufdd3", value))
    assert frame.text([value]) == whole
    assert frame.utf8([value]) == whole.encode("utf-8")
