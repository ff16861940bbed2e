"""The environment files agree: pyproject.toml, requirements.lock and environment.yml."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _name(requirement: str) -> str:
    """Package name of a requirement, normalised as in PEP 503 ("scikit_learn" -> "scikit-learn")."""
    name = re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def _pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_environment_yml_names_the_same_packages_as_pyproject():
    project = _pyproject()
    wanted = {_name(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]}
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert "conda-forge" in env["channels"]
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    names = {_name(d) for d in conda} - {"python", "pip"}
    assert names == wanted
    assert "-e ." in pip
    assert any(d.startswith("python=") for d in conda)


def test_lock_pins_every_declared_package():
    project = _pyproject()
    declared = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        declared |= {_name(r) for r in extra}
    pins = {}
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith((" ", "#", "-")):
            name, _, version = line.partition("==")
            assert version, f"unpinned line in requirements.lock: {line}"
            pins[_name(name)] = version.strip()
    assert declared <= set(pins)
    assert "framing" not in pins  # the project itself is installed editable, not from the lock


def test_cli_starts_without_heavy_imports():
    code = (
        "import sys, framing.cli as c; c.build_parser();"
        "heavy = [m for m in ('pandas', 'numpy', 'sklearn', 'matplotlib', 'scipy', 'nltk') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_public_names_resolve():
    import framing

    for name in ("load_corpus", "CorpusError", "tokenize", "split_sentences", "display_forms"):
        assert callable(getattr(framing, name))
