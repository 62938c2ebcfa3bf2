"""Stopping on SIGTERM or Ctrl-C: soon after the first signal, at once after the second.

During the Scrapy part of a crawl Scrapy's own handlers act (first signal: close the spiders
gracefully, second: stop the reactor); `bound_graceful_stop` adds a deadline to the graceful
close, whose in-flight downloads could otherwise run to their 60 s timeout. Outside Scrapy
(the corpus catch-up, a rebuild, the bench) `interrupt_on_signal` turns the first signal into
`Interrupted`, so that `finally` blocks clean up (worker pools terminated, temp files removed,
the run marked), and ends the process at once on the second. `die_with_parent` makes a child
process get SIGTERM when its parent dies, so nothing runs on after a killed parent.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# One definition, in the lowest layer; the runner imports it from here with the other stop tools.
from settings.parent_death import die_with_parent as die_with_parent

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Seconds Scrapy may spend closing the spiders after the first signal before the reactor is
# stopped anyway (the whole stop must take under 10 s).
GRACE_SECONDS = 4.0


class Interrupted(Exception):
    """The process received SIGINT or SIGTERM; `signum` says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


@contextmanager
def interrupt_on_signal() -> Iterator[None]:
    """Within the block, the first SIGINT/SIGTERM raises `Interrupted`; a second one exits
    the process at once (status 128 + signal). The previous handlers come back after."""
    received: list[int] = []
    owner = os.getpid()

    def handler(signum: int, _frame: Any) -> None:
        # A second signal, or one to a worker forked inside the block (Pool.terminate sends
        # SIGTERM): end the process now, as the default handler would, without a traceback.
        if received or os.getpid() != owner:
            os._exit(128 + signum)
        received.append(signum)
        raise Interrupted(signum)

    previous = {number: signal.signal(number, handler) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, old in previous.items():
            signal.signal(number, old)


def bound_graceful_stop(reactor: Any, received: list[int]) -> None:
    """Call when the reactor runs, after Scrapy installed its handlers: wrap them so that a
    signal is noted in `received` and the reactor stops GRACE_SECONDS later at the latest."""
    def wrap(number: int) -> None:
        scrapy_handler = signal.getsignal(number)

        def handler(signum: int, frame: Any) -> None:
            if not received:
                reactor.callFromThread(reactor.callLater, GRACE_SECONDS, _stop, reactor)
            received.append(signum)
            if callable(scrapy_handler):
                scrapy_handler(signum, frame)

        signal.signal(number, handler)

    for number in STOP_SIGNALS:
        wrap(number)


def _stop(reactor: Any) -> None:
    if reactor.running:
        reactor.stop()
