"""A guidance read by an OCR without the Vietnamese model (seed 003: 5 letters in 100 carry a
mark) gives no letter the commune can sign: derive refused it nowhere and wrote a công văn citing
"So noqi vu" with its phụ lục garbled (contract12 #2). A letter typed in Vietnamese has about a
quarter; one with a few names or codes without marks derives as before."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

import pytest
import yaml

from ntm_docgen.cli.main import main
from ntm_docgen.derive import derive_file
from ntm_docgen.derive.source import MARKS_FLOOR, MARKS_LETTERS, read_source
from ntm_docgen.errors import InputFileError
from ntm_docgen.vietnamese.text import strip_diacritics

ROOT = Path(__file__).resolve().parent.parent
LETTERS = Path(__file__).resolve().parent / "data" / "letters"
SEED_003 = LETTERS / "seed_003_ocr_hd_2019_langson_106.txt"
SEED_000 = LETTERS / "seed_000_hd_2018_btdkt_1741.txt"
TAN_THANH = ROOT / "data" / "profiles" / "xa-tan-thanh-lang-son.yaml"
#: the real letters with the fewest marks of the 366 in tests/data and the seeds (23-24 in 100)
FEWEST = [LETTERS / "held_out_17" / "cv_2025_quangngai_574.txt",
          LETTERS / "held_out_3" / "cv_2011_haugiang_454.txt",
          LETTERS / "held_out_14" / "cv_2024_vpbinhthuan_tkt.txt"]


def test_an_ocr_without_marks_is_refused_naming_the_file_and_the_way_out(tmp_path, runner):
    out = tmp_path / "xa-cv.docx"
    result = runner.invoke(main, ["derive", str(SEED_003), "--profile", str(TAN_THANH), "--as",
                                  "cong-van", "-o", str(out), "--ngay", "10/12/2026"])
    assert result.exit_code == 1, result.output
    said = result.stderr
    assert f"{SEED_003.name}: reads as text without Vietnamese marks: only 5 in 100" in said
    assert "derive from the scan itself" in said and "ntm-docgen import" in said
    assert "Traceback" not in said
    assert not out.exists()


def test_the_refusal_in_vietnamese(tmp_path, runner):
    result = runner.invoke(main, ["--lang", "vi", "derive", str(SEED_003), "--profile",
                                  str(TAN_THANH), "--as", "cong-van",
                                  "-o", str(tmp_path / "x.docx")])
    assert result.exit_code == 1
    assert "đọc ra là văn bản không có dấu tiếng Việt: chỉ 5 trên 100 chữ cái có dấu" in \
        result.stderr


@pytest.mark.parametrize("letter", FEWEST, ids=lambda p: p.stem)
def test_the_real_letters_with_fewest_marks_are_read(letter):
    spec, _warnings = read_source(letter)
    assert spec.trich_yeu


def test_a_guidance_with_its_names_and_codes_without_marks_derives(tmp_path):
    lines = SEED_000.read_text(encoding="utf-8").split("\n")
    # a third of the lines typed without marks (names, codes, a pasted table) still derives
    plain = [strip_diacritics(x) if i % 3 == 0 else x for i, x in enumerate(lines)]
    central = tmp_path / "hd1741.txt"
    central.write_text("\n".join(plain), encoding="utf-8")
    result = derive_file(central, TAN_THANH, "cong-van", today=date(2026, 11, 23))
    assert result.spec["noi_dung"].startswith("Thực hiện Hướng dẫn số 1741/HD-BT")


def test_the_floor_sits_between_the_ocr_and_typed_vietnamese():
    assert 0.05 < MARKS_FLOOR < 0.2 and MARKS_LETTERS <= 200


def test_the_desk_tells_it_in_its_words(client, csrf):
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "10/12/2026"},
                         files={"tep": (SEED_003.name, SEED_003.read_bytes())})
    page = html.unescape(answer.text)
    assert "reads as text without Vietnamese marks: only 5 in 100" in page
    assert "choose the scan itself here" in page and "“Compose a letter”" in page
    assert "ntm-docgen" not in page.split("reads as text without")[1][:600]
    assert "InputFileError" not in page  # the refusal, not a crash


def _typed_without_marks(tmp_path: Path, keep: tuple[str, ...] = ()) -> Path:
    """Guidance 1741's spec with every text but the fields in ``keep`` typed without marks."""
    from ntm_docgen.importer import import_letter

    data = dict(import_letter(SEED_000, markup=False).spec)

    def plain(value, where=""):
        if where in keep:
            return value
        if isinstance(value, str):
            return strip_diacritics(value)
        if isinstance(value, dict):
            return {k: plain(v, f"{where}.{k}" if where else k) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v, where) for v in value]
        return value

    spec = tmp_path / "hd1741-khong-dau.yaml"
    spec.write_text(yaml.safe_dump(plain(data), allow_unicode=True), encoding="utf-8")
    return spec


def test_a_spec_typed_without_marks_is_refused_naming_its_fields(tmp_path, runner):
    spec = _typed_without_marks(tmp_path)
    out = tmp_path / "xa-cv.docx"
    result = runner.invoke(main, ["derive", str(spec), "--profile", str(TAN_THANH), "--as",
                                  "cong-van", "-o", str(out), "--ngay", "10/12/2026"])
    assert result.exit_code == 1, result.output
    said = result.stderr
    assert f"{spec.name}: co_quan.ten, noi_dung, trich_yeu: typed without Vietnamese marks" \
        in said
    assert "noi_nhan" not in said  # the source's Nơi nhận is not the derived letter's
    assert "Traceback" not in said and not out.exists()


def test_a_spec_with_only_its_trich_yeu_typed_without_marks_is_refused(tmp_path):
    spec = _typed_without_marks(tmp_path, keep=("co_quan", "noi_dung", "phu_luc"))
    with pytest.raises(InputFileError, match=r": trich_yeu: typed without Vietnamese marks"):
        read_source(spec)


def test_the_same_spec_with_its_marks_derives(tmp_path):
    spec = _typed_without_marks(tmp_path, keep=("co_quan", "trich_yeu", "noi_dung", "phu_luc",
                                                "noi_nhan", "dia_danh", "ky", "luu", "ky_hieu"))
    result = derive_file(spec, TAN_THANH, "cong-van", today=date(2026, 11, 23))
    assert result.spec["noi_dung"].startswith("Thực hiện Hướng dẫn số 1741/HD-BTĐKT")


def test_the_desk_refuses_the_spec_in_the_same_words(client, csrf, tmp_path):
    spec = _typed_without_marks(tmp_path)
    answer = client.post("/thuc-hien", data={"csrf_token": csrf, "hinh_thuc": "cong-van",
                                             "ho_so": "xa-tan-thanh-lang-son",
                                             "ngay": "10/12/2026"},
                         files={"tep": (spec.name, spec.read_bytes())})
    page = html.unescape(answer.text)
    assert "co_quan.ten, noi_dung, trich_yeu: typed without Vietnamese marks" in page
    assert "Huong dan so" not in page  # no letter was written
