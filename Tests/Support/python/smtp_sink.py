"""A real SMTP server on loopback for the email tests: aiosmtpd, with STARTTLS required.

Usage: smtp_sink.py OUT_DIR CERT KEY [--tempfail ADDRESS]... [--refuse ADDRESS]...
Prints the port it listens on, then runs until stdin closes. Each accepted message is written to OUT_DIR/N.eml, with
OUT_DIR/N.json telling whether the session was encrypted and its envelope. RCPT TO a --tempfail address gets 451, a
--refuse address 550.
"""
import json
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder, tempfail, refuse):
        self.folder, self.tempfail, self.refuse, self.count = folder, tempfail, refuse, 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.tempfail:
            return "451 4.3.0 Mailbox busy, try again later"
        if address.lower() in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.folder, str(self.count))
        with open(base + ".eml", "wb") as handle:
            handle.write(envelope.original_content)
        with open(base + ".json", "w") as handle:
            json.dump({"tls": session.ssl is not None, "from": envelope.mail_from, "to": envelope.rcpt_tos}, handle)
        return "250 Message accepted"


def main():
    folder, cert, key = sys.argv[1:4]
    rest, tempfail, refuse = sys.argv[4:], set(), set()
    while rest:
        flag, address, rest = rest[0], rest[1].lower(), rest[2:]
        (tempfail if flag == "--tempfail" else refuse).add(address)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    # aiosmtpd checks its server by connecting to the port it was given, so it needs a real one: a free one, found first.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Sink(folder, tempfail, refuse), hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True)
    controller.start()
    print(controller.port, flush=True)
    sys.stdin.read()
    controller.stop()


main()
