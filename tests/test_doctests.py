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


def test_optional_parameters_state_their_default():
    """numpydoc with ``default=`` on the parameter line (or its description) of every option."""
    import inspect
    import re

    import framing

    missing = []
    for name in framing.__all__:
        obj = getattr(framing, name)
        if not callable(obj) or isinstance(obj, type):
            continue
        doc = obj.__doc__ or ""
        for p in inspect.signature(obj).parameters.values():
            if p.default is inspect.Parameter.empty:
                continue
            m = re.search(
                rf"^    ([\w, ]*\b{re.escape(p.name)}\b[\w, ]*) :(.*)\n((?:        .*\n|\n)*)", doc, re.M
            )
            if not m or "default=" not in (m.group(2) + m.group(3)).lower():
                missing.append(f"{name}({p.name})")
    assert not missing, f"options without a stated default: {missing}"
