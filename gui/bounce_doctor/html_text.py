"""HTML dropped or pasted from webmail, as the text a reader sees: line structure kept, nothing rendered.

Gmail or Outlook on the web put a copied bounce on the clipboard as HTML. BeautifulSoup (with Python's
own "html.parser", no other parser needed) reads it into a tree; we walk the tree and write its text:
block elements and <br> end lines, table rows become lines with their cells separated by a tab, and
scripts, styles and hidden elements give nothing. No URL is loaded and no markup is interpreted.
The engine's own html_to_text (for HTML parts inside a message) is separate and left as it is.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

MAX_HTML = 8_000_000  # characters read; a bounce is far smaller, and a drop must not freeze the window

SKIP = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "noscript",
        "template",
        "svg",
        "math",
        "object",
        "iframe",
        "select",
        "button",
        "input",
        "textarea",
    }
)
PARAGRAPH = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr", "address", "figure"}
)
BLOCK = PARAGRAPH | frozenset(
    {
        "div",
        "li",
        "tr",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "form",
        "fieldset",
        "legend",
        "center",
        "caption",
        "figcaption",
        "details",
        "summary",
        "tbody",
        "thead",
        "tfoot",
        "body",
        "html",
    }
)
CELLS = frozenset({"td", "th"})
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


class _Writer:
    """Text with HTML's white-space rules: runs of spaces fold into one, except inside <pre>."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.line_start = True
        self.space = False

    def text(self, s: str) -> None:
        words = s.split()
        if s[:1].isspace():
            self.space = True
        if not words:
            return
        if self.space and not self.line_start:
            self.parts.append(" ")
        self.parts.append(" ".join(words))
        self.line_start = False
        self.space = s[-1:].isspace()

    def raw(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.line_start = s.endswith("\n")
            self.space = False

    def end_line(self, blank: bool = False) -> None:
        if not self.line_start:
            self.parts.append("\n")
        if blank:
            self.parts.append("\n")
        self.line_start = True
        self.space = False

    def cell(self) -> None:
        if not self.line_start:
            self.parts.append("\t")
        self.space = False

    def result(self) -> str:
        lines = [line.rstrip() for line in "".join(self.parts).splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or bool(_HIDDEN.search(str(tag.get("style") or "")))


def html_to_text(html: str) -> str:
    """The readable text of ``html``; never raises ("" when nothing in it reads as text)."""
    try:
        soup = BeautifulSoup(html[:MAX_HTML], "html.parser")
    except Exception:  # bs4 rejects some markup outright: then there is no text to give
        return ""
    out = _Writer()
    stack: list[tuple[object, bool]] = [(soup, False)]
    pre = 0
    while stack:  # a loop, not recursion: a hostile page may nest elements thousands deep
        node, leaving = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, _NOT_TEXT):
                out.raw(str(node)) if pre else out.text(str(node))
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if leaving:
            if name == "pre":
                pre -= 1
            if name in BLOCK:
                out.end_line(blank=name in PARAGRAPH)
            continue
        if name in SKIP or _hidden(node):
            continue
        if name == "br":
            out.raw("\n")  # a hard break: two of them leave a blank line
            continue
        if name in BLOCK:
            out.end_line()
        elif name in CELLS:
            out.cell()
        if name == "pre":
            pre += 1
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    return out.result()
