"""The rows of a recipients list in text (.csv, Excel's "Unicode Text" .txt) counted from its
bytes, a megabyte at a time, before it is decoded and parsed.

A list of a million rows (28 MB) was decoded whole and parsed up to its hundred-thousandth and
first row before it was refused: about a second and 220 MB. Counted here, it is refused in the
time it takes to read it, holding a megabyte. A row ends at a line break outside a quoted cell
(a cell's own line breaks stand between quotes, a quote within one is doubled); a blank line is
a row, as the csv module reads it. A quote standing alone in an unquoted cell can only make the
count smaller, never refuse a list the parser would read.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ntm_docgen.files.limits import ROWS

#: The byte-order marks whose text is not ASCII's bytes, longest first; any other list
#: (UTF-8, Windows-1258, TCVN3, VNI) writes a quote and a line break as ASCII does.
_WIDE = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def count_rows(path: Path, cap: int, most_bytes: int) -> int:
    """The rows of the text list at ``path``, counted until they pass ``cap`` or
    ``most_bytes`` are read (what is past them is left to the reader, which refuses it).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("wb", suffix=".csv", delete=False) as f:
    ...     _ = f.write('kinh_gui,ten\\n"UBND xã A\\nxóm 1",A\\n\\n"B ""C"" D",E'.encode())
    >>> count_rows(Path(f.name), 100, 1 << 20)
    4
    """
    rows, inside, read, last = 0, False, 0, "\n"
    with path.open("rb") as handle:
        head = handle.read(4)
        encoding = next((name for mark, name in _WIDE if head.startswith(mark)), "latin-1")
        decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        chunk = head + handle.read((1 << 20) - len(head))
        while chunk and read <= most_bytes:
            read += len(chunk)
            text = decoder.decode(chunk)
            parts = text.split('"')
            rows += "".join(parts[1 if inside else 0::2]).count("\n")
            inside ^= len(parts) % 2 == 0
            last = text[-1:] or last
            if rows > cap:
                return rows
            chunk = handle.read(1 << 20)
    return rows + (last != "\n")


def check_list_rows(path: Path, most_bytes: int) -> None:
    """Refuse with ROWS's LimitError a text list of more rows than ROWS and its header; a file
    that cannot be read is left to its reader, which says so."""
    cap = ROWS.value() + 1
    try:
        counted = count_rows(path, cap, most_bytes)
    except OSError:
        return
    if counted > cap:
        raise ROWS.exceeded(path)
