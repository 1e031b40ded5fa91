"""One recipient as a reader found it (a Raw) made into a RecipientResult: the codes chosen between
the Status field and the server's text, the action, the reason, the code inferred when the bounce
gives none, and whether the failure is permanent."""

from __future__ import annotations

from . import rules
from .catalog import Catalog
from .codes import find_enhanced, find_reply, first_reply, normalise_status
from .model import Explanation, RecipientResult
from .readers.base import Raw, find_command
from .reasons import classify, is_hard
from .rhost import provider_reason

# the reply codes SMTP defines (RFC 5321 and its extensions); others are not taken as the server's
SMTP_REPLIES = frozenset(
    ["211", "214", "220", "221", "235", "250", "251", "252", "253", "334", "354", "421", "422", "430", "432", "450", "451", "452", "453", "454", "455", "458", "459", "500", "501", "502", "503", "504", "521", "523", "524", "525", "530", "533", "534", "535", "538", "550", "551", "552", "553", "554", "555", "556"]
)


def prefer_status(field: str | None, in_text: list[str], reply: str | None) -> str | None:
    """Choose between the DSN Status field and the codes in the server's text.

    The text's code is the remote server's own word, the Status field often the
    reporting MTA's summary of it: a text code of the same class as the field
    wins. When the text quotes several
    codes (``554 4.4.7 Message expired ... <421 4.4.2 Connection timed out>``),
    the last one that differs from the field is the underlying cause.
    """
    if not in_text:
        return field
    if not field:
        return in_text[0]
    if field in in_text and len(set(in_text)) == 1:
        return field
    cls = field[0]
    other = [c for c in in_text if c != field and c[0] == cls]
    return other[-1] if other else field


def without_address(diag: str | None, address: str) -> str | None:
    """The server's reply without the recipient's address in front of it (a text reader's line such as
    "bob@example.org [Connection timed out]"): the address is shown as the recipient already."""
    if not diag or not address or not diag.lstrip(" <").lower().startswith(address.lower()):
        return diag
    rest = diag.lstrip(" <")[len(address):].lstrip(">").lstrip(" :,.-\t\n")
    return rest if len(rest) >= 3 else diag


def finish(raw: Raw, catalog: Catalog, reporting_mta: str | None = None) -> RecipientResult:
    diag = without_address(raw.diagnostic, raw.address)
    if raw.command is None:
        raw.command = find_command(diag)
    status_field = normalise_status(raw.status)
    text_codes = [f.code for f in find_enhanced(diag)] if diag else []
    reply = raw.reply_code or first_reply(diag)
    status = prefer_status(status_field, text_codes, reply)
    if status and reply and reply[0] in "45" and status[0] in "45" and reply[0] != status[0] and diag:
        # the text quotes the remote server's reply too ("554 4.4.7 ... <421 4.4.2 ...>"): take the one of the status's class
        reply = next((f.code for f in find_reply(diag) if f.code[0] == status[0]), reply)
    if reply and (reply not in SMTP_REPLIES or (status and status[0] in "45" and reply[0] in "45" and status[0] != reply[0])):
        reply = None  # not a reply code SMTP defines, or its class disagrees with the status
    action = raw.action if raw.action in ("failed", "delayed", "delivered", "relayed", "expanded") else "failed"
    if status and status.startswith("2.") and action == "failed":
        action = "delivered"
    explanation = catalog.explain(status, reply, diag)
    reason = raw.reason
    if not reason:
        if action != "delivered":
            reason = provider_reason(diag, remote_mta=raw.remote_mta, address=raw.address, command=raw.command,
                                     reporting_mta=reporting_mta)
        if not reason:
            reason = classify(
                status, diag, action=action, reply_code=reply, diagnostic_type=raw.diagnostic_type, command=raw.command
            )
    inferred = False
    if not status and not reply:
        code = rules.reason_table().get(reason, {}).get("code")
        if code:
            inferred = True
            if action == "delayed":
                code = "4" + code[1:]
            exp = catalog.explain(code, None, diag)
            explanation = Explanation(
                exp.entries,
                code,  # inferred: shown as such, never as a code of the bounce
                f"The bounce gives no code. This explanation is inferred from what the server wrote: "
                f"it reads like {code}.",
            )
    code_class = (status or reply or "")[:1]
    if action == "delayed":
        permanent: bool | None = False
    elif action in ("delivered", "relayed", "expanded"):
        permanent = None
    elif code_class in ("4", "5"):
        permanent = code_class == "5"
    else:
        permanent = True
    return RecipientResult(
        address=raw.address,
        action=action,
        status=status,
        reply_code=reply,
        status_inferred=inferred,
        diagnostic=diag,
        diagnostic_type=raw.diagnostic_type,
        remote_mta=raw.remote_mta,
        original_address=raw.original_address if raw.original_address != raw.address else None,
        command=raw.command,
        last_attempt_date=raw.last_attempt_date,
        will_retry_until=raw.will_retry_until,
        reason=reason,
        permanent=permanent,
        retrying=action == "delayed",
        hard_bounce=action == "failed" and is_hard(reason, status, reply),
        explanation=explanation,
    )
