"""A real SMTP server on loopback for tests that send e-mail (aiosmtpd)."""

from __future__ import annotations

import socket
import threading
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any


class Inbox:
    """Collects what the SMTP server receives; ``delay`` makes each delivery slow."""

    def __init__(self) -> None:
        self.envelopes: list[Any] = []
        self.delay = 0.0
        self._lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.delay:
            time.sleep(self.delay)  # holds the sender's transaction open, as a slow relay would
        with self._lock:
            self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    @property
    def messages(self) -> list[EmailMessage]:
        return [message_from_bytes(e.content, policy=policy.default) for e in self.envelopes]

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m, e in zip(self.messages, self.envelopes, strict=True)
                if address in e.rcpt_tos]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def text_and_html(message: EmailMessage) -> tuple[str, str]:
    """The plain-text and the HTML body of a digest."""
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    return (plain.get_content() if plain else "", html.get_content() if html else "")
