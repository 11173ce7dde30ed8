"""A number the register cancelled, or gave another letter, is not printed unsaid in a bulk
run's letters: a văn thư cancelled 02/UBND-KGVX in the sổ, then found its draft still
“issued”, offered to Gửi hàng loạt, which made a letter numbered 02 for every commune; a
draft with Số 3 typed sent 64 communes a letter numbered 03/GM-UBND, the number the sổ had
given a Giấy mời the day before. The register's page of the cancelled number said no letter
had been written with it; the list of drafts and the bulk page's list still said “đã phát
hành: 02/UBND-KGVX”."""

from __future__ import annotations

import re

from desk_support import CONG_VAN, csrf_of, desk_client, new_draft
from lxml import html
from test_desk_issued_draft import issued


def _cancel(client, year: int = 2026) -> str:
    """Cancel the register's only number with a reason; the address of its line's letter."""
    link = re.search(r'href="(/so/huy/(\d+))"', client.get(f"/so?nam={year}").text)
    assert link, "the number has its way to be cancelled"
    token = csrf_of(client, link.group(1))
    done = client.post(link.group(1), data={"csrf_token": token, "ly_do": "Gửi nhầm nơi nhận"})
    assert done.status_code == 200, done.text
    return f"/so/van-ban/{link.group(2)}"


def _bulk(client, csrf: str, editor: str):
    """The check of a bulk run of the draft at ``editor`` to two communes typed."""
    return client.post("/hang-loat", data={"csrf_token": csrf, "ban_nhap": editor.rsplit("/")[-1],
                                           "go": "UBND xã Tân Thành\nUBND xã Na Sầm"})


def _alert(answer) -> str:
    return " ".join(e.text_content() for e in html.fromstring(answer.text).xpath(
        "//main//*[@role='alert']"))


def test_a_letter_whose_number_was_cancelled_is_said_so_and_sent_to_no_one(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor, csrf = issued(c)
        assert 'id="to-bulk"' in c.get(editor).text
        line = _cancel(c)
        page = c.get(editor).text
        said = html.fromstring(page).get_element_by_id("cancelled").text_content()
        assert "đã bị hủy trong sổ văn bản đi" in said and "Soạn văn bản mới từ văn bản này" \
            in page, said
        assert 'id="to-bulk"' not in page, "no bulk run of a cancelled number from its page"
        draft = editor.rsplit("/")[-1]
        listed = html.fromstring(c.get("/soan").text).xpath(
            f"//a[@href='{editor}']/ancestor::tr")[0].text_content()
        chosen = html.fromstring(c.get("/hang-loat").text).xpath(
            f"//option[@value='{draft}']")[0].text_content()
        for where in (listed, chosen):
            assert "số đã hủy: 01/SNV-TĐKT" in where and "đã phát hành" not in where, where
        run = _bulk(c, csrf, editor)
        assert run.status_code == 409, run.text
        told = _alert(run)
        assert "Số 01/SNV-TĐKT của văn bản này đã bị hủy" in told, told
        assert "Tạo 2 văn bản" not in run.text
        kept = c.get(line)
        assert kept.status_code == 410
        assert "văn bản đã phát hành với số này không còn được gửi đi" in _alert(kept)
        assert "không có văn bản nào" not in kept.text


def test_a_number_typed_that_the_register_gave_another_letter_is_told_before_the_run(
        tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        issued(c)  # 01/SNV-TĐKT, a công văn of 05/03/2026
        csrf = csrf_of(c)
        editor = new_draft(c, csrf)
        c.post(editor, data={**CONG_VAN, "so": "1", "trich_yeu": "V/v một việc khác",
                             "csrf_token": csrf})
        run = _bulk(c, csrf, editor)
        assert run.status_code == 200, run.text
        warned = " ".join(html.fromstring(run.text).xpath("//ul[@class='warning']//text()"))
        assert "01/SNV-TĐKT, là số sổ văn bản đi đã cấp cho văn bản khác" in warned, warned
        assert "05/03/2026" in warned and "V/v tổng kết phong trào thi đua" in warned
        assert "Tạo 2 văn bản" in run.text, "a warning: she may be sending that very letter"
        _cancel(c)
        run = _bulk(c, csrf, editor)
        assert run.status_code == 409, run.text
        assert "01/SNV-TĐKT, đã bị hủy trong sổ văn bản đi" in _alert(run)


def test_a_letter_issued_and_not_cancelled_is_sent_with_its_number_unsaid(tmp_path):
    with desk_client(tmp_path, lang="vi") as c:
        editor, csrf = issued(c)
        assert "đã phát hành: 01/SNV-TĐKT" in c.get("/soan").text
        run = _bulk(c, csrf, editor)
        assert run.status_code == 200, run.text
        assert "sổ văn bản đi" not in " ".join(
            html.fromstring(run.text).xpath("//ul[@class='warning']//text()"))
        assert "Tạo 2 văn bản" in run.text
