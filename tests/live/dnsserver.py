"""A DNS server for the tests: UDP on 127.0.0.1, a free port, answering from zone data the test writes.

Built from dnspython's own classes (dns.zone for the data, dns.message to read queries and make
responses). ``silent=True`` makes a server that reads queries and never answers (for timeouts).
"""

from __future__ import annotations

import socket
import threading

import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdatatype
import dns.zone

_HEAD = "@ 3600 IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60\n@ 3600 IN NS ns.test.\n"


class DnsServer:
    def __init__(self, records: str = "", silent: bool = False) -> None:
        """``records``: zone file lines with absolute names, e.g. "example.com. 60 IN MX 10 mx.example.com."."""
        self.zone = dns.zone.from_text(_HEAD + records, origin=dns.name.root, relativize=False, check_origin=False)
        self.silent = silent
        self.queries: list[tuple[str, str]] = []  # (name, type) in the order asked
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def answer(self, wire: bytes) -> bytes:
        query = dns.message.from_wire(wire)
        q = query.question[0]
        self.queries.append((q.name.to_text(omit_final_dot=True).lower(), dns.rdatatype.to_text(q.rdtype)))
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA | dns.flags.RA
        rdataset = self.zone.get_rdataset(q.name, q.rdtype)
        if rdataset is not None:
            rrset = response.find_rrset(response.answer, q.name, q.rdclass, q.rdtype, create=True)
            rrset.update(rdataset)
        elif not any(n.is_subdomain(q.name) for n in self.zone.nodes):  # no such name, nor any below it
            response.set_rcode(dns.rcode.NXDOMAIN)
        return response.to_wire()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                wire, peer = self.sock.recvfrom(65535)
            except TimeoutError:
                continue
            except OSError:
                return
            if self.silent:
                q = dns.message.from_wire(wire).question[0]
                self.queries.append((q.name.to_text(omit_final_dot=True).lower(), dns.rdatatype.to_text(q.rdtype)))
            else:
                self.sock.sendto(self.answer(wire), peer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()
