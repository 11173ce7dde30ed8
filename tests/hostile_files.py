"""Hostile input files made by the test code: bombs, deep nesting, encrypted, truncated, wrong
type, devices. Each function writes one file under a folder and returns its path."""

from __future__ import annotations

import io
import os
import re
import struct
import zipfile
import zlib
from pathlib import Path

from openpyxl import Workbook

from tests.check_letter import build_letter

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- specs ---------------------------------------------------------------------------------

def alias_bomb() -> str:
    return f'trich_yeu: &s "{"x" * 100_000}"\nnoi_nhan: [' + ", ".join(["*s"] * 100_000) + "]\n"


def laughs() -> str:
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 10)}]" for n in range(1, 9)]
    return "\n".join(lines) + "\n"


SPECS: dict[str, str | bytes] = {
    "alias-bomb.yaml": alias_bomb(),
    "laughs.yaml": laughs(),
    "deep.json": "[" * 10_000 + "]" * 10_000,
    "deep-flow.yaml": "[" * 100_000 + "]" * 100_000,
    "big-int.json": '{"so": ' + "9" * 5000 + "}",
    "surrogate.json": '{"loai": "KH", "trich_yeu": "a\\ud800b"}',
    "duplicate.json": '{"loai": "KH", "loai": "HD"}',
    "binary-tag.yaml": "loai: !!binary aGVsbG8=\n",
    "python-tag.yaml": "loai: !!python/object/apply:os.system [echo x]\n",
    "recursive.yaml": "a: &a [*a]\n",
    "garbage.yaml": bytes(range(256)) * 40,
    "cut-utf8.yaml": "trich_yeu: Hướng dẫn".encode()[:-1],
}


def spec_file(folder: Path, name: str) -> Path:
    path = folder / name
    content = SPECS[name]
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- zip packages --------------------------------------------------------------------------

def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _letter_members(folder: Path) -> dict[str, bytes]:
    source = folder / "whole.docx"
    if not source.exists():
        build_letter(source)
    with zipfile.ZipFile(source) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _with_document(folder: Path, name: str, document: bytes) -> Path:
    members = _letter_members(folder)
    members["word/document.xml"] = document
    return _zip(folder / name, members)


def inflating(size: int, unit: bytes = b"<w:p/>") -> tuple[bytes, int, int]:
    """Raw deflate data of ``unit`` repeated to at least ``size`` bytes, made a megabyte at a
    time: the data, its inflated size and its CRC."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = unit * ((1 << 20) // len(unit))
    parts, made, crc = [], 0, 0
    while made < size:
        parts.append(squeeze.compress(chunk))
        made += len(chunk)
        crc = zlib.crc32(chunk, crc)
    parts.append(squeeze.flush())
    return b"".join(parts), made, crc


def bomb_zip(path: Path, member: str, size: int = 300 << 20,
             others: dict[str, bytes] | None = None) -> Path:
    """A zip whose ``member`` inflates to ``size`` bytes (its headers tell the truth)."""
    data, made, crc = inflating(size)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in (others or {}).items():
            archive.writestr(name, content)
    head = out.getvalue()
    directory_at = head.rfind(b"PK\x05\x06")
    body = head[:head.find(b"PK\x01\x02")] if b"PK\x01\x02" in head else head[:directory_at]
    central = head[head.find(b"PK\x01\x02"):directory_at] if b"PK\x01\x02" in head else b""
    name = member.encode()
    offset = len(body)
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), made,
                        len(name), 0) + name + data
    entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data),
                        made, len(name), 0, 0, 0, 0, 0, offset) + name
    count = central.count(b"PK\x01\x02") + 1
    directory = central + entry
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory),
                      offset + len(local), 0)
    path.write_bytes(body + local + directory + end)
    return path


def encrypted(data: bytes) -> bytes:
    """The zip with ZipCrypto's "encrypted" flag on every part."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = out.find(signature)
        while at >= 0:
            out[at + offset] |= 1
            at = out.find(signature, at + 4)
    return bytes(out)


def docx_file(folder: Path, name: str) -> Path:
    path = folder / name
    body_start = f'<w:document xmlns:w="{W}"><w:body>'.encode()
    if name == "bomb.docx":
        return bomb_zip(path, "word/document.xml", others={
            k: v for k, v in _letter_members(folder).items() if k != "word/document.xml"})
    if name == "encrypted.docx":
        path.write_bytes(encrypted((_zip(folder / "plain.docx", _letter_members(folder)))
                                   .read_bytes()))
    elif name == "truncated.docx":
        whole = _zip(folder / "plain.docx", _letter_members(folder)).read_bytes()
        path.write_bytes(whole[:len(whole) // 2])
    elif name == "text.docx":
        path.write_text("Đây không phải tệp Word.\n", encoding="utf-8")
    elif name == "pdf.docx":
        path.write_bytes(pdf_file(folder, "plain.pdf").read_bytes())
    elif name == "deep.docx":
        deep = b"<w:sdt><w:sdtContent>" * 50_000 + b"</w:sdtContent></w:sdt>" * 50_000
        _with_document(folder, name, body_start + deep + b"</w:body></w:document>")
    elif name == "no-body.docx":
        _with_document(folder, name, f'<w:document xmlns:w="{W}"/>'.encode())
    elif name == "many-parts.docx":
        members = _letter_members(folder)
        members.update({f"junk/{n}.xml": b"<x/>" for n in range(12_000)})
        _zip(path, members)
    elif name == "empty-paragraphs.docx":
        _with_document(folder, name, body_start + b"<w:p/>" * 200_000 + b"</w:body></w:document>")
    return path


def xlsx_file(folder: Path, name: str) -> Path:
    path = folder / name
    book = Workbook()
    sheet = book.active
    sheet.append(["kinh_gui", "ten"])
    sheet.append(["UBND xã A", "A"])
    book.save(path)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    if name == "sheet-bomb.xlsx":
        sheet_name = "xl/worksheets/sheet1.xml"
        return bomb_zip(path, sheet_name, others={k: v for k, v in members.items()
                                                  if k != sheet_name})
    if name == "wide-row.xlsx":
        xml = members["xl/worksheets/sheet1.xml"]
        row = b'<row r="3"><c r="XFD3" t="inlineStr"><is><t>x</t></is></c></row>'
        members["xl/worksheets/sheet1.xml"] = xml.replace(b"</sheetData>", row + b"</sheetData>")
    if name == "encrypted.xlsx":
        path.write_bytes(encrypted(_zip(folder / "plain.xlsx", members).read_bytes()))
        return path
    return _zip(path, members)


# --- PDF -----------------------------------------------------------------------------------

def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF of the numbered object bodies, with a true cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


def _page(box: str = "0 0 595 842", contents: bytes = b"", resources: bytes = b"<< >>",
          parent: int = 2) -> bytes:
    return (b"<< /Type /Page /Parent %d 0 R /MediaBox [%s] /Resources %s /Contents 4 0 R >>"
            % (parent, box.encode(), resources))


def _stream(data: bytes, flate: bool = False) -> bytes:
    head = b"<< /Length %d%s >>" % (len(data), b" /Filter /FlateDecode" if flate else b"")
    return head + b"\nstream\n" + data + b"\nendstream"


def pdf_file(folder: Path, name: str) -> Path:
    path = folder / name
    text = _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET")
    catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
    pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    if name == "plain.pdf":
        data = _pdf([catalog, pages, _page(), text])
    elif name == "huge-page.pdf":
        data = _pdf([catalog, pages, _page("0 0 14400 14400"), text])
    elif name == "flate-bomb.pdf":
        squeeze = zlib.compressobj(9)
        chunk = b" " * (1 << 20)
        raw = b"".join(squeeze.compress(chunk) for _ in range(200)) + squeeze.flush()
        data = _pdf([catalog, pages, _page(), _stream(raw, flate=True)])
    elif name == "huge-image.pdf":
        image = (b"<< /Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
                 b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 0 >>\nstream\n\nendstream")
        data = _pdf([catalog, pages, _page(resources=b"<< /XObject << /Im1 5 0 R >> >>"),
                     _stream(b"q 100 0 0 100 0 0 cm /Im1 Do Q"), image])
    elif name == "deep-tree.pdf":
        depth = 5000  # Pages nodes, each the only kid of the one before
        objects = [catalog]
        for level in range(depth):
            objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1%s >>" % (
                level + 3, b"" if level == 0 else b" /Parent %d 0 R" % (level + 1)))
        objects.append(_page(parent=depth + 1).replace(b"4 0 R", b"%d 0 R" % (depth + 3)))
        objects.append(text)
        data = _pdf(objects)
    elif name == "truncated.pdf":
        data = _pdf([catalog, pages, _page(), text])[:120]
    elif name == "encrypted.pdf":
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(pdf_file(folder, "plain.pdf")))
        writer.encrypt("mật-khẩu")
        buffer = io.BytesIO()
        writer.write(buffer)
        data = buffer.getvalue()
    else:
        raise ValueError(name)
    path.write_bytes(data)
    return path


# --- text ----------------------------------------------------------------------------------

def text_file(folder: Path, name: str) -> Path:
    path = folder / name
    if name == "zero.txt":
        os.symlink("/dev/zero", path)
    elif name == "backtracking.txt":  # the 426 bytes: a flattened header, then stars
        header = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
                  "Tự do - Hạnh phúc Số: 12/UBND-TH Lạng Sơn, ngày 05 tháng 01 năm 2026 V/v "
                  "tổng kết phong trào thi đua Kính gửi: Các sở, ban, ngành")
        path.write_text(header + "\n" + "*" * 32 + "x\n", encoding="utf-8")
    elif name == "long-vv.txt":
        path.write_text("SỞ NỘI VỤ\nSố: 5/SNV-TH\nV/v " + "thi đua " * 2500 + "\nKính gửi: A\n"
                        "Nội dung.\nGIÁM ĐỐC\nHoàng Thị Hiền\n", encoding="utf-8")
    elif name == "zero-rows.csv":
        path.write_text("kinh_gui,ten\n", encoding="utf-8")
    elif name == "zero.csv":
        os.symlink("/dev/zero", path)
    else:
        raise ValueError(name)
    return path


def fixable(path: Path) -> Path:
    """A copy of the Word letter at ``path`` with a left margin of 20 mm (the decree's is 30 to
    35): a finding `check --fix` repairs, so that it writes its output (it writes nothing when
    it can repair none)."""
    out = path.with_name(f"{path.stem}-le-hep.docx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as to:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = re.sub(rb'(<w:pgMar[^>]*w:left=")\d+"', rb'\g<1>1134"', data)
            to.writestr(info, data)
    return out
