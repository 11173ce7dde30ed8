"""What an XML part of a Word or Excel package declares before its root element, read from its
first bytes before any parser sees it: a DTD (``<!DOCTYPE``), whose entities a parser would
expand past every limit (the "billion laughs") or fill from a file of the computer reading it.

A part is XML by its name (``.xml``, ``.rels``, a picture drawn as ``.svg``, a ``.vml``
drawing) or by its first bytes (``<?xml``, whatever its name: the package's content types may
name any part the main document). Its prolog is read in UTF-8 or, by its byte-order mark or
its first character, in UTF-16 or UTF-32, past the comments and processing instructions it may hold
(a ``<root`` written in a comment is no root).
"""

from __future__ import annotations

import re

#: The names of the parts read as XML whatever their first bytes.
XML_NAMES = (".xml", ".rels", ".svg", ".vml")
#: The first two bytes of a part in UTF-16: its byte-order mark, or ``<`` as UTF-16 writes it.
_UTF16 = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be", b"<\x00": "utf-16-le",
          b"\x00<": "utf-16-be"}
#: The first four bytes of a part in UTF-32 (read before UTF-16, whose mark begins UTF-32-LE's).
_UTF32 = {b"\xff\xfe\x00\x00": "utf-32-le", b"\x00\x00\xfe\xff": "utf-32-be",
          b"<\x00\x00\x00": "utf-32-le", b"\x00\x00\x00<": "utf-32-be"}
#: White space, and a byte-order mark read as text.
_SPACE = re.compile(r"[\ufeff \t\r\n]*")
#: What may stand before the root, but a DTD and white space: a processing instruction, a
#: comment, each by its start and its end.
_PASSED = {"<?": "?>", "<!--": "-->"}

#: What ``prolog`` finds.
PLAIN, DTD, LONG = "plain", "dtd", "long"


def _past_space(text: str, at: int) -> int:
    """Where the white space of ``text`` from ``at`` on ends."""
    space = _SPACE.match(text, at)
    return space.end() if space else at


def prolog(name: str, head: bytes, whole: bool = True) -> str:
    """What the part ``name`` whose first bytes are ``head`` (``whole``: all of it) holds
    before its root: ``DTD`` when it declares one, ``LONG`` when its prolog goes on past
    ``head`` (a part saved by an office program starts its root within a few hundred bytes),
    else ``PLAIN`` (and for a part that is no XML).

    >>> prolog("word/document.xml", b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "b">]><w/>')
    'dtd'
    >>> prolog("word/media/logo.svg", b'<!-- <svg> --><!DOCTYPE svg><svg/>')
    'dtd'
    >>> prolog("word/document.bin", '<?xml version="1.0"?><!DOCTYPE w><w/>'.encode("utf-16-le"))
    'dtd'
    >>> prolog("word/document.xml", '<?xml version="1.0"?><!DOCTYPE w><w/>'.encode("utf-32"))
    'dtd'
    >>> prolog("xl/styles.xml", b"\\xef\\xbb\\xbf<?xml version='1.0'?>\\n<!DOCTYPE s><s/>")
    'dtd'
    >>> prolog("word/document.xml", b"<w:t>&lt;!DOCTYPE</w:t>"), prolog("a.png", b"<!DOCTYPE")
    ('plain', 'plain')
    >>> prolog("word/document.xml", b'<?xml version="1.0"?><!-- ' + b"x" * 99, whole=False)
    'long'
    """
    # latin-1: the markup's ASCII, byte for byte
    codec = _UTF32.get(head[:4]) or _UTF16.get(head[:2], "latin-1")
    text = head.removeprefix(b"\xef\xbb\xbf").decode(codec, errors="replace")
    if not name.lower().endswith(XML_NAMES) and \
            not text.startswith("<?xml", _past_space(text, 0)):
        return PLAIN
    at = _past_space(text, 0)
    while (start := next((s for s in _PASSED if text.startswith(s, at)), None)) is not None:
        end = text.find(_PASSED[start], at + len(start))
        if end < 0:  # goes on past ``head``
            return PLAIN if whole else LONG
        at = _past_space(text, end + len(_PASSED[start]))
    if text.startswith("<!DOCTYPE", at):
        return DTD
    return LONG if not whole and at == len(text) else PLAIN
