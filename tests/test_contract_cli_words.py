"""Contract §6-7: every message in Vietnamese by default, English with `--lang en` wherever the
clerk types it (before or after the command), and one clear message, exit 1, for a folder given
where a file is read; a spec saved from the desk speaks the desk's language too."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_language import DEFAULT_ENV, PATHS

from ntm_docgen.cli.main import main

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"
SPEC = EXAMPLES / "003-huong-dan-106-snv-lang-son.yaml"
COPY_SPEC = EXAMPLES / "000-sao-y-bac-giang.yaml"


@pytest.mark.parametrize("path", PATHS, ids=[" ".join(p) for p in PATHS])
def test_every_command_takes_lang_after_its_name(runner, path):
    result = runner.invoke(main, [*path, "--lang", "en", "--help"], env=DEFAULT_ENV)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Usage: "), result.output


@pytest.mark.parametrize("lang", [["--lang", "en"], ["--lang=en"]], ids=["spaced", "joined"])
def test_lang_after_the_command_speaks_english_from_the_first_word(runner, tmp_path, lang):
    bad = tmp_path / "bad.yaml"
    bad.write_text("loai: HD\nky:\n  quyen_han: [THAY MẶT]\n", encoding="utf-8")
    result = runner.invoke(main, ["render", str(bad), "-o", str(tmp_path / "x.docx"), *lang],
                           env=DEFAULT_ENV)
    assert result.exit_code == 1
    assert "Error: " in result.output and "ky.quyen_han[0]" in result.output, result.output
    usage = runner.invoke(main, ["render", *lang], env=DEFAULT_ENV)
    assert usage.exit_code == 2 and "Missing argument 'SPEC'" in usage.output, usage.output
    assert not (tmp_path / "x.docx").exists()


def test_types_lang_en_after_the_command(runner):
    result = runner.invoke(main, ["types", "--lang", "en"], env=DEFAULT_ENV)
    assert result.exit_code == 0 and result.output.startswith("CODE"), result.output


def _read_commands(folder: Path, tmp_path: Path) -> dict[str, list[str]]:
    out = str(tmp_path / "out.docx")
    return {
        "render": ["render", str(folder), "-o", out],
        "copy original": ["copy", str(folder), "--spec", str(COPY_SPEC), "-o", out],
        "copy spec": ["copy", str(SPEC), "--spec", str(folder), "-o", out],
        "import": ["import", str(folder), "-o", str(tmp_path / "x.yaml")],
        "check": ["check", str(folder)],
        "derive": ["derive", str(folder), "--profile", "lang-son", "--as", "cong-van",
                   "-o", out],
        "derive profile": ["derive", str(SPEC), "--profile", str(folder), "--as", "cong-van",
                           "-o", out],
        "bulk": ["bulk", str(folder), "--xa-cua", "Lạng Sơn", "-o", str(tmp_path / "thu")],
    }


@pytest.mark.parametrize("name", list(_read_commands(Path("d"), Path("t"))))
def test_a_folder_given_for_a_file_is_one_vietnamese_message_exit_1(runner, tmp_path, name):
    folder = tmp_path / "thu-muc.yaml"
    folder.mkdir()
    result = runner.invoke(main, _read_commands(folder, tmp_path)[name], env=DEFAULT_ENV)
    assert result.exit_code == 1, result.output
    assert "thư mục" in result.output, result.output
    assert "directory" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize(("lang", "said"), [
    ([], "Tệp 'ra.yaml' là một thư mục, không phải một tệp."),
    (["--lang", "en"], "File 'ra.yaml' is a directory."),
], ids=["vi", "en"])
def test_click_says_a_folder_given_for_an_output_in_the_clerks_language(runner, tmp_path,
                                                                          monkeypatch, lang,
                                                                          said):
    monkeypatch.chdir(tmp_path)
    Path("ra.yaml").mkdir()
    words = ["import", str(SPEC), "-o", "ra.yaml"]
    for args in ([*lang, *words], [*words, *lang]):
        result = runner.invoke(main, args, env=DEFAULT_ENV)
        assert result.exit_code == 2, result.output
        assert said in result.output, result.output


def test_a_spec_saved_from_the_desk_speaks_the_desks_language(tmp_path):
    from desk_support import csrf_of, desk_client, new_draft

    for lang, first in (("vi", "# Lưu từ bàn làm việc của ntm-docgen."),
                        ("en", "# Saved from the desk of ntm-docgen.")):
        with desk_client(tmp_path / lang, lang=lang) as client:
            editor = new_draft(client, csrf_of(client))
            assert client.get(f"{editor}/tai.yaml").text.splitlines()[0] == first


@pytest.mark.parametrize(("env", "said"), [
    ({"NTM_DOCGEN_LANG": "en"}, "cannot open the desk's database"),
    ({"NTM_DOCGEN_LANG": "vi"}, "không mở được cơ sở dữ liệu của bàn làm việc"),
], ids=["en", "vi"])
def test_serve_office_on_a_database_it_cannot_open_is_one_clear_message_exit_1(
        runner, tmp_path, monkeypatch, env, said):
    import socket

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with socket.socket() as probe:  # a port no server listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    url = f"postgresql://vt:mat-khau@127.0.0.1:{closed}/so_di"
    result = runner.invoke(main, ["serve", "--office", "--db", url, "--no-browser",
                                  "--port", str(port)], env=env)
    assert result.exit_code == 1, result.output
    assert said in result.output and f"vt:***@127.0.0.1:{closed}/so_di" in result.output
    assert "mat-khau" not in result.output
    assert "internal" not in result.output and "nội bộ" not in result.output
    assert "Traceback" not in result.output


def test_serve_office_says_a_postgresql_refusal_as_register_does(runner, tmp_path,
                                                                  monkeypatch):
    """A wrong password on the office's server: the same Vietnamese sentence as `register`
    gives, never the driver's 'FATAL: password authentication failed'."""
    import socket

    from register_support import pg_base_url
    from sqlalchemy.engine import make_url

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    url = make_url(pg_base_url()).set(password="khong-dung")
    result = runner.invoke(main, ["serve", "--office", "--db",
                                  url.render_as_string(hide_password=False), "--no-browser",
                                  "--port", str(port)], env={"NTM_DOCGEN_LANG": "vi"})
    assert result.exit_code == 1, result.output
    assert (f"không mở được cơ sở dữ liệu của bàn làm việc: PostgreSQL tại {url.host} từ chối "
            f"người dùng {url.username} với mật khẩu này") in result.output, result.output
    assert "FATAL" not in result.output and "khong-dung" not in result.output
