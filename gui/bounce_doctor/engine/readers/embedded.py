"""Delivery-status fields written into the text of a bounce.

Some MTAs (Amazon WorkMail, MailMarshal, forwarded or quoted Sendmail reports,
many appliances) put ``Final-Recipient:``, ``Action:``, ``Status:`` and
``Diagnostic-Code:`` lines into a plain-text part instead of a
message/delivery-status part. Recognised by a ``Final-Recipient:`` or
``Original-Recipient:`` line in the bounce's own text, with or without ``>``
quoting; read like a delivery-status part, folded lines joined.
"""

from __future__ import annotations

import re

from .base import Raw, clean_address, strip_type

_FIELD = re.compile(r"^[ \t>]{0,8}(final-recipient|original-recipient|action|status|diagnostic-code|remote-mta)"
                    r"[ \t]*:[ \t]*(.{0,1000})$", re.I)
_CONT = re.compile(r"^[ \t>]{0,8}[ \t]+\S")


def recognise(body: str) -> bool:
    low = body.lower()
    return "final-recipient:" in low or "original-recipient:" in low


def read(body: str) -> list[Raw]:
    records: list[dict[str, str]] = []
    cur: dict[str, str] = {}
    last = None
    for line in body.split("\n"):
        m = _FIELD.match(line)
        if m:
            name = m.group(1).lower()
            if name == "final-recipient" and "final-recipient" in cur:
                records.append(cur)
                cur = {}
            cur.setdefault(name, m.group(2).strip())
            last = name
        elif last and _CONT.match(line) and cur.get(last) is not None:
            cur[last] += " " + line.strip().lstrip(">").strip()
        else:
            last = None
    if cur:
        records.append(cur)
    out = []
    for r in records:
        addr = clean_address(r.get("final-recipient") or r.get("original-recipient"))
        if not addr or "@" not in addr:
            continue
        diag = r.get("diagnostic-code")
        dtype = None
        if diag and ";" in diag.split(" ", 1)[0] + " ":
            kind, _, rest = diag.partition(";")
            if " " not in kind.strip():
                dtype, diag = kind.strip().lower(), rest.strip()
        out.append(Raw(address=addr, action=(r.get("action") or "failed").split()[0].lower(), status=r.get("status"),
                       diagnostic=diag or None, diagnostic_type=dtype, remote_mta=strip_type(r.get("remote-mta"))))
    return out
