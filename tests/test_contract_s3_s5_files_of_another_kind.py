"""Contract §3 and §5: a copy spec or a profile that is empty, or that is a PDF, a Word file or a
picture under its name, is told as what it is, with what to give instead; a PDF was told to be
"saved again as UTF-8", an empty copy spec "expected a mapping of keys; found nothing"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ntm_docgen.cli.main import main

DATA = Path(__file__).parent / "data"
#: Lào Cai's signed công văn 7432/2026 (tests/data/derive/real_pdf/provenance.tsv).
SIGNED = DATA / "derive" / "real_pdf" / "cv_2026_laocai_7432.pdf"
#: The Văn phòng Trung ương's Hướng dẫn 36 (tests/data/wordkinds/provenance.tsv).
WORD = DATA / "wordkinds" / "hd_2018_vptw_36.docx"
#: Bắc Ninh's Mẫu số 30, a Word 97-2003 file (tests/data/wordkinds/provenance.tsv).
OLD_WORD = DATA / "wordkinds" / "chuyen_don_30_bacninh.doc"
#: A scan's line (tests/data/ocr_luu).
PICTURE = DATA / "ocr_luu" / "phutho_03.png"
PROFILE = DATA / "derive" / "xa-mau-son-2026.yaml"


def test_an_empty_copy_spec_says_where_to_start(runner, tmp_path):
    empty = tmp_path / "sao-y.yaml"
    empty.write_bytes(b"")
    out = tmp_path / "ban-sao.pdf"
    result = runner.invoke(main, ["copy", str(SIGNED), "--spec", str(empty), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "the copy spec is empty; start from `ntm-docgen new SY`" in result.stderr
    assert "expected a mapping" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(("real", "kind"), [(SIGNED, "PDF"), (WORD, "DOCX"), (OLD_WORD, "DOC"),
                                           (PICTURE, "PNG")],
                         ids=["pdf", "word", "word-97", "picture"])
def test_a_profile_of_another_kind_is_told_as_what_it_is(runner, tmp_path, real, kind):
    profile = tmp_path / "xa-mau-son.yaml"
    shutil.copyfile(real, profile)
    out = tmp_path / "cv.docx"
    result = runner.invoke(main, ["derive", str(SIGNED), "--profile", str(profile),
                                  "--as", "cong-van", "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"is a {kind} file, not a YAML or JSON file" in result.stderr, result.stderr
    assert "UTF-8" not in result.stderr
    assert not out.exists()


def test_a_profile_that_is_text_in_another_encoding_is_still_told_as_not_utf8(runner, tmp_path):
    profile = tmp_path / "xa.yaml"
    profile.write_bytes(PROFILE.read_text(encoding="utf-8").encode("utf-16"))
    result = runner.invoke(main, ["derive", str(SIGNED), "--profile", str(profile),
                                  "--as", "cong-van", "-o", str(tmp_path / "cv.docx")])
    assert result.exit_code == 1, result.output
    assert "UTF-8" in result.stderr


def test_the_desk_tells_a_pdf_saved_under_a_draft_name_as_a_pdf(client, csrf):
    """Soạn văn bản, Mở: a draft file (.yaml) that is Lào Cai's PDF under that name."""
    answer = client.post("/soan/mo", data={"csrf_token": csrf},
                         files={"tep": ("nhap.yaml", SIGNED.read_bytes())})
    assert answer.status_code == 400, answer.text
    assert "nhap.yaml: is a PDF file, not a YAML or JSON file" in answer.text, answer.text
    assert "UTF-8" not in answer.text


def test_a_profile_given_as_the_pdf_itself_is_not_told_to_rename_it(runner, tmp_path):
    result = runner.invoke(main, ["derive", str(SIGNED), "--profile", str(SIGNED),
                                  "--as", "cong-van", "-o", str(tmp_path / "cv.docx")])
    assert result.exit_code == 1, result.output
    assert "is a PDF file, not a YAML or JSON file (.yaml, .yml, .json): give the .yaml or " \
           ".json file here\n" in result.stderr, result.stderr


def test_a_word_97_file_given_by_its_own_name_is_told_as_a_doc(runner, tmp_path):
    result = runner.invoke(main, ["derive", str(SIGNED), "--profile", str(OLD_WORD),
                                  "--as", "cong-van", "-o", str(tmp_path / "cv.docx")])
    assert result.exit_code == 1, result.output
    assert "is a DOC file, not a YAML or JSON file (.yaml, .yml, .json): give the .yaml or " \
           ".json file here\n" in result.stderr, result.stderr
