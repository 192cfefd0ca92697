"""Where the time of a one-file run goes, phase by phase (the pre-commit case).

    python bench/startup.py DIGEST [--repeat 9]

Each repeat is a fresh interpreter that times, in order (with the cyclic collector paused,
as the console entry does): importing what a run imports, building the session with a result cache,
loading the rules, loading the digest's sources, and linting it. The memo
(``.seedlint_cache/memo``) is filled by one run first and the stored findings are
dropped before each repeat, as when the digest has just been edited. Prints the median
of each phase in ms, next to ``python -c pass``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = r"""
import gc, json, sys, time
gc.disable()  # as the console entry does
t0 = time.perf_counter()
from pathlib import Path
from seedlint.cache import ResultCache, default_dir
from seedlint.runner import Overrides, Session
import seedlint.engine
t1 = time.perf_counter()
session = Session(Overrides(), cache=ResultCache(default_dir()))
path = Path(sys.argv[1])
config = session.config_for(path)
t2 = time.perf_counter()
session.ruleset(config)
t3 = time.perf_counter()
sources = session.sources_for(path, config)
t4 = time.perf_counter()
text = path.read_text(encoding="utf-8")
session.lint_text(text, str(path), sources=sources)
t5 = time.perf_counter()
print(json.dumps({
    "imports (runner, engine, their stdlib)": t1 - t0,
    "session and config": t2 - t1,
    "rules (kinds imported, memo read)": t3 - t2,
    "sources": t4 - t3,
    "lint the digest": t5 - t4,
}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("digest", type=Path)
    ap.add_argument("--repeat", type=int, default=9)
    a = ap.parse_args()
    # The runs keep their cache in the folder they run in, where this script looks for it;
    # a cache folder named by the environment would be shared and never found here.
    os.environ.pop("SEEDLINT_CACHE_DIR", None)
    work = Path(tempfile.mkdtemp(prefix="seedlint-startup-"))
    try:
        digest = work / a.digest.name
        shutil.copy(a.digest, digest)
        sidecar = a.digest.with_name(a.digest.stem + ".sources.yaml")
        if sidecar.exists():
            shutil.copy(sidecar, work / sidecar.name)
        env_cache = work / ".seedlint_cache"
        cmd = [sys.executable, "-c", PROBE, str(digest)]
        subprocess.run(cmd, cwd=work, check=True, stdout=subprocess.DEVNULL)  # fill the memo
        runs: list[dict[str, float]] = []
        passes: list[float] = []
        for _ in range(a.repeat):
            for entry in env_cache.iterdir():
                if entry.is_dir() and entry.name != "memo":
                    shutil.rmtree(entry)
            out = subprocess.run(cmd, cwd=work, check=True, capture_output=True, text=True)
            runs.append(json.loads(out.stdout))
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            passes.append(time.perf_counter() - start)
        print(f"| phase (median of {a.repeat}) | ms |")
        print("|---|---:|")
        print(f"| python -c pass (whole process) | {1e3 * statistics.median(passes):.1f} |")
        for phase in runs[0]:
            print(f"| {phase} | {1e3 * statistics.median(r[phase] for r in runs):.1f} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
