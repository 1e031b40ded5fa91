from __future__ import annotations

from collections.abc import Iterator

import pytest

from .dnsserver import DnsServer


@pytest.fixture
def dns_server() -> Iterator:
    """serve(records, silent=False) -> a DnsServer on 127.0.0.1, closed after the test."""
    servers: list[DnsServer] = []

    def serve(records: str = "", silent: bool = False) -> DnsServer:
        servers.append(DnsServer(records, silent))
        return servers[-1]

    yield serve
    for s in servers:
        s.close()
