"""Did I mistype the address? Compare a refused domain with well-known mail domains.

The list of mailbox domains lives in ``resources/data/mail-domains.txt``; it is
read once. A domain is split into a name and a public suffix ("gmail" + "com",
"yahoo" + "co.uk"). Two kinds of slip are caught:

- a slip in the name with a correct suffix: ``gmial.com``, ``hotmial.com``,
  ``yaho.com``, ``outlok.com`` (one edit for names up to six letters, two for
  longer ones; names shorter than four letters are never guessed at);
- a suffix that is no real top-level domain, or one of the few real ones that
  are mostly typed by mistake (``.con``, ``.coom``, ``.cm``, ``.co``): ``gmail.con``,
  and ``domain.coom`` when the sender writes from ``domain.com``.

A domain in the list, or the sender's own domain, is never "corrected".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# Top-level domains seen in mail addresses. A suffix outside this set is a typo.
_TLD_WORDS = """
    com net org edu gov mil int info biz name pro mobi asia tel travel coop aero museum jobs cat xxx
    app dev io ai me tv cc co ws fm am la ly to gg im je nu tk ml ga cf gq
    email online site website tech store shop blog cloud digital agency company solutions services
    systems network media news live life world global group team zone space today family club mail
    ac ad ae af ag al ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz
    ca cd cg ch ci ck cl cm cn cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fo fr
    gd ge gf gh gi gl gm gn gp gr gs gt gu gw gy hk hm hn hr ht hu id ie il in iq ir is it jm jo jp ke kg
    kh ki km kn kp kr kw ky kz lb lc li lk lr ls lt lu lv ma mc md mg mh mk mm mn mo mp mq mr ms mt mu mv
    mw mx my mz na nc ne nf ng ni nl no np nr nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs
    ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tl tm tn tr tt tw
    tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
    """
REAL_TLDS = frozenset(_TLD_WORDS.split())

# Real top-level domains that are far more often a slip of .com or .net than meant.
TYPO_PRONE_TLDS = frozenset({"co", "cm", "om", "ne", "et", "nt"})

# Second-level labels under a country code that belong to the public suffix ("co.uk", "ne.jp").
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "ne", "or", "ac", "go", "gov", "edu", "on", "gr", "ad", "lg"})


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A corrected address and what was wrong."""

    address: str
    domain: str  # the corrected domain
    typed: str  # the domain as typed
    why: str  # "a well-known mail domain" or "your own domain"


def split_domain(domain: str) -> tuple[str, str]:
    """Split a domain into its name and its public suffix: ``("gmail", "com")``."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) < 2:
        return domain.lower(), ""
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[:-2]), ".".join(labels[-2:])
    return ".".join(labels[:-1]), labels[-1]


def org_domain(host: str | None) -> str:
    """The registered domain of a host name: ``mx1.mail.example.co.uk`` → ``example.co.uk``."""
    if not host:
        return ""
    host = host.strip().strip("[]<>.").lower()
    if host.replace(".", "").isdigit() or ":" in host:  # an IP address
        return host
    name, suffix = split_domain(host)
    if not suffix:
        return host
    return f"{name.rsplit('.', 1)[-1]}.{suffix}"


def _suffix_is_real(suffix: str) -> bool:
    return bool(suffix) and all(part in REAL_TLDS for part in suffix.split("."))


@cache
def known_domains() -> tuple[str, ...]:
    """The well-known mailbox domains, in the order of the list (read once)."""
    from ..resources import resource

    out: list[str] = []
    seen: set[str] = set()
    for line in resource("data", "mail-domains.txt").read_text(encoding="utf-8").splitlines():
        d = line.strip().lower()
        if d and not d.startswith("#") and d not in seen:
            seen.add(d)
            out.append(d)
    return tuple(out)


@cache
def _known_split() -> tuple[tuple[str, str, str], ...]:
    return tuple((d, *split_domain(d)) for d in known_domains())


@cache
def _known_set() -> frozenset[str]:
    return frozenset(known_domains())


def is_known(domain: str) -> bool:
    """True for a domain in the list of well-known mailbox domains."""
    return domain.lower().strip(".") in _known_set()


def _name_limit(name: str) -> int:
    if len(name) < 4:
        return 0
    return 1 if len(name) <= 6 else 2


def suggest_domain(typed: str, own: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A correction for a mistyped domain, with why, or None.

    ``own`` holds the sender's own domains: they are candidates too and are
    never corrected themselves.
    """
    d = typed.lower().strip().strip(".")
    own_l = tuple(dict.fromkeys(o.lower().strip(".") for o in own if o))
    if not d or "." not in d or is_known(d) or d in own_l:
        return None
    from rapidfuzz.distance import OSA  # imported on first use: it is not needed to start

    name, suffix = split_domain(d)
    tld_ok = _suffix_is_real(suffix) and suffix not in TYPO_PRONE_TLDS
    best: tuple[int, int, str, str] | None = None  # (distance, rank, domain, why)
    candidates = [(c, *split_domain(c), "your own domain") for c in own_l]
    candidates += [(*k, "a well-known mail domain") for k in _known_split()]
    for rank, (cand, cname, csuffix, why) in enumerate(candidates):
        if not csuffix:
            continue
        if suffix == csuffix:
            limit = _name_limit(cname)
            dist = OSA.distance(name, cname, score_cutoff=limit + 1) if limit else limit + 1
            if dist == 0 or dist > limit:
                continue
        elif tld_ok:
            continue  # a real suffix that differs: another country's domain, not a slip
        else:
            sdist = OSA.distance(suffix, csuffix, score_cutoff=3)
            if sdist > 2:
                continue
            limit = _name_limit(cname)
            ndist = OSA.distance(name, cname, score_cutoff=limit + 1) if name != cname else 0
            if ndist > limit or (ndist and sdist > 1):
                continue
            dist = ndist + sdist
        if best is None or (dist, rank) < best[:2]:
            best = (dist, rank, cand, why)
    if best is None:
        return None
    return best[2], best[3]


def suggest_address(address: str, own: tuple[str, ...] = ()) -> Suggestion | None:
    """``jake@gmial.com`` → ``Suggestion("jake@gmail.com", ...)``, or None."""
    local, sep, domain = address.strip().strip("<>").rpartition("@")
    if not sep or not local or not domain:
        return None
    found = suggest_domain(domain, own)
    if found is None:
        return None
    fixed, why = found
    return Suggestion(f"{local}@{fixed}", fixed, domain.lower(), why)
