"""The bounce's side: the hop that refused, and the sentence linking an authentication failure to it."""

from __future__ import annotations

from bounce_doctor.engine import diagnose
from bounce_doctor.engine.headers import analyse

from ...conftest import SAMPLES
from .messages import message


def test_alignment_and_the_auth_sentence() -> None:
    bounce = (
        b"From: MAILER-DAEMON@mx.example.org\nTo: alice@example.com\nSubject: Undelivered Mail\n"
        b"MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=B\n\n"
        b"--B\nContent-Type: text/plain\n\nYour message was rejected.\n\n"
        b"--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
        b"Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.7.26\n"
        b"Remote-MTA: dns; mx.example.net\n"
        b"Diagnostic-Code: smtp; 550 5.7.26 Unauthenticated email is not accepted\n\n"
        b"--B\nContent-Type: text/rfc822-headers\n\n"
        b"Authentication-Results: mx.example.net; spf=fail smtp.mailfrom=bounces.example.com;"
        b" dkim=fail header.d=example.com header.s=s1; dmarc=fail header.from=example.com\n"
        b"Received: from out.example.com (out.example.com [192.0.2.7]) by mx.example.net with ESMTPS id 1;"
        b" Mon, 1 Jan 2024 10:00:05 +0000\n"
        b"Received: from laptop by out.example.com with ESMTPSA id 2; Mon, 1 Jan 2024 10:00:01 +0000\n"
        b"DKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; h=from; bh=x; b=y\n"
        b"From: Alice <alice@example.com>\nTo: bob@example.net\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n--B--\n"
    )
    report = diagnose(bounce)
    a = analyse(bounce, report)
    p = a.primary
    assert p is not None
    assert p.source == "headers-part"
    auth = p.authentication
    assert auth.from_domain == "example.com"
    assert auth.spf is not None
    assert auth.spf.result == "fail"
    assert auth.spf.aligned is True
    assert auth.dkim[0].selector == "s1"
    assert auth.dkim[0].aligned is True
    assert auth.signatures[0].domain == "example.com"
    assert auth.dmarc_alignment_ok is False
    assert auth.spf.hop == 2
    assert auth.spf.checked_by == "mx.example.net"
    assert p.hops[1].stopped_here
    assert not p.hops[0].stopped_here
    assert a.sentence is not None
    said = str(a.sentence)  # in English
    assert "Your domain's DKIM signature failed at hop 2 (mx.example.net)" in said
    assert "SPF failed for bounces.example.com at hop 2" in said
    assert a.sentence.template == "Your domain's DKIM signature failed{where}."  # a phrase the window can translate


def test_no_sentence_for_other_bounces() -> None:
    data = message(["from x.example by a.example; Mon, 1 Jan 2024 10:01:00 +0000"],
                    extra="Authentication-Results: a.example; dkim=fail header.d=example.com\n")
    assert analyse(data, diagnose(data)).sentence is None


def test_the_auth_failure_sample_has_the_sentence_the_window_shows() -> None:
    data = (SAMPLES / "auth-failure.eml").read_bytes()
    assert str(analyse(data, diagnose(data)).sentence) == (
        "Your domain's DKIM signature failed at hop 3 (relay1.webhost.example). "
        "SPF failed for example.com at hop 3 (relay1.webhost.example). "
        "DMARC failed for example.com at hop 3 (relay1.webhost.example)."
    )
    data = (SAMPLES / "wrong-address.eml").read_bytes()
    assert analyse(data, diagnose(data)).sentence is None
