"""No Cypher is built from input: every query sent to Neo4j is a constant or a shipped
cypher/queries file, and no Cypher-looking string is formatted anywhere in eventgraph/ or api/."""
from __future__ import annotations

import ast
import re

from .helpers import REPO

SOURCES = sorted(p for d in ("eventgraph", "api") for p in (REPO / d).rglob("*.py"))
CYPHER = re.compile(r"\b(MATCH|MERGE|UNWIND|DETACH|RETURN|OPTIONAL MATCH)\b|\)-\[|\]->")
RUNNERS = {"run", "execute_query"}  # neo4j Session/Transaction.run, Driver.execute_query


def _is_cypher_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(CYPHER.search(node.value))


def _safe_query(node: ast.AST, safe_names: set[str]) -> bool:
    """A literal, cypher.query(...) (loads a shipped file by a checked name), or a name bound to one."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.Call):
        f = node.func
        return (isinstance(f, ast.Attribute) and f.attr == "query" and isinstance(f.value, ast.Name)
                and f.value.id == "cypher")
    return isinstance(node, ast.Name) and node.id in safe_names


def _safe_names(tree: ast.AST) -> set[str]:
    """Names only ever bound to safe queries (assignments, or loops over cypher.schema_statements())."""
    bound: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    bound.setdefault(t.id, []).append(node.value)
        elif isinstance(node, ast.For) and isinstance(node.target, ast.Name):
            it = node.iter
            ok = (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute)
                  and it.func.attr == "schema_statements")
            bound.setdefault(node.target.id, []).append(ast.Constant("") if ok else node.iter)
    return {name for name, values in bound.items() if all(_safe_query(v, set()) for v in values)}


def findings() -> tuple[list[str], int]:
    """(problems, how many query calls were checked)."""
    out, checked = [], 0
    for path in SOURCES:
        rel = path.relative_to(REPO)
        tree = ast.parse(path.read_text(encoding="utf-8"), str(rel))
        safe = _safe_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and any(_is_cypher_text(v) for v in node.values):
                out.append(f"{rel}:{node.lineno}: f-string with Cypher")
            elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)) and (
                    _is_cypher_text(node.left) or _is_cypher_text(node.right)):
                out.append(f"{rel}:{node.lineno}: Cypher built with % or +")
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                f = node.func
                if f.attr == "format" and _is_cypher_text(f.value):
                    out.append(f"{rel}:{node.lineno}: Cypher built with .format()")
                if f.attr in RUNNERS and not (isinstance(f.value, ast.Name) and f.value.id == "uvicorn"):
                    if not node.args:
                        q = next((k.value for k in node.keywords if k.arg in ("query", "query_")), None)
                    else:
                        q = node.args[0]
                    checked += 1
                    if q is None or not _safe_query(q, safe):
                        out.append(f"{rel}:{node.lineno}: .{f.attr}() with a query that is not a constant "
                                   f"or a cypher/queries file: {ast.unparse(q) if q is not None else '?'}")
    return out, checked


def test_scanner_catches_formatted_cypher(tmp_path):
    bad = ast.parse('def f(tx, name):\n    tx.run(f"MATCH (a {{id: \'{name}\'}}) RETURN a")\n'
                    '    q = "MATCH (n) WHERE n.id = %s" % name\n    tx.run(q)\n')
    assert CYPHER.search("MATCH (a) RETURN a")
    safe = _safe_names(bad)
    assert "q" not in safe
    runs = [n for n in ast.walk(bad) if isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "run"]
    assert not any(_safe_query(n.args[0], safe) for n in runs)


def test_no_cypher_is_built_by_string_formatting():
    problems, checked = findings()
    assert checked >= 10  # the scan does see the Neo4j store's queries
    assert problems == []


def test_every_shipped_query_takes_input_as_parameters():
    qdir = REPO / "eventgraph" / "cypher" / "queries"
    files = sorted(qdir.glob("*.cypher"))
    assert files
    for f in files:
        body = "\n".join(l for l in f.read_text(encoding="utf-8").splitlines() if not l.lstrip().startswith("//"))
        # Python-style placeholders would mean someone formats the file before sending it
        assert not re.search(r"\{[a-z_]+\}|%s|%\(", body), f.name
