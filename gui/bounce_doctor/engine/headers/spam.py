"""Spam-filter headers decoded in plain language.

Microsoft 365 (X-Forefront-Antispam-Report, X-Microsoft-Antispam,
X-MS-Exchange-Organization-SCL), SpamAssassin (X-Spam-Status, X-Spam-Score,
X-Spam-Flag), Barracuda, Proofpoint, Mimecast, and Yahoo's X-YMail-OSG.
Each finding is a :class:`Verdict`; nothing here raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INFO, WARN, BAD = "info", "warning", "problem"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One decoded value of a spam-filter header."""

    header: str  # the header's name as written
    key: str  # SCL, SFV, BCL, score, ...
    value: str
    meaning: str  # a plain sentence
    severity: str  # info | warning | problem


_SFV = {
    "NSPM": ("not spam: delivered to the inbox", INFO),
    "SPM": ("filtered as spam", BAD),
    "SKS": ("marked as spam by a mail flow rule before the filter ran", BAD),
    "SKA": ("let through because the sender is on the recipient organisation's allowed list", INFO),
    "SKB": ("marked as spam because the sender is on a blocked list", BAD),
    "SKI": ("not filtered: the message stayed inside the organisation", INFO),
    "SKN": ("not filtered: a mail flow rule marked it not spam", INFO),
    "SKQ": ("released from quarantine", INFO),
    "SFE": ("let through because the recipient trusts the sender (safe senders list)", INFO),
    "BLK": ("blocked because the recipient blocked the sender", BAD),
    "MLK": ("filtered because the recipient blocked the sender", BAD),
    "CNT": ("filtered by a content rule", BAD),
}
_CAT = {
    "NONE": ("no threat found", INFO),
    "SPM": ("spam", BAD),
    "HSPM": ("high-confidence spam", BAD),
    "BULK": ("bulk mail (newsletters, marketing)", WARN),
    "PHSH": ("phishing", BAD),
    "HPHSH": ("high-confidence phishing", BAD),
    "HPHISH": ("high-confidence phishing", BAD),
    "MALW": ("malware", BAD),
    "SPOOF": ("spoofing: the sender's domain failed authentication", BAD),
    "GIMP": ("impersonation of a domain", BAD),
    "UIMP": ("impersonation of a user", BAD),
    "DIMP": ("impersonation of a domain", BAD),
    "AMP": ("anti-malware policy", BAD),
    "SAP": ("safe-attachments policy", BAD),
    "OSPM": ("outbound spam", BAD),
    "INTOS": ("intra-organisation spam", BAD),
}
_IPV = {
    "CAL": ("the sending IP is on the organisation's allowed list", INFO),
    "NLI": ("the sending IP is on no reputation list", INFO),
}
_DIR = {"INB": "incoming", "OUT": "outgoing", "INT": "inside the organisation"}


def scl_meaning(value: str) -> tuple[str, str]:
    """The spam confidence level (SCL) in words."""
    try:
        n = int(value.strip())
    except ValueError:
        return (f"spam confidence level {value}", INFO)
    if n == -1:
        return ("SCL -1: not checked for spam (trusted or internal sender)", INFO)
    if n in (0, 1):
        return (f"SCL {n}: not spam", INFO)
    if 2 <= n <= 4:
        return (f"SCL {n}: probably not spam", INFO)
    if n in (5, 6):
        return (f"SCL {n}: marked as spam", BAD)
    if n >= 7:
        return (f"SCL {n}: marked as high-confidence spam", BAD)
    return (f"SCL {n}", INFO)


def bcl_meaning(value: str) -> tuple[str, str]:
    """The bulk complaint level (BCL, 0 to 9) in words."""
    try:
        n = int(value.strip())
    except ValueError:
        return (f"bulk complaint level {value}", INFO)
    if n == 0:
        return ("BCL 0 of 9: not from a bulk sender", INFO)
    if 1 <= n <= 3:
        return (f"BCL {n} of 9: a bulk sender that draws few complaints", INFO)
    if 4 <= n <= 7:
        return (f"BCL {n} of 9: a bulk sender that draws a mixed number of complaints", WARN)
    return (f"BCL {n} of 9: a bulk sender that draws many complaints (filtered as bulk at the default threshold)", BAD)


def _pairs(value: str, sep: str = ";") -> list[tuple[str, str]]:
    out = []
    for item in value.split(sep)[:200]:
        k, colon, v = item.partition(":")
        if colon and k.strip():
            out.append((k.strip().upper(), v.strip()))
    return out


def _forefront(name: str, value: str) -> list[Verdict]:
    out: list[Verdict] = []
    for k, v in _pairs(value):
        vu = v.upper()
        if k == "SCL":
            m, s = scl_meaning(v)
            out.append(Verdict(name, k, v, m, s))
        elif k == "SFV" and v:
            m, s = _SFV.get(vu, (f"spam filter verdict {v}", INFO))
            out.append(Verdict(name, k, v, f"SFV:{v}: {m}", s))
        elif k == "CAT" and v:
            m, s = _CAT.get(vu, (f"category {v}", INFO))
            out.append(Verdict(name, k, v, f"CAT:{v}: {m}", s))
        elif k == "IPV" and v:
            m, s = _IPV.get(vu, (f"IP reputation {v}", INFO))
            out.append(Verdict(name, k, v, f"IPV:{v}: {m}", s))
        elif k == "CIP" and v:
            out.append(Verdict(name, k, v, f"the sending server's IP address: {v}", INFO))
        elif k == "CTRY" and v:
            out.append(Verdict(name, k, v, f"the sending IP is registered in country {v}", INFO))
        elif k == "PTR" and v:
            out.append(Verdict(name, k, v, f"the sending IP's reverse DNS name: {v}", INFO))
        elif k == "SFTY" and v:
            out.append(Verdict(name, k, v, f"SFTY:{v}: a safety tip was added (spoofing or phishing suspected)", WARN))
        elif k == "DIR" and v:
            out.append(Verdict(name, k, v, f"direction: {_DIR.get(vu, v)}", INFO))
        elif k == "BCL":
            m, s = bcl_meaning(v)
            out.append(Verdict(name, k, v, m, s))
        elif k == "PCL" and v:
            out.append(Verdict(name, k, v, f"phishing confidence level {v}", WARN if v.isdigit() and int(v) >= 4 else INFO))
    return out


_SA_STATUS = re.compile(r"^\s{0,8}(yes|no)\b[ \t,]{0,8}(?:(?:score|hits)=(-?\d{1,6}(?:\.\d{1,4})?))?"
                        r"(?:[ \t]{1,8}required=(-?\d{1,6}(?:\.\d{1,4})?))?", re.I)
_NUMBER = re.compile(r"-?\d{1,6}(?:\.\d{1,4})?")
_PP = re.compile(r"\b(rule|spamscore|phishscore|malwarescore|bulkscore|score)=([\w.-]{1,40})")


def _number(value: str) -> str | None:
    m = _NUMBER.search(value)
    return m.group(0) if m else None


def decode(name: str, value: str) -> list[Verdict]:
    """The verdicts of one header; an empty list for headers we do not decode."""
    lname = name.lower()
    value = value[:20000]
    if lname == "x-forefront-antispam-report":
        return _forefront(name, value)
    if lname in ("x-microsoft-antispam", "x-forefront-antispam-report-untrusted", "x-microsoft-antispam-untrusted"):
        return [v for v in _forefront(name, value) if v.key in ("BCL", "PCL", "SCL")]
    if lname == "x-ms-exchange-organization-scl":
        m, s = scl_meaning(value)
        return [Verdict(name, "SCL", value.strip(), m, s)]
    if lname == "x-spam-status":
        m = _SA_STATUS.match(value)
        if not m:
            return []
        spam = m.group(1).lower() == "yes"
        score = f" (score {m.group(2)}" + (f", threshold {m.group(3)})" if m.group(3) else ")") if m.group(2) else ""
        return [Verdict(name, "status", m.group(1), ("SpamAssassin judged it spam" if spam else
                                                       "SpamAssassin judged it not spam") + score, BAD if spam else INFO)]
    if lname == "x-spam-flag":
        spam = value.strip().upper().startswith("YES")
        return [Verdict(name, "flag", value.strip(), "flagged as spam" if spam else "not flagged as spam",
                        BAD if spam else INFO)]
    if lname in ("x-spam-score", "x-barracuda-spam-score", "x-mimecast-spam-score"):
        n = _number(value)
        if n is None:
            return []
        filt = {"x-spam-score": "The spam filter", "x-barracuda-spam-score": "Barracuda",
                "x-mimecast-spam-score": "Mimecast"}[lname]
        return [Verdict(name, "score", n, f"{filt} gave a spam score of {n} (higher is more likely spam)",
                        WARN if float(n) >= 5 else INFO)]
    if lname == "x-barracuda-spam-status":
        spam = value.strip().lower().startswith("yes")
        return [Verdict(name, "status", value.split(",")[0].strip(),
                        "Barracuda judged it spam" if spam else "Barracuda judged it not spam", BAD if spam else INFO)]
    if lname == "x-proofpoint-spam-details":
        found = dict(_PP.findall(value))
        out = []
        rule = found.get("rule")
        if rule:
            spam = rule.lower() != "notspam"
            out.append(Verdict(name, "rule", rule, f"Proofpoint rule {rule}: " + ("filtered" if spam else "not spam"),
                               BAD if spam else INFO))
        for key, label in (("spamscore", "spam"), ("phishscore", "phishing"), ("malwarescore", "malware"),
                           ("bulkscore", "bulk")):
            v = found.get(key)
            if v and v.isdigit() and int(v) >= 50:
                out.append(Verdict(name, key, v, f"Proofpoint {label} score {v} of 100: high", BAD))
        return out
    if lname == "x-ymail-osg":
        return [Verdict(name, "present", "", "sent through Yahoo Mail (Yahoo adds X-YMail-OSG to mail its users send)",
                        INFO)]
    return []


SPAM_HEADERS = frozenset({
    "x-forefront-antispam-report", "x-forefront-antispam-report-untrusted", "x-microsoft-antispam",
    "x-microsoft-antispam-untrusted", "x-ms-exchange-organization-scl", "x-spam-status", "x-spam-flag",
    "x-spam-score", "x-barracuda-spam-score", "x-barracuda-spam-status", "x-mimecast-spam-score",
    "x-proofpoint-spam-details", "x-ymail-osg",
})
