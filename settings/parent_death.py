"""A child process that dies with its parent, in the lowest layer so every layer can use it.

`die_with_parent()` asks Linux (prctl PR_SET_PDEATHSIG) to send the calling process a signal
when its parent dies, so that a pool worker or a bench sub-process never runs on after its
parent was killed with SIGKILL (which leaves no chance to clean up). Elsewhere it does nothing.
Call it in the child: a pool's initializer, or a subprocess's `preexec_fn`.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1   # <linux/prctl.h>


def die_with_parent(signum: int = signal.SIGTERM) -> None:
    """Ask Linux to send `signum` to this process when its parent dies (no-op elsewhere)."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)
    if os.getppid() != parent:   # the parent died before the call: nobody would send it
        os.kill(os.getpid(), signum)
