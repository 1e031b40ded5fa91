"""Authentication-Results, ARC-Authentication-Results, Received-SPF and DKIM-Signature, read tolerantly.

The maintained parser ``authres`` reads well-formed Authentication-Results
(RFC 8601); real servers also write headers it refuses (Microsoft's
``action=none``, ``header.d=none``, missing authserv-id), so a tolerant reader
of our own takes over then. Nothing here raises.

DMARC alignment is relaxed alignment (RFC 7489 3.1): the organisational
domains must match. The organisational domain is found with a small offline
list of multi-part public suffixes (co.uk, co.jp, ne.jp, com.au, ...), not
the full Public Suffix List: enough for the domains mail comes from, and
stated as such in the results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the maintained RFC 8601 parser; the tolerant reader below works without it
    import authres as _authres
except ImportError:  # pragma: no cover - authres is a dependency
    _authres = None

# second-level labels that are public suffixes under these country codes
_MULTI_SUFFIX_SLD = frozenset({
    "co", "com", "net", "org", "ac", "ad", "ed", "go", "gr", "lg", "ne", "or", "gov", "edu", "mil", "nom", "ltd",
    "plc", "sch", "me", "biz", "info", "int", "nic",
})
# country codes whose second level is not a public suffix with those labels
_MULTI_SUFFIX_EXTRA = frozenset({
    "com.au", "net.au", "org.au", "edu.au", "gov.au", "asn.au", "id.au",
    "com.br", "net.br", "org.br", "gov.br", "blog.br",
    "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "ac.uk", "gov.uk", "net.uk", "sch.uk", "nhs.uk",
    "co.jp", "ne.jp", "or.jp", "ac.jp", "ad.jp", "ed.jp", "go.jp", "gr.jp", "lg.jp",
    "co.nz", "org.nz", "net.nz", "ac.nz", "govt.nz",
    "co.za", "org.za", "ac.za", "gov.za", "co.in", "net.in", "org.in", "ac.in", "gov.in",
    "co.kr", "or.kr", "ne.kr", "ac.kr", "go.kr", "com.cn", "net.cn", "org.cn", "edu.cn", "gov.cn",
    "com.tw", "net.tw", "org.tw", "edu.tw", "com.hk", "net.hk", "org.hk", "edu.hk",
    "com.sg", "edu.sg", "com.my", "com.mx", "org.mx", "com.ar", "com.tr", "com.ua", "co.il", "org.il",
    "co.id", "or.id", "ac.id", "com.ph", "com.vn", "co.th", "in.th", "ac.th", "com.pl", "com.ru", "com.es",
    "co.at", "or.at", "com.pe", "com.co", "com.sa", "com.eg", "com.ng", "co.ke",
})
PUBLIC_SUFFIX_NOTE = (
    "Alignment compares organisational domains found with a short built-in list of two-part suffixes "
    "(co.uk, co.jp, ne.jp, com.au, ...), not the full Public Suffix List."
)


def organisational_domain(domain: str | None) -> str | None:
    """example.co.uk for mail.example.co.uk; example.com for a.b.example.com."""
    if not domain:
        return None
    d = domain.strip().strip(".").lower()
    if "@" in d:
        d = d.rsplit("@", 1)[1]
    labels = [x for x in d.split(".") if x]
    if len(labels) < 2:
        return d or None
    last2 = ".".join(labels[-2:])
    if len(labels) >= 3 and (last2 in _MULTI_SUFFIX_EXTRA or (len(labels[-1]) == 2 and labels[-2] in _MULTI_SUFFIX_SLD)):
        return ".".join(labels[-3:])
    return last2


def aligned(a: str | None, b: str | None) -> bool | None:
    """Relaxed DMARC alignment of two domains; None when either is unknown."""
    oa, ob = organisational_domain(a), organisational_domain(b)
    if not oa or not ob:
        return None
    return oa == ob


def domain_of(value: str | None) -> str | None:
    """The domain of an address, ``@domain`` or a bare domain; None for none."""
    if not value:
        return None
    v = value.strip().strip("<>\"'").rstrip(".;,")
    if "@" in v:
        v = v.rsplit("@", 1)[1]
    v = v.strip("<>").lower()
    if not v or v in ("none", "unknown", "null") or "." not in v or " " in v:
        return None
    return v


@dataclass(frozen=True, slots=True)
class AuthResult:
    """One method's result in one header (spf=pass smtp.mailfrom=example.com)."""

    method: str  # spf, dkim, dmarc, arc, compauth, auth, iprev, ...
    result: str  # pass, fail, softfail, neutral, none, temperror, permerror, policy, ...
    properties: tuple[tuple[str, str], ...]  # ("smtp.mailfrom", "example.com"), ("header.d", "example.com")
    reason: str | None
    comment: str | None

    def prop(self, *names: str) -> str | None:
        for want in names:
            for k, v in self.properties:
                if k == want:
                    return v
        return None

    @property
    def domain(self) -> str | None:
        """The domain this result is about: SPF's mail-from, DKIM's d=, DMARC's From."""
        if self.method == "spf":
            return domain_of(self.prop("smtp.mailfrom", "smtp.helo"))
        if self.method in ("dkim", "domainkeys"):
            return domain_of(self.prop("header.d", "header.i"))
        if self.method == "dmarc":
            return domain_of(self.prop("header.from"))
        return None


@dataclass(frozen=True, slots=True)
class AuthHeader:
    """One Authentication-Results or ARC-Authentication-Results header read."""

    authserv_id: str | None
    instance: int | None  # i= of an ARC header
    results: tuple[AuthResult, ...]
    parser: str  # "authres" or "tolerant"


_RESINFO = re.compile(r"(?<![\w-])([A-Za-z][\w-]{0,40})[ \t]{0,4}=[ \t]{0,4}([\w.+-]{1,40})")
_PROP = re.compile(r"(?<![\w.-])([A-Za-z][\w-]{0,40}\.[A-Za-z][\w.-]{0,60}|reason|action|policy\.[\w-]{1,40})[ \t]{0,4}=[ \t]{0,4}"
                   r"(\"[^\"]{0,400}\"|[^\s;()]{0,400})")
_INSTANCE = re.compile(r"^[ \t]{0,8}i[ \t]{0,4}=[ \t]{0,4}(\d{1,4})[ \t]{0,4};")
_METHODS = frozenset({"spf", "dkim", "dmarc", "arc", "compauth", "auth", "iprev", "sender-id", "domainkeys",
                      "bimi", "dkim-adsp", "dkim-atps", "rrvs", "smime", "vbr", "x-ms-exchange-authentication"})


def _strip_comments(s: str) -> tuple[str, list[str]]:
    """Text without (comments), and the comments; nesting is bounded, unbalanced ones are kept as text."""
    out: list[str] = []
    comments: list[str] = []
    depth = 0
    cur: list[str] = []
    for c in s:
        if c == "(":
            depth = min(depth + 1, 64)
            if depth == 1:
                cur = []
                continue
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                comments.append("".join(cur).strip())
                out.append(" ")
                continue
        if depth:
            cur.append(c)
        else:
            out.append(c)
    if depth:  # unbalanced: keep it
        out.append("(" + "".join(cur))
    return "".join(out), comments


def _tolerant(value: str) -> tuple[str | None, list[AuthResult]]:
    parts = value.split(";")
    authserv: str | None = None
    results: list[AuthResult] = []
    for idx, raw in enumerate(parts[:200]):
        text, comments = _strip_comments(raw)
        m = _RESINFO.search(text)
        if not m:
            if idx == 0 and text.split():
                authserv = text.split()[0]
            continue
        if idx == 0 and m.start() > 0 and text[: m.start()].strip():
            authserv = text[: m.start()].split()[0]
        method = m.group(1).lower()
        if method not in _METHODS and idx == 0:
            authserv = authserv or text.split()[0]
            continue
        props = []
        reason = None
        for p in _PROP.finditer(text, m.end()):
            k, v = p.group(1).lower(), p.group(2).strip('"')
            if k == "reason":
                reason = v
            else:
                props.append((k, v))
        results.append(AuthResult(method, m.group(2).lower(), tuple(props), reason, comments[0] if comments else None))
    return authserv, results


def parse_authentication_results(value: str) -> AuthHeader:
    """Read an Authentication-Results or ARC-Authentication-Results value."""
    value = value[:20000]
    instance = None
    m = _INSTANCE.match(value)
    if m:
        instance = int(m.group(1))
        value = value[m.end() :]
    if _authres is not None:
        try:
            hdr = _authres.AuthenticationResultsHeader.parse_value(value.strip())
            results = []
            for r in hdr.results:
                props = tuple((f"{p.type}.{p.name}".lower(), str(p.value)) for p in r.properties)
                results.append(AuthResult(str(r.method).lower(), str(r.result).lower(), props,
                                          str(r.reason) if r.reason else None,
                                          str(r.result_comment) if getattr(r, "result_comment", None) else None))
            if results or "none" in value.lower():
                return AuthHeader(str(hdr.authserv_id) if hdr.authserv_id else None, instance, tuple(results),
                                  "authres")
        except Exception:  # authres raises its own SyntaxError and others on malformed input
            pass
    authserv, results = _tolerant(value)
    return AuthHeader(authserv, instance, tuple(results), "tolerant")


@dataclass(frozen=True, slots=True)
class ReceivedSpf:
    """A Received-SPF header (RFC 7208 9.1)."""

    result: str
    domain: str | None  # the envelope-from domain (or HELO)
    client_ip: str | None
    receiver: str | None  # the host that checked, when named


_SPF_RESULTS = ("pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "error", "unknown")
_KV = re.compile(r"([A-Za-z][\w-]{0,40})[ \t]{0,4}=[ \t]{0,4}(\"[^\"]{0,400}\"|[^\s;]{0,400})")
_DOMAIN_OF = re.compile(r"domain of[ \t]{1,4}(?:transitioning[ \t]{1,4})?(?:[^\s@]{0,200}@)?([A-Za-z0-9.-]{1,253})", re.I)
_RECEIVER = re.compile(r"^\(?[ \t]{0,4}([A-Za-z0-9.-]{1,253}):")


def parse_received_spf(value: str) -> ReceivedSpf:
    """Read a Received-SPF value; unknown results stay as written."""
    value = value[:20000].strip()
    word = value.split(None, 1)[0].lower().rstrip(";") if value.split() else ""
    result = word if word in _SPF_RESULTS else (word or "unknown")
    kv = {k.lower(): v.strip('"') for k, v in _KV.findall(value)}
    domain = domain_of(kv.get("envelope-from")) or None
    if not domain:
        m = _DOMAIN_OF.search(value)
        domain = domain_of(m.group(1)) if m else None
    if not domain:
        domain = domain_of(kv.get("helo"))
    rest = value[len(word) :].strip()
    m = _RECEIVER.match(rest)
    receiver = kv.get("receiver") or (m.group(1).lower() if m else None)
    return ReceivedSpf(result, domain, kv.get("client-ip"), receiver)


@dataclass(frozen=True, slots=True)
class DkimSignature:
    """The tags of a DKIM-Signature that say who signed: d= and s=."""

    domain: str | None
    selector: str | None
    algorithm: str | None
    identity: str | None


_TAG = re.compile(r"(?:^|;)[ \t]{0,64}([A-Za-z]{1,10})[ \t]{0,4}=[ \t]{0,4}([^;]{0,2000})")


def parse_dkim_signature(value: str) -> DkimSignature:
    tags = {}
    for m in _TAG.finditer(value[:20000]):
        tags.setdefault(m.group(1).lower(), "".join(m.group(2).split()))
    return DkimSignature(domain_of(tags.get("d")) or (tags.get("d") or None), tags.get("s") or None,
                         tags.get("a") or None, tags.get("i") or None)
