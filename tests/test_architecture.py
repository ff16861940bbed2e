"""The shape of the package: imports flow one way, no private names cross modules, no study facts
in library code, and one `framing reproduce` builds each pipeline table once."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "framing"


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(path: Path, module: str) -> list[tuple[str, list[str], int]]:
    """(imported module, names, line) for every framing import of a file, relative ones resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("framing"):
                    found.append((alias.name, [], node.lineno))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join([*base, node.module] if node.module else base)
            else:
                name = node.module or ""
            if name.startswith("framing"):
                found.append((name, [a.name for a in node.names], node.lineno))
    return found


# Packages that are one pipeline step split into modules by kind of rule: their modules share
# private helpers and word lists with each other (the rules call each other's helpers), but no
# private name leaves the package.
ONE_STEP_PACKAGES = ("framing.sectors", "framing.speakers")


def _same_step(module: str, target: str) -> bool:
    return any(module.startswith(p + ".") and target.startswith(p + ".") for p in ONE_STEP_PACKAGES)


def test_no_module_imports_private_names_of_another():
    mods = _modules()
    bad = []
    for module, path in mods.items():
        for target, names, line in _imports(path, module):
            if target == module or _same_step(module, target):
                continue
            for n in names:
                if n.startswith("_") and not n.startswith("__"):
                    bad.append(f"{path.relative_to(SRC.parent)}:{line} imports {target}.{n}")
            # "from framing import text as _text" then _text._private: catch module aliases too
    assert not bad, "\n".join(bad)


def test_no_private_attribute_of_an_imported_framing_module():
    bad = []
    for path in _modules().values():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("framing"):
                aliases |= {a.asname or a.name for a in node.names}
            if isinstance(node, ast.Import):
                aliases |= {a.asname or a.name for a in node.names if a.name.startswith("framing")}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                bad.append(f"{path.relative_to(SRC.parent)}:{node.lineno} uses {node.value.id}.{node.attr}")
    assert not bad, "\n".join(bad)


def test_no_import_cycle():
    """Module-level and function-level imports together form no cycle (packages' __init__ aside)."""
    mods = _modules()
    graph: dict[str, set[str]] = {m: set() for m in mods}
    for module, path in mods.items():
        for target, names, _ in _imports(path, module):
            # "from framing.lexicons import matching" names a submodule
            candidates = [target] + [f"{target}.{n}" for n in names]
            for c in candidates:
                if c in mods and c != module and not (path.name != "__init__.py" and module.startswith(c + ".")):
                    graph[module].add(c)
    # a package __init__ that only re-exports lazily is not a step of the pipeline
    packages = {m for m, p in mods.items() if p.name == "__init__.py"}
    for m in graph:
        graph[m] -= packages
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m):
        state[m] = 1
        stack.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                cycle = stack[stack.index(n):] + [n]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if n not in state:
                visit(n)
        stack.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)


def test_no_study_facts_in_library_code():
    """The study's periods and sides live in study.yml, never in src/ (code or docstrings)."""
    pattern = re.compile(r"""["'](2025-10|2026-02|vietnam|russia)["']""")
    hits = []
    for path in SRC.rglob("*.py"):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                hits.append(f"{path.relative_to(SRC.parent)}:{i}: {line.strip()}")
    assert not hits, "\n".join(hits)


def test_one_reproduce_tokenizes_once_and_finds_mentions_once(tmp_path, monkeypatch):
    import framing.speakers
    import framing.tokens
    from framing import sectors
    from framing.report import export

    calls = {"tokenize": 0, "find_sector_mentions": 0, "attribute_speakers": 0, "split_sentences": 0}

    def counted(module, name):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    counted(framing.tokens, "tokenize")
    counted(framing.tokens, "split_sentences")
    counted(sectors, "find_sector_mentions")
    counted(framing.speakers, "attribute_speakers")
    # figures are not the point here: draw none (their tables are still all computed)
    monkeypatch.setattr(export, "FIGURES", {})
    export.reproduce(out=tmp_path / "out", quiet=True, workers=1)
    assert calls == {"tokenize": 1, "find_sector_mentions": 1, "attribute_speakers": 1, "split_sentences": 1}
