"""Numbers given by hand before the register (a paper sổ since January): the series goes on from
the last of them, one line says where the paper sổ ends, and it is set only before the register
gives a number of that series; on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from register_support import register_db

from ntm_docgen import api
from ntm_docgen.errors import RegisterError


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    with register_db(request.param, tmp_path) as url:
        yield url


def test_each_series_goes_on_from_its_last_number_given_by_hand(db) -> None:
    with api.open_register(db) as reg:
        reg.set_che_do("UBND", "theo-loai", 2026)
        line = reg.start_after("UBND", "CV", 57, nam=2026)
        reg.start_after("UBND", "KH", 21, nam=2026)
        reg.start_after("UBND", "KH", 12, nam=2026)  # 21 was a slip of the finger
        reg.start_after("UBND", "BC", 31, nam=2026)
        given = [reg.allocate("UBND", loai, nam=2026).so_hieu for loai in ("CV", "KH", "BC", "CV")]
        sy = reg.allocate("UBND", "SY", nam=2026).so_hieu
        rows = reg.entries(nam=2026)
    assert (line.so_hieu, line.trang_thai, line.ten_loai) == ("57/UBND", "tay", "Công văn")
    assert "57" in line.ghi_chu and "58" in line.ghi_chu
    assert given == ["58/UBND", "13/KH-UBND", "32/BC-UBND", "59/UBND"]
    assert sy == "01/SY-UBND", "copies keep their own series"
    assert [r.so_hieu for r in rows if r.trang_thai == "tay"] == \
        ["57/UBND", "12/KH-UBND", "31/BC-UBND"]


def test_a_series_the_register_numbered_is_not_set_again(db) -> None:
    with api.open_register(db) as reg:
        reg.start_after("UBND", "CV", 40, nam=2026)
        assert reg.allocate("UBND", "KH", nam=2026).so_hieu == "41/KH-UBND"  # one series
        with pytest.raises(RegisterError, match="41/KH-UBND"):
            reg.start_after("UBND", "CV", 57, nam=2026)
        with pytest.raises(RegisterError, match="from 1 to 99999"):
            reg.start_after("UBND", "CV", 0, nam=2027)
        assert reg.allocate("UBND", "CV", nam=2026).so_hieu == "42/UBND"
        reg.forget_hand_kept("UBND", 2026)  # the register gave numbers: nothing taken back
        assert len(reg.entries(nam=2026)) == 3


def test_the_paper_register_s_line_is_neither_cancelled_nor_given_a_letter(db, tmp_path) -> None:
    from click.testing import CliRunner

    from ntm_docgen.cli.main import main
    from ntm_docgen.register.model import RegisterEntry

    letter = tmp_path / "cv.docx"
    letter.write_bytes(b"not read")
    with api.open_register(db) as reg:
        line = reg.start_after("UBND", "CV", 12, nam=2026)
        assert reg.allocate("UBND", "CV", nam=2026).so_hieu == "13/UBND"
        for refused in (lambda: reg.cancel(line.id, "thử"), lambda: reg.record(line.id, letter),
                        lambda: reg.describe(line.id, RegisterEntry(trich_yeu="Về việc"))):
            with pytest.raises(RegisterError, match="12/UBND is the line saying"):
                refused()
    said = CliRunner().invoke(main, ["--lang", "vi", "register", "cancel", "12/UBND", "--db", db,
                                     "--nam", "2026", "--ly-do", "thử"])
    assert said.exit_code == 1, said.output
    assert "Số 12/UBND là dòng ghi các số đến số ấy đã cấp trên sổ giấy: không hủy được" in \
        " ".join(said.output.split())
    with api.open_register(db) as reg:
        kept = next(r for r in reg.entries(nam=2026) if r.id == line.id)
    assert (kept.trang_thai, kept.trich_yeu, kept.tep) == ("tay", "", None)
    assert "hủy" not in kept.ghi_chu.lower()


def test_copies_and_secret_letters_go_on_from_their_numbers_given_by_hand(db) -> None:
    with api.open_register(db) as reg:
        reg.start_after("UBND", "CV", 40, nam=2026)
        copies = reg.start_after("UBND", "SY", 5, nam=2026)
        secret = reg.start_after("UBND", "CV", 2, nam=2026, mat=True)
        assert reg.allocate("UBND", "SL", nam=2026).so_hieu == "06/SL-UBND"
        assert reg.allocate("UBND", "CV", nam=2026, mat=True).so_hieu == "03/UBND"
        assert reg.allocate("UBND", "CV", nam=2026).so_hieu == "41/UBND"
    assert (copies.so_hieu, copies.ten_loai) == ("05/SY-UBND", "mọi bản sao")
    assert (secret.so_hieu, secret.ten_loai) == ("02/UBND", "mọi văn bản mật")
