"""Stopping on SIGTERM or Ctrl-C, one policy for every command: the first signal stops
gracefully (the run is marked interrupted, temp files go), a second ends the process at once
with status 128 + N (130 for SIGINT, 143 for SIGTERM).

`StopSignals` is the policy; how the first signal stops is the caller's choice:
- `interrupt_on_signal()` raises `Interrupted` where the code is, so that `finally` blocks
  clean up (worker pools terminated, temp files removed): a rebuild, the bench, the corpus
  catch-up after a crawl.
- `noting_signals()` only notes it, for code that checks between its phases: the crawl runner
  installs it first thing, so a signal before Scrapy's handlers exist still marks the run.
- During the Scrapy part of a crawl Scrapy's own handlers act (first signal: close the spiders
  gracefully, second: stop the reactor); `bound_graceful_stop` notes the signal in the same
  `StopSignals` and bounds the graceful close, whose in-flight downloads could otherwise run
  to their 60 s timeout.
After either block, once a signal came, any further one ends the process at once.
The clean-up after `Interrupted` is bounded too (CLEANUP_SECONDS): should it hang (a worker pool
whose terminate waits on a lock a signal left held, a stuck thread), the process says so in one
line, runs its last words and ends with the same status.
`die_with_parent` makes a child process get SIGTERM when its parent dies.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from typing import Any

# One definition, in the lowest layer; the runner imports it from here with the other stop tools.
from settings.parent_death import die_with_parent as die_with_parent

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# Seconds Scrapy may spend closing the spiders after the first signal before the reactor is
# stopped anyway (the whole stop must take under 10 s).
GRACE_SECONDS = 4.0
# Seconds the clean-up after `Interrupted` may take before the process ends anyway: a pool's
# terminate and a temp file's removal take well under one, but the bench waits for its crawl
# child's own bounded stop (GRACE_SECONDS and its close: over 6 s at load 7). Under the 10 s
# a whole stop may take.
CLEANUP_SECONDS = 8.0

Handler = Callable[[int, Any], None]


class Interrupted(BaseException):
    """The process received SIGINT or SIGTERM; `signum` says which. A BaseException, like
    KeyboardInterrupt: no ``except Exception`` on its way (a migration, a bench stage) may
    turn a stop into an error."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum = signum

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


class StopSignals:
    """The signals received so far, and the handler that applies the policy to the next."""

    def __init__(self) -> None:
        self.received: list[int] = []
        self._owner = os.getpid()
        # Run before a second signal, or the clean-up's bound, ends the process (quick, best
        # effort): a rebuild removes its temp corpus; the crawl runner
        # marks its run interrupted here, as the parent's death (a bench stopped by two Ctrl-Cs)
        # can send that second signal after the reactor stopped, before the run was marked.
        self.last_words: Callable[[], None] | None = None

    def handler(self, *, raise_first: bool) -> Handler:
        def handle(signum: int, _frame: Any) -> None:
            # A second signal, or one to a process forked with this handler (Pool.terminate
            # sends SIGTERM): end now, as the default action would, without a traceback.
            if self.received or os.getpid() != self._owner:
                self._exit(signum, last_words=os.getpid() == self._owner)
            self.received.append(signum)
            if raise_first:
                self._bound_cleanup(signum)
                raise Interrupted(signum)

        return handle

    def _bound_cleanup(self, signum: int) -> None:
        """End the process CLEANUP_SECONDS from now if it is still here (a daemon thread: a
        process that finished its clean-up exits without waiting for it)."""
        timer = threading.Timer(CLEANUP_SECONDS, self._end_now, (signum,))
        timer.daemon = True
        timer.start()

    def _end_now(self, signum: int) -> None:
        sys.stderr.write(f"stopping took over {CLEANUP_SECONDS:g} s: ending at once\n")
        if sys.flags.dev_mode or os.environ.get("PYTHONFAULTHANDLER"):   # asked for: where
            faulthandler.dump_traceback(all_threads=True)
        self._exit(signum)

    def _exit(self, signum: int, *, last_words: bool = True) -> None:
        """End the process now, as signal `signum`'s default action would, the last words said
        first (quick, best effort; not in a forked child, whose parent says them)."""
        if last_words and self.last_words:
            with suppress(BaseException):
                self.last_words()
        sys.stderr.flush()
        os._exit(128 + signum)

    def install(self, *, raise_first: bool = False) -> dict[int, Any]:
        """Handle SIGINT and SIGTERM from now on; returns the handlers this replaced."""
        handle = self.handler(raise_first=raise_first)
        return {number: signal.signal(number, handle) for number in STOP_SIGNALS}


@contextmanager
def _handling(stops: StopSignals | None, *, raise_first: bool) -> Iterator[StopSignals]:
    stops = stops if stops is not None else StopSignals()
    previous = stops.install(raise_first=raise_first)
    try:
        yield stops
    finally:
        if stops.received:   # stopping: from here until the process is gone, at once
            stops.install()
        else:
            for number, old in previous.items():
                signal.signal(number, old)


def interrupt_on_signal(stops: StopSignals | None = None
                        ) -> AbstractContextManager[StopSignals]:
    """Within the block the first SIGINT/SIGTERM raises `Interrupted`; a second one (or any
    after the block, once one came) exits at once. Without a signal the previous handlers
    come back after the block."""
    return _handling(stops, raise_first=True)


def noting_signals(stops: StopSignals | None = None) -> AbstractContextManager[StopSignals]:
    """Within the block the first SIGINT/SIGTERM is noted in `received` (the caller checks
    it); a second one exits at once."""
    return _handling(stops, raise_first=False)


def bound_graceful_stop(reactor: Any, stops: StopSignals) -> None:
    """Call when the reactor runs, after Scrapy installed its handlers: wrap them so that a
    signal is noted in `stops` and the reactor stops GRACE_SECONDS later at the latest. A
    signal noted before Scrapy's handlers existed starts the graceful stop now."""
    scrapy_handlers: dict[int, Any] = {int(number): signal.getsignal(number)
                                       for number in STOP_SIGNALS}

    def scrapy(signum: int, frame: Any) -> None:
        if callable(scrapy_handlers[signum]):
            scrapy_handlers[signum](signum, frame)

    def graceful(signum: int, frame: Any) -> None:
        reactor.callFromThread(reactor.callLater, GRACE_SECONDS, _stop, reactor)
        scrapy(signum, frame)

    def handler(signum: int, frame: Any) -> None:
        first = not stops.received
        stops.received.append(signum)
        (graceful if first else scrapy)(signum, frame)

    for number in STOP_SIGNALS:
        signal.signal(number, handler)
    if stops.received:
        graceful(stops.received[0], None)


def _stop(reactor: Any) -> None:
    if reactor.running:
        reactor.stop()
