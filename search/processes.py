"""Child processes that do not outlive their parent (Linux ``PR_SET_PDEATHSIG``).

A build's worker processes and the site's server processes are forked; if the
parent is killed (SIGKILL cannot be caught), they would keep running, blocked
on a work queue or still serving an old index. A child calls
:func:`die_with_parent` right after the fork.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None


def die_with_parent(parent_pid: int, signum: int = signal.SIGKILL) -> None:
    """Have the kernel send ``signum`` to this process when its parent dies.

    ``parent_pid`` is the forking process: if it died before this call, exit now.
    Does nothing where the kernel offers no such request (not Linux).
    """
    if _LIBC is None:
        return
    _LIBC.prctl(_PR_SET_PDEATHSIG, signum)
    if os.getppid() != parent_pid:
        os._exit(1)
