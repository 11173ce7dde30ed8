"""The implementing letter's page names a date it cannot read by the label of its field
("Hạn gửi báo cáo"), not by the command line's option or the spec's key (``han``)."""

from __future__ import annotations

import pytest

from ntm_docgen import api

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"


@pytest.mark.parametrize(("field", "label"), [("ngay", "Date of the new letter"),
                                              ("han", "Deadline for reports")])
def test_an_impossible_date_is_named_by_its_label(client, csrf, field, label):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "lang-son", field: "32/13/2026"},
                         files={"tep": (HD_1741.name, HD_1741.read_bytes())})
    assert answer.status_code == 422
    assert f"{label}: that date does not exist" in answer.text
    assert f"{field}: that date" not in answer.text
