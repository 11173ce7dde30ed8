"""``register list`` cuts a long trích yếu after its last whole word, with "…" (it cut
mid-word, with nothing to say the line went on: a black-box run)."""

from __future__ import annotations

from conftest import DATA

from ntm_docgen.cli.main import main

TRICH_YEU = ("Tổng kết phong trào thi đua Cả nước chung sức xây dựng nông thôn mới giai đoạn "
             "2021 - 2025")


def test_a_long_trich_yeu_is_cut_at_a_word_with_an_ellipsis(runner, tmp_path):
    spec = tmp_path / "kh.yaml"
    spec.write_text((DATA / "specs" / "good.minimal.yaml").read_text(encoding="utf-8")
                    .replace("Sơ kết phong trào thi đua", TRICH_YEU), encoding="utf-8")
    db = str(tmp_path / "so.sqlite3")
    made = runner.invoke(main, ["render", str(spec), "-o", str(tmp_path / "kh.docx"),
                                "--allocate", "--db", db])
    assert made.exit_code == 0, made.output
    listed = runner.invoke(main, ["--lang", "vi", "register", "list", "--db", db])
    line = listed.stdout.splitlines()[-1]
    shown = line[line.index("Kế hoạch"):]
    assert shown.endswith("…") and len(shown) <= 60, shown
    words = shown[:-1].split()
    assert " ".join(words) in f"Kế hoạch: {TRICH_YEU}"
    assert words[-1] in f"Kế hoạch: {TRICH_YEU}".split()  # whole words only


def test_a_short_one_is_whole(runner, tmp_path):
    db = str(tmp_path / "so.sqlite3")
    runner.invoke(main, ["render", str(DATA / "specs" / "good.minimal.yaml"), "-o",
                         str(tmp_path / "kh.docx"), "--allocate", "--db", db])
    listed = runner.invoke(main, ["--lang", "vi", "register", "list", "--db", db])
    assert listed.stdout.splitlines()[-1].endswith("Kế hoạch: Sơ kết phong trào thi đua")
