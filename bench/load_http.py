"""Benchmark: the search site under load, at 2 and 8 concurrent connections (loopback only).

Usage: python bench/load_http.py [--count 100000] [--index DIR] [--seconds 20] [--concurrency 2,8]
       python bench/load_http.py --seconds 60 --concurrency 8,32        (the robustness load test)

Starts ``python -m search serve --workers N --port <free port> --index DIR``
on 127.0.0.1, waits until it answers, warms it with a few searches, then for
each concurrency drives it for ``--seconds`` (at most 120) with that many
keep-alive connections, cycling through the query set's search page URLs
(``/?q=...&speaker=...``): with Debian's ``wrk`` when installed (C, two
threads), else Python threads. Every request reads the whole page. Reports
requests/second, p50/p95/p99 latency, the errors (any status other than 200,
or a socket error) and the server's memory (all its processes, sampled every
half second), then stops the server. The client and the server share the
machine's cores.
"""

from __future__ import annotations

import argparse
import http.client
import os
import shutil
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

    def __init__(self, index_dir: Path, port: int, log: Path, workers: int) -> None:
        self.port = port
        self.log_path = log
        self._log = open(log, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "search", "serve", "--host", HOST, "--port", str(port), "--index", str(index_dir),
             "--workers", str(workers)],
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
        """Resident memory of the server and its worker processes together."""
        total = 0.0
        for pid in [self.process.pid, *_children(self.process.pid)]:
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
            except OSError:
                pass
        return total

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._log.close()


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(child) for child in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


class MemorySampler:
    """Samples the server's resident memory every half second; keeps the peak."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.peak = max(self.peak, self.server.rss_mb())

    def __enter__(self) -> "MemorySampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class LevelResult:
    concurrency: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)
    #: p50, p95, p99 as measured by wrk (the latencies list then only counts requests)
    wrk_percentiles: tuple[float, float, float] | None = None

    def percentiles(self) -> tuple[float, float, float]:
        if self.wrk_percentiles is not None:
            return self.wrk_percentiles
        return percentile(self.latencies, 50), percentile(self.latencies, 95), percentile(self.latencies, 99)


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


WRK_SCRIPT = """
local urls = {%s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", urls[(counter %% #urls) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d %%d\\n", summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), summary.duration, latency.max))
end
"""


def run_level_wrk(port: int, urls: list[str], concurrency: int, seconds: float, script: Path) -> LevelResult:
    """Drive the server with Debian's ``wrk`` (a C load generator, 2 threads) for ``seconds``."""
    script.write_text(WRK_SCRIPT % ", ".join(f'"{u}"' for u in urls), encoding="utf-8")
    command = ["wrk", f"-t{min(2, concurrency)}", f"-c{concurrency}", f"-d{int(seconds)}s", "--timeout", f"{REQUEST_TIMEOUT}s",
               "-s", str(script), f"http://{HOST}:{port}/"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    line = next(row for row in output.splitlines() if row.startswith("RESULT "))
    requests, socket_errors, status_errors, p50, p95, p99, duration_us, _ = (int(v) for v in line.split()[1:])
    result = LevelResult(concurrency, seconds=duration_us / 1e6)
    result.errors = socket_errors + status_errors
    result.latencies = [p50 / 1e6] * (requests - result.errors)  # percentiles come from wrk itself
    result.wrk_percentiles = (p50 / 1e6, p95 / 1e6, p99 / 1e6)
    if result.errors:
        result.error_examples.append(f"wrk: {socket_errors} socket errors, {status_errors} non-2xx responses")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_corpus_arguments(parser)
    parser.add_argument("--seconds", type=float, default=20.0, help=f"duration of each level (max {MAX_SECONDS})")
    parser.add_argument("--concurrency", default="2,8", help="comma-separated connection counts (each 1-32)")
    parser.add_argument("--max-requests", type=int, default=20000, help="cap on requests per level")
    parser.add_argument("--warm", type=int, default=30, help="sequential warm-up requests before measuring")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server processes")
    parser.add_argument("--client", choices=("python", "wrk"), default="wrk" if shutil.which("wrk") else "python",
                        help="load generator: Debian's wrk (default when installed) or Python threads")
    args = parser.parse_args()
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    levels = [min(32, max(1, int(c))) for c in args.concurrency.split(",") if c.strip()]

    corpus = args.corpus or ensure_corpus(corpus_path(args.count), args.count)
    index_dir = args.index or index_path(corpus)
    ensure_depeches_index(corpus, index_dir)
    queries, queries_file = ensure_queries(corpus, args.queries)
    urls = [q.url() for q in queries]

    port = free_port()
    server = Server(index_dir, port, index_dir.with_name(index_dir.name + f".serve-{port}.log"), args.workers)
    results: list[LevelResult] = []
    try:
        server.wait_ready()
        warm = run_level(port, urls, 1, MAX_SECONDS, min(args.warm, len(urls)))
        rss_before = server.rss_mb()
        with MemorySampler(server) as memory:
            for concurrency in levels:
                if args.client == "wrk":
                    script = index_dir.with_name(index_dir.name + f".wrk-{port}.lua")
                    results.append(run_level_wrk(port, urls, concurrency, seconds, script))
                    script.unlink(missing_ok=True)
                else:
                    results.append(run_level(port, urls, concurrency, seconds, args.max_requests))
        rss = server.rss_mb()
    finally:
        server.stop()

    print(f"Index: {index_dir}; URLs: the {len(urls)} queries of {queries_file}, cycled")
    print(machine_line())
    client = ("wrk (2 threads, keep-alive)" if args.client == "wrk" else "Python threads with http.client keep-alive")
    print(f"Server: python -m search serve --workers {args.workers} (waitress) on {HOST}:{port}; memory of all its "
          f"processes: {rss_before:.0f} MB after warm-up, peak {memory.peak:.0f} MB under load, {rss:.0f} MB at the end. "
          f"Client: {client}, same machine.")
    print(f"Warm-up: {len(warm.latencies)} sequential requests ({warm.errors} errors), p50 {ms(percentile(warm.latencies, 50))} ms.")
    print()
    rows = []
    for r in results:
        done = len(r.latencies) + r.errors
        p50, p95, p99 = r.percentiles()
        rows.append([r.concurrency, f"{r.seconds:.1f}", done, f"{done / r.seconds:.1f}", ms(p50), ms(p95), ms(p99), r.errors])
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
