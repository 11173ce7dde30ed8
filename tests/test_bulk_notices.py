"""What bulk tells the clerk beside the letters: an issuer of another province than the
communes addressed, the spec's numbers that --so-rieng replaces and the numbers it took."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

BULK = Path(__file__).resolve().parent / "data" / "bulk"


@pytest.mark.parametrize(("province", "warned"), [
    ("Lạng Sơn", True), ("Lai Châu", False), ("lai chau", False),
], ids=["other-province", "same-province", "same-province-written-loosely"])
def test_issuer_of_another_province(runner: CliRunner, tmp_path: Path, province: str,
                                    warned: bool) -> None:
    result = runner.invoke(main, ["bulk", str(BULK / "xa.yaml"), "--xa-cua", province, "-o",
                                  str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = ("warning: the spec's issuer is of Lai Châu (co_quan, dia_danh), but --xa-cua "
            "addresses the communes of Lạng Sơn")
    assert (said in result.stderr) is warned


def test_issuer_province_in_the_parent_body_line(runner: CliRunner, tmp_path: Path) -> None:
    spec = tmp_path / "kh.yaml"
    spec.write_text("loai: KH\nco_quan: {chu_quan: UBND TỈNH LẠNG SƠN, ten: SỞ NỘI VỤ, "
                    "viet_tat: SNV}\ndia_danh: Đồng Đăng\ntrich_yeu: Kiểm tra tại {{ ten }}\n"
                    "ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Lê Văn An}\nluu: VT\n", encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(spec), "--xa-cua", "Cao Bằng", "-o",
                                  str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "issuer is of Lạng Sơn (co_quan, dia_danh), but --xa-cua addresses the communes of " \
           "Cao Bằng" in result.stderr


def test_so_rieng_says_what_it_replaces_and_what_it_took(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    spec = tmp_path / "kh.yaml"
    spec.write_text((BULK / "ke_hoach_phu_luc.yaml").read_text(encoding="utf-8") + (
        "ban_sao:\n  hinh_thuc: SAO Y\n  so: 7\n  co_quan: {ten: VĂN PHÒNG, viet_tat: VP}\n"
        "  dia_danh: Lạng Sơn\n  ky: {chuc_vu: CHÁNH VĂN PHÒNG, ho_ten: Lê Văn Bình}\n"),
        encoding="utf-8")
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ten,ngay_kiem_tra\n" + "".join(f"Phòng {i},xã {i},1/9\n"
                                                          for i in range(3)),
                          encoding="utf-8")
    args = ["bulk", str(spec), "--recipients", str(recipients), "-o", str(tmp_path / "out"),
            "--so-rieng", "--db", str(tmp_path / "so.db")]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "warning: so: 21 in the spec is replaced by each letter's own number" in result.stderr
    assert "warning: ban_sao.so: 7 in the spec is replaced by each copy's own number" \
        in result.stderr
    assert "6 numbers from the register: 01-03/KH-SNV; 01-03/SY-VP" in result.stderr
    again = runner.invoke(main, args)
    assert "numbers from the register" not in again.stderr  # nothing new was numbered


def test_numbers_taken_in_vietnamese(runner: CliRunner, tmp_path: Path) -> None:
    recipients = tmp_path / "r.csv"
    recipients.write_text("kinh_gui,ten,ngay_kiem_tra\nPhòng 1,xã 1,1/9\n", encoding="utf-8")
    result = runner.invoke(main, ["bulk", str(BULK / "ke_hoach_phu_luc.yaml"), "--recipients",
                                  str(recipients), "-o", str(tmp_path / "out"), "--allocate",
                                  "--db", str(tmp_path / "so.db")],
                           env={"NTM_DOCGEN_LANG": "vi"})
    assert result.exit_code == 0, result.output
    assert "cảnh báo: so: 21 trong tệp nội dung văn bản" in result.stderr
    assert "1 số lấy từ sổ văn bản đi: 01/KH-SNV" in result.stderr
    assert "1 văn bản trong" in result.stdout
