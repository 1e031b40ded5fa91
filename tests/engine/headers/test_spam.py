"""The spam filters' values decoded: Microsoft's, SpamAssassin's and others'."""

from __future__ import annotations

from bounce_doctor.engine.headers.spam import decode


def test_microsoft_verdicts() -> None:
    got = {v.key: v for v in decode(
        "X-Forefront-Antispam-Report",
        "CIP:192.0.2.1;CTRY:US;LANG:en;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:x;PTR:mail.example.com;CAT:PHSH;SFTY:9.25;"
        "SFS:(1);DIR:INB;")}
    assert "marked as spam" in got["SCL"].meaning
    assert got["SCL"].severity == "problem"
    assert "filtered as spam" in got["SFV"].meaning
    assert "phishing" in got["CAT"].meaning
    assert got["CIP"].value == "192.0.2.1"
    assert got["CTRY"].value == "US"
    assert got["PTR"].value == "mail.example.com"
    assert "incoming" in got["DIR"].meaning
    assert "safety tip" in got["SFTY"].meaning
    bcl = decode("X-Microsoft-Antispam", "BCL:7;")[0]
    assert bcl.key == "BCL"
    assert "of 9" in bcl.meaning
    assert "high-confidence" in decode("X-Forefront-Antispam-Report", "SCL:9;")[0].meaning


def test_other_spam_filters() -> None:
    assert "not spam" in decode("X-Spam-Status", "No, score=-1.9 required=5.0 tests=BAYES_00")[0].meaning
    assert decode("X-Spam-Status", "Yes, score=9.1 required=5.0")[0].severity == "problem"
    assert decode("X-Spam-Flag", "YES")[0].meaning == "flagged as spam"
    assert decode("X-Barracuda-Spam-Score", "3.2")[0].value == "3.2"
    assert decode("X-Mimecast-Spam-Score", "12")[0].severity == "warning"
    pp = decode("X-Proofpoint-Spam-Details", "rule=notspam policy=default score=0 spamscore=0 phishscore=80")
    assert {v.key for v in pp} == {"rule", "phishscore"}
    assert decode("X-Spam-Status", "garbage") == []
