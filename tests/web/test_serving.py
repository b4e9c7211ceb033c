"""The site served by several waitress processes on one socket: answers, restarts, stops."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVE = (
    "import sys; from search.web import create_app; from search.web.serving import serve_workers; "
    "serve_workers(lambda: create_app({'INDEX_DIR': sys.argv[1]}), '127.0.0.1', int(sys.argv[2]), 2)"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found |= {int(child) for child in children}
    return found


def _get(port: int, path: str) -> tuple[int, str]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def _wait_until_serving(port: int) -> None:
    deadline = time.monotonic() + 30
    while True:
        try:
            _get(port, "/aide")
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def served(news_store):
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVE, str(news_store.root), str(port)], cwd=ROOT)
    try:
        _wait_until_serving(port)
        yield process, port
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_two_processes_answer_searches(served):
    process, port = served
    assert len(_children(process.pid)) == 2
    for _ in range(20):
        status, body = _get(port, "/?q=geneve")
        assert status == 200 and "Genève" in body


def test_a_dead_worker_is_replaced_and_sigterm_stops_all(served):
    process, port = served
    first = _children(process.pid)
    os.kill(next(iter(first)), signal.SIGKILL)
    deadline = time.monotonic() + 10
    while len(_children(process.pid) - first) < 1 or len(_children(process.pid)) < 2:
        assert time.monotonic() < deadline, "the killed worker was not replaced"
        time.sleep(0.1)
    assert _get(port, "/?q=alep")[0] == 200
    workers = _children(process.pid)
    process.send_signal(signal.SIGTERM)
    assert process.wait(15) == 0
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]


def test_workers_stop_when_the_parent_is_killed_outright(served):
    process, port = served
    workers = _children(process.pid)
    process.kill()  # SIGKILL: the parent cannot stop its workers itself
    process.wait(10)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2] for pid in workers):
        assert time.monotonic() < deadline, "workers outlived their killed parent"
        time.sleep(0.1)
    with pytest.raises(OSError):
        _get(port, "/aide")
