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
from .engine_text import note as engine_note
from .theme import Role

Colors = Callable[[Role], QColor]

_GOOD = frozenset({"pass"})
_BAD = frozenset({"fail", "softfail", "permerror", "hardfail"})
_SEVERITY_MARK = {"info": ("•", Role.MUTED), "warning": ("⚠", Role.BADGE_DELAYED), "problem": ("✖", Role.BADGE_FAILED)}


translate = QCoreApplication.translate  # pyside6-lupdate finds translate("AuthSummary", "...")


def result_word(result: str) -> str:
    """A result in words: ``softfail`` reads "soft fail"."""
    words = {
        "pass": translate("AuthSummary", "pass"),
        "fail": translate("AuthSummary", "fail"),
        "hardfail": translate("AuthSummary", "fail"),
        "softfail": translate("AuthSummary", "soft fail"),
        "neutral": translate("AuthSummary", "neutral"),
        "none": translate("AuthSummary", "none"),
        "temperror": translate("AuthSummary", "temporary error"),
        "permerror": translate("AuthSummary", "permanent error"),
        "policy": translate("AuthSummary", "policy"),
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
    show = translate("AuthSummary", "show")
    return f'<a href="find:{header.start}-{header.end}">{escape(show)}</a>'


def _aligned(aligned: bool | None) -> str | None:
    if aligned is None:
        return None
    return translate("AuthSummary", "aligned with From") if aligned else translate("AuthSummary", "not aligned with From")


def _check_details(c: AuthCheck, block: HeaderBlock) -> str:
    bits: list[str] = []
    if c.domain:
        bits.append(escape(translate("AuthSummary", "for %1").replace("%1", c.domain)))
    if c.selector:
        bits.append(escape(translate("AuthSummary", "selector %1").replace("%1", c.selector)))
    al = _aligned(c.aligned)
    if al:
        bits.append(escape(al))
    hop = next((h for h in block.hops if h.index == c.hop), None) if c.hop else None
    host = (hop.receiver if hop else None) or c.checked_by
    if c.hop and host:
        bits.append(escape(translate("AuthSummary", "checked at hop %1 (%2)").replace("%1", str(c.hop)).replace("%2", host)))
    elif c.hop:
        bits.append(escape(translate("AuthSummary", "checked at hop %1").replace("%1", str(c.hop))))
    elif host:
        bits.append(escape(translate("AuthSummary", "checked by %1").replace("%1", host)))
    if c.reason:
        bits.append(escape(translate("AuthSummary", "reason: %1").replace("%1", c.reason)))
    bits.append(_show(c.header))
    return " · ".join(bits)


def _row(label: str, verdict: str, details: str) -> str:
    return f'<tr><td class="k">{escape(label)}</td><td class="v">{verdict}</td><td>{details}</td></tr>'


def auth_html(block: HeaderBlock | None, sentence: str | None, colors: Colors) -> str:
    """The authentication results and the spam filters' verdicts of one block."""
    if block is None:
        nothing = translate("AuthSummary", "No headers were found in this message.")
        return f"<p>{escape(nothing)}</p>"
    a = block.authentication
    muted = colors(Role.MUTED).name()
    parts = []
    if sentence:
        parts.append(f'<p style="color: {colors(Role.ERROR).name()}; font-weight: 600;">{escape(sentence)}</p>')
    title = escape(translate("AuthSummary", "Authentication"))
    if a.from_domain:
        title += f' <span style="color: {muted}; font-weight: 400;">' + escape(
            translate("AuthSummary", "(From domain %1)").replace("%1", a.from_domain)) + "</span>"
    parts.append(f"<h3>{title}</h3>")
    not_recorded = escape(translate("AuthSummary", "not recorded"))
    not_recorded = f'<span style="color: {muted};">{not_recorded}</span>'
    rows = []
    rows.append(_row(translate("AuthSummary", "SPF"), mark(a.spf.result, colors), _check_details(a.spf, block)) if a.spf
                else _row(translate("AuthSummary", "SPF"), not_recorded, ""))
    if a.dkim:
        rows.extend(_row(translate("AuthSummary", "DKIM"), mark(d.result, colors), _check_details(d, block)) for d in a.dkim)
    elif a.signatures:
        for s in a.signatures:
            what = translate("AuthSummary", "signed by %1 (selector %2); no server recorded the result").replace(
                "%1", s.domain or "?").replace("%2", s.selector or "?")
            al = _aligned(s.aligned)
            rows.append(_row(translate("AuthSummary", "DKIM"), not_recorded,
                             escape(what) + (" · " + escape(al) if al else "") + " · " + _show(s.header)))
    else:
        rows.append(_row(translate("AuthSummary", "DKIM"), not_recorded, ""))
    rows.append(_row(translate("AuthSummary", "DMARC"), mark(a.dmarc.result, colors), _check_details(a.dmarc, block)) if a.dmarc
                else _row(translate("AuthSummary", "DMARC"), not_recorded, ""))
    if a.arc:
        rows.append(_row(translate("AuthSummary", "ARC"), mark(a.arc.result, colors), _check_details(a.arc, block)))
    ok = a.dmarc_alignment_ok
    if ok is not None:
        rows.append(_row(
            translate("AuthSummary", "Alignment"), mark("pass" if ok else "fail", colors),
            escape(translate("AuthSummary", "SPF or DKIM passed for the From domain, as DMARC requires") if ok else
                   translate("AuthSummary", "Neither SPF nor DKIM passed for the From domain, so DMARC cannot pass"))))
    parts.append(f'<table cellspacing="0" cellpadding="3">{"".join(rows)}</table>')
    if a.spam:
        spam_title = translate("AuthSummary", "Spam filters")
        parts.append(f"<h3>{escape(spam_title)}</h3>")
        spam_rows = []
        for v in a.spam:
            symbol, role = _SEVERITY_MARK.get(v.severity, _SEVERITY_MARK["info"])
            sign = f'<span style="color: {colors(role).name()}; font-weight: 700;">{symbol}</span>'
            where = f'<span style="color: {muted};">{escape(v.header.name)}</span> · {_show(v.header)}'
            spam_rows.append(f'<tr><td class="v">{sign}</td><td>{escape(v.meaning)} · {where}</td></tr>')
        parts.append(f'<table cellspacing="0" cellpadding="3">{"".join(spam_rows)}</table>')
    for note in a.notes:
        parts.append(f'<p style="color: {muted};">{escape(engine_note(note))}</p>')
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
