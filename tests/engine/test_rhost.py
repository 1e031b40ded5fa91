"""Provider tables: a provider's documented wording decides before the generic phrases."""

from __future__ import annotations

import time

from bounce_doctor.engine import rules
from bounce_doctor.engine.rhost import provider_for, provider_reason


def test_provider_by_recipient_domain() -> None:
    p = provider_for(None, "someone@orange.fr")
    assert p is not None
    assert p.name == "FrancePTT"


def test_provider_by_remote_host_suffix() -> None:
    p = provider_for("mx1.example.mail.protection.outlook.com", "a@example.com")
    assert p is not None
    assert p.name == "Microsoft"


def test_france_ptt_blocked_ip_beats_spam_wording() -> None:
    text = "550 mwinf ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues."
    assert provider_reason(text, address="x@orange.fr") == "blocked"


def test_docomo_unknown_user_after_data_is_a_refused_sender() -> None:
    assert provider_reason("550 Unknown user a@docomo.ne.jp", address="a@docomo.ne.jp", command="DATA") == "rejected"


def test_unknown_provider_gives_nothing() -> None:
    assert provider_reason("550 5.1.1 User unknown", remote_mta="mx.example.org", address="a@example.org") is None


def test_patterns_are_linear_on_large_inputs() -> None:
    blob = ("a " * 500_000) + ("too many " * 1000)
    for rule in rules.default_rules().rules:
        rx = rules.compiled(rule.match)
        t0 = time.perf_counter()
        rx.search(blob)
        assert time.perf_counter() - t0 < 0.5, rule.id
