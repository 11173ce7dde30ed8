"""A letter received as Word 97 (.doc), RTF or OpenDocument (.odt) is read as the .docx
LibreOffice makes of it: the same spec as its Word file, legacy fonts too, through `import`,
`derive` and the desk; a file that cannot be read so is refused with one message naming it.

The files are made here by LibreOffice from the project's own letters (``data/examples``)."""

from __future__ import annotations

import importlib.util
import json
import struct
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
import yaml
from desk_support import csrf_of, desk_client
from test_import_legacy import _letter as legacy_letter

from ntm_docgen import api
from ntm_docgen.cli.main import main
from ntm_docgen.files import officein
from ntm_docgen.files.office import shared_pool
from ntm_docgen.importer import import_letter

ROOT = api.profile_path("lang-son").parent.parent.parent
HD_1741 = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
LANG_SON = api.profile_path("lang-son")
FILTERS = {".doc": "MS Word 97", ".rtf": "Rich Text Format", ".odt": "writer8"}


def saved_as(docx: Path, suffix: str) -> Path:
    """``docx`` saved by LibreOffice as ``suffix`` beside it."""
    pool = shared_pool()
    assert pool is not None, "LibreOffice's uno is needed to make the files"
    target = docx.with_suffix(suffix)
    pool.convert(docx, target, FILTERS[suffix])
    return target


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """The Hướng dẫn 1741 as .docx and as each of the three kinds LibreOffice writes."""
    folder = tmp_path_factory.mktemp("office")
    docx = folder / "huong-dan.docx"
    api.render(api.load_spec(HD_1741), docx, today=date(2026, 3, 5))
    return {".docx": docx, **{s: saved_as(docx, s) for s in FILTERS}}


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt"])
def test_a_letter_reads_as_its_word_file_does(letters, suffix: str) -> None:
    path = letters[suffix]
    assert officein.check(path) == suffix[1:]  # by its first bytes, not its name only
    read, word = import_letter(path), import_letter(letters[".docx"])
    assert read.spec == word.spec
    assert read.warnings == word.warnings
    assert read.spec["ky"]["ho_ten"] and read.spec["trich_yeu"] != "..."


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_a_doc_typed_in_legacy_fonts_is_read_as_unicode(tmp_path: Path, encoding: str) -> None:
    """ư is U+00AD in TCVN3, which LibreOffice reads from a .doc as a soft hyphen."""
    odt = saved_as(legacy_letter(tmp_path / "cu.docx", encoding, by_style=False), ".odt")
    result = import_letter(saved_as(odt, ".doc"))
    assert result.spec["co_quan"]["ten"] == "SỞ NỘI VỤ"
    assert result.spec["ky"] == {"chuc_vu": "GIÁM ĐỐC", "ho_ten": "Nguyễn Văn An"}
    assert (result.spec["noi_nhan"], result.spec["luu"]) == (["Như trên"], "VT, TH")
    assert any({"tcvn3": "TCVN3", "vni": "VNI"}[encoding] in w for w in result.warnings)


def test_import_writes_the_spec_of_a_doc(runner, letters, tmp_path: Path) -> None:
    out = tmp_path / "hd.yaml"
    result = runner.invoke(main, ["import", str(letters[".doc"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "huong-dan.doc" in out.read_text(encoding="utf-8").splitlines()[0]


def test_derive_reads_a_guidance_sent_as_doc(runner, letters, tmp_path: Path) -> None:
    out = tmp_path / "ke-hoach.docx"
    result = runner.invoke(main, ["derive", str(letters[".doc"]), "--profile", str(LANG_SON),
                                  "--as", "ke-hoach", "-o", str(out), "--ngay", "2026-03-10"])
    assert result.exit_code == 0, result.output
    assert out.is_file()


def _fib_flags(doc: bytes, set_bits: int) -> bytes:
    """The .doc's bytes with bits of its FIB's flags set (as Word marks an encrypted file)."""
    fib = officein._word_fib(doc)
    assert fib is not None
    flags = struct.unpack_from("<H", doc, fib + 0x0A)[0] | set_bits
    return doc[:fib + 0x0A] + struct.pack("<H", flags) + doc[fib + 0x0C:]


def _encrypted_odt(odt: bytes, folder: Path) -> bytes:
    """The .odt with its content marked encrypted in the manifest, as a password leaves it."""
    source, target = folder / "in.odt", folder / "out.odt"
    source.write_bytes(odt)
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "META-INF/manifest.xml":
                data = data.replace(b'manifest:full-path="content.xml"',
                                    b'manifest:full-path="content.xml"><manifest:encryption-data'
                                    b' manifest:checksum-type="SHA256/1K"/></manifest:file-entry'
                                    b'><manifest:file-entry manifest:full-path="x"', 1)
            new.writestr(info, data)
    return target.read_bytes()


#: (name, how its bytes are made from the letters, words of the message)
BAD = [
    ("pdf-named-doc", lambda L, f: b"%PDF-1.7\n%%EOF\n", ".pdf"),
    ("docx-named-doc", lambda L, f: L[".docx"].read_bytes(), ".docx"),
    ("text-named-doc", lambda L, f: "Công văn".encode(), "save it again as .docx"),
    ("spreadsheet-named-doc", lambda L, f: L[".doc"].read_bytes().replace(
        "WordDocument".encode("utf-16-le"), "WordDokument".encode("utf-16-le")),
     "is not a Word document"),
    ("password-protected-doc", lambda L, f: _fib_flags(L[".doc"].read_bytes(), 0x0100),
     "password"),
    ("cut-off-doc", lambda L, f: L[".doc"].read_bytes()[:2600], "is not a Word document"),
    ("rtf-named-odt", lambda L, f: L[".rtf"].read_bytes(), ".rtf"),
    ("password-protected-odt", lambda L, f: _encrypted_odt(L[".odt"].read_bytes(), f), "password"),
    ("damaged-rtf", lambda L, f: b"{\\rtf1" + bytes(range(256)) * 4,
     "LibreOffice could not open it"),
]


@pytest.mark.parametrize(("name", "make", "words"), BAD, ids=[b[0] for b in BAD])
def test_a_file_that_cannot_be_read_is_refused_with_its_name(runner, letters, tmp_path,
                                                             name, make, words) -> None:
    suffix = "." + name.rsplit("-", 1)[-1]
    bad = tmp_path / f"cong-van{suffix}"
    bad.write_bytes(make(letters, tmp_path))
    out = tmp_path / "cv.yaml"
    result = runner.invoke(main, ["--lang", "en", "import", str(bad), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert f"{bad}: " in result.output and words in result.output.split(f"{bad}: ", 1)[1]
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert not out.exists()


def test_a_file_over_the_size_limit_is_refused(runner, letters, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_MAX_OFFICE_BYTES", "1000")
    result = runner.invoke(main, ["--lang", "en", "import", str(letters[".doc"]), "-o",
                                  str(tmp_path / "cv.yaml")])
    assert result.exit_code == 1
    assert "NTM_DOCGEN_MAX_OFFICE_BYTES" in result.output and "huong-dan.doc" in result.output


def test_libreoffice_missing_says_how_to_install_it(runner, letters, tmp_path,
                                                    monkeypatch) -> None:
    monkeypatch.setenv("NTM_DOCGEN_SOFFICE", str(tmp_path / "soffice"))
    result = runner.invoke(main, ["--lang", "vi", "import", str(letters[".rtf"]), "-o",
                                  str(tmp_path / "x.yaml")])
    assert result.exit_code == 1
    assert "Cần LibreOffice để đọc tệp .rtf" in result.output
    assert "apt-get install libreoffice-writer" in result.output


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt"])
def test_the_desk_opens_the_letter_as_a_draft(letters, tmp_path, suffix: str) -> None:
    with desk_client(tmp_path) as client:
        answer = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                             files={"tep": (f"Hướng dẫn{suffix}", letters[suffix].read_bytes())},
                             follow_redirects=False)
        assert answer.status_code == 303, answer.text
        editor = client.get(answer.headers["location"]).text
    assert import_letter(letters[suffix]).spec["ky"]["ho_ten"] in editor


def test_the_desk_refuses_a_doc_that_is_something_else(tmp_path) -> None:
    with desk_client(tmp_path, lang="vi") as client:
        answer = client.post("/soan/mo", data={"csrf_token": csrf_of(client)},
                             files={"tep": ("cv.doc", b"%PDF-1.7\n")})
    assert answer.status_code == 400
    assert "cv.doc: " in answer.text and str(tmp_path) not in answer.text


def test_measure_import_gives_one_line_for_a_file_it_cannot_read(letters, tmp_path,
                                                                 capsys) -> None:
    spec = importlib.util.spec_from_file_location("measure_import",
                                                  ROOT / "tools" / "measure_import.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    (tmp_path / "files").mkdir()
    (tmp_path / "files" / "cv.doc").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "cv.expected.yaml").write_text(
        "pdf: cv.doc\nloai: CV\nco_quan: {ten: SỞ NỘI VỤ}\n", encoding="utf-8")
    assert tool.main([str(tmp_path), str(tmp_path / "files")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("cv: 0/") and "not read: " in out[0] and ".pdf" in out[0]
    assert out[-1].startswith("field accuracy: 0/")


@pytest.fixture
def trich_spec(tmp_path: Path) -> Path:
    data = yaml.safe_load((ROOT / "data" / "examples" / "000-sao-y-bac-giang.yaml")
                          .read_text(encoding="utf-8"))
    path = tmp_path / "trich.yaml"
    path.write_text(yaml.safe_dump({**data, "hinh_thuc": "TRÍCH SAO"}, allow_unicode=True),
                    encoding="utf-8")
    return path


def _texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.text.strip()] + [
        p.text for table in document.tables for row in table.rows for cell in row.cells
        for p in cell.paragraphs if p.text.strip()]


def test_copy_trich_of_a_doc_keeps_the_parts_named(runner, letters, trich_spec,
                                                   tmp_path) -> None:
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["--lang", "en", "copy", str(letters[".doc"]), "--spec",
                                  str(trich_spec), "-o", str(out), "--trich", "II"])
    assert result.exit_code == 0, result.output
    assert "huong-dan.doc was copied from the .docx LibreOffice made of it" in result.output
    got = _texts(out)
    assert any(t.startswith("II. NỘI DUNG") for t in got)
    assert not any(t.startswith("I. MỤC ĐÍCH") for t in got)
    assert "Số: 366/TrS-VP" in got and "TRÍCH SAO" in got
    assert letters[".doc"].read_bytes().startswith(officein.OLE_MAGIC)  # the original as it was


def test_copy_of_a_doc_names_the_doc_when_it_fails(runner, letters, trich_spec,
                                                   tmp_path) -> None:
    out = tmp_path / "trich.docx"
    result = runner.invoke(main, ["--lang", "en", "copy", str(letters[".doc"]), "--spec",
                                  str(trich_spec), "-o", str(out), "--trich", "VII"])
    assert result.exit_code == 1
    assert f"no part headed 'VII' in {letters['.doc']};" in result.output
    assert "letter.docx" not in result.output and not out.exists()


def test_check_of_a_doc_reads_its_docx_and_fix_writes_a_docx(runner, letters,
                                                             tmp_path) -> None:
    document = docx.Document(str(letters[".docx"]))
    document.sections[0].left_margin = docx.shared.Mm(20)  # the decree: 30-35 mm
    document.save(str(tmp_path / "le-hep.docx"))
    doc = saved_as(tmp_path / "le-hep.docx", ".doc")
    before = doc.read_bytes()
    said = runner.invoke(main, ["--lang", "en", "check", str(doc), "--json"])
    assert said.exit_code == 1 and "Traceback" not in said.output
    assert "left" in " ".join(f["message"] for f in json.loads(said.stdout)).lower()
    clean = runner.invoke(main, ["--lang", "en", "check", str(letters[".doc"])])
    assert "is checked as the .docx LibreOffice makes of it" in clean.stderr
    assert clean.exit_code == 0, clean.output  # the letter as rendered: nothing to report
    fixed = tmp_path / "da-sua.docx"
    result = runner.invoke(main, ["--lang", "en", "check", str(doc), "--fix", str(fixed)])
    assert result.exit_code == 0, result.output
    assert round(docx.Document(str(fixed)).sections[0].left_margin.mm) in range(30, 36)
    assert doc.read_bytes() == before
