"""One run, one table: how fast seedlint is on generated corpora, against a floor.

    python bench/run.py [--sizes 1000,10000] [--work DIR] [--proselint PATH] [--repeat 7]

Measures, with the full default rule set (whatever is in ``rules/`` now):

* throughput on each corpus size (docs/s, MB/s of digest text) with ``--jobs 1`` and the
  default ``--jobs`` (one worker per core);
* the floor on the same files: a Python process that reads every digest and runs one
  compiled pattern for citations, one for capitalised names and one for numbers, with 1
  and 2 processes; seedlint's time divided by the 2-process floor is the figure to watch;
* wall time of ``seedlint one.txt`` on the median-sized digest (with its sidecar), next to
  ``python -c pass`` and ``python -c "import regex, yaml"`` (median of ``--repeat`` runs);
* the default run again with the result cache filled, and with 1% of the digests edited
  since it was filled (the everyday re-run);
* peak RSS of each seedlint run (the largest single process, from ``wait4``);
* proselint on the same files when ``--proselint`` names its executable (or it is on PATH);
* where the cold time goes, on the largest corpus: the default run with only the structural
  rules (``--select SL0,SL1``), then with the entity rule (``SL2``) added, then with the
  figure rules (``SL3``) instead (``--no-breakdown`` skips these three runs).

Prints one Markdown table, headed by the machine (``nproc``, CPU model, Python version).
Timings are wall clock; output goes to ``/dev/null`` (the text format is still rendered).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

FLOOR = r"""
import os, sys, regex
from multiprocessing import Pool

CITE = regex.compile(r"\[[0-9a-f]{8}(?:[,;]\s*[0-9a-f]{8})*\]")
NAME = regex.compile(r"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*")
NUM = regex.compile(r"[$€£]?\d[\d,.]*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b")

def one(path):
    with open(path, "rb") as fh:
        text = fh.read().decode("utf-8")
    return len(CITE.findall(text)) + len(NAME.findall(text)) + len(NUM.findall(text))

def files(root):
    out = []
    for d, _, names in os.walk(root):
        out += [os.path.join(d, n) for n in sorted(names) if n.endswith(".txt")]
    return sorted(out)

if __name__ == "__main__":
    paths = files(sys.argv[1])
    n = int(sys.argv[2])
    if n == 1:
        total = sum(map(one, paths))
    else:
        with Pool(n) as pool:
            total = sum(pool.imap(one, paths, chunksize=64))
    print(total)
"""


@dataclass
class Run:
    seconds: float
    rss_mb: float
    code: int


GNU_TIME = Path("/usr/bin/time")


def timed(cmd: list[str], cwd: Path | None = None) -> Run:
    """Wall time and peak RSS of ``cmd`` (the largest single process: the parent or a
    worker). RSS comes from GNU ``time -f %M`` when present: a ``wait4`` straight from
    this process would count this process's own pages, copied into the child before
    ``exec``, as the child's."""
    fd, report = tempfile.mkstemp(prefix="seedlint-bench-")
    os.close(fd)
    full = [str(GNU_TIME), "-f", "%M", "-o", report, *cmd] if GNU_TIME.exists() else cmd
    start = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = code = os.waitstatus_to_exitcode(status)  # time passes it on
    rss_kb = float(usage.ru_maxrss)
    try:
        words = Path(report).read_text().split()
        if GNU_TIME.exists() and words and words[-1].isdigit():
            rss_kb = float(words[-1])
    finally:
        os.unlink(report)
    return Run(seconds, rss_kb / 1024, code)


def median_run(
    cmd: list[str],
    repeat: int,
    cwd: Path | None = None,
    before: Callable[[], None] | None = None,
) -> Run:
    runs = []
    for _ in range(repeat):
        if before is not None:
            before()
        runs.append(timed(cmd, cwd))
    return Run(
        statistics.median(r.seconds for r in runs), max(r.rss_mb for r in runs), runs[0].code
    )


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def nproc() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def seedlint_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "seedlint"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "seedlint"]


def corpus(work: Path, n: int, big: Path | None) -> Path:
    """``n`` digests: generated once for the largest size, hard-linked for smaller ones."""
    folder = work / f"corpus_{n}"
    if folder.is_dir() and len(list(folder.glob("*.txt"))) == n:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    if big is None:
        generate(folder, n, seed=1)
        return folder
    folder.mkdir(parents=True)
    for digest in sorted(big.glob("*.txt"))[:n]:
        for f in (digest, digest.with_name(digest.stem + ".sources.yaml")):
            os.link(f, folder / f.name)
    return folder


def text_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6


def warm(folder: Path) -> None:
    """Read every file once, so that no run pays for the disk (the first would otherwise)."""
    for p in folder.iterdir():
        if p.is_file():
            p.read_bytes()


def fastest(cmd: list[str], times: int = 3) -> Run:
    """The fastest of ``times`` runs: for the floor, short enough to be noisy."""
    return min((timed(cmd) for _ in range(times)), key=lambda r: r.seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes (comma-separated)")
    ap.add_argument("--work", type=Path, help="where corpora are written (default: a temp dir)")
    ap.add_argument("--proselint", help="proselint executable (default: from PATH, if any)")
    ap.add_argument("--proselint-files", type=int, default=1000, help="files given to proselint")
    ap.add_argument("--repeat", type=int, default=7, help="runs per start-up measurement")
    ap.add_argument(
        "--no-breakdown",
        action="store_true",
        help="skip the cold runs with only some of the rules (where the time goes)",
    )
    a = ap.parse_args()
    # The runs keep their cache in the folder they run in, where this script looks for it;
    # a cache folder named by the environment would be shared and never found here.
    os.environ.pop("SEEDLINT_CACHE_DIR", None)
    sizes = sorted(int(s) for s in a.sizes.split(","))
    work = a.work or Path(tempfile.mkdtemp(prefix="seedlint-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    largest = corpus(work, sizes[-1], None)
    folders = {n: (largest if n == sizes[-1] else corpus(work, n, largest)) for n in sizes}
    floor_py = work / "floor.py"
    floor_py.write_text(FLOOR)
    sl = seedlint_cmd()
    py = sys.executable
    rows: list[tuple[str, ...]] = []

    def row(what: str, n: int | str, mb: float | None, r: Run, floor2: float | None) -> None:
        docs = f"{n / r.seconds:,.0f}" if isinstance(n, int) and n > 1 else ""
        mbs = f"{mb / r.seconds:.2f}" if mb else ""
        ratio = f"{r.seconds / floor2:.1f}×" if floor2 else ""
        rows.append(
            (
                what,
                f"{n:,}" if isinstance(n, int) else n,
                f"{r.seconds * 1000:,.0f}" if r.seconds < 1 else f"{r.seconds:.2f} s",
                docs,
                mbs,
                ratio,
                f"{r.rss_mb:.0f}",
            )
        )

    for n in sizes:
        folder = folders[n]
        mb = text_mb(folder)
        warm(folder)
        f1 = fastest([py, str(floor_py), str(folder), "1"])
        f2 = fastest([py, str(floor_py), str(folder), "2"])
        row(f"floor, 1 process ({n:,})", n, mb, f1, None)
        row(f"floor, 2 processes ({n:,})", n, mb, f2, f2.seconds)
        base = [*sl, str(folder), "-q", "--fail-on", "never"]
        for label, extra in (("--jobs 1", ["--jobs", "1"]), ("default jobs", [])):
            r = timed([*base, *extra, "--no-cache"], cwd=work)
            if r.code != 0:
                raise SystemExit(f"seedlint exited {r.code} on {folder} ({label})")
            row(f"seedlint {label}, cold ({n:,})", n, mb, r, f2.seconds)
        # The same run again with the result cache: once to fill it, once to measure.
        shutil.rmtree(work / ".seedlint_cache", ignore_errors=True)
        timed(base, cwd=work)
        row(f"seedlint default jobs, warm cache ({n:,})", n, mb, timed(base, cwd=work), f2.seconds)
        # The everyday case between the two: a re-run after editing a few of the digests.
        edited = sorted(folder.glob("*.txt"))[::100]
        saved = {f: f.read_bytes() for f in edited}
        try:
            for f in edited:
                f.write_bytes(saved[f] + b"\nThe editors revised this digest on Monday.\n")
            r = timed(base, cwd=work)
        finally:
            for f, data in saved.items():
                f.write_bytes(data)
        row(
            f"seedlint default jobs, {len(edited):,} of {n:,} edited since the last run",
            n,
            mb,
            r,
            f2.seconds,
        )
        if n == sizes[-1] and not a.no_breakdown:
            # Where the cold time goes: the same run with some rule groups only (codes
            # SL0xx/SL1xx: citations and wording; SL2xx: entities; SL3xx: figures).
            for what, select in (
                ("structural rules only", "SL0,SL1"),
                ("structural + entity rules", "SL0,SL1,SL2"),
                ("structural + figure rules", "SL0,SL1,SL3"),
            ):
                r = timed([*base, "--no-cache", "--select", select], cwd=work)
                if r.code != 0:
                    raise SystemExit(f"seedlint exited {r.code} on {folder} ({select})")
                row(f"seedlint default jobs, cold, {what} ({n:,})", n, mb, r, f2.seconds)

    prose = a.proselint or shutil.which("proselint")
    if prose:
        k = min(a.proselint_files, sizes[0])
        pfolder = corpus(work, k, largest) if k != sizes[0] else folders[sizes[0]]
        only = work / f"prose_{k}"
        if not only.is_dir():  # proselint gets the digests only, not the sidecars
            only.mkdir()
            for f in sorted(pfolder.glob("*.txt")):
                os.link(f, only / f.name)
        r = timed([prose, "check", "-o", "compact", str(only)], cwd=work)
        row(f"proselint ({k:,})", k, text_mb(only), r, None)
        same = [*sl, str(pfolder), "-q", "--fail-on", "never"]
        sr = timed([*same, "--no-cache"], cwd=work)
        row(f"seedlint default jobs, cold ({k:,}, same files)", k, text_mb(pfolder), sr, None)
        timed(same, cwd=work)  # fill the result cache (proselint has none)
        warm_run = timed(same, cwd=work)
        row(f"seedlint default jobs, warm cache ({k:,}, same files)", k, None, warm_run, None)
        for what, mine in (("cold", sr), ("warm cache", warm_run)):
            ratio = f"{r.seconds / mine.seconds:.1f}×"
            rows.append(
                (f"seedlint / proselint throughput, {what} ({k:,})", "", "", ratio, "", "", "")
            )

    first = folders[sizes[0]]
    by_size = sorted(first.glob("*.txt"), key=lambda p: (p.stat().st_size, p.name))
    median = by_size[len(by_size) // 2]
    single = work / "single"
    shutil.rmtree(single, ignore_errors=True)
    single.mkdir()
    shutil.copy(median, single / "one.txt")
    shutil.copy(median.with_name(median.stem + ".sources.yaml"), single / "one.sources.yaml")
    size_kb = (single / "one.txt").stat().st_size / 1e3
    row("python -c pass", 1, None, median_run([py, "-c", "pass"], a.repeat), None)
    row(
        'python -c "import regex, yaml"',
        1,
        None,
        median_run([py, "-c", "import regex, yaml"], a.repeat),
        None,
    )
    timed([*sl, "one.txt"], cwd=single)  # warm the OS cache and the seedlint cache
    row(
        f"seedlint --no-cache one.txt (median digest, {size_kb:.1f} KB)",
        1,
        None,
        median_run([*sl, "--no-cache", "one.txt"], a.repeat, cwd=single),
        None,
    )

    def forget_results() -> None:
        """Drop the stored findings, keep the memo: as after editing the digest."""
        for entry in (single / ".seedlint_cache").iterdir():
            if entry.is_dir() and entry.name != "memo":
                shutil.rmtree(entry)

    row(
        "seedlint one.txt, edited since the last run (pre-commit case)",
        1,
        None,
        median_run([*sl, "one.txt"], a.repeat, cwd=single, before=forget_results),
        None,
    )
    row(
        "seedlint one.txt, unchanged since the last run (cache hit)",
        1,
        None,
        median_run([*sl, "one.txt"], a.repeat, cwd=single),
        None,
    )

    print(
        f"Machine: {nproc()} cores (nproc), {cpu_model()}; Python {platform.python_version()} "
        f"({platform.system()} {platform.release()}); "
        f"{time.strftime('%Y-%m-%d')}\n"
    )
    head = ("run", "files", "wall", "docs/s", "MB/s", "÷ 2-proc floor", "peak RSS MB")
    print("| " + " | ".join(head) + " |")
    print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    print(
        "\nwall: ms below one second. MB: digest text only (sidecars are read too). "
        "peak RSS: the largest single process (the parent or one worker)."
    )
    if not prose:
        print("proselint: not found (pass --proselint PATH); not measured.")
    if a.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
