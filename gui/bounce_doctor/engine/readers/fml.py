"""fml, the mailing-list manager.

Recognised by an X-MLServer header naming fml. Its notices are about a post
the list refused ("You ... are not member", "Loop Alert: Duplicated
Message-ID"); the notice's To, the poster, is the recipient reported.
"""

from __future__ import annotations

from .. import rules
from .base import ADDRESS, Context, Raw, fold


def recognise(ctx: Context) -> bool:
    return (ctx.parsed.header("x-mlserver") or "").lower().startswith("fml")  # type: ignore[attr-defined]


def read(ctx: Context, raws: list[Raw]) -> list[Raw]:
    if any(r.status or r.reply_code for r in raws):
        return raws
    # the addresses in the notice's text are the list's own (its -ctl address for commands)
    m = ADDRESS.search(ctx.parsed.header("to") or "")  # type: ignore[attr-defined]
    if not m:
        return raws
    text = ctx.subject + "\n" + ctx.body[:600]
    reason = rules.active().reader_reason("fml", text)  # fml's own notices (resources/rules/formats.toml)
    return [Raw(address=m.group(0), diagnostic=fold(ctx.body[:600]) or ctx.subject, reason=reason)]
