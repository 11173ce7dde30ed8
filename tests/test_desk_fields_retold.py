"""A problem or a note that names a field by its key (``noi_dung, line 2``, ``phu_luc[2]``)
or quotes a value as a program does (``'31/02/2026'``) reaches the clerk at the field's label
as the form shows it, the value in the desk's quotes."""

from __future__ import annotations

import html

from desk_support import CONG_VAN, csrf_of, desk_client, new_draft

from ntm_docgen.desk.labels import note_about


def test_a_day_the_calendar_lacks_and_a_line_of_the_content_are_told_in_the_forms_words(
        tmp_path):
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        editor = new_draft(client, csrf)
        client.post(editor, data={**CONG_VAN, "ngay": "31/02/2026", "csrf_token": csrf})
        page = html.unescape(client.get(editor).text)
        editor = new_draft(client, csrf)
        client.post(editor, data={**CONG_VAN, "csrf_token": csrf,
                                  "noi_dung": "Đề nghị các xã báo cáo.\nKết quả: .../19 tiêu chí."})
        warned = html.unescape(client.get(editor).text)
    assert "thấy “31/02/2026”" in page, page
    assert "'31/02/2026'" not in page
    assert "Nội dung, dòng 2: “…/19” là chỗ trống" in warned, warned
    assert "noi_dung, dòng" not in warned


def test_a_note_on_an_appendix_names_it_as_the_form_does(monkeypatch):
    monkeypatch.setenv("NTM_DOCGEN_LANG", "en")
    told = note_about("qd.docx", "phu_luc[2]: the page heading of the appendix was dropped")
    assert told == "qd.docx: Appendix 3: the page heading of the appendix was dropped."
