"""`ntm-docgen import` on files that are not letters or are damaged: one message, exit 1,
never a traceback and never a spec file."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

EXAMPLE = Path(__file__).parent.parent / "data" / "examples" / "cong-van-ubnd-tinh-kon-tum.yaml"
SEED = Path(__file__).parent / "data" / "letters" / "seed_000_hd_2018_btdkt_1741.txt"


def _import(path: Path, out: Path) -> tuple[int, str, BaseException | None]:
    result = CliRunner().invoke(main, ["import", str(path), "-o", str(out)])
    error = None if isinstance(result.exception, SystemExit) else result.exception
    return result.exit_code, result.output, error


def _check_refused(path: Path, tmp_path: Path, message: str) -> None:
    out = tmp_path / "out.yaml"
    code, output, error = _import(path, out)
    assert error is None, repr(error)
    assert code == 1, output
    assert path.name in output and message in output
    assert "Traceback" not in output
    assert not out.exists()


UTF16 = SEED.read_text(encoding="utf-8").encode("utf-16")


@pytest.mark.parametrize(("data", "message"), [
    (b"\xff\xfe\x00\x01garbage", "not readable UTF-16 text"),
    (UTF16[:1001], "not readable UTF-16 text"),
    (b"\xfe\xff\xd8\x00", "not readable UTF-16 text"),
    (b"Ch\xe0o \x81\x8a", "neither UTF-8 nor Windows-1258 text"),
    (b"", "nothing letter-like"),
    (b"\xef\xbb\xbf", "nothing letter-like"),
    (SEED.read_text(encoding="utf-8").encode("utf-16-le"), "holds NUL bytes"),
    (SEED.read_bytes().replace(b"\n", b"\x00\n"), "holds NUL bytes"),
], ids=["utf16-bom-then-garbage", "utf16-cut-at-odd-byte", "utf16-be-lone-surrogate",
        "no-code-page", "empty", "bom-only", "utf16-without-its-mark", "nul-bytes"])
def test_unreadable_text_is_refused_with_one_message(data: bytes, message: str,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(data)
    _check_refused(path, tmp_path, message)


def test_whole_utf16_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_bytes(UTF16)
    code, output, error = _import(path, tmp_path / "out.yaml")
    assert (code, error) == (0, None), output


@pytest.fixture(scope="module")
def good_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("docx") / "letter.docx"
    assert CliRunner().invoke(main, ["render", str(EXAMPLE), "-o", str(out)]).exit_code == 0
    return out.read_bytes()


def _rezip(data: bytes, part: str, content: bytes | None) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for name in source.namelist():
            if name != part:
                out.writestr(name, source.read(name))
            elif content is not None:
                out.writestr(name, content)
    return buffer.getvalue()


DAMAGE = {
    "empty": lambda d: b"",
    "random-bytes": lambda d: random.Random(1).randbytes(300),
    "cut-in-half": lambda d: d[:len(d) // 2],
    "cut-near-end": lambda d: d[:-30],
    "document-not-xml": lambda d: _rezip(d, "word/document.xml", b"<w:document garbage"),
    "document-empty": lambda d: _rezip(d, "word/document.xml", b""),
    "document-missing": lambda d: _rezip(d, "word/document.xml", None),
    "styles-not-xml": lambda d: _rezip(d, "word/styles.xml", b"<<"),
    "content-types-missing": lambda d: _rezip(d, "[Content_Types].xml", None),
    "no-document-relationship": lambda d: _rezip(d, "_rels/.rels", (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns='
        b'"http://schemas.openxmlformats.org/package/2006/relationships"/>')),
}


#: What the refusal says is wrong, as copy and check say it of the same file.
NOT_A_PACKAGE = "(damaged, or a file of another kind given this name)"
TOLD = {"empty": NOT_A_PACKAGE, "random-bytes": NOT_A_PACKAGE,
        "cut-in-half": NOT_A_PACKAGE, "cut-near-end": NOT_A_PACKAGE,
        "document-not-xml": "(its part word/document.xml is damaged from line 1, column 20 on)",
        "document-empty": "(its part word/document.xml is damaged from line 1, column 1 on)",
        "document-missing": "(it has no part word/document.xml)",
        "styles-not-xml": "(its part word/styles.xml is damaged from line 1, column 2 on)",
        "content-types-missing": "(it has no part [Content_Types].xml)",
        "no-document-relationship": "(it names no main document part)"}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_damaged_docx_is_refused_with_one_message(damage: str, good_docx: bytes,
                                                  tmp_path: Path) -> None:
    path = tmp_path / "letter.docx"
    path.write_bytes(DAMAGE[damage](good_docx))
    if damage == "empty":  # told as empty, as every reader tells it (files.misnamed.refused)
        _check_refused(path, tmp_path, "is empty (0 bytes)")
        return
    told = f" {TOLD[damage]}" if TOLD[damage] else ""
    _check_refused(path, tmp_path, f"not a Word document (.docx) that can be opened{told}; "
                   "open it in Word")


def test_fuzzed_files_never_raise(good_docx: bytes, tmp_path: Path) -> None:
    """Flipped bytes, cuts at every length and random text: exit 0 or 1, never an exception."""
    rng = random.Random(7)
    cases: list[tuple[str, bytes]] = []
    for _ in range(25):
        flipped = bytearray(good_docx)
        for _ in range(5):
            flipped[rng.randrange(len(flipped))] = rng.randrange(256)
        cases.append(("letter.docx", bytes(flipped)))
    cases += [("letter.docx", good_docx[:cut]) for cut in range(0, len(good_docx), 997)]
    cases += [("letter.txt", prefix + rng.randbytes(rng.randrange(60)))
              for prefix in (b"", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf") for _ in range(10)]
    for n, (name, data) in enumerate(cases):
        path = tmp_path / f"{n}-{name}"
        path.write_bytes(data)
        code, output, error = _import(path, tmp_path / f"{n}.yaml")
        assert error is None and code in (0, 1), (n, name, output, repr(error))
        assert "Traceback" not in output
