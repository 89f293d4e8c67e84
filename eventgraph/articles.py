"""Reading articles: .jsonl, .json, .txt, .html, directories, globs and '-' (stdin).

Everything streams (a JSONL corpus is read line by line). A bad line or file becomes an
InputError naming file, line and field, reported through ReadErrors; the batch goes on.
"""
from __future__ import annotations

import glob
import io
import json
import os
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Iterable, Iterator, Sequence

from .errors import InputError
from .models import Article

EXTENSIONS = (".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm")
MAX_LINE_BYTES = 50_000_000
_CONTROL = {c: None for c in range(32) if c not in (9, 10, 13)}
_CONTROL[0x7F] = None


@dataclass
class ReadErrors:
    """Collects what went wrong; prints each problem to stderr as it happens."""

    stream: IO[str] | None = None
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    read: int = 0
    quiet: bool = False

    def error(self, err: InputError) -> None:
        self.errors.append(err)
        if not self.quiet:
            print(f"error: {err}", file=self.stream or sys.stderr)

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        if not self.quiet:
            print(f"warning: {message}", file=self.stream or sys.stderr)

    def summary(self) -> dict:
        return {"read": self.read, "skipped": len(self.errors),
                "reasons": dict(Counter(e.reason for e in self.errors)), "warnings": len(self.warnings)}

    def format_summary(self) -> str:
        s = self.summary()
        text = f"read {s['read']} articles, skipped {s['skipped']}"
        if s["reasons"]:
            text += " (" + ", ".join(f"{k}: {v}" for k, v in sorted(s["reasons"].items())) + ")"
        if s["warnings"]:
            text += f", {s['warnings']} warnings"
        return text


def clean_text(text: str) -> str:
    """NFC, no control characters, runs of spaces collapsed, line breaks kept."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_CONTROL)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(lines).strip()


def normalise_date(value: object) -> str | None:
    """'2024-10-21', '2024-10-21T08:00:00Z' -> '2024-10-21'; anything else -> ValueError."""
    import datetime as dt

    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError("not a string")
    v = value.strip()
    try:
        return dt.date.fromisoformat(v[:10]).isoformat() if len(v) >= 10 else \
            dt.date.fromisoformat(v).isoformat()
    except ValueError:
        raise ValueError(f"not an ISO date: {value!r}") from None


def _opt_str(d: dict, key: str, where: dict) -> str | None:
    v = d.get(key)
    if v is None:
        return None
    if not isinstance(v, (str, int, float)):
        raise InputError(f"must be a string, got {type(v).__name__}", field=key, reason="invalid-field", **where)
    return str(v)


def article_from_dict(d: object, *, file: str, line: int | None, published: str | None,
                      max_chars: int, errors: ReadErrors) -> Article:
    where = {"file": file, "line": line}
    if not isinstance(d, dict):
        raise InputError(f"expected a JSON object, got {type(d).__name__}", reason="not-an-object", **where)
    text = d.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        raise InputError("missing or empty", field="text", reason="no-text", **where)
    if not isinstance(text, str):
        raise InputError(f"must be a string, got {type(text).__name__}", field="text", reason="invalid-field", **where)
    if len(text) > max_chars:
        raise InputError(f"too long ({len(text)} characters > {max_chars})", field="text", reason="too-long", **where)
    pub = d.get("published", published)
    try:
        pub = normalise_date(pub)
    except ValueError as exc:
        errors.warn(f"{file}:{line}: field 'published': {exc}; kept the article without a date")
        pub = None
    art_id = d.get("id")
    if art_id is not None and not isinstance(art_id, (str, int)):
        raise InputError(f"must be a string, got {type(art_id).__name__}", field="id", reason="invalid-field", **where)
    return Article(text=clean_text(text), id=str(art_id) if art_id not in (None, "") else "",
                   url=_opt_str(d, "url", where), title=_opt_str(d, "title", where), published=pub,
                   source=_opt_str(d, "source", where), language=_opt_str(d, "language", where) or "en",
                   origin=f"{file}:{line}" if line else file)


# -- decoding ---------------------------------------------------------------------------

def decode(data: bytes, *, file: str, line: int | None = None) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16", reason="unknown-encoding", file=file, line=line) from None
    if b"\x00" in data:
        raise InputError("binary content (NUL bytes)", reason="binary", file=file, line=line)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 (byte {exc.start}); unknown encoding", reason="unknown-encoding",
                         file=file, line=line) from None


# -- HTML -------------------------------------------------------------------------------

class _HTMLText(HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "noscript", "template", "svg", "aside", "form"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "figcaption", "blockquote", "pre", "ul", "ol", "table", "figure"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.skip = 0
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str | None, str]:
    p = _HTMLText()
    p.feed(html)
    p.close()
    title = clean_text(" ".join(p.title)) or None
    return title, clean_text("".join(p.parts))


# -- readers ----------------------------------------------------------------------------

def _jsonl(fh: IO[bytes], name: str, published, max_chars, errors) -> Iterator[Article]:
    for n, raw in enumerate(fh, 1):
        if len(raw) > MAX_LINE_BYTES:
            errors.error(InputError("line too long", reason="too-long", file=name, line=n))
            continue
        if not raw.strip():
            continue
        try:
            d = json.loads(decode(raw, file=name, line=n))
        except InputError as exc:
            errors.error(exc)
            continue
        except json.JSONDecodeError as exc:
            errors.error(InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", reason="invalid-json",
                                    file=name, line=n))
            continue
        except RecursionError:
            errors.error(InputError("invalid JSON: nested too deeply", reason="invalid-json", file=name, line=n))
            continue
        try:
            art = article_from_dict(d, file=name, line=n, published=published, max_chars=max_chars, errors=errors)
        except InputError as exc:
            errors.error(exc)
            continue
        errors.read += 1
        yield art


def _whole(data: bytes, name: str, kind: str, published, max_chars, errors) -> Iterator[Article]:
    try:
        text = decode(data, file=name)
    except InputError as exc:
        errors.error(exc)
        return
    if kind == "json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.error(InputError(f"invalid JSON: {exc.msg} (column {exc.colno})", reason="invalid-json",
                                    file=name, line=exc.lineno))
            return
        except RecursionError:
            errors.error(InputError("invalid JSON: nested too deeply", reason="invalid-json", file=name, line=1))
            return
        items = doc if isinstance(doc, list) else [doc]
        for i, d in enumerate(items, 1):
            try:
                art = article_from_dict(d, file=name, line=i if isinstance(doc, list) else None,
                                        published=published, max_chars=max_chars, errors=errors)
            except InputError as exc:
                errors.error(exc)
                continue
            errors.read += 1
            yield art
        return
    if kind == "html":
        title, body = html_to_text(text)
    else:
        body = clean_text(text)
        title = next((ln for ln in body.split("\n") if ln.strip()), None)
    d = {"text": body, "title": title, "published": published}
    try:
        art = article_from_dict(d, file=name, line=None, published=published, max_chars=max_chars, errors=errors)
    except InputError as exc:
        errors.error(exc)
        return
    errors.read += 1
    yield art


def _kind(path: str) -> str:
    low = path.lower()
    if low.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if low.endswith(".json"):
        return "json"
    if low.endswith((".html", ".htm")):
        return "html"
    return "txt"


def expand(paths: Sequence[str], errors: ReadErrors) -> Iterator[str]:
    """Files named by paths, directories (recursive, known extensions) and globs, sorted."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            found = sorted(str(f) for f in Path(p).rglob("*") if f.is_file() and f.suffix.lower() in EXTENSIONS)
            if not found:
                errors.error(InputError("directory holds no article files", reason="no-files", file=p))
            yield from found
        elif os.path.exists(p):
            yield p
        elif any(ch in p for ch in "*?["):
            found = sorted(f for f in glob.glob(p, recursive=True) if os.path.isfile(f))
            if not found:
                errors.error(InputError("glob matches no files", reason="no-files", file=p))
            yield from found
        else:
            errors.error(InputError("no such file or directory", reason="not-found", file=p))


def iter_articles(paths: Sequence[str], *, published: str | None = None, errors: ReadErrors | None = None,
                  stdin: IO[bytes] | None = None, max_chars: int | None = None) -> Iterator[Article]:
    """Stream Articles from paths; problems go to `errors` and the rest goes on."""
    from .config import get_settings

    errors = errors if errors is not None else ReadErrors()
    max_chars = max_chars or get_settings().max_article_chars
    try:
        published = normalise_date(published)
    except ValueError as exc:
        raise InputError(str(exc), field="--published", reason="invalid-field") from None
    for path in expand(paths, errors):
        if path == "-":
            yield from _stdin(stdin or sys.stdin.buffer, published, max_chars, errors)
            continue
        kind = _kind(path)
        try:
            if kind == "jsonl":
                with open(path, "rb") as fh:
                    yield from _jsonl(fh, path, published, max_chars, errors)
            else:
                size = os.path.getsize(path)
                if size > max_chars * 4 + 1024:
                    errors.error(InputError(f"file too large ({size} bytes)", field="text", reason="too-long",
                                            file=path))
                    continue
                with open(path, "rb") as fh:
                    data = fh.read()
                yield from _whole(data, path, kind, published, max_chars, errors)
        except OSError as exc:
            errors.error(InputError(f"cannot read: {exc.strerror or exc}", reason="unreadable", file=path))


def _stdin(fh: IO[bytes], published, max_chars, errors) -> Iterator[Article]:
    """stdin: JSONL when every non-empty line is a JSON object, a JSON document, else text."""
    data = fh.read()
    stripped = data.lstrip()
    if stripped.startswith(b"[") or (stripped.startswith(b"{") and stripped.rstrip().endswith(b"}")
                                     and b"\n{" not in stripped):
        yield from _whole(data, "<stdin>", "json", published, max_chars, errors)
    elif stripped.startswith(b"{"):
        yield from _jsonl(io.BytesIO(data), "<stdin>", published, max_chars, errors)
    else:
        yield from _whole(data, "<stdin>", "txt", published, max_chars, errors)


def read_all(paths: Iterable[str], **kw) -> tuple[list[Article], ReadErrors]:
    errors = kw.pop("errors", None) or ReadErrors(quiet=True)
    return list(iter_articles(list(paths), errors=errors, **kw)), errors
