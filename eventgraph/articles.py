"""Read articles from files, directories, globs and stdin; validate each; report what was skipped.

Formats: JSON Lines (.jsonl, .ndjson), JSON (.json: an object, an array of objects, or objects one
after another), plain text (.txt: first non-empty line is the title) and HTML (.html, .htm). Any
of them may be gzipped (.gz, or found by its magic bytes). Stdin ('-') and explicitly named files
with other extensions are sniffed. Everything streams: a JSONL file is read a line at a time, a
JSON array an item at a time; whole-document formats (.txt, .html) are read up to a size cap.

Decisions a user may want to know:
- A bad line, array item or file is reported through ReadErrors and skipped; the rest goes on.
- An invalid `published` keeps the article, with the --published default (or no date) and a
  warning. Datetimes become the calendar date as written, without a timezone shift, since
  'on Monday' in the text means the publisher's Monday: '2024-10-21T23:30-05:00' -> '2024-10-21'.
- `published` passed to iter_articles is a default for articles without a valid date of their own.
- Integer ids are read as strings ("id": 17 -> "17"); other non-string ids are errors.
- Duplicate ids: the first wins. A repeat with the same title and text is only a warning
  (reading an article twice changes nothing); a repeat with different content is an error
  ('duplicate-id'), since the store would otherwise merge two different articles.

Error reasons: not-found, unreadable, empty-glob, no-files, binary, unknown-encoding, bad-encoding,
invalid-json, too-deep, line-too-long, not-object, not-jsonl, no-text, bad-type, bad-id, too-long,
duplicate-id, read-failed (a bug; please report). Warning reasons: bad-date, bad-field, duplicate,
empty-file.
"""
from __future__ import annotations

import codecs
import contextlib
import glob
import gzip
import io
import json
import os
import re
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Callable, Iterator, Sequence

from eventgraph.errors import InputError
from eventgraph.htmltext import declared_charset, html_to_text
from eventgraph.models import Article

__all__ = ["ReadErrors", "iter_articles", "read_all", "parse_article", "normalize_text", "normalize_date"]

MAX_LINE_CHARS = 50_000_000  # a JSONL line or JSON value longer than this is skipped unread
MAX_HTML_BYTES = 50_000_000
JSONL_GIVE_UP = 100  # this many unparseable lines before any good one: not JSON Lines at all
MAX_ID_CHARS = 512
_HEAD = 8192  # bytes read first to sniff format and encoding

_EXT_MODES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json",
              ".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".xhtml": "html"}
_OPTIONAL = ("title", "url", "source", "language")
_TEXT_ALIASES = ("body", "content", "article", "maintext", "full_text")


# ---------------------------------------------------------------- error channel

_STDERR = object()
# hostile input must not reach a terminal as escape sequences
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # lone surrogates cannot be stored


def _escape(m: re.Match) -> str:
    return repr(m.group())[1:-1]


class ReadErrors:
    """Collects InputErrors and warnings, prints each as one line as it happens, sums them up.

    stream: where lines go (default: sys.stderr at the time of writing; None or quiet: nowhere).
    keep: how many errors and warnings to keep in the lists (counts are always exact).
    """

    def __init__(self, stream: Any = _STDERR, *, keep: int = 1000, quiet: bool = False):
        self.stream = None if quiet else stream
        self.keep = keep
        self.read = 0
        self.errors: list[InputError] = []
        self.warnings: list[InputError] = []
        self.reasons: Counter[str] = Counter()
        self.warning_reasons: Counter[str] = Counter()

    @property
    def skipped(self) -> int:
        return sum(self.reasons.values())

    @property
    def exit_status(self) -> int:
        """0 when everything was read, 1 when anything was skipped."""
        return 1 if self.skipped else 0

    def error(self, e: InputError) -> None:
        self.reasons[e.reason] += 1
        if len(self.errors) < self.keep:
            self.errors.append(e)
        self._emit(str(e))

    def warn(self, w: InputError) -> None:
        self.warning_reasons[w.reason] += 1
        if len(self.warnings) < self.keep:
            self.warnings.append(w)
        text = str(w)
        self._emit(text[: len(text) - len(w.message)] + "warning: " + w.message)

    def _emit(self, line: str) -> None:
        stream = sys.stderr if self.stream is _STDERR else self.stream
        if stream is None:
            return
        line = _UNPRINTABLE.sub(_escape, line) + "\n"
        try:
            stream.write(line)
        except UnicodeEncodeError:
            stream.write(line.encode("ascii", "backslashreplace").decode("ascii"))

    def summary(self) -> dict[str, Any]:
        return {"read": self.read, "skipped": self.skipped, "reasons": dict(sorted(self.reasons.items())),
                "warnings": sum(self.warning_reasons.values()),
                "warning_reasons": dict(sorted(self.warning_reasons.items()))}

    def format_summary(self) -> str:
        """e.g. 'read 18 articles, skipped 2 (invalid-json: 1, no-text: 1), 1 warning (bad-date: 1)'."""
        s = f"read {self.read} articles, skipped {self.skipped}"  # one fixed form, for scripts that grep it
        if self.reasons:
            s += " (" + ", ".join(f"{r}: {n}" for r, n in sorted(self.reasons.items())) + ")"
        n = sum(self.warning_reasons.values())
        if n:
            s += f", {n} warning{'' if n == 1 else 's'} ("
            s += ", ".join(f"{r}: {k}" for r, k in sorted(self.warning_reasons.items())) + ")"
        return s


# ---------------------------------------------------------------- normalisation

_SURROGATES = re.compile("[\ud800-\udfff]")
_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# controls except tab/newline, plus invisible characters that split words (soft hyphen,
# zero-width space, word joiner, stray BOM); ZWJ/ZWNJ and bidi marks stay (emoji, scripts)
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u00ad\u200b\u2060\ufeff]")
# any of the above: one scan finds out whether the slow path is needed at all
_SPECIAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\u2028\u2029\ud800-\udfff]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalize_text(text: str) -> str:
    """NFC; controls dropped; whitespace runs folded within lines; line breaks kept (at most one blank line)."""
    if _SPECIAL.search(text):
        text = _SURROGATES.sub("\ufffd", text)
        text = _BREAKS.sub("\n", text)
        text = _INVISIBLE.sub("", text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # str.split() folds every Unicode space (tab, no-break space, ideographic space ...)
    text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def _one_line(text: str) -> str:
    return " ".join(normalize_text(text).split())


def normalize_date(value: Any) -> str | None:
    """An ISO date/datetime (or RFC 2822, as in RSS) -> 'YYYY-MM-DD'; anything else -> None."""
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s or len(s) > 64:
        return None
    try:
        return datetime.fromisoformat(s).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# ---------------------------------------------------------------- one article

def _kind(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "a boolean"
    if isinstance(v, (int, float)):
        return "a number"
    if isinstance(v, str):
        return "a string"
    return "an array" if isinstance(v, list) else "an object"


def _show(v: Any, n: int = 40) -> str:
    r = repr(v)
    return r if len(r) <= n else r[: n - 3] + "..."


def parse_article(obj: Any, *, file: str = "<input>", line: int | None = None,
                  published: str | None = None, max_chars: int | None = None,
                  warn: Callable[[InputError], None] | None = None) -> Article:
    """Validate one decoded article (a dict in the contract's shape) and build an Article.

    Raises InputError (naming file, line, field and a reason) when the article must be skipped;
    calls `warn` for problems that only drop a field. `published` is the default date.
    """
    where: dict[str, Any] = {"file": file, "line": line}
    if max_chars is None:
        from eventgraph.config import get_settings
        max_chars = get_settings().max_article_chars

    def warning(field: str, message: str, reason: str) -> None:
        if warn is not None:
            warn(InputError(message, field=field, reason=reason, **where))

    if not isinstance(obj, dict):
        raise InputError(f"expected a JSON object, got {_kind(obj)}", reason="not-object", **where)
    text = obj.get("text")
    if text is None or text == "":
        hint = next((k for k in _TEXT_ALIASES if obj.get(k)), None)
        extra = f" (found '{hint}'; the article text goes in 'text')" if hint else ""
        raise InputError("missing or empty" + extra, field="text", reason="no-text", **where)
    if not isinstance(text, str):
        raise InputError(f"must be a string, got {_kind(text)}", field="text", reason="bad-type", **where)
    if len(text) > max_chars:
        raise InputError(f"too long: {len(text):,} characters, the limit is {max_chars:,} "
                         "(EVENTGRAPH_MAX_ARTICLE_CHARS)", field="text", reason="too-long", **where)
    text = normalize_text(text)
    if not text:
        raise InputError("empty once whitespace and control characters are removed", field="text",
                         reason="no-text", **where)

    art_id = obj.get("id")
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if art_id is not None and not isinstance(art_id, str):
        raise InputError(f"must be a string, got {_kind(art_id)}", field="id", reason="bad-type", **where)
    art_id = (art_id or "").strip()
    if len(art_id) > MAX_ID_CHARS or _UNPRINTABLE.search(art_id):
        raise InputError(f"not a usable id: {_show(art_id)} (at most {MAX_ID_CHARS} printable characters)",
                         field="id", reason="bad-id", **where)

    fields: dict[str, str | None] = {}
    for name in _OPTIONAL:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            warning(name, f"must be a string, got {_kind(value)}; ignored", "bad-field")
            value = None
        fields[name] = _one_line(value) or None if value else None

    date = published
    raw_date = obj.get("published")
    if raw_date not in (None, ""):
        date = normalize_date(raw_date)
        if date is None:
            fallback = f"used {published}" if published else "the article is kept without a date"
            warning("published", f"not an ISO date: {_show(raw_date)}; {fallback}", "bad-date")
            date = published

    kwargs = {} if fields["language"] is None else {"language": fields["language"]}
    return Article(text=text, id=art_id, url=fields["url"], title=fields["title"], published=date,
                   source=fields["source"], origin=f"{file}:{line}" if line else file, **kwargs)


# ---------------------------------------------------------------- streams

class _Skip(Exception):
    """The rest of a source cannot be read."""

    def __init__(self, message: str, reason: str, line: int | None = None, field: str | None = None):
        super().__init__(message)
        self.message, self.reason, self.line, self.field = message, reason, line, field


class _Prefixed(io.RawIOBase):
    """A binary stream that first replays the bytes already read from it to sniff."""

    def __init__(self, head: bytes, rest: Any):
        self._head = memoryview(head)
        self._read = getattr(rest, "read1", rest.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        if self._head:
            n = min(len(buf), len(self._head))
            buf[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._read(len(buf)) or b""
        buf[: len(data)] = data
        return len(data)


class _Encoded(io.RawIOBase):
    """A text stream (e.g. io.StringIO given as stdin) seen as UTF-8 bytes."""

    def __init__(self, text: Any):
        self._text = text
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buf: Any) -> int:
        while not self._pending:
            chunk = self._text.read(max(1, len(buf) // 4))
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8", "surrogatepass")
        n = min(len(buf), len(self._pending))
        buf[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def _head_and_body(raw: Any) -> tuple[bytes, io.BufferedReader]:
    read = getattr(raw, "read1", raw.read)
    chunks, size = [], 0
    while size < _HEAD:
        chunk = read(_HEAD - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    head = b"".join(chunks)
    return head, io.BufferedReader(_Prefixed(head, raw), buffer_size=1 << 16)


def _encoding(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return "utf-8-sig"  # also strips a UTF-8 BOM


def _check_not_binary(head: bytes) -> None:
    nul = head.find(b"\0")
    if nul < 0:
        return
    zeros = sorted((head[0::2].count(0), head[1::2].count(0)))
    half = len(head) // 2
    # ASCII text in UTF-16: a NUL in every other byte, on one side only
    if half >= 8 and zeros[1] > 0.3 * half and zeros[0] < 0.05 * half:
        raise _Skip("unknown encoding: looks like UTF-16 without a byte-order mark; save it as UTF-8",
                    "unknown-encoding")
    raise _Skip(f"binary file (NUL byte at offset {nul}), not an article", "binary",
                line=head.count(b"\n", 0, nul) + 1)


_HTMLISH = re.compile(r"<(!doctype\s+html|html|head|body|meta|title|p|div|article|!--)[\s>]", re.I)


def _sniff(head: bytes, encoding: str, ext_mode: str | None, complete: bool) -> str | None:
    """The format of a JSON-ish or unknown source; None when it is empty."""
    text = head.decode(encoding, "ignore").lstrip(" \t\r\n\ufeff")
    if not text:
        return None if complete else (ext_mode or "txt")
    if text[0] == "[" or re.match(r"\{[ \t\r]*(\n|$)", text):
        return "json"  # a document, maybe pretty-printed
    if text[0] == "{":
        return "jsonl"
    if ext_mode in ("json", "jsonl"):
        return ext_mode
    return "html" if _HTMLISH.match(text) else "txt"


def _decode_whole(data: bytes, encoding: str, declared: str | None = None) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        if encoding == "utf-8-sig" and declared:
            with contextlib.suppress(UnicodeDecodeError, LookupError):
                return data.decode(declared)
        line = data.count(b"\n", 0, e.start) + 1
        if encoding == "utf-8-sig":
            raise _Skip(f"unknown encoding: not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}) "
                        "and no UTF-16/UTF-32 byte-order mark", "unknown-encoding", line=line) from None
        raise _Skip(f"invalid {encoding.upper()} at offset {e.start}", "bad-encoding") from None


# ---------------------------------------------------------------- formats

@dataclass
class _Ctx:
    errors: ReadErrors
    max_chars: int
    published: str | None
    max_line: int

    def article(self, obj: Any, name: str, line: int | None) -> Article:
        return parse_article(obj, file=name, line=line, published=self.published,
                             max_chars=self.max_chars, warn=self.errors.warn)


class _Where:
    line: int | None = None


def _json_line(line: str) -> Any:
    try:
        line.encode("utf-8")  # fails on undecodable bytes, kept as lone surrogates by the decoder
        bad = None
    except UnicodeEncodeError:
        bad = _SURROGATES.search(line)
    if bad:
        raise ValueError(f"invalid UTF-8 (byte 0x{ord(bad.group()) - 0xDC00:02x} at column {bad.start() + 1})",
                         "bad-encoding")
    try:
        return json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg} at column {e.colno}", "invalid-json") from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply", "too-deep") from None
    except ValueError as e:  # e.g. an integer with more digits than Python converts
        raise ValueError(f"invalid JSON: {e}", "invalid-json") from None


def _read_jsonl(name: str, body: io.BufferedReader, encoding: str, ctx: _Ctx,
                where: _Where) -> Iterator[tuple[int, Article]]:
    # UTF-8: bad bytes become lone surrogates, so they cost one line, not the file
    errors = "surrogateescape" if encoding == "utf-8-sig" else "strict"
    stream = io.TextIOWrapper(body, encoding=encoding, errors=errors, newline=None)
    lineno = parsed = unparsed = 0
    while True:
        where.line = lineno + 1
        line = stream.readline(ctx.max_line)
        if not line:
            return
        lineno += 1
        try:
            if len(line) >= ctx.max_line and not line.endswith("\n"):
                while (more := stream.readline(ctx.max_line)) and not more.endswith("\n"):
                    pass
                raise ValueError(f"line longer than {ctx.max_line:,} characters", "line-too-long")
            line = line.lstrip("\ufeff")  # a BOM left by concatenating files
            if not line.strip(" \t\r\n"):  # JSON's whitespace; str.strip() would also eat \x1c-\x1f
                continue
            obj = _json_line(line)
        except ValueError as e:
            ctx.errors.error(InputError(e.args[0], file=name, line=lineno, reason=e.args[1]))
            unparsed += 1
            if not parsed and unparsed >= JSONL_GIVE_UP:
                raise _Skip(f"no valid JSON in the first {unparsed} lines; is this JSON Lines? "
                            "The rest of the file is skipped", "not-jsonl", line=lineno) from None
            continue
        parsed += 1
        try:
            yield lineno, ctx.article(obj, name, lineno)
        except InputError as e:
            ctx.errors.error(e)


_WS = re.compile(r"[ \t\n\r]*")


class _JsonValues:
    """The top-level values of a JSON document, and the items of top-level arrays, one at a time.

    Reads in chunks, so a large array never sits in memory whole. An error inside the document
    ends it: past a syntax error there is no telling where the next item starts.
    """

    def __init__(self, stream: Any, cap: int, where: _Where):
        self.stream, self.cap, self.where = stream, cap, where
        self.buf, self.pos, self.eof = "", 0, False
        self.line, self.col0 = 1, 1  # line at pos; column of buf[0]
        self.decoder = json.JSONDecoder()

    def _col(self, p: int) -> int:
        nl = self.buf.rfind("\n", 0, p)
        return p - nl if nl >= 0 else self.col0 + p

    def _advance(self, to: int) -> None:
        self.line += self.buf.count("\n", self.pos, to)
        self.pos = to
        self.where.line = self.line

    def _more(self) -> None:
        self.col0 = self._col(self.pos)
        self.buf, self.pos = self.buf[self.pos:], 0
        chunk = self.stream.read(max(1 << 16, len(self.buf)))  # doubling: retries stay linear
        if chunk:
            self.buf += chunk
        else:
            self.eof = True

    def _error(self, message: str, reason: str, p: int | None = None) -> _Skip:
        p = self.pos if p is None else p
        line = self.line + self.buf.count("\n", self.pos, p)
        return _Skip(f"{message} at column {self._col(p)}; the rest of the document is skipped", reason, line)

    def _peek(self) -> str:
        while True:
            self._advance(_WS.match(self.buf, self.pos).end())
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if self.eof:
                return ""
            self._more()

    def _value(self) -> Any:
        while True:
            try:
                obj, end = self.decoder.raw_decode(self.buf, self.pos)
            except RecursionError:
                raise self._error("invalid JSON: nested too deeply", "too-deep") from None
            except json.JSONDecodeError as e:
                if self.eof:
                    raise self._error(f"invalid JSON: {e.msg}", "invalid-json", e.pos) from None
            except ValueError as e:
                if self.eof:
                    raise self._error(f"invalid JSON: {e}", "invalid-json") from None
            else:
                # a number at the end of the buffer may go on in the next chunk
                if end < len(self.buf) or self.eof:
                    self._advance(end)
                    return obj
            if len(self.buf) - self.pos > self.cap:
                raise self._error(f"a JSON value longer than {self.cap:,} characters", "too-long")
            self._more()

    def __iter__(self) -> Iterator[tuple[int, Any]]:
        while c := self._peek():
            if c != "[":
                line = self.line
                yield line, self._value()
                continue
            self._advance(self.pos + 1)
            if self._peek() == "]":
                self._advance(self.pos + 1)
                continue
            while True:
                line = self.line
                yield line, self._value()
                c = self._peek()
                self._advance(self.pos + 1)
                if c == "]":
                    break
                if c != ",":
                    where = "after an array item" if c else "before the end of the array"
                    raise self._error(f"invalid JSON: expected ',' or ']' {where}", "invalid-json",
                                      self.pos - 1)
                self._peek()


def _read_json(name: str, body: io.BufferedReader, encoding: str, ctx: _Ctx,
               where: _Where) -> Iterator[tuple[int, Article]]:
    stream = io.TextIOWrapper(body, encoding=encoding, errors="strict", newline="")
    for line, obj in _JsonValues(stream, ctx.max_line, where):
        try:
            yield line, ctx.article(obj, name, line)
        except InputError as e:
            ctx.errors.error(e)


def _read_capped(body: io.BufferedReader, cap: int, what: str) -> bytes:
    data = body.read(cap + 1)
    if len(data) > cap:
        raise _Skip(f"too long: {what} is larger than {cap:,} bytes", "too-long", field="text")
    return data


def _no_nul(text: str) -> str:
    nul = text.find("\x00")  # past the sniffed head, or in UTF-16 text
    if nul >= 0:
        raise _Skip("binary file (NUL character), not an article", "binary", line=text.count("\n", 0, nul) + 1)
    return text


def _read_txt(name: str, body: io.BufferedReader, encoding: str, ctx: _Ctx,
              where: _Where) -> Iterator[tuple[int, Article]]:
    # 4 bytes a character at most, so a longer file cannot fit the limit
    text = _no_nul(_decode_whole(_read_capped(body, 4 * ctx.max_chars + 4, "the file"), encoding))
    # the first line that still has something once normalised (not one of zero-width spaces)
    title = next((s for s in normalize_text(text[:10_000]).split("\n") if s), None)
    yield 1, ctx.article({"text": text, "title": title}, name, 1)


def _read_html(name: str, body: io.BufferedReader, encoding: str, ctx: _Ctx,
               where: _Where) -> Iterator[tuple[int, Article]]:
    data = _read_capped(body, MAX_HTML_BYTES, "the page")
    text = _no_nul(_decode_whole(data, encoding, declared_charset(data[:4096])))
    doc = html_to_text(text)
    obj = {"text": doc.text, "title": doc.title, "url": doc.url, "published": doc.published}
    yield 1, ctx.article(obj, name, 1)


_READERS = {"jsonl": _read_jsonl, "json": _read_json, "txt": _read_txt, "html": _read_html}


def _read_source(name: str, opener: Callable[[], Any], ext_mode: str | None,
                 ctx: _Ctx) -> Iterator[tuple[int, Article]]:
    where = _Where()
    encoding = "utf-8-sig"
    try:
        with opener() as raw:
            head, body = _head_and_body(raw)
            if head.startswith(b"\x1f\x8b"):
                head, body = _head_and_body(gzip.GzipFile(fileobj=body, mode="rb"))
            encoding = _encoding(head)
            if encoding == "utf-8-sig":
                _check_not_binary(head)
            mode = ext_mode if ext_mode in ("txt", "html") else _sniff(head, encoding, ext_mode, len(head) < _HEAD)
            if mode is None:
                ctx.errors.warn(InputError("no articles: the input is empty", file=name, reason="empty-file"))
                return
            yield from _READERS[mode](name, body, encoding, ctx, where)
    except InputError as e:
        ctx.errors.error(e)
    except _Skip as s:
        ctx.errors.error(InputError(s.message, file=name, line=s.line, field=s.field, reason=s.reason))
    except UnicodeDecodeError as e:
        ctx.errors.error(InputError(f"invalid {encoding.replace('-sig', '').upper()}: {e.reason}; "
                                    "the rest of the file is skipped", file=name, line=where.line,
                                    reason="bad-encoding"))
    except (OSError, EOFError, zlib.error) as e:
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        ctx.errors.error(InputError(f"cannot read: {reason}", file=name, line=where.line, reason="unreadable"))
    except Exception as e:  # a bug must cost one file, not the batch
        ctx.errors.error(InputError(f"could not be read ({type(e).__name__}: {e})", file=name,
                                    line=where.line, reason="read-failed"))


# ---------------------------------------------------------------- paths

_GLOB = re.compile(r"[*?[]")


def _mode_for(path: str) -> str | None:
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _EXT_MODES.get(os.path.splitext(name)[1])


def _walk(top: str, errors: ReadErrors) -> Iterator[str]:
    def failed(e: OSError) -> None:
        errors.error(InputError(f"cannot read directory: {e.strerror or e}", file=e.filename or top,
                                reason="unreadable"))

    for root, dirs, files in os.walk(top, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            path = os.path.join(root, f)
            # regular files only: opening a FIFO found on the way would wait forever
            if not f.startswith(".") and _mode_for(f) and os.path.isfile(path):
                yield path


def _stdin_binary(stdin: Any) -> Any:
    s = sys.stdin if stdin is None else stdin
    if s is None:
        return io.BytesIO()
    if getattr(s, "buffer", None) is not None:
        return s.buffer
    return s if isinstance(s.read(0), bytes) else _Encoded(s)


def _sources(paths: Sequence[str], errors: ReadErrors, stdin: Any) -> Iterator[tuple[str, Callable, str | None]]:
    seen: set[str] = set()

    def files(found: Sequence[str]) -> Iterator[tuple[str, Callable, str | None]]:
        for f in found:
            key = os.path.realpath(f)
            if key not in seen:
                seen.add(key)
                yield f, (lambda f=f: open(f, "rb")), _mode_for(f)

    for p in paths:
        if p == "-":
            yield "<stdin>", (lambda: contextlib.nullcontext(_stdin_binary(stdin))), None
        elif os.path.isdir(p):
            found = list(_walk(p, errors))
            if not found:
                errors.error(InputError("no article files (.jsonl, .json, .txt, .html) in this directory",
                                        file=p, reason="no-files"))
            yield from files(found)
        elif os.path.lexists(p):
            yield from files([p])
        elif _GLOB.search(p):
            found = []
            for m in sorted(glob.glob(p, recursive=True)):
                if os.path.isdir(m):
                    found.extend(_walk(m, errors))
                elif _mode_for(m) and os.path.isfile(m):
                    found.append(m)
            if not found:
                errors.error(InputError("no article files match this pattern", file=p, reason="empty-glob"))
            yield from files(found)
        else:
            errors.error(InputError("no such file or directory", file=p, reason="not-found"))


# ---------------------------------------------------------------- entry point

def iter_articles(paths: Sequence[str], *, published: str | None = None, errors: ReadErrors | None = None,
                  stdin: Any = None, max_chars: int | None = None, dedupe: bool = True) -> Iterator[Article]:
    """Stream valid Articles from files, directories, globs and '-' (stdin), in order.

    Every skipped article or file goes to `errors` (a ReadErrors; by default one printing to
    stderr) and the reading goes on. `published` (ISO date) is the date of articles that carry
    none, e.g. .txt files; an invalid value raises InputError at once. `max_chars` defaults to
    Settings.max_article_chars.
    """
    default = None
    if published is not None:
        default = normalize_date(published)
        if default is None:
            raise InputError(f"not an ISO date: {_show(published)}", file="--published",
                             field="published", reason="bad-date")
    if max_chars is None:
        from eventgraph.config import get_settings
        max_chars = get_settings().max_article_chars
    ctx = _Ctx(errors=errors if errors is not None else ReadErrors(), max_chars=max_chars, published=default,
               max_line=MAX_LINE_CHARS)
    return _iter(paths, ctx, stdin, dedupe)


def _iter(paths: Sequence[str], ctx: _Ctx, stdin: Any, dedupe: bool) -> Iterator[Article]:
    # id hash -> content hash, file number and line packed in one int: about 100 bytes an article
    first: dict[int, int] = {}
    names: list[str] = []
    for name, opener, ext_mode in _sources(paths, ctx.errors, stdin):
        names.append(name)
        for line, art in _read_source(name, opener, ext_mode, ctx):
            if dedupe:
                content = hash((art.title, art.text)) & (2**64 - 1)
                seen = first.get(hash(art.id))
                if seen is not None:
                    where = f"{names[(seen >> 40) & 0xFFFFFF]}:{seen & (2**40 - 1)}"
                    if seen >> 64 == content:
                        ctx.errors.warn(InputError(f"the same article as {where}; read once", file=name,
                                                   line=line, field="id", reason="duplicate"))
                    else:
                        ctx.errors.error(InputError(f"id {_show(art.id)} is already used by {where} for a "
                                                    "different article", file=name, line=line, field="id",
                                                    reason="duplicate-id"))
                    continue
                first[hash(art.id)] = content << 64 | (len(names) - 1) << 40 | line
            ctx.errors.read += 1
            yield art


def read_all(paths: Sequence[str], **kw: Any) -> tuple[list[Article], ReadErrors]:
    """All articles at once (small inputs, tests) and the quiet ReadErrors that saw them."""
    errors = kw.pop("errors", None) or ReadErrors(quiet=True)
    return list(iter_articles(paths, errors=errors, **kw)), errors
