"""Amazon SES notifications delivered by e-mail (SNS topics, SES event destinations).

Recognised by a sender at amazonses.com or sns.amazonaws.com, or a body that
opens with a JSON object holding "notificationType" or "eventType". The JSON
(or the SNS envelope's "Message" string, itself JSON) lists
``bounce.bouncedRecipients`` (emailAddress, action, status, diagnosticCode),
``complaint.complainedRecipients`` or ``delivery.recipients``.
"""

from __future__ import annotations

import json

from .base import Context, Raw

_DECODER = json.JSONDecoder()


def recognise(ctx: Context) -> bool:
    sender = ctx.sender.lower()
    head = ctx.body[:4000]
    if "amazonses.com" in sender or "sns.amazonaws.com" in sender:
        return "{" in head
    start = head.lstrip()[:200]
    return start.startswith("{") and ('"notificationType"' in start or '"eventType"' in start or '"Type"' in start)


def _load(body: str) -> dict | None:
    at = body.find("{")
    if at < 0:
        return None
    try:
        obj, _ = _DECODER.raw_decode(body[at:])
    except ValueError:
        # the JSON is wrapped over several lines: join them
        try:
            obj, _ = _DECODER.raw_decode("".join(body[at:].split("\n")))
        except ValueError:
            return None
    if isinstance(obj, dict) and isinstance(obj.get("Message"), str):
        try:
            obj = json.loads(obj["Message"])
        except ValueError:
            return None
    return obj if isinstance(obj, dict) else None


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    obj = _load(ctx.body)
    if obj is None:
        return raws
    kind = str(obj.get("notificationType") or obj.get("eventType") or "").lower()
    out: list[Raw] = []
    if kind == "bounce":
        bounce = obj.get("bounce") or {}
        transient = str(bounce.get("bounceType", "")).lower() == "transient"
        for r in bounce.get("bouncedRecipients") or []:
            addr = str(r.get("emailAddress") or "")
            if "@" not in addr:
                continue
            diag = r.get("diagnosticCode")
            dtype = None
            if isinstance(diag, str) and ";" in diag[:12]:
                dtype, _, diag = diag.partition(";")
                dtype, diag = dtype.strip().lower(), diag.strip()
            action = str(r.get("action") or ("delayed" if transient else "failed")).lower()
            out.append(Raw(address=addr, action=action, status=r.get("status") or None,
                           diagnostic=diag or None, diagnostic_type=dtype,
                           remote_mta=bounce.get("remoteMtaIp") or bounce.get("reportingMTA")))
    elif kind == "complaint":
        for r in (obj.get("complaint") or {}).get("complainedRecipients") or []:
            addr = str(r.get("emailAddress") or "")
            if "@" in addr:
                out.append(Raw(address=addr, reason="feedback"))
    elif kind == "delivery":
        d = obj.get("delivery") or {}
        for addr in d.get("recipients") or []:
            out.append(Raw(address=str(addr), action="delivered", status="2.0.0",
                           diagnostic=d.get("smtpResponse") or None, reason="delivered"))
    return out or raws
