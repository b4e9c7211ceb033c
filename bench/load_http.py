"""Benchmark: the search site under load, at 2 and 8 concurrent connections (loopback only).

Usage: python bench/load_http.py [--count 100000] [--index DIR] [--seconds 20] [--concurrency 2,8]

Starts ``python -m search serve --port <free port> --index DIR`` (waitress, 8
threads) on 127.0.0.1, waits until it answers, warms it with a few searches,
then for each concurrency drives it for ``--seconds`` (at most 120) with that
many client threads, each on its own keep-alive ``http.client`` connection,
cycling through the query set's search page URLs (``/?q=...&speaker=...``).
Every request reads the whole page. Reports requests/second, p50/p95/p99
latency and the errors (any status other than 200, or an exception), then
stops the server. Bounded: a deadline per level and ``--max-requests`` per
level; the client and the server share the machine's cores.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import (  # noqa: E402
    add_corpus_arguments,
    ROOT, corpus_path, ensure_corpus, ensure_depeches_index, index_path, machine_line,
    markdown_table, ms, percentile,
)
from queries import ensure_queries  # noqa: E402

HOST = "127.0.0.1"
MAX_SECONDS = 120
STARTUP_SECONDS = 60
REQUEST_TIMEOUT = 60


def free_port() -> int:
    """A TCP port nobody listens on at this moment, on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Server:
    """The Dépêches site in a child process, stopped on exit."""

    def __init__(self, index_dir: Path, port: int, log: Path) -> None:
        self.port = port
        self.log_path = log
        self._log = open(log, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "search", "serve", "--host", HOST, "--port", str(port), "--index", str(index_dir)],
            cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT,
        )

    def wait_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited ({self.process.returncode}); see {self.log_path}")
            try:
                conn = http.client.HTTPConnection(HOST, self.port, timeout=5)
                conn.request("GET", "/")
                status = conn.getresponse().status
                conn.close()
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"the server did not answer within {STARTUP_SECONDS} s; see {self.log_path}")

    def rss_mb(self) -> float:
        try:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._log.close()


@dataclass
class LevelResult:
    concurrency: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)


def _worker(port: int, urls: list[str], start: int, deadline: float, budget: threading.Semaphore,
            result: LevelResult, lock: threading.Lock) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    position = start
    latencies: list[float] = []
    errors: list[str] = []
    while time.monotonic() < deadline and budget.acquire(blocking=False):
        url = urls[position % len(urls)]
        position += 1
        started = time.perf_counter()
        try:
            conn.request("GET", url)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{response.status} {url}")
            else:
                latencies.append(time.perf_counter() - started)
            if response.will_close:
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        except (OSError, http.client.HTTPException) as error:
            errors.append(f"{type(error).__name__} {url}")
            conn.close()
            conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    conn.close()
    with lock:
        result.latencies += latencies
        result.errors += len(errors)
        result.error_examples += errors[:3]


def run_level(port: int, urls: list[str], concurrency: int, seconds: float, max_requests: int) -> LevelResult:
    """Drive the server with ``concurrency`` connections for ``seconds`` (or ``max_requests``)."""
    result = LevelResult(concurrency)
    lock = threading.Lock()
    budget = threading.Semaphore(max_requests)
    started = time.monotonic()
    deadline = started + seconds
    stride = max(1, len(urls) // concurrency)
    threads = [
        threading.Thread(target=_worker, args=(port, urls, i * stride, deadline, budget, result, lock), daemon=True)
        for i in range(concurrency)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(seconds + REQUEST_TIMEOUT + 5)
    result.seconds = time.monotonic() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--seconds", type=float, default=20.0, help=f"duration of each level (max {MAX_SECONDS})")
    parser.add_argument("--concurrency", default="2,8", help="comma-separated connection counts (each 1-32)")
    parser.add_argument("--max-requests", type=int, default=20000, help="cap on requests per level")
    parser.add_argument("--warm", type=int, default=30, help="sequential warm-up requests before measuring")
    args = parser.parse_args()
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    levels = [min(32, max(1, int(c))) for c in args.concurrency.split(",") if c.strip()]

    corpus = args.corpus or ensure_corpus(corpus_path(args.count), args.count)
    index_dir = args.index or index_path(corpus)
    ensure_depeches_index(corpus, index_dir)
    queries, queries_file = ensure_queries(corpus, args.queries)
    urls = [q.url() for q in queries]

    port = free_port()
    server = Server(index_dir, port, index_dir.with_name(index_dir.name + f".serve-{port}.log"))
    results: list[LevelResult] = []
    try:
        server.wait_ready()
        warm = run_level(port, urls, 1, MAX_SECONDS, min(args.warm, len(urls)))
        for concurrency in levels:
            results.append(run_level(port, urls, concurrency, seconds, args.max_requests))
        rss = server.rss_mb()
    finally:
        server.stop()

    print(f"Index: {index_dir}; URLs: the {len(urls)} queries of {queries_file}, cycled")
    print(machine_line())
    print(f"Server: python -m search serve (waitress, 8 threads) on {HOST}:{port}, pid {server.process.pid}, "
          f"RSS at the end {rss:.0f} MB; client: Python threads with http.client keep-alive, same machine.")
    print(f"Warm-up: {len(warm.latencies)} sequential requests ({warm.errors} errors), p50 {ms(percentile(warm.latencies, 50))} ms.")
    print()
    rows = []
    for r in results:
        done = len(r.latencies) + r.errors
        rows.append([r.concurrency, f"{r.seconds:.1f}", done, f"{done / r.seconds:.1f}", ms(percentile(r.latencies, 50)),
                     ms(percentile(r.latencies, 95)), ms(percentile(r.latencies, 99)), r.errors])
    print(markdown_table(["connections", "seconds", "requests", "requests/s", "p50 ms", "p95 ms", "p99 ms", "errors"], rows))
    examples = [e for r in results for e in r.error_examples][:5]
    for example in examples:
        print(f"- error: {example}")
    if examples:
        print(f"Server log kept: {server.log_path}")
    elif os.environ.get("DEPECHES_BENCH_KEEP_LOG") is None:
        server.log_path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
