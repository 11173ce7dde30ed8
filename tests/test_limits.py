"""The limits on outside input (files/limits.py): each hostile shape of the issue is refused with
a message naming the limit and its environment variable, and a genuine file over a default
passes once the variable raises it."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from ntm_docgen.errors import InputFileError, LimitError, failure_message
from ntm_docgen.files import limits
from ntm_docgen.files.package import UnreadablePackageError, read_package
from ntm_docgen.letter.datafile import read_data

GOOD = """loai: KH
co_quan: {ten: SỞ NỘI VỤ, viet_tat: SNV}
dia_danh: Lạng Sơn
trich_yeu: Tổ chức hội nghị
ky: {chuc_vu: GIÁM ĐỐC, ho_ten: Hoàng Thị Hiền}
"""


def write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def alias_bomb(repeat: int = 100_000, size: int = 100_000) -> str:
    """The issue's 411 KB spec: one 100 KB text named once and repeated by alias."""
    return (f'trich_yeu: &s "{"x" * size}"\nnoi_nhan: [' + ", ".join(["*s"] * repeat) + "]\n")


def laughs(levels: int = 9) -> str:
    """Lists of ten aliases of the list before: 10**9 values from 1 KB."""
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, levels)]
    return "\n".join(lines) + "\n"


SPECS = {
    "alias-bomb.yaml": (alias_bomb(), "NTM_DOCGEN_MAX_SPEC_CHARS"),
    "laughs.yaml": (laughs(), "NTM_DOCGEN_MAX_SPEC_NODES"),
    "deep.json": ("[" * 10_000 + "]" * 10_000, "NTM_DOCGEN_MAX_DEPTH"),
    "deep-flow.yaml": ("[" * 100_000 + "]" * 100_000, "NTM_DOCGEN_MAX_DEPTH"),
    "deep-block.yaml": ("- " * 50_000 + "x\n", "NTM_DOCGEN_MAX_DEPTH"),
    "big-int.json": ('{"so": ' + "9" * 5000 + "}", "NTM_DOCGEN_MAX_INT_DIGITS"),
    "big-int.yaml": ("so: " + "9" * 5000 + "\n", "NTM_DOCGEN_MAX_INT_DIGITS"),
    "huge.yaml": ("noi_dung: " + "x" * (6 << 20) + "\n", "NTM_DOCGEN_MAX_SPEC_BYTES"),
}


@pytest.mark.parametrize("name", list(SPECS), ids=list(SPECS))
def test_hostile_spec_is_refused_naming_the_limit(tmp_path: Path, name: str) -> None:
    text, env = SPECS[name]
    with pytest.raises(LimitError) as raised:
        read_data(write(tmp_path, name, text))
    assert env in str(raised.value) and name in str(raised.value)


@pytest.mark.parametrize(("name", "text", "said"), [
    ("surrogate.json", '{"trich_yeu": "a\\ud800b"}', "lone surrogate"),
    ("twice.json", '{"loai": "KH", "loai": "HD"}', "the key 'loai' is given twice"),
    ("binary.yaml", "loai: !!binary aGVsbG8=\n", "the tag !!binary is not read"),
    ("set.yaml", "noi_nhan: !!set {a, b}\n", "the tag !!set is not read"),
    ("python.yaml", "loai: !!python/object:os.system [ls]\n", "is not read"),
    ("recursive.yaml", "a: &a [*a]\n", "an alias repeats the list or mapping that holds it"),
    ("key-list.yaml", "trich_yeu: {{ ten }}\n", "needs quotes"),
], ids=["json-surrogate", "json-duplicate-key", "yaml-binary", "yaml-set", "yaml-python",
        "yaml-recursive-alias", "yaml-mapping-key"])
def test_malformed_spec_gets_one_message(tmp_path: Path, name: str, text: str,
                                         said: str) -> None:
    with pytest.raises(InputFileError) as raised:
        read_data(write(tmp_path, name, text))
    assert said in str(raised.value)


def test_yaml_keys_1_and_true_are_two_unknown_keys(tmp_path: Path) -> None:
    assert read_data(write(tmp_path, "keys.yaml", "1: a\ntrue: b\n")) == {"1": "a", "true": "b"}


def test_device_is_read_no_further_than_the_limit() -> None:
    with pytest.raises(LimitError, match="NTM_DOCGEN_MAX_SPEC_BYTES"):
        read_data("/dev/zero")


def test_a_limit_is_raised_by_its_environment_variable(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "deep.json", "[" * 40 + "]" * 40)
    with pytest.raises(LimitError):
        read_data(path)
    monkeypatch.setenv("NTM_DOCGEN_MAX_DEPTH", "64")
    assert read_data(path) is not None
    monkeypatch.setenv("NTM_DOCGEN_MAX_DEPTH", "lots")
    with pytest.raises(InputFileError, match="expected a positive whole number"):
        read_data(path)


def test_render_refuses_the_alias_bomb_with_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    spec = write(tmp_path, "bomb.yaml", GOOD + alias_bomb().replace("trich_yeu", "luu", 1))
    result = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "out.docx")])
    assert result.exit_code == 1
    assert "NTM_DOCGEN_MAX_SPEC_CHARS" in result.stderr
    assert not (tmp_path / "out.docx").exists()


def deflated(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_zip_part_is_refused_while_it_inflates(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_ZIP_MEMBER", str(4 << 20))
    path = write(tmp_path, "bomb.docx", deflated({"word/document.xml": b" " * (16 << 20)}))
    with pytest.raises(LimitError, match="word/document.xml"):
        read_package(path)


def test_zip_part_that_inflates_too_many_times_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "ratio.docx", deflated({"a.xml": b"\0" * (limits.RATIO_FLOOR + 1)}))
    with pytest.raises(LimitError, match="NTM_DOCGEN_MAX_ZIP_RATIO"):
        read_package(path)


def test_zip_header_that_lies_about_the_size_is_caught(tmp_path: Path) -> None:
    data = bytearray(deflated({"word/document.xml": b"<w:document/>" * 10_000}))
    # claim 10 bytes, in the local and the central header (the inflated stream says more)
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.index(signature)
        data[at + offset:at + offset + 4] = (10).to_bytes(4, "little")
    with pytest.raises(UnreadablePackageError):
        read_package(write(tmp_path, "lying.docx", bytes(data)))


def encrypted_zip(members: dict[str, bytes]) -> bytes:
    """A zip whose parts say they are encrypted (ZipCrypto's flag), as a password-protected
    file from an old archiver does."""
    data = bytearray(deflated(members))
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset] |= 1
            at = data.find(signature, at + 4)
    return bytes(data)


def test_encrypted_zip_says_password(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.docx", encrypted_zip({"word/document.xml": b"<x/>"}))
    with pytest.raises(UnreadablePackageError) as raised:
        read_package(path)
    assert raised.value.encrypted and "password-protected" in str(raised.value)


def test_check_of_an_encrypted_docx_says_password(runner: CliRunner, tmp_path: Path) -> None:
    """One message and the status of every unreadable input of check (1, as the command's
    help says), never a traceback."""
    path = write(tmp_path, "locked.docx", encrypted_zip({"word/document.xml": b"<x/>"}))
    result = runner.invoke(main, ["check", str(path)])
    assert result.exit_code == 1 and "password-protected" in result.stderr
    assert "Traceback" not in result.output and not isinstance(result.exception, RuntimeError)


@pytest.mark.parametrize(("error", "said"), [
    (MemoryError(), "not enough memory"), (RecursionError(), "nested too deeply"),
    (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), "Unicode"),
    (zipfile.BadZipFile("bad"), "damaged"), (OverflowError("big"), "damaged"),
    (AttributeError("x"), "internal error"),
], ids=["memory", "recursion", "unicode", "zip", "overflow", "bug"])
def test_failure_message_names_what_happened(error: BaseException, said: str) -> None:
    assert said in failure_message(error)
