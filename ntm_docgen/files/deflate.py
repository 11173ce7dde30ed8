"""Deflate many versions of one part, whose start is the same in each, from that start once.

The letters of one run share the start of their ``document.xml`` (everything above the first
field a recipient changes). That start is deflated once (``SharedStart``); each letter's deflate
goes on from a copy of the compressor's state and is fed only the rest, which gives the bytes
deflating the whole part gives (zlib decides nothing until it holds enough input to look ahead,
so how the input is cut into calls does not change its output; checked on the letter the start
is learnt from, and not used if it were not so).
"""

from __future__ import annotations

import zlib
from typing import Any

#: zlib's level for every part written (its default).
LEVEL = 6


def deflated(raw: bytes) -> bytes:
    """``raw`` deflated whole, as a zip member holds it (no zlib header)."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    return compressor.compress(raw) + compressor.flush()


def shared_length(a: bytes, b: bytes) -> int:
    """How many bytes ``a`` and ``b`` share from their start.

    >>> shared_length(b"<w:p>Lang Son</w:p>", b"<w:p>Lang Giang</w:p>"), shared_length(b"ab", b"ab")
    (10, 2)
    """
    low, high = 0, min(len(a), len(b))
    first, second = memoryview(a), memoryview(b)
    while low < high:  # a[:low] == b[:low], and they differ before high (or one ends there)
        middle = (low + high + 1) // 2
        if first[low:middle] == second[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


class SharedStart:
    """Deflate many versions of one part, whose start is the same in each, starting from the
    start deflated once.

    The start is learnt from the versions given: the bytes the first two share, shortened when
    a later one departs earlier (never below ``MINIMUM``: a version that shares less is
    deflated whole and changes nothing).
    """

    MINIMUM = 1024

    def __init__(self) -> None:
        #: the start, the compressor after it (only ever copied), what it gave out, its CRC;
        #: replaced whole, so that a thread never sees the start of one with the state of another
        self._known: tuple[bytes, Any, bytes, int] | None = None
        self._last: bytes | None = None
        self._usable = True

    def deflate(self, raw: bytes) -> tuple[bytes, int]:
        """``raw`` deflated (as zlib gives it in one call) and its CRC-32."""
        known = self._known
        if known is not None and raw.startswith(known[0]):
            start, state, head, crc = known
            rest = raw[len(start):]
            compressor = state.copy()
            return head + compressor.compress(rest) + compressor.flush(), zlib.crc32(rest, crc)
        data = deflated(raw)
        if self._usable:
            self._learn(raw, data, known[0] if known is not None else self._last)
        return data, zlib.crc32(raw)

    def _learn(self, raw: bytes, data: bytes, earlier: bytes | None) -> None:
        self._last = raw
        if earlier is None:
            return
        length = shared_length(earlier, raw)
        if length < self.MINIMUM:
            return
        compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
        head = compressor.compress(raw[:length])
        check = compressor.copy()
        if head + check.compress(raw[length:]) + check.flush() != data:
            self._usable, self._known = False, None  # a zlib whose output depends on the cuts
            return
        self._known = (raw[:length], compressor, head, zlib.crc32(raw[:length]))

