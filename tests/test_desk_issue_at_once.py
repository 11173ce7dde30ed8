"""Phát hành sent twice at one instant (two requests within milliseconds, a black-box day on
the desk: three numbers, 03, 04 and 05/TB-UBND, all on one file): the draft is marked as being
issued before the request waits on anything, so the second is refused and one number taken."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from desk_support import csrf_of, desk_client, new_draft

from ntm_docgen import api
from ntm_docgen.desk.views import issued_draft

CONG_VAN = {"trich_yeu": "V/v báo cáo kết quả", "co_quan.ten": "ỦY BAN NHÂN DÂN XÃ TÂN THÀNH",
            "co_quan.viet_tat": "UBND", "dia_danh": "Tân Thành",
            "ngay": date.today().strftime("%d/%m/%Y"), "kinh_gui": ["Ủy ban nhân dân tỉnh"],
            "noi_dung": "Ủy ban nhân dân xã báo cáo kết quả.", "ky.chuc_vu": "CHỦ TỊCH",
            "ky.ho_ten": "Hoàng Văn Bình"}


def test_two_sends_at_one_instant_take_one_number(tmp_path, monkeypatch):
    answer = issued_draft.answer

    async def slow(*args, **kwargs):  # the window the first send waited in
        await asyncio.sleep(0.3)
        return await answer(*args, **kwargs)

    monkeypatch.setattr(issued_draft, "answer", slow)
    with desk_client(tmp_path, lang="vi") as client:
        csrf = csrf_of(client)
        editor = new_draft(client, csrf)
        client.post(editor, data={**CONG_VAN, "csrf_token": csrf})

        def send(_n: int) -> int:
            return client.post(f"{editor}/phat-hanh", data={"csrf_token": csrf},
                               follow_redirects=False).status_code

        with ThreadPoolExecutor(3) as pool:
            codes = sorted(pool.map(send, range(3)))
    assert codes == [303, 409, 409]
    with api.open_register(str(tmp_path / "so-di.sqlite3")) as reg:
        assert [r.so_hieu for r in reg.entries()] == ["01/UBND"]
