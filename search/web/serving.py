"""Serve the site with waitress in several processes sharing one listening socket.

A search page is CPU work in Python: one process uses one core whatever its
threads. The parent opens the socket, forks ``workers`` children that each run
waitress on it (the kernel hands each connection to one of them), restarts a
child that dies, and stops them all on SIGINT or SIGTERM; a child whose parent
is killed outright (SIGKILL) stops too. Each child opens its
own searchers and caches, and answers one search before it serves (the facet
columns are read then, not while a user waits); the URL is the whole state of a search, so any
child can answer any request.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from typing import Any

from search.processes import die_with_parent

#: Threads per process: requests waiting on I/O (slow clients) do not block the others.
THREADS_PER_WORKER = 4
#: Children dying this many times within ``CRASH_WINDOW`` seconds stop the server (a crash loop).
MAX_QUICK_DEATHS = 5
CRASH_WINDOW = 10.0


def _run_child(make_app: Callable[[], Any], sock: socket.socket, threads: int) -> None:
    import waitress

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    app = make_app()
    warm_up(app)
    waitress.serve(app, sockets=[sock], threads=threads, ident="depeches")


def warm_up(app: Any) -> None:
    """Answer one search before serving, so the facet columns of the index are read before any user waits."""
    app.test_client().get("/")


def _start_child(make_app: Callable[[], Any], sock: socket.socket, threads: int) -> int:
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child never returns
        try:
            die_with_parent(parent, signal.SIGTERM)
            _run_child(make_app, sock, threads)
        finally:
            os._exit(1)
    return pid


def serve_workers(make_app: Callable[[], Any], host: str, port: int, workers: int, threads: int = THREADS_PER_WORKER) -> None:
    """Serve ``make_app()`` on ``host:port`` from ``workers`` processes until interrupted.

    With one worker, waitress runs in this process (no fork).
    """
    if workers <= 1:
        import waitress

        app = make_app()
        warm_up(app)
        waitress.serve(app, host=host, port=port, threads=threads * 2, ident="depeches")
        return
    sock = socket.create_server((host, port), reuse_port=False, backlog=1024)
    sock.setblocking(False)
    children: set[int] = set()
    deaths: list[float] = []
    stopping = False

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    for _ in range(workers):
        children.add(_start_child(make_app, sock, threads))
    while children:
        try:
            pid, _ = os.wait()
        except ChildProcessError:
            break
        if pid not in children:
            continue
        children.discard(pid)
        if stopping:
            continue
        now = time.monotonic()
        deaths = [t for t in deaths if now - t < CRASH_WINDOW] + [now]
        if len(deaths) >= MAX_QUICK_DEATHS:
            print(f"Les processus du serveur s'arrêtent en boucle ({len(deaths)} en {CRASH_WINDOW:.0f} s) : arrêt.", file=sys.stderr)
            stop(signal.SIGTERM, None)
            continue
        print(f"Processus du serveur {pid} arrêté : il est remplacé.", file=sys.stderr)
        children.add(_start_child(make_app, sock, threads))
    sock.close()
