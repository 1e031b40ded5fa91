"""RFC 3464 (and RFC 6533) delivery-status parts, field names in any case.

Recognised by a ``message/delivery-status`` or ``message/global-delivery-status``
part. Blocks that lack the blank line between recipients are split at each
Final-Recipient.
"""

from __future__ import annotations

from ..mime import HeaderField, Parsed
from .base import Raw, clean_address, strip_type

MESSAGE_FIELDS = {
    "reporting-mta",
    "arrival-date",
    "received-from-mta",
    "original-envelope-id",
    "dsn-gateway",
    "x-postfix-queue-id",
    "x-postfix-sender",
}


def message_fields(parsed: Parsed) -> dict[str, HeaderField]:
    """The per-message fields (Reporting-MTA, Arrival-Date, ...)."""
    out: dict[str, HeaderField] = {}
    for block in parsed.dsn_blocks:
        for f in block.fields:
            if f.lname in MESSAGE_FIELDS and f.lname not in out:
                out[f.lname] = f
    return out


def read(parsed: Parsed) -> list[Raw]:
    """One Raw per recipient block."""
    records: list[dict[str, HeaderField]] = []
    cur: dict[str, HeaderField] = {}
    for block in parsed.dsn_blocks:
        if cur:
            records.append(cur)
            cur = {}
        for f in block.fields:
            n = f.lname
            if n in MESSAGE_FIELDS:
                continue
            starts_new = (n == "final-recipient" and "final-recipient" in cur) or (
                n == "original-recipient"
                and ("original-recipient" in cur or ("final-recipient" in cur and "status" in cur))
            )
            if starts_new:
                records.append(cur)
                cur = {}
            cur.setdefault(n, f)
    if cur:
        records.append(cur)
    out: list[Raw] = []
    for r in records:
        fr = r.get("final-recipient") or r.get("original-recipient") or r.get("x-actual-recipient")
        if fr is None:
            continue
        addr = clean_address(fr.value)
        if not addr:
            continue
        diag = r.get("diagnostic-code")
        dtype, dtext = None, None
        if diag is not None:
            kind, sep, rest = diag.value.partition(";")
            if sep and " " not in kind.strip() and len(kind) < 20:
                dtype, dtext = kind.strip().lower(), rest.strip()
            else:
                dtext = diag.value.strip()
        action = (r["action"].value.strip().lower().split()[0] if r.get("action") and r["action"].value.strip()
                  else "failed")
        orig = r.get("original-recipient")
        raw = Raw(
            address=addr,
            action=action,
            status=r["status"].value.strip() if r.get("status") else None,
            diagnostic=dtext or None,
            diagnostic_type=dtype,
            remote_mta=strip_type(r["remote-mta"].value) if r.get("remote-mta") else None,
            original_address=clean_address(orig.value) if orig else None,
            last_attempt_date=r["last-attempt-date"].value if r.get("last-attempt-date") else None,
            will_retry_until=r["will-retry-until"].value if r.get("will-retry-until") else None,
            address_at=fr.value_start + max(0, fr.value.find(addr)),
            diagnostic_at=(diag.value_start + max(0, diag.value.find(dtext))) if diag is not None and dtext else -1,
        )
        prev = out[-1] if out else None
        if prev is not None and prev.address.lower() == raw.address.lower() and not (prev.status and raw.status):
            # one recipient's fields split by a stray blank line
            for k in ("status", "diagnostic", "diagnostic_type", "remote_mta", "original_address", "last_attempt_date",
                      "will_retry_until"):
                if getattr(prev, k) is None:
                    setattr(prev, k, getattr(raw, k))
            if prev.diagnostic_at < 0:
                prev.diagnostic_at = raw.diagnostic_at
            if r.get("action"):
                prev.action = raw.action
            continue
        out.append(raw)
    return out
