"""The template's zip read without ``zipfile`` gives what ``zipfile`` gives; a zip it does not
read plainly (a comment, an odd member) is read by ``zipfile``, and written back the same."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest

from ntm_docgen.files import deflate, docxzip, zipmembers
from ntm_docgen.files.docxzip import Package, SharedStart
from ntm_docgen.files.resources import templates_dir
from ntm_docgen.files.zipmembers import plain_members

PARTS = {"[Content_Types].xml": b"<Types/>", "word/document.xml": "<w:t>Đồng ý</w:t>".encode()}


def zipped(tmp_path: Path, method: int, comment: bytes = b"") -> Path:
    path = tmp_path / "t.docx"
    with zipfile.ZipFile(path, "w", compression=method) as package:
        for name, data in PARTS.items():
            package.writestr(name, data)
        package.comment = comment
    return path


@pytest.mark.parametrize("template", sorted(p.name for p in templates_dir().glob("*.docx")))
def test_each_template_read_plainly(template):
    assert plain_members((templates_dir() / template).read_bytes()) is not None


@pytest.mark.parametrize(("method", "comment", "plain"), [
    (zipfile.ZIP_DEFLATED, b"", True),
    (zipfile.ZIP_STORED, b"", True),
    (zipfile.ZIP_DEFLATED, b"made elsewhere", False),
], ids=["deflated", "stored", "with-a-comment"])
def test_same_parts_as_zipfile_reads(tmp_path, method, comment, plain):
    path = zipped(tmp_path, method, comment)
    assert (plain_members(path.read_bytes()) is not None) is plain
    package = Package(path)
    assert package.names == list(PARTS) and package.parts == PARTS
    written = package.write({"word/document.xml": "<w:t>Khác</w:t>".encode()})
    with zipfile.ZipFile(io.BytesIO(written)) as again:
        assert again.testzip() is None
        assert again.read("word/document.xml").decode() == "<w:t>Khác</w:t>"
        assert again.read("[Content_Types].xml") == b"<Types/>"


def test_cut_zip_is_left_to_zipfile(tmp_path):
    raw = zipped(tmp_path, zipfile.ZIP_DEFLATED).read_bytes()
    assert plain_members(raw[:-30] + raw[-22:]) is None
    assert plain_members(b"PK") is None


@pytest.mark.parametrize("document", ["<w:t/>", "<w:t>Đồng ý</w:t>" * 2000],
                         ids=["shorter", "longer"])
def test_one_part_replaced_again_and_again(document):
    """A bulk run replaces one part in every letter: each package reads whole, the same as the
    way that writes every member anew."""
    package = Package(templates_dir() / "cong_van.docx")
    other = package.names[-1]
    for text in (document, document + "<w:p/>"):
        data = text.encode()
        written = package.write({"word/document.xml": data})
        with zipfile.ZipFile(io.BytesIO(written)) as again:
            assert again.testzip() is None and again.namelist() == package.names
            assert again.read("word/document.xml") == data
            assert all(again.read(n) == package.read(n) for n in package.names
                       if n != "word/document.xml")
        # the general way (two parts given, one of them as it was) gives the same bytes
        assert written == package.write({"word/document.xml": data, other: package.read(other)})


def _whole(raw: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return compressor.compress(raw) + compressor.flush()


def test_shared_start_gives_the_bytes_of_a_whole_deflate():
    """Letters that share their start are deflated from it: each gives what deflating it whole
    gives, whether it keeps the start, departs from it earlier, or shares too little of it."""
    head = "".join(f"<w:p><w:r><w:t>Đoạn {i} của phần đầu</w:t></w:r></w:p>" for i in range(300))
    tail = "<w:p><w:t>Nơi nhận</w:t></w:p>" * 200
    versions = [f"{head}<w:t>Kính gửi: UBND xã {name}</w:t>{tail}".encode()
                for name in ("Tân Thành", "Đồng Đăng", "Na Sầm", "Ư", "")]
    versions += [head.encode()[:5000] + b"<w:t>departs early</w:t>" + tail.encode(),
                 b"<w:p/>" + tail.encode(), head.encode(), versions[0]]
    shared = SharedStart()
    for raw in versions:
        assert shared.deflate(raw) == (_whole(raw), zlib.crc32(raw))
    assert shared._known is not None and 5000 <= len(shared._known[0]) < 5100  # shortened


def test_shared_start_left_unused_where_zlib_output_depends_on_the_cuts(monkeypatch):
    monkeypatch.setattr(deflate, "deflated", lambda raw: b"whole:" + _whole(raw))
    shared = SharedStart()
    raw = ("<w:p>" * 1000).encode()
    for version in (raw + b"a", raw + b"b", raw + b"c"):
        assert shared.deflate(version) == (b"whole:" + _whole(version), zlib.crc32(version))
    assert shared._known is None


def test_a_letter_there_is_known_without_deflating_the_new_one():
    """A rerun compares each letter with the file there: the same letter is found so whatever
    deflated its part; any other byte changed, or another text, is a different file."""
    package = Package(templates_dir() / "cong_van.docx")
    raw = "<w:t>Kính gửi: UBND xã Tân Thành</w:t>".encode() * 50
    written = package.write({"word/document.xml": raw})
    assert package.holds(written, "word/document.xml", raw)
    elsewhere = package._around_member("word/document.xml", zipmembers.Member(
        b"word/document.xml", zlib.crc32(raw), len(raw), zlib.compress(raw, 1)[2:-4]))
    assert elsewhere != written and package.holds(elsewhere, "word/document.xml", raw)
    other = raw.replace("xã".encode(), "xá".encode())  # the same length
    at = written.index(b"word/styles.xml") + 20
    for changed in (written[:-1], written + b"\0", written[:at] + b"X" + written[at + 1:],
                    package.write({"word/document.xml": other}), b"", b"PK"):
        assert not package.holds(changed, "word/document.xml", raw)
    assert not package.holds(written, "word/document.xml", other)
    lying = package._around_member("word/document.xml", zipmembers.Member(  # CRC of raw, text other
        b"word/document.xml", zlib.crc32(raw), len(raw), zlib.compress(other, 6)[2:-4]))
    assert not package.holds(lying, "word/document.xml", raw)


def test_a_letter_written_while_another_thread_starts_the_first_is_written(monkeypatch):
    """The template's Package is one per process (the desk renders in threads): a letter written
    by a thread while another is setting up the first letter's part finds it ready, whatever
    the point the other thread stopped at."""
    package = Package(templates_dir() / "cong_van.docx")
    data = "<w:t>Kính gửi: UBND xã Tân Thành</w:t>".encode() * 100
    written: list[bytes] = []
    made = SharedStart
    other = [True]  # the other thread, not yet run

    def made_while_another_writes() -> SharedStart:  # the other thread runs at this point
        if other:
            other.pop()
            written.append(package.write({"word/document.xml": data}))
        return made()

    monkeypatch.setattr(docxzip, "SharedStart", made_while_another_writes)
    first = package.write({"word/document.xml": data})
    assert first == written[0]
    with zipfile.ZipFile(io.BytesIO(first)) as again:
        assert again.read("word/document.xml") == data
