"""The window's words for live checks: a translated sentence per check code, the kinds, the statuses.

A code's sentence names its values as {domain}, {ip}, ...; the values come from ``Check.params``.
A code the window does not know, or a value its sentence needs and the check lacks, falls back to
the English ``Check.meaning``: a check is never shown without a sentence.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

CONTEXT = "live"
_FIELD = re.compile(r"\{(\w+)\}")


def sentences() -> dict[str, str]:
    """Each check code's sentence in the current language (literal calls, so that lupdate finds them).

    "*.timeout" and "*.error" stand for any look-up's timeout and failure."""
    return {
        "mx.nxdomain": QCoreApplication.translate(
            "live", "{domain} does not exist: the address is mistyped, or the domain has lapsed."
        ),
        "mx.null": QCoreApplication.translate(
            "live", "{domain} receives no mail: it says so with a null MX record (RFC 7505)."
        ),
        "mx.present": QCoreApplication.translate("live", "{domain} receives mail: its mail servers are {servers}."),
        "mx.fallback_a": QCoreApplication.translate(
            "live", "{domain} has no MX records; mail goes to its own address {addresses}."
        ),
        "mx.no_mail": QCoreApplication.translate(
            "live", "{domain} exists but has neither mail servers nor an address: it receives no mail."
        ),
        "typo.nxdomain": QCoreApplication.translate(
            "live", "{domain}, suggested for {typed}, does not exist either: it is not the right domain."
        ),
        "typo.null": QCoreApplication.translate(
            "live", "{domain}, suggested for {typed}, receives no mail either (a null MX record)."
        ),
        "typo.ok": QCoreApplication.translate(
            "live",
            "{domain} receives mail (mail servers: {servers}): the address was most likely meant "
            "for {domain}, not {typed}.",
        ),
        "typo.fallback_a": QCoreApplication.translate(
            "live",
            "{domain}, suggested for {typed}, has no MX records but an address ({addresses}): it can receive mail.",
        ),
        "typo.no_mail": QCoreApplication.translate("live", "{domain}, suggested for {typed}, receives no mail either."),
        "*.timeout": QCoreApplication.translate(
            "live", "No answer about {domain} within the time allowed: it could not be checked now."
        ),
        "*.error": QCoreApplication.translate(
            "live", "The DNS server could not answer about {domain}: it could not be checked now."
        ),
        "bl.listed": QCoreApplication.translate("live", "{ip} is listed on {list}: {codes}."),
        "bl.clean": QCoreApplication.translate("live", "{ip} is not listed on {list}."),
        "bl.timeout": QCoreApplication.translate(
            "live", "{list} did not answer in time: whether {ip} is listed is not known."
        ),
        "bl.error": QCoreApplication.translate(
            "live", "{list} could not be asked: whether {ip} is listed is not known."
        ),
        "bl.refused_public_resolver": QCoreApplication.translate(
            "live",
            "{list} does not answer queries that come through a public DNS resolver: the check could not "
            "be made from this network. This does not mean that {ip} is clean.",
        ),
        "bl.refused_volume": QCoreApplication.translate(
            "live",
            "{list} refused the query because this network asks it too often: the check "
            "could not be made from here. Whether {ip} is listed is not known.",
        ),
        "bl.refused_typo": QCoreApplication.translate(
            "live", "{list} answered that the list's name is wrong: whether {ip} is listed is not known."
        ),
        "bl.odd": QCoreApplication.translate(
            "live", "{list} answered {codes}, which is not a listing code: whether {ip} is listed is not known."
        ),
        "spf.pass": QCoreApplication.translate("live", "The SPF record of {domain} allows {ip} to send its mail."),
        "spf.fail": QCoreApplication.translate(
            "live", "The SPF record of {domain} does not allow {ip} to send its mail (-all): receivers may refuse it."
        ),
        "spf.softfail": QCoreApplication.translate(
            "live", "{ip} is not in the SPF record of {domain} (~all): receivers treat the mail as suspicious."
        ),
        "spf.neutral": QCoreApplication.translate("live", "The SPF record of {domain} says nothing about {ip} (?all)."),
        "spf.none": QCoreApplication.translate(
            "live", "{domain} has no SPF record: receivers cannot tell which servers may send its mail."
        ),
        "spf.permerror": QCoreApplication.translate(
            "live", "The SPF record of {domain} is broken: SPF fails for every sender."
        ),
        "spf.permerror_lookups": QCoreApplication.translate(
            "live",
            "The SPF record of {domain} needs more than 10 DNS look-ups: receivers "
            "treat it as broken, and SPF fails for every sender.",
        ),
        "spf.temperror": QCoreApplication.translate("live", "The SPF record of {domain} could not be read now."),
        "spf.record": QCoreApplication.translate(
            "live", "{domain} publishes an SPF record; the bounce names no sending IP to test against it."
        ),
        "dmarc.present": QCoreApplication.translate(
            "live", "{domain} publishes a DMARC record with the policy p={policy}."
        ),
        "dmarc.missing": QCoreApplication.translate(
            "live",
            "{domain} publishes no DMARC record: Gmail, Yahoo and others refuse bulk mail from domains without one.",
        ),
        "dkim.present": QCoreApplication.translate(
            "live", "{domain} publishes a DKIM key for the selector {selector}."
        ),
        "dkim.revoked": QCoreApplication.translate(
            "live",
            "The DKIM key of {domain} for the selector {selector} is revoked (empty): signatures made with it fail.",
        ),
        "dkim.missing": QCoreApplication.translate(
            "live", "{domain} publishes no DKIM key for the selector {selector}: receivers cannot verify the signature."
        ),
    }


def _policies() -> dict[str, str]:
    return {
        "reject": QCoreApplication.translate(
            "live", "Receivers are asked to refuse mail for it that fails both SPF and DKIM."
        ),
        "quarantine": QCoreApplication.translate(
            "live", "Receivers are asked to put mail for it that fails both SPF and DKIM in spam."
        ),
        "none": QCoreApplication.translate(
            "live", "Receivers are only asked to report mail for it that fails both SPF and DKIM."
        ),
    }


def _listings() -> dict[str, str]:
    """Spamhaus's return codes as the checks word them (their DNSBL documentation), in this language."""
    return {
        "SBL (a known spam source)": QCoreApplication.translate("live", "SBL (a known spam source)"),
        "SBL CSS (a sender of low-reputation mail)": QCoreApplication.translate(
            "live", "SBL CSS (a sender of low-reputation mail)"
        ),
        "XBL (a hijacked or infected computer)": QCoreApplication.translate(
            "live", "XBL (a hijacked or infected computer)"
        ),
        "DROP (a network run by spammers)": QCoreApplication.translate("live", "DROP (a network run by spammers)"),
        "PBL (an address that should not send mail directly, listed by its provider)": QCoreApplication.translate(
            "live", "PBL (an address that should not send mail directly, listed by its provider)"
        ),
        "PBL (an address that should not send mail directly, listed by Spamhaus)": QCoreApplication.translate(
            "live", "PBL (an address that should not send mail directly, listed by Spamhaus)"
        ),
    }


def sentence(code: str, params: tuple[tuple[str, str], ...], meaning: str) -> str:
    """A check's sentence in the current language; the English meaning when the window cannot say it."""
    said = sentences()
    template = said.get(code) or said.get("*." + code.partition(".")[2], "")
    if not template:
        return meaning
    values = {str(k): str(v) for k, v in params}
    if "codes" in values:  # what a listing means: the known ones in this language, the others as they are
        listings = _listings()
        values["codes"] = "; ".join(listings.get(part, part) for part in values["codes"].split("; "))
    if any(name not in values for name in _FIELD.findall(template)):
        return meaning
    text = _FIELD.sub(lambda m: values[m[1]], template)
    if code == "dmarc.present" and values.get("policy") in _policies():
        text = f"{text} {_policies()[values['policy']]}"
    return text


def kind_label(kind: str) -> str:
    """What a look-up is for, in a few words."""
    labels = {
        "mx": QCoreApplication.translate("live", "Mail servers (MX)"),
        "a": QCoreApplication.translate("live", "Address (A/AAAA)"),
        "blocklist": QCoreApplication.translate("live", "Blocklist"),
        "spf": QCoreApplication.translate("live", "SPF record"),
        "dmarc": QCoreApplication.translate("live", "DMARC record"),
        "dkim": QCoreApplication.translate("live", "DKIM key"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    """A check's status as a word (the colour only repeats it)."""
    return {
        "ok": QCoreApplication.translate("live", "OK"),
        "problem": QCoreApplication.translate("live", "Problem"),
    }.get(status, QCoreApplication.translate("live", "Unknown"))


def checked_time(when: datetime) -> str:
    """The time of the checks, local, in the language's short format."""
    local = when.astimezone() if when.tzinfo is not None else when
    return QLocale().toString(QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat)


def fill(template: str, *values: str) -> str:
    """Put values in for %1, %2, ... at once (a value that holds "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0], template)


def heading(when: datetime) -> str:
    """The title of the results: "Checked live at 10:14"."""
    return fill(QCoreApplication.translate("live", "Checked live at %1"), checked_time(when))
