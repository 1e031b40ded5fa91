"""Fixed live-check answers for the window's tests (the checks themselves are tested in tests/live)."""

from __future__ import annotations

from datetime import datetime

from bounce_doctor.live import Check, LiveResult, Planned

WHEN = datetime(2025, 3, 28, 10, 14, 5)

SPAM_PLAN = (
    Planned("blocklist", "45.113.0.203.zen.spamhaus.org", "The blocklist the rejection names."),
    Planned("blocklist", "45.113.0.203.b.barracudacentral.org", "A common public blocklist."),
    Planned("mx", "example.net", "The recipient's domain."),
)

SPAM_RESULT = LiveResult(WHEN, (
    Check("blocklist", "45.113.0.203.zen.spamhaus.org", "127.0.0.2", "bl.listed",
          (("ip", "203.0.113.45"), ("list", "Spamhaus"), ("zone", "zen.spamhaus.org"),
           ("codes", "SBL (a known spam source)")),
          "203.0.113.45 is listed on Spamhaus: SBL (a known spam source).", "problem"),
    Check("blocklist", "45.113.0.203.b.barracudacentral.org", "NXDOMAIN", "bl.clean",
          (("ip", "203.0.113.45"), ("list", "Barracuda")), "203.0.113.45 is not listed on Barracuda.", "ok"),
    Check("blocklist", "45.113.0.203.bl.spamcop.net", "127.255.255.254", "bl.refused_public_resolver",
          (("ip", "203.0.113.45"), ("list", "SpamCop")), "SpamCop refused to answer a public resolver.", "unknown"),
    Check("mx", "example.net", "10 mx1.example.net, 20 mx2.example.net", "mx.present",
          (("domain", "example.net"), ("servers", "mx1.example.net, mx2.example.net")),
          "example.net has mail servers.", "ok"),
), None)

TYPO_RESULT = LiveResult(WHEN, (
    Check("mx", "gmial.com", "NXDOMAIN", "mx.nxdomain", (("domain", "gmial.com"),),
          "gmial.com does not exist: the address is mistyped.", "problem"),
    Check("mx", "gmail.com", "5 gmail-smtp-in.l.google.com", "typo.ok",
          (("domain", "gmail.com"), ("typed", "gmial.com"), ("servers", "gmail-smtp-in.l.google.com")),
          "gmail.com receives mail.", "ok"),
), None)

NO_NETWORK = LiveResult(WHEN, (), "The DNS query timed out: no resolver answered.")

UNKNOWN_CODE = LiveResult(WHEN, (
    Check("mx", "example.net", "?", "mx.something_new", (), "A sentence only the engine knows.", "unknown"),
), None)
