"""A UTF-8 list with one damaged byte (a stray byte pasted in) was read as Windows-1258, so
every Vietnamese letter of it came out garbled in the letters (“Kính gửi: UBND xĂ£ á”) with
exit 0 (a black-box run): it is refused, naming the line; a list saved in Windows-1258, and a
legacy font's bytes, are read as before."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA

from ntm_docgen.cli.main import main


def _run(runner, tmp_path: Path, raw: bytes):  # type: ignore[no-untyped-def]
    (tmp_path / "ds.csv").write_bytes(raw)
    return runner.invoke(main, ["bulk", str(DATA / "bulk" / "xa.yaml"), "--recipients",
                                str(tmp_path / "ds.csv"), "-o", str(tmp_path / "out")],
                         env={"NTM_DOCGEN_LANG": "en"})


def test_a_utf8_list_with_a_damaged_byte_is_refused_naming_its_line(runner, tmp_path):
    raw = ("kinh_gui,ten,loai_don_vi,ma\nUBND xã Tân Thành,Tân Thành,xã,1\n".encode()
           + b"UBND x\xc3\xa3 \xe1 \xc4\x90\xc3\xb4ng,\xc4\x90\xc3\xb4ng,x\xc3\xa3,2\n")
    result = _run(runner, tmp_path, raw)
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "is UTF-8 text with a damaged byte on line 3" in said, said
    assert not (tmp_path / "out").exists()


def test_a_list_saved_in_windows_1258_is_still_read(runner, tmp_path):
    text = "kinh_gui,ten,loai_don_vi,ma\nUBND xa\u0303 Tân Thành,Tân Thành,xa\u0303,1\n"
    result = _run(runner, tmp_path, text.encode("cp1258"))
    assert result.exit_code == 0, result.output
    assert len(list((tmp_path / "out").glob("*.docx"))) == 1
