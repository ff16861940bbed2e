"""The Examples sections of the public entry points run as doctests (on tiny corpora)."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "framing"
MODULES = sorted(
    ".".join(p.relative_to(SRC.parent).with_suffix("").parts).removesuffix(".__init__")
    for p in SRC.rglob("*.py")
)


@pytest.mark.parametrize("name", MODULES)
def test_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"


def test_public_entry_points_have_examples():
    import framing

    missing = [
        name
        for name in framing.__all__
        if callable(obj := getattr(framing, name))
        and not isinstance(obj, type)
        and "Examples" not in (obj.__doc__ or "")
    ]
    assert not missing, f"public functions without an Examples section: {missing}"
