"""HTML from webmail made into text: line structure kept, nothing hidden or scripted, then diagnosed."""

from __future__ import annotations

import time

from bounce_doctor.engine import MessageKind, diagnose
from bounce_doctor.html_text import html_to_text

# What a browser puts on the clipboard when a Postfix bounce shown in Gmail is selected and copied:
# Gmail's header table, then the plain-text body as lines joined by <br>, addresses made into links.
GMAIL_POSTFIX = (
    '<meta charset="utf-8"><style>.a3s{color:#222} td{padding:0}</style><script>alert("x")</script>'
    '<span style="display:none !important">preview text</span>'
    '<table cellpadding="0"><tbody><tr><td><h3><span email="MAILER-DAEMON@mail.example.net">Mail Delivery'
    " System</span> <span>&lt;MAILER-DAEMON@mail.example.net&gt;</span></h3></td><td>Tue, 3 Jun, 10:42</td></tr>"
    "<tr><td>to</td><td>me</td></tr></tbody></table>"
    '<div dir="ltr" class="a3s">This is the mail system at host mail.example.net.<br><br>'
    "I'm sorry to have to inform you that your message could not<br>be delivered to one or more recipients."
    " It's attached below.<br><br>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;The mail system<br><br>"
    '&lt;<a href="mailto:bob@example.org">bob@example.org</a>&gt;: host mx1.example.org[192.0.2.25] said: 550<br>'
    '&nbsp;&nbsp;&nbsp; 5.1.1 &lt;<a href="mailto:bob@example.org">bob@example.org</a>&gt;: Recipient address'
    " rejected: User unknown in<br>&nbsp;&nbsp;&nbsp; virtual mailbox table (in reply to RCPT TO command)<br></div>"
)

# Outlook on the web's rendering of an Exchange non-delivery report: tables, one fact a row.
OWA_EXCHANGE = (
    "<html><head><title>Undeliverable</title></head><body>"
    '<table><tr><td><b>Your message to</b> <a href="mailto:carol@example.com">carol@example.com</a> couldn\'t be'
    " delivered.</td></tr><tr><td>carol wasn't found at example.com.</td></tr></table>"
    "<p><b>Diagnostic information for administrators:</b></p>"
    "<table><tr><th>Generating server</th><td>DB8PR01MB0001.eurprd01.prod.example.com</td></tr>"
    "<tr><th>Recipient</th><td>carol@example.com</td></tr></table>"
    "<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP"
    " address lookup'</p></body></html>"
)


def test_gmail_rendering_of_a_postfix_bounce_keeps_its_lines_and_is_diagnosed() -> None:
    text = html_to_text(GMAIL_POSTFIX)
    lines = text.splitlines()
    assert "<bob@example.org>: host mx1.example.org[192.0.2.25] said: 550" in lines
    assert "5.1.1 <bob@example.org>: Recipient address rejected: User unknown in" in lines
    assert "This is the mail system at host mail.example.net." in lines
    assert lines[lines.index("This is the mail system at host mail.example.net.") + 1] == ""  # <br><br>
    assert "to\tme" in lines  # a table row is a line, its cells apart
    for hidden in ("alert", "color:#222", "preview text", "<a", "&lt;", "&nbsp;"):
        assert hidden not in text
    report = diagnose(text.encode(), "copied from Gmail")
    assert report.kind == MessageKind.BOUNCE
    [failed] = report.failed
    assert (failed.address, failed.reply_code, failed.status, failed.reason) == (
        "bob@example.org",
        "550",
        "5.1.1",
        "userunknown",
    )


def test_outlook_on_the_web_tables_row_by_row() -> None:
    text = html_to_text(OWA_EXCHANGE)
    lines = text.splitlines()
    assert "Undeliverable" not in text  # the <title> is not text
    assert "Generating server\tDB8PR01MB0001.eurprd01.prod.example.com" in lines
    assert "Recipient\tcarol@example.com" in lines
    report = diagnose(text.encode(), "copied from Outlook on the web")
    [failed] = report.failed
    assert failed.address == "carol@example.com"
    assert failed.status == "5.1.10"


def test_pre_keeps_its_spaces_and_other_text_folds_them() -> None:
    assert html_to_text("<p>a   b\n  c</p><pre>  x\n    y</pre><div>z</div>") == "a b c\n\n  x\n    y\n\nz"


def test_hostile_html_never_raises_and_stays_quick() -> None:
    start = time.monotonic()
    assert html_to_text("<div>" * 50_000 + "deep") == "deep"
    assert html_to_text("<b>unclosed <i>tags <p>here") == "unclosed tags\nhere"
    assert html_to_text("<!DOCTYPE html><!-- secret --><?xml x?>") == ""
    assert html_to_text("<![CDATA[") == "<![CDATA["  # not markup: shown as the text it is
    assert html_to_text("") == ""
    assert html_to_text("<script>x</script>y") == "y"
    assert html_to_text("<scr<script>ipt>x</script>y") == "ipt>xy"  # a broken tag stays text, never runs
    assert html_to_text('<div hidden>no</div><p style="visibility: hidden">no</p>yes') == "yes"
    assert time.monotonic() - start < 20
