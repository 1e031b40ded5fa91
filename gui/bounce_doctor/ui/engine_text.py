"""The engine's own notes about the headers, and the problems of an input, in the window's language.

The engine imports no Qt and writes its notes in English from a few fixed templates with
values. Here each template is recognised and its translation filled with the same values;
a sentence not recognised stays English. tests/ui/test_engine_text.py keeps the templates in
step with the engine.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..engine.errors import InputProblem
from ..engine.model import Phrase
from ..output.text import QT_TRANSLATE_NOOP

# (the engine's sentence as a pattern, its translatable template with %1, %2 for the values)
HEADER_NOTES = (
    (re.compile(r"The message has (\d+) Received headers; only the (\d+) closest to its origin are analysed\."),
     QT_TRANSLATE_NOOP("engine_text", "The message has %1 Received headers; only the %2 closest to its origin "
                       "are analysed.")),
    (re.compile(r"Some servers' clocks disagree: a hop is stamped earlier than the one before it\. "
                r"Its delay is not shown\."),
     QT_TRANSLATE_NOOP("engine_text", "Some servers' clocks disagree: a hop is stamped earlier than the one "
                       "before it. Its delay is not shown.")),
    (re.compile(r"Some Received headers have no readable time; the next hop's delay covers them too\."),
     QT_TRANSLATE_NOOP("engine_text", "Some Received headers have no readable time; the next hop's delay "
                       "covers them too.")),
    (re.compile(r"Some times name no known time zone; UTC was assumed for them\."),
     QT_TRANSLATE_NOOP("engine_text", "Some times name no known time zone; UTC was assumed for them.")),
    (re.compile(r"The server that refused the message \((.+)\) added no Received header to it: "
                r"it refused the message after the last hop shown\.", re.S),
     QT_TRANSLATE_NOOP("engine_text", "The server that refused the message (%1) added no Received header to "
                       "it: it refused the message after the last hop shown.")),
    (re.compile(r"Alignment compares organisational domains found with a short built-in list of two-part "
                r"suffixes \(co\.uk, co\.jp, ne\.jp, com\.au, \.\.\.\), not the full Public Suffix List\."),
     QT_TRANSLATE_NOOP("engine_text", "Alignment compares organisational domains found with a short built-in "
                       "list of two-part suffixes (co.uk, co.jp, ne.jp, com.au, ...), not the full Public "
                       "Suffix List.")),
)


def note(text: str) -> str:
    """An engine note about the headers in the window's language (as it is when not recognised)."""
    for rx, template in HEADER_NOTES:
        m = rx.fullmatch(text)
        if m:
            out = QCoreApplication.translate("engine_text", template)
            for i, value in enumerate(m.groups(), 1):
                out = out.replace(f"%{i}", value)
            return out
    return text


# The advice's sentences (the templates of engine/advice.py's Phrases, said whole in the context "advice"
# by output/text.py's say()), listed here for pyside6-lupdate; tests/ui/test_engine_text.py keeps the list
# in step with the engine.
ADVICE_SENTENCES = (
    QT_TRANSLATE_NOOP("advice", "a DNS blocklist"),
    QT_TRANSLATE_NOOP("advice", "make the message smaller (share large files through a link)"),
    QT_TRANSLATE_NOOP("advice", "change what the receiving server objected to in the message's content or format"),
    QT_TRANSLATE_NOOP("advice", "have your mail program or provider send a standard-conforming message"),
    QT_TRANSLATE_NOOP("advice", "remove the infected attachment and scan your computer"),
    QT_TRANSLATE_NOOP("advice", "rewrite the message so it looks less like spam (fewer links, no shortened links, plain wording)"),
    QT_TRANSLATE_NOOP("advice", "have your domain's SPF, DKIM and DMARC records fixed by your IT department or provider"),
    QT_TRANSLATE_NOOP("advice", "have your provider give the sending server a valid reverse DNS name"),
    QT_TRANSLATE_NOOP("advice", "have your provider improve the sending server's reputation"),
    QT_TRANSLATE_NOOP("advice", "get the sending server unblocked (your provider can do this)"),
    QT_TRANSLATE_NOOP("advice", "have your sender address accepted (ask your IT department or provider)"),
    QT_TRANSLATE_NOOP("advice", "have the outgoing server checked: your mail program must log in to it, and it must be allowed to send for your domain"),
    QT_TRANSLATE_NOOP("advice", "fix the security setting the server named (ask your IT department or provider)"),
    QT_TRANSLATE_NOOP("advice", "change what broke the receiving server's policy"),
    QT_TRANSLATE_NOOP("advice", "have your provider fix how its server talks to others"),
    QT_TRANSLATE_NOOP("advice", "have the encryption (TLS) problem between the servers fixed"),
    QT_TRANSLATE_NOOP("advice", "have the address taken off your sending service's do-not-send list, if the person agrees"),
    QT_TRANSLATE_NOOP("advice", "get the sending server off the blocklist (your provider can, or send a delisting request)"),
    QT_TRANSLATE_NOOP("advice", "have your IT department or provider fix the sending side"),
    QT_TRANSLATE_NOOP("advice", "once the person has made space in their mailbox"),
    QT_TRANSLATE_NOOP("advice", "once the person's account works again; ask them another way first"),
    QT_TRANSLATE_NOOP("advice", "once the receiving server has room again"),
    QT_TRANSLATE_NOOP("advice", "once the receiving server works again"),
    QT_TRANSLATE_NOOP("advice", "once the receiving side has fixed its mail program"),
    QT_TRANSLATE_NOOP("advice", "once the receiving server can be reached again"),
    QT_TRANSLATE_NOOP("advice", "the receiving server could not be reached for days; try again later, and tell the person if it fails again"),
    QT_TRANSLATE_NOOP("advice", "after an hour or so; the server only refused because too much mail came too fast"),
    QT_TRANSLATE_NOOP("advice", "once the recipient's mail administrator has let your messages through"),
    QT_TRANSLATE_NOOP("advice", "the address does not exist"),
    QT_TRANSLATE_NOOP("advice", "the domain after the @ does not exist or takes no mail"),
    QT_TRANSLATE_NOOP("advice", "the address is no longer used"),
    QT_TRANSLATE_NOOP("advice", "the domain accepts no mail"),
    QT_TRANSLATE_NOOP("advice", "The address is wrong or no longer exists: only you can correct it."),
    QT_TRANSLATE_NOOP("advice", "The domain after the @ cannot be found: check how you typed it."),
    QT_TRANSLATE_NOOP("advice", "The person no longer uses this address: ask them for the new one."),
    QT_TRANSLATE_NOOP("advice", "The person you wrote to has to make space in their mailbox."),
    QT_TRANSLATE_NOOP("advice", "The person's account is disabled: only they (or their provider) can change that."),
    QT_TRANSLATE_NOOP("advice", "The message is too large for the receiving server: make it smaller."),
    QT_TRANSLATE_NOOP("advice", "The cause is on your side: something in the address or the message."),
    QT_TRANSLATE_NOOP("advice", "The cause is on the sending side: your mail server or your domain's settings."),
    QT_TRANSLATE_NOOP("advice", "The cause is on the recipient's side, and only the person you wrote to can fix it."),
    QT_TRANSLATE_NOOP("advice", "The recipient's mail server refused or failed: its administrator must act."),
    QT_TRANSLATE_NOOP("advice", "The sending server is on a blocklist."),
    QT_TRANSLATE_NOOP("advice", "a well-known mail domain"),
    QT_TRANSLATE_NOOP("advice", "your own domain"),
    QT_TRANSLATE_NOOP("advice", "Not to this address."),
    QT_TRANSLATE_NOOP("advice", "Yes, after fixing the cause the explanation names."),
    QT_TRANSLATE_NOOP("advice", "Yes, later."),
    QT_TRANSLATE_NOOP("advice", "No need: the server keeps trying."),
    QT_TRANSLATE_NOOP("advice", "Change your email password now, from a computer or phone you trust."),
    QT_TRANSLATE_NOOP("advice", "Look at your account's sent items, forwarding rules and filters for anything you did not set up, and remove it."),
    QT_TRANSLATE_NOOP("advice", "Scan the computers and phones that use this account for malware."),
    QT_TRANSLATE_NOOP("advice", "Turn on two-step sign-in if your provider offers it."),
    QT_TRANSLATE_NOOP("advice", "Tell your IT department or mail provider: they can unblock the account once it is safe again."),
    QT_TRANSLATE_NOOP("advice", "You most likely did not send this message: someone sent spam with your address as the sender, and the receiving server returned it to you. This alone does not mean your account was broken into."),
    QT_TRANSLATE_NOOP("advice", "Look in your Sent folder: if the message is not there, you did not send it."),
    QT_TRANSLATE_NOOP("advice", "Delete the bounce; nobody needs to be told."),
    QT_TRANSLATE_NOOP("advice", "If many such bounces arrive, ask whoever runs your domain to publish SPF, DKIM and DMARC records, so receivers can reject mail forged in your name."),
    QT_TRANSLATE_NOOP("advice", "the address is refused for good"),
    QT_TRANSLATE_NOOP("advice", "the problem may be temporary; wait a few hours"),
    QT_TRANSLATE_NOOP("advice", "Your provider has stopped your account from sending, usually because it sent spam."),
    QT_TRANSLATE_NOOP("advice", "Your own outgoing server wants your mail program to log in before it sends."),
    QT_TRANSLATE_NOOP("advice", "Your own outgoing server refused to pass the message on: its settings, or your mail program's, need fixing."),
    QT_TRANSLATE_NOOP("advice", "You reached your account's sending limit: wait before sending more."),
    QT_TRANSLATE_NOOP("advice", "Your own provider's server refused the message on security or policy grounds."),
    QT_TRANSLATE_NOOP("advice", "The server is still trying: there is nothing to do yet."),
    QT_TRANSLATE_NOOP("advice", "No: the server is still trying. You will get another message only if it gives up."),
    QT_TRANSLATE_NOOP("advice", "{typed} looks like a slip for {domain}, {why}."),
    QT_TRANSLATE_NOOP("advice", "The refusal names {name}: the sending server is on a blocklist."),
    QT_TRANSLATE_NOOP("advice", "Yes, after fixing the address: send it to {address}."),
    QT_TRANSLATE_NOOP("advice", "The server last tried on {date}."),
    QT_TRANSLATE_NOOP("advice", "Not to this address: {cause}. Ask the person for their current address another way."),
    QT_TRANSLATE_NOOP("advice", "Yes, after fixing the cause: {fix}. Sending it again unchanged will not succeed."),
    QT_TRANSLATE_NOOP("advice", "what the server named"),
    QT_TRANSLATE_NOOP("advice", "The returned message is from {sender}, but the bounce came to you at {you}."),
    QT_TRANSLATE_NOOP("advice", "The recipient's server asked {name} in a way {name} refuses to answer, so it refuses everyone: its administrator must fix its DNS set-up."),
    QT_TRANSLATE_NOOP("advice", "No: the server is still trying until {date}."),
    QT_TRANSLATE_NOOP("advice", "Yes, after fixing the cause: {fix}."),
    QT_TRANSLATE_NOOP("advice", "Yes, later: {when}."),
    QT_TRANSLATE_NOOP("advice", "Yes, {when}."),
    QT_TRANSLATE_NOOP("advice", "Its Message-ID ({id}) was made at {domain}, not at {own}."),
    QT_TRANSLATE_NOOP("advice", "It first entered the mail system at {server}, not at a server of {own}."),
    QT_TRANSLATE_NOOP("advice", "You most likely did not send this message: nothing to fix."),
    QT_TRANSLATE_NOOP("advice", "No: you most likely did not send this message."),
)


# What the engine says when an input cannot be read (engine/errors.py: the templates of its problems'
# Phrases, said in the context "engine_errors"); tests/ui/test_engine_text.py keeps the list in step.
PROBLEM_SENTENCES = (
    QT_TRANSLATE_NOOP("engine_errors", "The input is empty: there is no message to read."),
    QT_TRANSLATE_NOOP("engine_errors", "This is {what}, not an email. Save the bounce as .eml or .msg, or paste its text."),
    QT_TRANSLATE_NOOP("engine_errors", "This is a binary file, not an email. Save the bounce as .eml or .msg, or paste "
                      "its text."),
    QT_TRANSLATE_NOOP("engine_errors", "This text holds no email: no headers, no addresses and no SMTP codes were "
                      "found in it."),
    QT_TRANSLATE_NOOP("engine_errors", "a PNG image"),
    QT_TRANSLATE_NOOP("engine_errors", "a GIF image"),
    QT_TRANSLATE_NOOP("engine_errors", "a JPEG image"),
    QT_TRANSLATE_NOOP("engine_errors", "a PDF document"),
    QT_TRANSLATE_NOOP("engine_errors", "a ZIP archive (or an Office document)"),
    QT_TRANSLATE_NOOP("engine_errors", "a program (ELF executable)"),
    QT_TRANSLATE_NOOP("engine_errors", "a Windows program"),
    QT_TRANSLATE_NOOP("engine_errors", "a gzip archive"),
    QT_TRANSLATE_NOOP("engine_errors", "a RAR archive"),
    QT_TRANSLATE_NOOP("engine_errors", "a 7-Zip archive"),
    QT_TRANSLATE_NOOP("engine_errors", "an Outlook or Office file in the old binary format"),
    QT_TRANSLATE_NOOP("engine_errors", "the message is no longer there: the file changed since it was read"),
    QT_TRANSLATE_NOOP("engine_errors", "the file changed since the batch was read: open it again to read its "
                      "messages as they are now"),
    QT_TRANSLATE_NOOP("engine_errors", "the file changed while the batch was read"),
    QT_TRANSLATE_NOOP("engine_errors", "cannot be read: {reason}"),
    QT_TRANSLATE_NOOP("engine_errors", "the file is gone: it was moved or deleted before it could be read"),
    QT_TRANSLATE_NOOP("engine_errors", "it is a folder that cannot be listed"),
    QT_TRANSLATE_NOOP("engine_errors", "permission denied: you are not allowed to read this file"),
    QT_TRANSLATE_NOOP("engine_errors", "not a regular file (a pipe, a device or a socket); skipped"),
    QT_TRANSLATE_NOOP("engine_errors", "no such file or folder"),
    QT_TRANSLATE_NOOP("engine_errors", "a link to nothing; skipped"),
    QT_TRANSLATE_NOOP("engine_errors", "the folder holds no files to read"),
    QT_TRANSLATE_NOOP("engine_errors", "the mailbox holds no messages"),
    QT_TRANSLATE_NOOP("engine_errors", "it could not be read again ({error})"),
    QT_TRANSLATE_NOOP("engine_errors", "it could not be read"),
    QT_TRANSLATE_NOOP("engine_errors", "Bounce Doctor stopped reading it ({error})."),
    QT_TRANSLATE_NOOP("engine_errors", "Bounce Doctor stopped reading ({error})."),
)


def problem_text(problem: InputProblem | None, fallback: str = "") -> str:
    """What kept an input from being read, as a sentence in the window's language (``fallback`` without one)."""
    if problem is None:
        return fallback
    return as_sentence(problem.phrase.render(lambda t: QCoreApplication.translate("engine_errors", t)))


def as_sentence(text: str) -> str:
    """``text`` as a sentence of its own: a capital first letter and a full stop."""
    text = text[:1].upper() + text[1:]
    return text if text.endswith(".") else f"{text}."


# The sentence that links an authentication failure in the headers to the bounce (engine/headers/refusal.py:
# the templates of its Phrases, said in the context "engine_text"); tests/ui/test_engine_text.py keeps the
# list in step with the engine.
AUTH_SENTENCES = (
    QT_TRANSLATE_NOOP("engine_text", " at hop {hop} ({host})"),
    QT_TRANSLATE_NOOP("engine_text", " at hop {hop}"),
    QT_TRANSLATE_NOOP("engine_text", " at {host}"),
    QT_TRANSLATE_NOOP("engine_text", "Your domain's DKIM signature failed{where}."),
    QT_TRANSLATE_NOOP("engine_text", "The DKIM signature of {domain} failed{where}."),
    QT_TRANSLATE_NOOP("engine_text", "The DKIM signature failed{where}."),
    QT_TRANSLATE_NOOP("engine_text", "SPF soft-failed for {domain}{where}."),
    QT_TRANSLATE_NOOP("engine_text", "SPF failed for {domain}{where}."),
    QT_TRANSLATE_NOOP("engine_text", "SPF soft-failed{where}."),
    QT_TRANSLATE_NOOP("engine_text", "SPF failed{where}."),
    QT_TRANSLATE_NOOP("engine_text", "DMARC failed for {domain}{where}."),
    QT_TRANSLATE_NOOP("engine_text", "DMARC failed{where}."),
    QT_TRANSLATE_NOOP("engine_text", "Neither SPF nor DKIM passed for a domain that matches the From domain "
                      "{domain}, so DMARC could not pass."),
    QT_TRANSLATE_NOOP("engine_text", "Neither SPF nor DKIM passed for a domain that matches the From domain, so "
                      "DMARC could not pass."),
)


def sentence_text(phrase: Phrase | None) -> str | None:
    """An engine sentence about the headers (a Phrase) in the window's language."""
    if phrase is None:
        return None
    return phrase.render(lambda t: QCoreApplication.translate("engine_text", t) if t else t)
