"""A DTD hidden where the first look at a Word file's parts did not see it: in a picture drawn
as SVG (a copy carried it on, with its entities and its script), in a main part renamed by the
content types, in UTF-16 without its byte-order mark, after a comment holding a tag, or past
the first megabyte. Each refused before any parser reads it, naming the file and the part,
nothing written. Each file is made here, small."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from ntm_docgen.cli.main import main
from tests.hostile_files import _letter_members, _zip
from tests.test_hostile_set import COPY_SPEC

DTD = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY l "lol">]>'
SVG_TYPE = '<Default Extension="svg" ContentType="image/svg+xml"/></Types>'


def _document(members: dict[str, bytes], before_root: str) -> str:
    document = members["word/document.xml"].decode()
    root = document[document.index("<w:document"):]
    return ('<?xml version="1.0" encoding="UTF-8"?>' + before_root
            + root.replace("<w:t>", "<w:t>&xxe;&l;", 1))


def hidden(folder: Path, case: str) -> tuple[Path, str]:
    """The Word file of ``case`` and the part that declares the DTD."""
    members = _letter_members(folder)
    part = "word/document.xml"
    if case == "svg":
        part = "word/media/image9.svg"
        members[part] = ('<?xml version="1.0"?>' + DTD + '<svg xmlns="http://www.w3.org/2000/'
                         'svg"><text>&xxe;&l;</text><script>alert(1)</script></svg>').encode()
        members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
            b"</Types>", SVG_TYPE.encode())
    elif case == "renamed":
        part = "word/document.bin"
        members[part] = _document(members, DTD).encode()
        del members["word/document.xml"]
        members["word/_rels/document.bin.rels"] = members.pop("word/_rels/document.xml.rels")
        for name in ("[Content_Types].xml", "_rels/.rels"):
            members[name] = members[name].replace(b"word/document.xml", b"word/document.bin")
    elif case == "utf-16":
        members[part] = _document(members, DTD).replace("UTF-8", "UTF-16").encode("utf-16-le")
    elif case == "utf-32":  # a check read it for ten minutes past SIGTERM (found by a review)
        members[part] = _document(members, DTD).replace("UTF-8", "UTF-32").encode("utf-32-le")
    elif case == "after-comment":
        members[part] = _document(members, "<!-- <w:document> -->" + DTD).encode()
    elif case == "past-a-megabyte":
        members[part] = _document(members, "<!--" + "x" * (2 << 20) + "-->" + DTD).encode()
    return _zip(folder / f"{case}.docx", members), part


@pytest.mark.parametrize("case", ["svg", "renamed", "utf-16", "utf-32", "after-comment",
                                  "past-a-megabyte"])
def test_a_dtd_out_of_the_first_look_is_refused(runner: CliRunner, tmp_path: Path,
                                                case: str) -> None:
    letter, part = hidden(tmp_path, case)
    copy = tmp_path / "ban-sao.docx"
    for args in (["check", str(letter)],
                 ["copy", str(letter), "--spec", str(COPY_SPEC), "-o", str(copy)],
                 ["import", str(letter), "-o", str(tmp_path / "s.yaml")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert f"{case}.docx" in result.stderr and part in result.stderr, result.stderr
        said = "more than a megabyte before" if case == "past-a-megabyte" else "declares a DTD"
        assert said in result.stderr and "Traceback" not in result.output
    assert not copy.exists() and not (tmp_path / "s.yaml").exists()
    if case == "svg":
        assert "insert the picture again as .png or .jpg" in result.stderr


def test_a_picture_drawn_as_svg_without_a_dtd_is_copied(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    members = _letter_members(tmp_path)
    members["word/media/image9.svg"] = b'<svg xmlns="http://www.w3.org/2000/svg"/>'
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>", SVG_TYPE.encode())
    letter = _zip(tmp_path / "logo.docx", members)
    copy = tmp_path / "ban-sao.docx"
    result = runner.invoke(main, ["copy", str(letter), "--spec", str(COPY_SPEC), "-o",
                                  str(copy)])
    assert result.exit_code == 0, result.output
    assert copy.exists() and "DTD" not in result.stderr
