"""The architecture's one-way imports: the core library never loads Prefect or Streamlit."""

from __future__ import annotations

import subprocess
import sys


def test_importing_claims_loads_neither_prefect_nor_streamlit() -> None:
    code = (
        "import sys, pkgutil, importlib, claims\n"
        "for m in pkgutil.walk_packages(claims.__path__, 'claims.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('prefect', 'streamlit'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
