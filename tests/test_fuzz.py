"""Random input for the readers of outside text (hypothesis): the spec loader, the body markup,
the recipients reader and the importer raise nothing but the project's own errors, and the
markup always gives well-formed XML. Each runs a bounded number of examples (a few seconds)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from ntm_docgen.bulk.fill import fill_text
from ntm_docgen.bulk.recipients import read_recipients
from ntm_docgen.errors import DocgenError
from ntm_docgen.importer import import_letter
from ntm_docgen.letter.markup import body_xml
from ntm_docgen.letter.spec import parse_spec, read_data
from ntm_docgen.vietnamese.text import clean_control, nfc

FUZZ = settings(max_examples=100, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: Pieces that mean something to the readers, mixed with any text.
PIECES = ["loai: KH\n", "co_quan:\n  ten: SỞ NỘI VỤ\n", "ky: {chuc_vu: A, ho_ten: B}\n",
          "dia_danh: Huế\n", "trich_yeu: ", "noi_nhan: [", "]", "&a ", "*a", "!!str ", "- ",
          "{", "}", "[", "\n", "  ", ": ", '"', "'", "\\u", "1:", "true:", "<<: *a\n", "---\n",
          "**", "*", "|", "|---|", "I. ", "Điều 1. ", "Số: 12/UBND", "V/v ", "Kính gửi: ",
          "ngày 05 tháng 01 năm 2026", "TM. ", "Nơi nhận:", "\\*", "\t", "\r", "\x00", "\ufdd0",
          "\u202e", "e\u0301", ",", "\ufffe", "\x08"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=40) \
    .map("".join)


def _file(suffix: str, content: str | bytes) -> Path:
    handle = tempfile.NamedTemporaryFile(suffix=suffix, delete=False)  # noqa: SIM115
    with handle:
        handle.write(content if isinstance(content, bytes)
                     else content.encode("utf-8", "surrogatepass"))
    return Path(handle.name)


@FUZZ
@given(texts, st.sampled_from([".yaml", ".json"]))
def test_spec_loader(text: str, suffix: str) -> None:
    path = _file(suffix, text)
    try:
        parse_spec(read_data(path), source=path)
    except DocgenError:
        pass
    finally:
        path.unlink()


@FUZZ
@given(texts, st.dictionaries(st.sampled_from(["a", "ten"]), texts, max_size=2))
def test_markup_parser(text: str, values: dict[str, str]) -> None:
    body = text + "".join(f"\n{{{{ {name} }}}}" for name in values)
    filled = fill_text(body, {**values, "a": values.get("a", "---")}, "noi_dung")
    xml = body_xml(clean_control(nfc(filled)))  # as parse_spec hands the body over
    etree.fromstring(f'<x xmlns:w="{W}">{xml}</x>'.encode())


@FUZZ
@given(st.one_of(texts.map(lambda t: "kinh_gui,ten\n" + t), st.binary(max_size=300)))
def test_recipients_reader(content: str | bytes) -> None:
    path = _file(".csv", content)
    try:
        read_recipients(path)
    except DocgenError:
        pass
    finally:
        path.unlink()


@FUZZ
@given(texts)
def test_importer(text: str) -> None:
    path = _file(".txt", text)
    try:
        import_letter(path)
    except DocgenError:
        pass
    finally:
        path.unlink()
