"""Exports, free of Qt: one diagnosis as HTML, Markdown, text or JSON; a batch as JSON (its CSV is in csvout).

Everything here returns text; the window writes it (safely, with QSaveFile) and turns the HTML
into a PDF. Text that comes from a bounce is escaped for each format: the HTML holds no markup,
script or remote reference from the message, and loads nothing from anywhere.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..engine.advice import Advice, advise
from ..engine.model import MessageKind, Report
from .batch import BatchRow, row_dict
from .text import (
    FIELD_LABEL,
    KIND_LABEL,
    RESEND_LABEL,
    WHO_LABEL,
    best_entry,
    codes_text,
    date_text,
    headline,
    label,
    reason_text,
    report_dict,
    report_text,
    say,
    steps_entry,
    translate,
)

# ---- one diagnosis: a small document model, rendered to HTML and Markdown


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an exported diagnosis."""

    kind: str  # h1 | h2 | p | fields | steps | bullets | quote
    text: str = ""
    items: tuple[str, ...] = ()
    fields: tuple[tuple[str, str], ...] = ()


def _t(text: str) -> str:
    return translate("bounce_doctor.text", text)


def _field(key: str) -> str:
    return label(FIELD_LABEL, key)


def blocks(report: Report, advice: Advice | None = None) -> list[Block]:
    """The diagnosis as blocks, in reading order (the same content as the plain text), in the language in use."""
    advice = advice or advise(report)
    out = [Block("h1", report.name or _field("pasted")),
           Block("p", f"{label(KIND_LABEL, report.kind)}: {headline(report)}")]
    if advice.account_misuse:
        out.append(Block("p", _t("Warning: your account may be sending spam; your provider has blocked it from sending.")))
        out.append(Block("steps", items=tuple(say(s) for s in advice.steps)))
    elif advice.backscatter:
        out.append(Block("p", _t("You probably did not send this message: this bounce is backscatter "
                                 "(your address was forged).")))
        out.append(Block("bullets", items=tuple(say(w) for w in advice.backscatter_why)))
        out.append(Block("steps", items=tuple(say(s) for s in advice.steps)))
    about = [(_field(key), value) for key, value in (
        ("subject", report.subject), ("from", report.sender), ("date", date_text(report.date)),
        ("original_subject", report.original.subject if report.original else None),
        ("original_to", report.original.to if report.original else None),
    ) if value]
    if about:
        out.append(Block("fields", fields=tuple(about)))
    listed = report.kind not in (MessageKind.AUTOREPLY, MessageKind.COMPLAINT, MessageKind.NOT_BOUNCE)
    for i, r in enumerate(report.recipients if listed else ()):
        out.append(Block("h2", _t("Recipient {n}: {address}").replace("{n}", str(i + 1)).replace("{address}", r.address)))
        if len(report.recipients) > 1:
            out.append(Block("p", headline(report, r)))
        a = advice.for_recipient(i)
        fields = [(_field("codes"), codes_text(r)), (_field("reason"), reason_text(r))]
        if a and a.who_acts:
            fields.append((_field("who"), f"{label(WHO_LABEL, a.who_acts)}. {say(a.who_why)}".strip()))
        if a and a.resend:
            fields.append((_field("resend"), say(a.resend_text) or label(RESEND_LABEL, a.resend)))
        if a and a.suggested_address:
            fields.append((_field("did_you_mean"), f"{a.suggested_address} ({say(a.suggestion_why)})"))
        if r.remote_mta:
            fields.append((_field("refused_by"), r.remote_mta))
        out.append(Block("fields", fields=tuple(fields)))
        if r.diagnostic:
            out.append(Block("quote", r.diagnostic))
        e = best_entry(r)
        if e is not None:
            vendor = f" ({e.vendor})" if e.vendor else ""
            out.append(Block("p", f"{e.code}{vendor}: {e.title}. {e.meaning}"))
        todo = steps_entry(a)
        if todo is not None:
            out.append(Block("steps", items=tuple(todo.steps)))
        if r.explanation.note:
            out.append(Block("p", _t("Note: {text}").replace("{text}", r.explanation.note)))
    tail = [(_field("reported_by"), report.reporting_mta)] if report.reporting_mta else []
    tail += [(_field("note"), n) for n in report.notes]
    if tail:
        out.append(Block("fields", fields=tuple(tail)))
    return out


_CSS = """
body { font-family: sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.4; color: #1a1a1a; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.5em; }
table { border-collapse: collapse; } th { text-align: left; padding-right: 1em; vertical-align: top; }
blockquote { font-family: monospace; white-space: pre-wrap; border-left: 3px solid #999; margin: 0.5em 0;
  padding-left: 0.8em; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def report_html(report: Report, advice: Advice | None = None) -> str:
    """A standalone HTML page: everything escaped, no script, nothing loaded from elsewhere."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(_field("html_lang"))}"><head><meta charset="utf-8">',
        # a browser that opens the file loads nothing: no images, scripts, fonts or frames
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_esc(report.name or _field('pasted'))} — Bounce Doctor</title>",
        f"<style>{_CSS}</style></head><body>",
    ]
    for b in blocks(report, advice):
        if b.kind in ("h1", "h2", "p"):
            parts.append(f"<{b.kind}>{_esc(b.text)}</{b.kind}>")
        elif b.kind == "quote":
            parts.append(f"<blockquote>{_esc(b.text)}</blockquote>")
        elif b.kind in ("steps", "bullets"):
            tag = "ol" if b.kind == "steps" else "ul"
            parts.append(f"<{tag}>" + "".join(f"<li>{_esc(x)}</li>" for x in b.items) + f"</{tag}>")
        elif b.kind == "fields":
            rows = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in b.fields)
            parts.append(f"<table>{rows}</table>")
    parts.append(f"<p><small>{_esc(_field('made_by'))}</small></p></body></html>")
    return "\n".join(parts) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_MD_LINE_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def _md(text: str) -> str:
    """Text as Markdown that shows as written: emphasis, links, HTML and list starts escaped, lines joined."""
    text = _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))
    return _MD_LINE_START.sub(lambda m: m[0] + "\\" if m[0][0].isdigit() else "\\" + m[0], text)


def report_markdown(report: Report, advice: Advice | None = None) -> str:
    """The diagnosis as Markdown (CommonMark), for a ticket or a wiki."""
    lines: list[str] = []
    for b in blocks(report, advice):
        if b.kind == "h1":
            lines += [f"# {_md(b.text)}", ""]
        elif b.kind == "h2":
            lines += [f"## {_md(b.text)}", ""]
        elif b.kind == "p":
            lines += [_md(b.text), ""]
        elif b.kind == "quote":
            lines += [*(f"> {_md(x)}" if x.strip() else ">" for x in b.text.splitlines()), ""]
        elif b.kind == "steps":
            lines += [*(f"{n}. {_md(x)}" for n, x in enumerate(b.items, 1)), ""]
        elif b.kind == "bullets":
            lines += [*(f"- {_md(x)}" for x in b.items), ""]
        elif b.kind == "fields":
            lines += [*(f"- **{_md(k)}:** {_md(v)}" for k, v in b.fields), ""]
    return "\n".join(lines).rstrip() + "\n"


def report_plain(report: Report, advice: Advice | None = None) -> str:
    """The diagnosis as plain text (the same as Copy diagnosis and the command line)."""
    return report_text(report, advice) + "\n"


def report_json(report: Report, advice: Advice | None = None) -> str:
    """The diagnosis as one JSON object (the same fields as ``explain --json``)."""
    return json.dumps(report_dict(report, advice), ensure_ascii=False, indent=2) + "\n"


DIAGNOSIS_FORMATS = {  # suffix: (name, function); PDF is made by the window from the HTML
    "html": report_html,
    "md": report_markdown,
    "txt": report_plain,
    "json": report_json,
}

# ---- a batch

def batch_json(rows: Iterable[BatchRow]) -> str:
    """The rows as a JSON array of objects."""
    return json.dumps([row_dict(r) for r in rows], ensure_ascii=False, indent=1) + "\n"
