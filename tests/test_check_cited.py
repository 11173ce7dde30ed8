"""check: a căn cứ citing a text the table knows (data/van_ban_can_cu.yaml) with another date is
told as a lưu ý naming the text and the date it bears; the dates as issued, a text the table
does not hold and a law of one name with another version are not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from check_letter import edit, find, retext

from ntm_docgen import api
from ntm_docgen.check import check_file

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "examples" / \
    "quyet-dinh-khen-thuong.yaml"


@pytest.fixture(scope="module")
def qd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example decision on khen thưởng, whose căn cứ cite Luật Thi đua, khen thưởng of
    15/6/2022 and Nghị định 98/2023/NĐ-CP of 31/12/2023, rendered once."""
    out = tmp_path_factory.mktemp("cited") / "qd.docx"
    api.render(api.load_spec(EXAMPLE), out, today=date(2026, 3, 5))
    return out


def _cites(pattern: str, text: str):  # type: ignore[no-untyped-def]
    return lambda d: retext(find(d, pattern), pattern, text)


@pytest.mark.parametrize(("change", "told"), [
    (None, None),
    (_cites(r"khen thưởng ngày 15 tháng 6 năm 2022", "khen thưởng ngày 16 tháng 6 năm 2022"),
     "Luật Thi đua, khen thưởng"),
    (_cites(r"98/2023/NĐ-CP ngày 31 tháng 12 năm 2023", "98/2023/NĐ-CP ngày 30/12/2023"),
     "Nghị định số 98/2023/NĐ-CP"),
    (_cites(r"khen thưởng ngày 15 tháng 6 năm 2022", "khen thưởng ngày 26 tháng 11 năm 2003"),
     None),  # the law of 2003: a version of its own
    (_cites(r"khen thưởng ngày 15 tháng 6 năm 2022", "khen thưởng ngày 10 tháng 6 năm 2021"),
     None),  # no version a sign away: a law the table does not hold
    (_cites(r"98/2023/NĐ-CP ngày 31 tháng 12 năm 2023", "99/2023/NĐ-CP ngày 30/12/2023"),
     None),  # another decree
    (_cites(r"khen thưởng ngày 15 tháng 6 năm 2022", "khen thưởng ngày 15 tháng 6 năm 2023"),
     None),  # another year: maybe a version the table does not hold
    (_cites(r"Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023",
            "các Nghị định của Chính phủ: số 98/2023/NĐ-CP ngày 30/12/2023"),
     "Nghị định số 98/2023/NĐ-CP"),  # a number in a list under its kind
], ids=["as-built", "law-a-day-off", "decree-in-figures", "law-of-2003", "law-unknown",
        "another-decree", "law-another-year", "in-a-list-under-its-kind"])
def test_a_known_text_cited_with_another_date_is_told(qd, tmp_path, change, told):
    path = edit(qd, tmp_path / "v.docx", *([change] if change else []))
    found = [f for f in check_file(path) if f.rule == "can_cu.cited_date"]
    assert [f.message.split(" (")[0] for f in found] == ([told] if told else [])
    if told:
        (finding,) = found
        assert finding.severity == "luu_y" and finding.fix is None
        assert ("15/06/2022" if "Luật" in told else "31/12/2023") in finding.message


def test_the_finding_reads_in_vietnamese(qd, tmp_path):
    from ntm_docgen.i18n import set_language

    set_language("vi")  # the conftest's fixture speaks the environment's language again after
    path = edit(qd, tmp_path / "v.docx", _cites(r"khen thưởng ngày 15 tháng 6 năm 2022",
                                               "khen thưởng ngày 16 tháng 6 năm 2022"))
    (finding,) = [f for f in check_file(path) if f.rule == "can_cu.cited_date"]
    assert finding.message == ("Luật Thi đua, khen thưởng (Quốc hội thông qua ngày 15/06/2022), "
                               "nhưng căn cứ ghi ngày 16 tháng 6 năm 2022: sửa lại đúng ngày "
                               "thông qua của luật")
    path = edit(qd, tmp_path / "d.docx", _cites(r"98/2023/NĐ-CP ngày 31 tháng 12 năm 2023",
                                                "98/2023/NĐ-CP ngày 30/12/2023"))
    (finding,) = [f for f in check_file(path) if f.rule == "can_cu.cited_date"]
    assert finding.message == ("Nghị định số 98/2023/NĐ-CP (Chính phủ) ban hành ngày 31/12/2023, "
                               "nhưng căn cứ ghi ngày 30/12/2023: sửa lại đúng ngày ban hành của "
                               "văn bản")
