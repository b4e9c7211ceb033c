"""Crash safety: a real indexer killed (SIGKILL) at random points never breaks the served index.

Each round changes the corpus (some articles edited, some removed, some
added), starts ``python -m search index`` (a full ``--rebuild``, or an
incremental update), kills it at a random point of its work, and checks that the index
named by ``CURRENT`` opens and holds exactly the previous complete set of
articles or the new complete one, that no worker process of the killed build
survives it, and that rerunning the same command, with no manual step, yields
the new complete set.

The kill point is measured in CPU time used by the build and its workers, not
in wall time: a loaded machine slows a build down without changing how much
work it does, so the kills still fall inside the build.
"""

from __future__ import annotations

import hashlib
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from search.store import IndexStore

SEED = 6
ARTICLES = 400
KILLS = {"full": 8, "incremental": 8}
WORDS = ("le", "gouvernement", "a", "annoncé", "hier", "que", "les", "négociations", "sur", "budget", "à",
         "Genève", "après", "la", "grève", "des", "contrôleurs", "aériens", "selon", "porte-parole", "du", "ministère")


def _article(rng: random.Random, number: int) -> str:
    body = " ".join(rng.choice(WORDS) for _ in range(80))
    return f"Dépêche {number}\n\n{body} (version {rng.random():.6f}).\n"


def _snapshot(corpus: Path) -> dict[str, str]:
    """What a complete index of the corpus holds: id -> content hash."""
    return {path.stem: hashlib.sha256(path.read_bytes()).hexdigest() for path in corpus.glob("*.txt")}


def _change(corpus: Path, rng: random.Random, next_number: list[int]) -> None:
    """Edit, remove and add a few articles."""
    files = sorted(corpus.glob("*.txt"))
    for path in rng.sample(files, 30):
        path.write_text(_article(rng, int(path.stem[1:])), encoding="utf-8")
    for path in rng.sample(files, 15):
        path.unlink(missing_ok=True)
    for _ in range(15):
        (corpus / f"a{next_number[0]:05d}.txt").write_text(_article(rng, next_number[0]), encoding="utf-8")
        next_number[0] += 1


def _served(index: Path) -> dict[str, str]:
    """id -> content hash of the index CURRENT names, read with Whoosh."""
    with IndexStore(index).open().searcher() as searcher:
        served = {doc["id"]: doc["content_hash"] for doc in searcher.documents()}
        assert searcher.doc_count() == len(served), "an article is in the index twice"
    return served


def _command(index: Path, corpus: Path, kind: str) -> list[str]:
    args = [sys.executable, "-m", "search", "index", str(corpus), "--index", str(index), "--no-extraction"]
    return args + ["--rebuild"] if kind == "full" else args


def _session_members(session: int) -> list[int]:
    """Live processes of a session (the killed build and any worker it forked)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat_fields(entry)) and fields[0] != "Z" and int(fields[3]) == session:
            members.append(int(entry.name))
    return members


def _stat_fields(entry: Path) -> list[str] | None:
    """The fields of /proc/PID/stat after the command name (the first is the state), or None if it has gone."""
    try:
        stat = (entry / "stat").read_text()
    except OSError:
        return None
    return stat[stat.rindex(")") + 2 :].split()


def _session_cpu(session: int) -> float:
    """CPU seconds used so far by a session: its live processes and the children they have reaped."""
    ticks = 0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat_fields(entry)) and int(fields[3]) == session:
            ticks += sum(int(value) for value in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _wait_for_no_survivor(session: int, timeout: float = 1.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while (members := _session_members(session)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return members


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_run(command: list[str]) -> float:
    """Run a command to its end; the CPU seconds it and its workers used."""
    before = _children_cpu()
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return _children_cpu() - before


def _kill_after_cpu(process: subprocess.Popen, cpu_seconds: float) -> None:
    """SIGKILL a process once its session has used this much CPU time (unless it ends first)."""
    while process.poll() is None and _session_cpu(process.pid) < cpu_seconds:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find surviving workers")
def test_killed_builds_never_break_the_served_index(tmp_path):
    rng = random.Random(SEED)
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for number in range(ARTICLES):
        (corpus / f"a{number:05d}.txt").write_text(_article(rng, number), encoding="utf-8")
    next_number = [ARTICLES]
    # Kill points are drawn between the end of the imports (as much CPU as a --help) and the end of a build.
    startup_cpu = _cpu_run([sys.executable, "-m", "search", "--help"])
    build_cpu = {"full": _cpu_run(_command(index, corpus, "full"))}
    previous = _snapshot(corpus)
    assert _served(index) == previous
    _change(corpus, rng, next_number)
    build_cpu["incremental"] = _cpu_run(_command(index, corpus, "incremental"))
    previous = _snapshot(corpus)

    killed = {kind: 0 for kind in KILLS}
    mid_build = 0
    sessions: list[int] = []
    try:
        for kind, wanted in KILLS.items():
            for _ in range(3 * wanted):  # a build may end before its kill: that round does not count
                if killed[kind] == wanted:
                    break
                _change(corpus, rng, next_number)
                new = _snapshot(corpus)
                process = subprocess.Popen(
                    _command(index, corpus, kind), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    start_new_session=True,
                )
                sessions.append(process.pid)
                kill_at = rng.uniform(min(startup_cpu, build_cpu[kind]) * 0.8, build_cpu[kind] * 0.95)
                _kill_after_cpu(process, kill_at)
                process.wait()
                if process.returncode == -signal.SIGKILL:
                    killed[kind] += 1
                    mid_build += any(index.glob("tmp-*"))
                with IndexStore(index).build_lock():  # free at once: no worker of the dead build holds it
                    pass
                assert not _wait_for_no_survivor(process.pid), f"workers of the killed {kind} build survived it"
                served = _served(index)
                assert served == previous or served == new, f"{kind} build killed: the served index is partial"
                served_dir = IndexStore(index).current_dir()

                # The same command again, no manual step; its CPU time is the next kill window.
                build_cpu[kind] = _cpu_run(_command(index, corpus, kind))
                assert _served(index) == new
                assert not list(index.glob("tmp-*"))
                generations = set(index.glob("gen-*"))
                assert served_dir in generations  # kept for readers still on it
                assert len(generations) <= 2  # the current one and one previous
                previous = new
    finally:
        for session in sessions:  # never leave a process behind, even when an assertion failed
            for pid in _session_members(session):
                os.kill(pid, signal.SIGKILL)
    assert killed == KILLS, f"too few builds were killed before they finished: {killed}"
    assert mid_build >= 4, f"only {mid_build} kills hit a build while it was writing"
