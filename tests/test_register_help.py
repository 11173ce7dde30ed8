"""``register --help`` as a văn thư reads it: each command said whole in the list (five were
cut at "..." in both languages: "Gắn văn bản đã viết (đường dẫn và SHA-256) với số đã lấy
bằng..."), in Vietnamese, and record's help in her words rather than a path and a hash."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main

COMMANDS = ("cancel", "config", "export", "file", "list", "next", "record")


def _help(lang: str, *args: str) -> str:
    result = CliRunner().invoke(main, ["--lang", lang, "register", *args, "--help"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_command_is_said_whole_in_the_list(lang: str) -> None:
    listed = _help(lang).split("\n\n")[-1].splitlines()[1:]
    assert [line.split()[0] for line in listed] == list(COMMANDS), listed
    assert not [line for line in listed if line.endswith("...")], listed


def test_the_list_is_in_vietnamese() -> None:
    listed = _help("vi").split("\n\n")[-1]
    assert "Chọn đánh số chung một dãy, hay mỗi loại văn bản một dãy." in listed
    assert "Ghi tệp văn bản vào sổ, ở dòng của số mà văn bản mang." in listed
    for english in ("register", "number", "letter", " the "):
        assert english not in listed.split(":", 1)[1], listed


def test_record_says_what_it_keeps_in_a_clerk_s_words() -> None:
    said = " ".join(_help("vi", "record").split())
    assert "sổ giữ nơi để tệp và mã kiểm tra SHA-256 của tệp" in said
    assert "đối chiếu số, ngày, trích yếu in trên văn bản" in said
    assert "Tệp văn bản đã mang số đó (Word, PDF hoặc bản quét)." in said
    assert "đường dẫn và SHA-256" not in said
