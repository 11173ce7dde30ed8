"""The letter's page speaks to a văn thư, who never opens a terminal: the links that save the
draft as a file say what she would do with it (finish it on another computer, send it to a
colleague), where they said “Dùng với dòng lệnh hoặc bàn làm việc khác” and that
“ntm-docgen chỉ in được” it."""

from __future__ import annotations

from desk_support import csrf_of, desk_client, new_draft
from lxml import html


def test_the_editor_names_no_command_line_nor_the_program(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor = new_draft(c, csrf_of(c))
        main = html.fromstring(c.get(editor).text).xpath("//main")[0]
    said = " ".join(main.text_content().split())
    assert "Để làm tiếp ở máy khác hoặc gửi cho đồng nghiệp, lưu bản nháp thành tệp:" in said
    assert "để mở lại ở đây bằng “Mở văn bản” và làm tiếp" in said
    for word in ("dòng lệnh", "ntm-docgen"):
        assert word not in said
