"""The authentication summary of a header block as HTML for a QTextBrowser.

Pass and fail marks carry a symbol and a word as well as a colour. Links
``find:START-END`` point at the header each verdict was read from.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ..engine.headers import AuthCheck, HeaderAnalysis, HeaderBlock, HeaderRef
from .theme import Role

Colors = Callable[[Role], QColor]

_GOOD = frozenset({"pass"})
_BAD = frozenset({"fail", "softfail", "permerror", "hardfail"})
_SEVERITY_MARK = {"info": ("•", Role.MUTED), "warning": ("⚠", Role.BADGE_DELAYED), "problem": ("✖", Role.BADGE_FAILED)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuthSummary", text)


def result_word(result: str) -> str:
    """A result in words: ``softfail`` reads "soft fail"."""
    words = {
        "pass": _tr("pass"),
        "fail": _tr("fail"),
        "hardfail": _tr("fail"),
        "softfail": _tr("soft fail"),
        "neutral": _tr("neutral"),
        "none": _tr("none"),
        "temperror": _tr("temporary error"),
        "permerror": _tr("permanent error"),
        "policy": _tr("policy"),
    }
    return words.get(result, result)


def mark(result: str, colors: Colors) -> str:
    """✔ pass (green), ✖ fail (red), or – for anything else (muted)."""
    if result in _GOOD:
        symbol, role = "✔", Role.BADGE_OK
    elif result in _BAD:
        symbol, role = "✖", Role.BADGE_FAILED
    else:
        symbol, role = "–", Role.MUTED
    return (f'<span style="color: {colors(role).name()}; font-weight: 700;">'
            f"{symbol} {escape(result_word(result))}</span>")


def _show(header: HeaderRef) -> str:
    return f'<a href="find:{header.start}-{header.end}">{escape(_tr("show"))}</a>'


def _aligned(aligned: bool | None) -> str | None:
    if aligned is None:
        return None
    return _tr("aligned with From") if aligned else _tr("not aligned with From")


def _check_details(c: AuthCheck, block: HeaderBlock) -> str:
    bits: list[str] = []
    if c.domain:
        bits.append(escape(_tr("for %1").replace("%1", c.domain)))
    if c.selector:
        bits.append(escape(_tr("selector %1").replace("%1", c.selector)))
    al = _aligned(c.aligned)
    if al:
        bits.append(escape(al))
    hop = next((h for h in block.hops if h.index == c.hop), None) if c.hop else None
    host = (hop.receiver if hop else None) or c.checked_by
    if c.hop and host:
        bits.append(escape(_tr("checked at hop %1 (%2)").replace("%1", str(c.hop)).replace("%2", host)))
    elif c.hop:
        bits.append(escape(_tr("checked at hop %1").replace("%1", str(c.hop))))
    elif host:
        bits.append(escape(_tr("checked by %1").replace("%1", host)))
    if c.reason:
        bits.append(escape(_tr("reason: %1").replace("%1", c.reason)))
    bits.append(_show(c.header))
    return " · ".join(bits)


def _row(label: str, verdict: str, details: str) -> str:
    return f'<tr><td class="k">{escape(label)}</td><td class="v">{verdict}</td><td>{details}</td></tr>'


def auth_html(block: HeaderBlock | None, sentence: str | None, colors: Colors) -> str:
    """The authentication results and the spam filters' verdicts of one block."""
    if block is None:
        return f"<p>{escape(_tr('No headers were found in this message.'))}</p>"
    a = block.authentication
    muted = colors(Role.MUTED).name()
    parts = []
    if sentence:
        parts.append(f'<p style="color: {colors(Role.ERROR).name()}; font-weight: 600;">{escape(sentence)}</p>')
    title = escape(_tr("Authentication"))
    if a.from_domain:
        title += f' <span style="color: {muted}; font-weight: 400;">' + escape(
            _tr("(From domain %1)").replace("%1", a.from_domain)) + "</span>"
    parts.append(f"<h3>{title}</h3>")
    not_recorded = f'<span style="color: {muted};">{escape(_tr("not recorded"))}</span>'
    rows = []
    rows.append(_row(_tr("SPF"), mark(a.spf.result, colors), _check_details(a.spf, block)) if a.spf
                else _row(_tr("SPF"), not_recorded, ""))
    if a.dkim:
        rows.extend(_row(_tr("DKIM"), mark(d.result, colors), _check_details(d, block)) for d in a.dkim)
    elif a.signatures:
        for s in a.signatures:
            what = _tr("signed by %1 (selector %2); no server recorded the result").replace(
                "%1", s.domain or "?").replace("%2", s.selector or "?")
            al = _aligned(s.aligned)
            rows.append(_row(_tr("DKIM"), not_recorded,
                             escape(what) + (" · " + escape(al) if al else "") + " · " + _show(s.header)))
    else:
        rows.append(_row(_tr("DKIM"), not_recorded, ""))
    rows.append(_row(_tr("DMARC"), mark(a.dmarc.result, colors), _check_details(a.dmarc, block)) if a.dmarc
                else _row(_tr("DMARC"), not_recorded, ""))
    if a.arc:
        rows.append(_row(_tr("ARC"), mark(a.arc.result, colors), _check_details(a.arc, block)))
    ok = a.dmarc_alignment_ok
    if ok is not None:
        rows.append(_row(
            _tr("Alignment"), mark("pass" if ok else "fail", colors),
            escape(_tr("SPF or DKIM passed for the From domain, as DMARC requires") if ok else
                   _tr("Neither SPF nor DKIM passed for the From domain, so DMARC cannot pass"))))
    parts.append(f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>')
    if a.spam:
        parts.append(f"<h3>{escape(_tr('Spam filters'))}</h3>")
        spam_rows = []
        for v in a.spam:
            symbol, role = _SEVERITY_MARK.get(v.severity, _SEVERITY_MARK["info"])
            sign = f'<span style="color: {colors(role).name()}; font-weight: 700;">{symbol}</span>'
            where = f'<span style="color: {muted};">{escape(v.header.name)}</span> · {_show(v.header)}'
            spam_rows.append(f'<tr><td class="v">{sign}</td><td>{escape(v.meaning)} · {where}</td></tr>')
        parts.append(f'<table cellspacing="0" cellpadding="3">{"".join(spam_rows)}</table>')
    for note in a.notes:
        parts.append(f'<p style="color: {muted};">{escape(note)}</p>')
    return "".join(parts)


def sentence_span(analysis: HeaderAnalysis) -> tuple[int, int]:
    """The header behind ``analysis.sentence``: the first failed check of the primary block, or (-1, -1)."""
    a = analysis.authentication
    if a is None:
        return (-1, -1)
    for c in (*a.dkim, a.spf, a.dmarc):
        if c is not None and c.failed:
            return (c.header.start, c.header.end)
    for c in (*a.dkim, a.spf, a.dmarc):
        if c is not None:
            return (c.header.start, c.header.end)
    return (-1, -1)
