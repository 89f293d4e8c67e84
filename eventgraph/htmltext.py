"""HTML page -> title and readable text, with a scanner that stays linear on hostile markup.

The stdlib html.parser is quadratic on some malformed input (e.g. many unclosed ``<a `` tags:
15 KB take seconds), so this module scans the markup itself. Every step either finds the
end of what it started (and moves past it) or consumes the rest of the page, as a browser
does with an unclosed comment or quote; no position is scanned twice.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html import unescape

# content never shown as article text
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "nav", "aside",
                   "footer", "form", "button", "select", "iframe", "object", "head"})
# elements whose content runs to their end tag without markup inside
_RAW = frozenset({"script", "style", "textarea", "title", "xmp", "noembed", "noframes"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
# blocks end a paragraph (a blank line); list items, rows and <br> only end a line
_BLOCK = frozenset({"address", "article", "blockquote", "body", "caption", "details", "dialog", "div",
                    "dl", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
                    "header", "hgroup", "hr", "html", "main", "ol", "p", "pre", "section", "summary",
                    "table", "ul"})
_LINE = frozenset({"br", "li", "tr", "dt", "dd"})
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate",
              "dc.date", "dc.date.issued", "dcterms.created", "og:published_time")

_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:_-]*)")
# the rest of a tag up to '>', quotes respected; possessive so a failure never backtracks
_TAG_REST = re.compile(r"""(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_SPACES = re.compile(r"[ \t\r\n\f]+")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


@dataclass
class HtmlDoc:
    title: str | None
    text: str
    published: str | None = None  # as the page states it; the caller validates
    url: str | None = None


def declared_charset(head: bytes) -> str | None:
    """The codec a page declares in a <meta> near its top, if Python knows it."""
    m = _CHARSET.search(head[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    # browsers read these labels as windows-1252, a superset
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _attrs(body: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR.finditer(body):
        value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None else m.group(4)
        out.setdefault(m.group(1).lower(), unescape(value or ""))
    return out


class _Text:
    """Collects visible text: data with whitespace folded, line breaks at block edges."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.skip: dict[str, int] = {}
        self.pre = 0
        self.h1: list[str] | None = None  # collecting the first <h1>, a fallback title
        self.h1_done = False

    @property
    def hidden(self) -> bool:
        return any(self.skip.values())

    def data(self, raw: str) -> None:
        if self.hidden or not raw:
            return
        text = unescape(raw)
        if not self.pre:
            text = _SPACES.sub(" ", text)
        self.parts.append(text)
        if self.h1 is not None and not self.h1_done:
            self.h1.append(text)

    def start(self, name: str, self_closing: bool) -> None:
        if name in _SKIP and name not in _VOID and not self_closing:
            self.skip[name] = self.skip.get(name, 0) + 1
        if self.hidden:
            return
        if name in _BLOCK:
            self.parts.append("\n\n")
        elif name in _LINE:
            self.parts.append("\n")
        if name == "pre" and not self_closing:
            self.pre += 1
        if name == "h1" and not self.h1_done and not self_closing:
            self.h1 = []
        if name in ("td", "th"):
            self.parts.append(" ")

    def end(self, name: str) -> None:
        if self.skip.get(name):
            self.skip[name] -= 1
            return
        if self.hidden:
            return
        if name in _BLOCK:
            self.parts.append("\n\n")
        if name == "pre" and self.pre:
            self.pre -= 1
        if name == "h1" and self.h1 is not None:
            self.h1_done = True


def html_to_text(markup: str) -> HtmlDoc:
    """Title (from <title>, og:title or the first <h1>) and the body text of a page."""
    out = _Text()
    title: str | None = None
    meta: dict[str, str] = {}
    canonical: str | None = None
    pos, n = 0, len(markup)
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            out.data(markup[pos:])
            break
        out.data(markup[pos:lt])
        if markup.startswith("<!--", lt):
            end = markup.find("-->", lt + 4)
            pos = n if end < 0 else end + 3
            continue
        m = _TAG_START.match(markup, lt)
        if not m:
            if markup.startswith(("<!", "<?"), lt):  # doctype, CDATA, processing instruction
                end = markup.find(">", lt + 2)
                pos = n if end < 0 else end + 1
            else:
                out.data("<")
                pos = lt + 1
            continue
        rest = _TAG_REST.match(markup, m.end())
        if not rest:  # an unclosed quote or tag: like a browser, it swallows the rest
            break
        pos = rest.end()
        closing, name = m.group(1), m.group(2).lower()
        body = markup[m.end():pos - 1]
        if closing:
            out.end(name)
            continue
        self_closing = body.rstrip().endswith("/")
        if name in ("meta", "link"):
            a = _attrs(body)
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if name == "meta" and key and "content" in a:
                meta.setdefault(key, a["content"])
            elif name == "link" and "canonical" in a.get("rel", "").lower().split():
                canonical = canonical or a.get("href")
        out.start(name, self_closing)
        if name in _RAW and not self_closing:
            close = re.compile(r"</" + name + r"[\s/>]", re.I).search(markup, pos)
            inner = markup[pos:close.start() if close else n]
            pos = n if not close else markup.find(">", close.start()) + 1 or n
            if name == "title":
                if title is None and not out.skip.get("svg"):
                    title = _SPACES.sub(" ", unescape(inner)).strip() or None
            elif name == "textarea":
                out.data(inner)
            out.end(name)
    if not title:
        title = (meta.get("og:title") or "".join(out.h1 or []) or "").strip() or None
    published = next((meta[k] for k in _DATE_META if meta.get(k)), None)
    return HtmlDoc(title=title, text="".join(out.parts), published=published,
                   url=canonical or meta.get("og:url") or None)
