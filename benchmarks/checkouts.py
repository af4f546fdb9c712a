"""Running a checkout of kg in a fresh process, for the scripts that compare two checkouts in one run.

Both checkouts run under this interpreter (``PYTHONPATH`` names the checkout) and share its libraries.
Compiled modules are written and used, as in an installed kg: a ``PYTHONDONTWRITEBYTECODE`` in the
environment would compile every module of kg from source in every run.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def checkout_env(checkout: Path) -> dict[str, str]:
    """The environment of a process that imports kg from ``checkout``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(checkout)
    return env


def run_json(checkout: Path, args: list[str]) -> dict:
    """Run ``python ARGS`` with kg from ``checkout`` and read the JSON object of its last line of output;
    a failure stops the script with the checkout and the end of its error output."""
    proc = subprocess.run([sys.executable, *args], env=checkout_env(checkout), cwd=checkout, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise SystemExit(f"{checkout}: {proc.stderr.strip()[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
