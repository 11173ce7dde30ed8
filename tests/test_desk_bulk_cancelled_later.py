"""A number the sổ cancels after Gửi hàng loạt's check is refused at every later step that
sends: writing the letters (the check page was open when another văn thư cancelled the
number; “Tạo 2 văn bản” wrote two letters carrying it), and a finished run's page and
downloads (the letters written before the number was cancelled carry it)."""

from __future__ import annotations

from desk_support import desk_client, run_to_the_end
from lxml import html
from test_desk_cancelled_number import _alert, _bulk, _cancel
from test_desk_issued_draft import issued

_TOLD = "Số 01/SNV-TĐKT của văn bản này đã bị hủy"


def test_writing_the_letters_is_refused_once_the_number_is_cancelled_after_the_check(
        tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor, csrf = issued(c)
        checked = _bulk(c, csrf, editor)
        assert checked.status_code == 200 and "Tạo 2 văn bản" in checked.text, checked.text
        run = str(checked.url.path)
        _cancel(c)
        started = c.post(f"{run}/chay", data={"csrf_token": csrf}, follow_redirects=False)
        assert started.status_code == 409, started.text
        assert _TOLD in _alert(started), _alert(started)
        again = c.get(run)
        assert "<progress" not in again.text and "Tạo 2 văn bản" not in again.text
        assert _TOLD in _alert(again)


def test_a_finished_run_gives_no_letter_once_its_number_is_cancelled(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor, csrf = issued(c)
        run = str(_bulk(c, csrf, editor).url.path)
        run_to_the_end(c, csrf, run)
        assert c.get(f"{run}/tai/thu.zip").status_code == 200
        _cancel(c)
        for what in ("thu.zip", "tat-ca.docx"):
            got = c.get(f"{run}/tai/{what}")
            assert got.status_code == 409, (what, got.status_code)
            assert _TOLD in _alert(got), _alert(got)
        page = c.get(run)
        assert "/tai/thu.zip" not in page.text, "no download of letters with a cancelled number"
        assert _TOLD in " ".join(html.fromstring(page.text).xpath("//main//text()"))
