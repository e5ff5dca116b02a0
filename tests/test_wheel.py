"""The wheel carries resources/ and i18n/, and an installed Alqa finds them the same way."""

from __future__ import annotations

import site
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_loads_a_court_model_and_a_case(tmp_path):
    out = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True)
    wheel = next(out.glob("alqa-*.whl"))
    env = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    py = env / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    target = Path(subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                 check=True, capture_output=True, text=True).stdout.strip())
    # the new venv sees this environment's packages (PySide6, networkx...) without downloading them
    (target / "zz_test_env.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = (
        "import app, app.paths as p\n"
        "from app.core.court import load_model\n"
        "from app.store.cases import builtin_cases\n"
        "m = load_model(p.resources() / 'court_models' / 'kz-2007.json')\n"
        "print(app.__file__); print(p.resources()); print(m.seats.judges, m.seats.lay)\n"
        "print(len(builtin_cases()) >= 1)\n"
    )
    result = subprocess.run([py, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    app_file, resources, seats, has_case = result.stdout.split("\n")[:4]
    assert app_file.startswith(str(target)) and resources.startswith(str(target))
    assert seats == "2 9" and has_case == "True"
