"""The wheel ships templates/ and data/: build it, install it in a fresh venv, render an example."""

from __future__ import annotations

import pathlib
import site
import subprocess
import sys
import venv
import zipfile

from conftest import ROOT


def test_wheel_installs_and_renders(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(dist), str(ROOT)], check=True, capture_output=True)
    wheel = next(dist.glob("ntm_docgen-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "ntm_docgen/templates/van_ban.docx" in names
    assert "ntm_docgen/data/loai.yaml" in names
    assert any(n.startswith("ntm_docgen/data/examples/") for n in names)
    assert "ntm_docgen/locale/vi/LC_MESSAGES/ntm_docgen.mo" in names

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # the dependencies come from the environment running the tests (a venv's "system" site is
    # its base interpreter's, which may lack them); its own .pth files (the editable install of
    # this checkout) are not run from a path added this way
    inner = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                            "['purelib'])"], check=True, capture_output=True, text=True)
    outer = [*site.getsitepackages(), site.getusersitepackages()]
    (pathlib.Path(inner.stdout.strip()) / "outer-site.pth").write_text("\n".join(outer) + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    str(wheel)], check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run([str(python), "-c", "import ntm_docgen; print(ntm_docgen.__file__)"],
                           cwd=work, check=True, capture_output=True, text=True).stdout
    assert where.startswith(str(env_dir))
    example = ROOT / "data" / "examples" / "000-huong-dan-1741-btdkt.yaml"
    result = subprocess.run([str(env_dir / "bin" / "ntm-docgen"), "render", str(example), "-o",
                             str(work / "letter.docx")], cwd=work, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert (work / "letter.docx").stat().st_size > 5000
