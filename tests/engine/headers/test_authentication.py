"""A block's authentication: Received-SPF and ARC results, aligned and placed at their hop."""

from __future__ import annotations

from bounce_doctor.engine.headers import analyse

from .messages import message


def test_received_spf_and_arc() -> None:
    data = message(["from x.example ([192.0.2.1]) by mx.google.com; Mon, 1 Jan 2024 10:01:00 +0000"], extra=(
        "ARC-Authentication-Results: i=1; mx.google.com; dkim=pass header.i=@example.com; arc=none\n"
        "Received-SPF: softfail (mx.google.com: domain of transitioning a@other.example does not designate "
        "192.0.2.1 as permitted sender) client-ip=192.0.2.1;\n"))
    auth = analyse(data).authentication
    assert auth.spf is not None
    assert auth.spf.result == "softfail"
    assert auth.spf.domain == "other.example"
    assert auth.spf.aligned is False
    assert auth.spf.hop == 1
    assert auth.dkim[0].result == "pass"
    assert auth.dkim[0].aligned is True
    assert auth.arc is not None
    assert auth.arc.result == "none"
