"""On the desk's Văn bản thực hiện, a Tờ trình chosen as the letter to implement is refused in
the form's words, as on the command line (derive20), and no draft is made."""

from __future__ import annotations

import html
from pathlib import Path

TO_TRINH = (Path(__file__).resolve().parent / "data" / "letters" / "held_out_38"
            / "ttr_2025_snv_binhthuan_255.txt")


def test_a_to_trinh_is_refused_as_what_it_is(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "05/01/2026"},
                         files={"tep": (TO_TRINH.name, TO_TRINH.read_bytes())})
    page = html.unescape(answer.text)
    assert "is a Tờ trình, which gives no unit below its issuer work to carry out" in page
    assert "Traceback" not in page
