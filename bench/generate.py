"""Write N seed-like digests, each with a sidecar sources file, for benchmarks.

Deterministic: the same ``--seed`` and ``N`` give byte-identical files. Each digest has
5-15 paragraphs (one a line, like the real seeds), about 5 KB, with people, organisations,
money, percentages, dates and counts in words and digits, and citations drawn from a pool
of source IDs. The sidecar ``NAME.sources.yaml`` carries a text for each cited source that
backs most of the digest's figures; a few digests get the usual mistakes (a paragraph with
no citation, an unknown or malformed ID, a figure the sources do not give).

    python bench/generate.py OUT_DIR N [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

FIRST = [
    "Elena",
    "Marcus",
    "Priya",
    "Tomas",
    "Aisha",
    "Daniel",
    "Mei",
    "Oskar",
    "Fatima",
    "Lucas",
    "Ingrid",
    "Rafael",
    "Chloe",
    "Kwame",
    "Sofia",
    "Hiroshi",
    "Nadia",
    "Pieter",
    "Amara",
    "Jonas",
    "Leila",
    "Mateo",
    "Yuki",
    "Gabriel",
    "Hannah",
    "Omar",
    "Clara",
    "Viktor",
]
LAST = [
    "Okafor",
    "Lindqvist",
    "Brennan",
    "Castellanos",
    "Nakamura",
    "Whitfield",
    "Adeyemi",
    "Kowalski",
    "Moreau",
    "Haddad",
    "Fischer",
    "Delgado",
    "Thornton",
    "Sato",
    "Petrov",
    "Mensah",
    "Varga",
    "Quinlan",
    "Rossi",
    "Bakker",
    "Ahmadi",
    "Novak",
]
ORGS = [
    "Northwind Energy",
    "Halcyon Rail",
    "the Ministry of Transport",
    "Meridian Bank",
    "Atlas Pharma",
    "the Port Authority",
    "Crescent Mobile",
    "the National Audit Office",
    "Blue Harbor Foods",
    "the Regional Council",
    "Orion Aerospace",
    "Cobalt Mining Group",
    "the Federal Reserve",
    "Vela Health",
]
PLACES = [
    "Lisbon",
    "Rotterdam",
    "Nairobi",
    "Osaka",
    "Montreal",
    "Krakow",
    "Valparaiso",
    "Accra",
    "Tallinn",
    "Perth",
    "Bilbao",
    "Hanoi",
    "Tucson",
    "Leipzig",
]
THINGS = [
    "contract",
    "budget",
    "pension fund",
    "rail line",
    "vaccine programme",
    "data centre",
    "port expansion",
    "wind farm",
    "housing plan",
    "merger",
    "bond issue",
    "strike fund",
    "research grant",
    "water project",
]
VERBS = [
    "announced",
    "confirmed",
    "said",
    "reported",
    "disclosed",
    "estimated",
    "projected",
    "warned",
    "argued",
    "noted",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = [
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
]
FILLER = (
    "The figures were published alongside a longer statement on the plan's timetable.",
    "Officials did not say when a final decision would be made.",
    "Analysts said the outcome would depend on the next round of negotiations.",
    "The proposal still needs approval from the relevant committee.",
    "Critics questioned whether the schedule was realistic given earlier delays.",
    "A spokesperson declined to comment on the details beyond the written statement.",
)


def _hex(rng: random.Random) -> str:
    return f"{rng.getrandbits(32):08x}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _money(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.4:
        return f"${rng.randint(2, 950)} million"
    if kind < 0.7:
        return f"${rng.randint(1, 40)}.{rng.randint(1, 9)} billion"
    if kind < 0.85:
        return f"€{rng.randint(10_000, 900_000):,}"
    return f"{rng.randint(3, 80)} million euros"


def _percent(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"{rng.randint(1, 60)}.{rng.randint(0, 9)}%"
    return f"{rng.randint(2, 90)} percent"


def _date(rng: random.Random) -> str:
    year = rng.choice((2023, 2024, 2025))
    return f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}"


def _count(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(WORDS)} {rng.choice(('workers', 'sites', 'flights', 'schools', 'lawmakers'))}"
    return f"{rng.randint(120, 98000):,} {rng.choice(('jobs', 'homes', 'passengers', 'patients', 'households'))}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _sentence(rng: random.Random) -> str:
    who = _person(rng) if rng.random() < 0.5 else rng.choice(ORGS)
    if who.startswith("the "):
        who = who[4:]  # "Regional Council said", not "The Regional Council" mid-sentence
    thing = rng.choice(THINGS)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{_cap(who)} {rng.choice(VERBS)} that the {thing} in {rng.choice(PLACES)} would cost {_money(rng)}, about {_percent(rng)} more than first planned."
    if shape == 1:
        return f"On {_date(rng)}, {rng.choice(ORGS)} {rng.choice(VERBS)} that {_count(rng)} would be affected by the {thing}."
    if shape == 2:
        return f"According to {_person(rng)}, a spokesperson for {rng.choice(ORGS)}, the {thing} has already drawn {_money(rng)} in commitments."
    if shape == 3:
        return f"{_cap(who)} said support for the {thing} fell to {_percent(rng)} in a survey of {_count(rng)} in {rng.choice(PLACES)}."
    if shape == 4:
        return f"The {thing} is expected to be completed by {_date(rng)}, {who} {rng.choice(VERBS)}, adding that {_count(rng)} were involved."
    return rng.choice(FILLER)


def digest(rng: random.Random, pool: list[str]) -> tuple[str, dict[str, str]]:
    """One digest and the texts of the sources it cites."""
    paragraphs: list[str] = []
    texts: dict[str, list[str]] = {}
    target = rng.randint(5, 15)
    per_para = max(2, round(5600 / target / 135))
    for _ in range(target):
        sentences: list[str] = []
        cited = rng.sample(pool, rng.choice((1, 1, 2)))
        for _ in range(rng.randint(max(2, per_para - 1), per_para + 1)):
            s = _sentence(rng)
            for sid in cited:
                texts.setdefault(sid, []).append(s)  # the sources say it
            if rng.random() < 0.4:
                s = s[:-1] + f" [{rng.choice(cited)}]."
            sentences.append(s)
        if "[" not in sentences[-1]:
            sentences[-1] = sentences[-1][:-1] + f" [{cited[-1]}]."
        paragraphs.append(" ".join(sentences))
    # The usual mistakes, in a few digests.
    roll = rng.random()
    if roll < 0.1:
        i = rng.randrange(len(paragraphs))
        paragraphs[i] = paragraphs[i].replace("[", "(").replace("]", ")")
    elif roll < 0.2:
        paragraphs[-1] += f" The total was later revised [{_hex(rng)}]."
    elif roll < 0.25:
        paragraphs[0] += (
            f" Recently, the plan grew to ${rng.randint(2, 99)} million [{pool[0][:7]}]."
        )
    return "\n".join(paragraphs) + "\n", {k: " ".join(v) for k, v in texts.items()}


def sidecar(texts: dict[str, str]) -> str:
    """A YAML sources file; every value is a JSON string (valid YAML, quick to write)."""
    lines = ["sources:"]
    for sid in sorted(texts):
        lines.append(f'  "{sid}":')
        lines.append(f"    title: {json.dumps('Report ' + sid)}")
        lines.append(f"    text: {json.dumps(texts[sid], ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def generate(out: Path, n: int, seed: int = 1) -> list[Path]:
    """Write ``n`` digests (and sidecars) into ``out``; returns the digest paths."""
    rng = random.Random(seed)
    pool = [_hex(rng) for _ in range(max(50, n // 4))]
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i in range(n):
        local = rng.sample(pool, 6)
        text, texts = digest(rng, local)
        p = out / f"{i:06d}.txt"
        p.write_text(text, encoding="utf-8")
        (out / f"{i:06d}.sources.yaml").write_text(sidecar(texts), encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    paths = generate(a.out, a.n, a.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"wrote {len(paths)} digests ({size / 1e6:.1f} MB) and their sidecars to {a.out}")


if __name__ == "__main__":
    main()
