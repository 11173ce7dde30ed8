"""A body line written as its markup (contract §2) from the text a letter prints and its bold
and italic: the inverse of ``markup_line``'s reading, so that an imported letter renders as
it was printed. What the layout makes bold by itself (a heading, an article's number) is not
marked, a literal ``*`` is escaped where it would be read as a mark, and a line the markup
cannot say exactly is given as its plain text."""

from __future__ import annotations

from collections.abc import Sequence

from ntm_docgen.letter.markup_line import DIEU, heading_kind, read_pieces

#: (text, bold, italic): a piece of a printed line
Piece = tuple[str, bool, bool]


def escaped(text: str) -> str:
    """``text`` as a body line that prints it as it is: each ``*`` that would be read as a
    mark is written ``\\*``; a star that is no mark (a bullet, a footnote's ``(*)``) stays.

    >>> escaped("*sao* và 2 * 3"), escaped("* Đối với các xã"), escaped("Ghi chú (*)")
    ('\\\\*sao\\\\* và 2 \\\\* 3', '* Đối với các xã', 'Ghi chú (*)')
    """
    if _reads(text) == [(text, False, False)] or "*" not in text:
        return text
    written = text.replace("*", "\\*")
    return written if _reads(written) == [(text, False, False)] else text


def marked(pieces: Sequence[Piece]) -> str:
    """The line that prints ``pieces``: ``**bold**``, ``*italic*`` and ``***both***`` where
    the layout would not print them so by itself; the plain text, escaped, when the markup
    cannot say it exactly (a mark that would touch a space or a bracket).

    >>> marked([("Ký hiệu ", False, False), ("đậm", True, False), (" và ", False, False),
    ...         ("nghiêng", False, True), (".", False, False)])
    'Ký hiệu **đậm** và *nghiêng*.'
    >>> marked([("I. MỤC ĐÍCH", True, False)]), marked([("Điều 1.", True, False),
    ...                                                  (" Ban hành", False, False)])
    ('I. MỤC ĐÍCH', 'Điều 1. Ban hành')
    >>> marked([("1. Mục đích", True, False)]), marked([("*sao* ", False, False),
    ...                                                 ("rõ", True, True)])
    ('**1. Mục đích**', '\\\\*sao\\\\* ***rõ***')
    """
    text = "".join(p[0] for p in pieces)
    chars = _chars(pieces, _implied(text))
    want = _joined([(c, b, i) for c, (b, i) in zip(text, chars, strict=True)])
    out: list[str] = []
    start = 0
    while start < len(text):
        end = start
        while end < len(text) and chars[end] == chars[start]:
            end += 1
        out.append(_group(text[start:end], *chars[start]))
        start = end
    line = "".join(out)
    implied = _implied(text)
    if _joined(_plain_where(_reads(line), implied)) == _joined(_plain_where(want, implied)):
        return line
    return escaped(text)


def _implied(text: str) -> int:
    """How many of the line's first characters the layout prints bold by itself: a heading
    wholly, an article's ``Điều N.``; 0 for any other line."""
    kind = heading_kind(text)
    if kind in ("roman", "part", "caps"):
        return len(text)
    match = DIEU.match(text) if kind == "dieu" else None
    return match.end() if match else 0


def _chars(pieces: Sequence[Piece], implied: int) -> list[tuple[bool, bool]]:
    """Each character's (bold, italic) as it is to be marked: not the bold the layout gives,
    a space as the text around it when both sides agree (words of one bold phrase), else
    plain."""
    chars = [(b, i) for text, b, i in pieces for _ in text]
    chars = [(b and n >= implied, i) for n, (b, i) in enumerate(chars)]
    text = "".join(p[0] for p in pieces)
    for n, char in enumerate(text):
        if char.isspace():
            before = chars[n - 1] if n else (False, False)
            after = next((chars[m] for m in range(n + 1, len(text))
                          if not text[m].isspace()), (False, False))
            chars[n] = before if before == after else (False, False)
    return chars


def _group(text: str, bold: bool, italic: bool) -> str:
    """One run of the line in its marks, its spaces at either end left outside them."""
    core = text.strip()
    if not core or not (bold or italic):
        return escaped(text) if core else text
    lead, tail = text[:len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    mark = "*" * ((2 if bold else 0) + (1 if italic else 0))
    return lead + mark + core.replace("*", "\\*") + mark + tail


def _reads(line: str) -> list[Piece]:
    return _joined(read_pieces(line))


def _plain_where(pieces: list[Piece], implied: int) -> list[Piece]:
    """The pieces with the bold of the line's first ``implied`` characters set aside: the
    layout prints it whatever the markup says."""
    out: list[Piece] = []
    position = 0
    for text, bold, italic in pieces:
        for char in text:
            out.append((char, bold and position >= implied, italic))
            position += 1
    return out


def _joined(pieces: list[Piece]) -> list[Piece]:
    """Neighbouring pieces of the same bold and italic as one, empty ones left out."""
    out: list[Piece] = []
    for text, bold, italic in pieces:
        if not text:
            continue
        if out and out[-1][1:] == (bold, italic):
            out[-1] = (out[-1][0] + text, bold, italic)
        else:
            out.append((text, bold, italic))
    return out
