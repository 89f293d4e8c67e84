"""Load the Cypher files that ship with eventgraph (schema, queries, Browser guide).

The canonical files live in eventgraph/cypher/ so that a non-editable `pip install .`
puts them in the wheel as package data; the repository's top-level cypher/ is a symlink
to that folder for analysts. Each query file holds ONE query; its header comment
(lines starting with //) documents the parameters.

`python -m eventgraph.cypher guide [--port 8001]` serves the Neo4j Browser guide over
HTTP with CORS so that `:guide http://localhost:8001/eventgraph.html` opens it.
"""
from __future__ import annotations

import argparse
import re
from functools import lru_cache
from pathlib import Path

CYPHER_DIR = Path(__file__).resolve().parent / "cypher"
QUERY_DIR = CYPHER_DIR / "queries"
GUIDE_DIR = CYPHER_DIR / "guide"
GUIDE_FILE = "eventgraph.html"


class CypherFileError(LookupError):
    """A Cypher file that eventgraph needs is missing or empty."""


@lru_cache(maxsize=None)
def query(name: str) -> str:
    """The text of cypher/queries/<name>.cypher (comments kept; Neo4j ignores them)."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise CypherFileError(f"bad query name {name!r}")
    path = QUERY_DIR / f"{name}.cypher"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CypherFileError(f"{path}: no such query file") from None
    if not strip_comments(text).strip():
        raise CypherFileError(f"{path}: holds no query")
    return text


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERY_DIR.glob("*.cypher"))


def strip_comments(text: str) -> str:
    """Drop whole-line // comments (the files have no // inside string literals)."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def params_of(name: str) -> list[str]:
    """The $parameters a query uses, in order of first use."""
    seen: dict[str, None] = {}
    for m in re.finditer(r"\$([A-Za-z_][A-Za-z0-9_]*)", strip_comments(query(name))):
        seen.setdefault(m.group(1))
    return list(seen)


def schema_statements() -> list[str]:
    """cypher/schema.cypher split into single statements (Bolt runs one at a time)."""
    text = strip_comments((CYPHER_DIR / "schema.cypher").read_text(encoding="utf-8"))
    return [s.strip() for s in text.split(";") if s.strip()]


def guide_path() -> Path:
    return GUIDE_DIR / GUIDE_FILE


def guide_queries(html: str | None = None) -> list[str]:
    """Every runnable query in the Browser guide, unescaped, in order."""
    import html as htmllib

    html = html if html is not None else guide_path().read_text(encoding="utf-8")
    blocks = re.findall(r"<pre[^>]*class=\"[^\"]*runnable[^\"]*\"[^>]*>(.*?)</pre>", html, re.S)
    return [htmllib.unescape(re.sub(r"<[^>]+>", "", b)).strip() for b in blocks]


def serve_guide(host: str = "localhost", port: int = 8001):
    """An HTTP server for cypher/guide/ that sends the CORS header Neo4j Browser needs."""
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Handler(SimpleHTTPRequestHandler):
        def end_headers(self) -> None:
            self.send_header("Access-Control-Allow-Origin", "*")
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

        def log_message(self, fmt: str, *args: object) -> None:  # quiet by default
            pass

    return ThreadingHTTPServer((host, port), partial(Handler, directory=str(GUIDE_DIR)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eventgraph.cypher")
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("guide", help="serve the Neo4j Browser guide")
    g.add_argument("--host", default="localhost")
    g.add_argument("--port", type=int, default=8001)
    sub.add_parser("path", help="print the folder holding the Cypher files")
    args = ap.parse_args(argv)
    if args.cmd == "path":
        print(CYPHER_DIR)
        return 0
    server = serve_guide(args.host, args.port)
    print(f"In Neo4j Browser run:  :guide http://{args.host}:{server.server_address[1]}/{GUIDE_FILE}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
