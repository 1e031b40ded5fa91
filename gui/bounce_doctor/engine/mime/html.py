"""HTML parts as plain text: tags, scripts and styles dropped in one linear pass, nothing loaded or rendered."""

from __future__ import annotations

import re

_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_NEWLINE_TAGS = ("<br", "</p", "</div", "</tr", "</li", "</h", "</table")
_MAX_TAG = 2002  # a "<" more than 2000 characters before its ">" is text


def _strip_tags(html: str) -> str:
    """Drop tags, and script and style elements with their content, in one pass.

    Each search starts where the last one ended or is remembered, so the work
    is linear in the length of the text whatever it holds.
    """
    low = html.lower()
    out: list[str] = []
    pos = 0
    n = len(html)
    next_gt = -1  # the first ">" at or after the last search
    found: dict[str, tuple[int, int, int]] = {}  # closing tags already looked for
    while pos < n:
        lt = html.find("<", pos)
        if lt == -1:
            break
        out.append(html[pos:lt])
        if next_gt != -2 and next_gt <= lt:
            next_gt = html.find(">", lt + 1)
            if next_gt == -1:
                next_gt = -2  # no ">" anywhere further: the rest is text
        if next_gt == -2:
            pos = lt
            break
        gt = next_gt
        m = "script" if low.startswith("<script", lt) else "style" if low.startswith("<style", lt) else ""
        after = lt + 1 + len(m)
        if m and not (after < n and (html[after].isalnum() or html[after] == "_")):
            end = _closing(low, m, gt + 1, found)
            if end != -1:
                pos = end
                continue
        if gt - lt > _MAX_TAG - 1:
            out.append("<")
            pos = lt + 1
            continue
        out.append("\n" if low.startswith(_NEWLINE_TAGS, lt) else "")
        pos = gt + 1
    out.append(html[pos:])
    return "".join(out)


def _closing(low: str, name: str, start: int, found: dict[str, tuple[int, int, int]]) -> int:
    """The end of ``</name\\s*>`` at or after ``start``, or -1.

    ``found`` remembers the last answer per element: the closing tag found
    from an earlier start is still the first one for any start before it.
    """
    prev = found.get(name)
    if prev is not None and prev[0] <= start and (prev[2] == -1 or start <= prev[1]):
        return prev[2]
    at = start
    end = -1
    while True:
        i = low.find("</" + name, at)
        if i == -1:
            break
        j = i + 2 + len(name)
        while j < len(low) and low[j] in " \t\n\r\f\v":
            j += 1
        if j < len(low) and low[j] == ">":
            end = j + 1
            break
        at = max(i + 2, j)
    found[name] = (start, i, end)
    return end


def html_to_text(html: str) -> str:
    """HTML as plain text: tags dropped, nothing loaded or rendered."""
    import html as htmlmod

    text = _strip_tags(html)
    text = htmlmod.unescape(text)
    text = "\n".join(line.strip() for line in text.splitlines())
    return _BLANKS.sub("\n\n", text).strip() + "\n"
