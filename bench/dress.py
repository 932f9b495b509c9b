#!/usr/bin/env python3
"""Re-dress the textset-dev gold bodies with boilerplate from an unseen phrase bank.

Usage: python bench/dress.py OUT_DIR [--seed N] [--source ../shared/data/textset-dev]

A generalization check for the text engine: the 102 distinct gold bodies of textset-dev are dressed
once each with headlines, bylines, captions, datelines, re-poster damage, prompts, related lists,
page crumbs, credits lines and footers drawn from bench/phrasebank_unseen.toml, whose wordings and
names are not the ones textset-dev uses, in varied layouts (one newline, blank lines, two blank
lines, hard-wrapped at 72-78 columns, CRLF, non-breaking and trailing spaces). Each article is
written as <id>-u<seed>.txt and <id>-u<seed>.gold.json in the textset-dev gold format, so that
bench/quality.py can score it. The gold text is what a perfect cleaner outputs: the body paragraphs,
unwrapped, joined by a blank line, with the wire agency repaired where a re-poster spliced its
name in. Output is deterministic for a seed. Every article is self-checked: the tokens of the input
must be exactly those of the gold text, the injected lines and the re-poster's splices.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import textwrap
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
BANK = HERE / "phrasebank_unseen.toml"
DEFAULT_SOURCE = HERE.parent.parent / "shared" / "data" / "textset-dev"
MARKER = ".dress"
TOKEN = re.compile(r"\w+")
AGENCIES = ("Reuters", "AP", "AFP")

# A wire dateline the body already prints: 'COLUMBIA, S.C. (AP) — '.
NATIVE_DL = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?) \((?P<agency>Reuters|AP|AFP)\) [—–-] "
)
# Something dateline-like without a usable place/agency pair: 'MADRID — ', '(Reuters) — '. Left alone.
OTHER_DL = re.compile(r"^(?:[A-Z][A-Z.,'’ -]{2,40}|\(\w+\))\s+[—–-]\s")
# Mentions of the agency a re-poster rewrites to 'Site via Agency'.
MENTION = r"(?P<lead>\b(?:told|to|by|[Aa]ccording to|reports|cited by)\s+){agency}\b|\b{agency}(?= reported\b)"
ROLE_OF = {"r": "reporting", "a": "reporting", "w": "writing", "c": "writing", "e": "editing"}
GOLD_KEYS = ("text", "title", "label", "authors", "dateline", "captions", "credits", "republisher")
SAID = re.compile(r"\b(?P<who>he|she|they|officials|(?:the|a) (?:spokesperson|spokesman|spokeswoman)) said\.")


def ws(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@dataclass
class Body:
    bid: str
    text: str
    title: str | None


Line = tuple[str, str]  # (family, text)
Group = list[Line]  # lines printed together; a related module is one group


@dataclass
class Article:
    paras: list[str]  # gold paragraphs
    printed: list[str] = field(default_factory=list)  # the same paragraphs as printed
    top: list[Group] = field(default_factory=list)
    mid: dict[int, list[Group]] = field(default_factory=lambda: defaultdict(list))
    end: list[Group] = field(default_factory=list)
    gold: dict = field(default_factory=dict)
    splices: int = 0  # how many 'Site via ' splices the printed text carries


def load_bank() -> dict:
    with BANK.open("rb") as f:
        return tomllib.load(f)


def load_bodies(source: Path) -> list[Body]:
    """The distinct bodies of the source set, with any dateline the dressing added taken off."""
    versions: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for g in sorted(source.glob("*.gold.json")):
        gold = json.loads(g.read_text("utf-8"))
        text = gold["text"]
        dl = gold.get("dateline")
        if dl:
            m = re.match(re.escape(dl["place"]) + r" \(" + re.escape(dl["agency"]) + r"\) [—–-] ", text)
            if m:
                text = text[m.end() :]
        versions[g.name[: -len(".gold.json")].rsplit("-", 1)[0]].append((text, gold.get("title")))
    bodies = []
    for bid, vs in sorted(versions.items()):
        # A body that prints its own dateline loses it in one version's stripping: keep the longest.
        text = max((t for t, _ in vs), key=len)
        title = next((t for _, t in vs if t), None)
        bodies.append(Body(bid, text, title))
    return bodies


def dev_vocabulary(source: Path) -> tuple[set[str], set[str]]:
    """Injected lines (case-folded) and person names used by the source set."""
    lines: set[str] = set()
    people: set[str] = set()
    for g in source.glob("*.gold.json"):
        gold = json.loads(g.read_text("utf-8"))
        lines.update(ws(i["text"]).casefold() for i in gold.get("injected", []) if i["family"] != "headline")
        people.update(a.casefold() for a in gold.get("authors") or [])
        people.update(c["photographer"].casefold() for c in gold.get("captions") or [])
        for role in ("reporting", "writing", "editing"):
            people.update(n.casefold() for n in (gold.get("credits") or {}).get(role) or [])
    return lines, people


class Dresser:
    def __init__(self, bank: dict, rng: random.Random, body: Body):
        self.bank = bank
        self.rng = rng
        self.body = body
        self.site = rng.choice(bank["sites"])
        self.year = rng.choice(bank["years"])
        self.agency: str | None = None  # the agency the site spliced its name into
        self.flat_gold = ""

    # -- helpers ----------------------------------------------------------------------------
    def pick(self, key: str) -> str:
        return self.rng.choice(self.bank[key])

    def people(self, n: int) -> list[str]:
        return self.rng.sample(self.bank["names"], n)

    def fill(self, s: str) -> str:
        return (
            s.replace("{site}", self.site)
            .replace("{year}", self.year)
            .replace("{app}", self.rng.choice(self.bank["prompt_apps"]))
        )

    def in_body(self, line: str) -> bool:
        return " " + ws(line) + " " in self.flat_gold

    def clean_line(self, make: Callable[[], str], tries: int = 12) -> str | None:
        """A boilerplate line that does not also occur inside the gold body (no cleaner could remove
        it then)."""
        for _ in range(tries):
            line = make()
            if not self.in_body(line):
                return line
        return None

    def place(self, art: Article, group: Group, top: float, end: float) -> None:
        """Put a group at the top (with probability top), at the end (end) or between paragraphs."""
        r = self.rng.random()
        gaps = len(art.paras) - 1
        if r < top:
            art.top.append(group)
        elif r < top + end or gaps < 1:
            art.end.append(group)
        else:
            art.mid[self.rng.randrange(gaps)].append(group)

    # -- dateline and re-poster damage -----------------------------------------------------------
    def dateline(self, art: Article) -> None:
        rng, paras = self.rng, art.paras
        native = NATIVE_DL.match(paras[0])
        if native:
            place, agency = native.group("place"), native.group("agency")
        elif OTHER_DL.match(paras[0]) or rng.random() < 0.5:
            art.printed = list(paras)
            if rng.random() < 0.08:  # a re-poster splices itself into a 'told Reuters' only
                self.republish(art, rng.choice(AGENCIES), in_dateline=False)
            return
        else:
            place = self.pick("dateline_places")
            agency = rng.choices(AGENCIES, weights=(5, 3, 2))[0]
            if agency == "Reuters" and rng.random() < 0.35:
                prefix = f"{place}, {self.pick('dateline_dates')} (Reuters) - "
            else:
                prefix = f"{place} ({agency}){rng.choice([' — ', ' – ', ' - '])}"
            paras[0] = prefix + paras[0]
        art.printed = list(paras)
        art.gold["dateline"] = {"place": place, "agency": agency}
        if rng.random() < 0.45:
            self.republish(art, agency, in_dateline=True)

    def republish(self, art: Article, agency: str, in_dateline: bool) -> None:
        """The site rewrites '(Reuters)' and 'told Reuters' to '(Site via Reuters)', 'told Site via
        Reuters'; the gold keeps the agency."""
        spliced = f"{self.site} via {agency}"
        count = 0
        if in_dateline:
            art.printed[0] = art.printed[0].replace(f"({agency})", f"({spliced})", 1)
            count += 1
        pattern = re.compile(MENTION.format(agency=re.escape(agency)))
        for i, para in enumerate(art.printed):
            start = para.index(spliced) + len(spliced) if in_dateline and i == 0 else 0
            tail, n = pattern.subn(lambda m: (m.group("lead") or "") + spliced, para[start:])
            art.printed[i] = para[:start] + tail
            count += n
        if count == int(in_dateline) and (not in_dateline or self.rng.random() < 0.6):
            # No mention to damage: turn one 'he said.' into 'he told Reuters.' and damage that.
            for i in range(1, len(art.paras)) if len(art.paras) > 1 else [0]:
                if SAID.search(art.paras[i]) and SAID.search(art.printed[i]):
                    art.paras[i] = SAID.sub(lambda m: f"{m.group('who')} told {agency}.", art.paras[i], count=1)
                    art.printed[i] = SAID.sub(lambda m: f"{m.group('who')} told {spliced}.", art.printed[i], count=1)
                    count += 1
                    break
        if count:
            art.splices += count
            art.gold["republisher"] = self.site
            self.agency = agency

    # -- top of the page ----------------------------------------------------------------------------
    def headline(self, art: Article) -> Line | None:
        title = self.body.title
        if not title or self.rng.random() < 0.2 or self.in_body(title):
            return None
        line = title
        if self.rng.random() < 0.45:
            printed, label = self.rng.choice(self.bank["slugs"])
            line = printed + title
            art.gold["label"] = label
        art.gold["title"] = title
        return ("headline", line)

    def byline(self, art: Article) -> Line | None:
        if self.rng.random() < 0.3:
            return None
        form = self.pick("bylines")
        n = max(int(d) for d in re.findall(r"\{U?(\d)\}", form))
        who = self.people(n)
        outlet = self.pick("outlets")
        line = form
        for i, name in enumerate(who, 1):
            line = line.replace(f"{{{i}}}", name).replace(f"{{U{i}}}", name.upper())
        line = (
            line.replace("{outlet}", outlet)
            .replace("{OUTLET}", outlet.upper())
            .replace("{when}", self.pick("bylines_when"))
            .replace("{stamp}", self.pick("bylines_stamp"))
        )
        if self.in_body(line):
            return None
        art.gold["authors"] = who
        return ("byline", line)

    def captions(self, art: Article) -> None:
        b, rng = self.bank, self.rng
        for _ in range(rng.choices((0, 1, 2, 3), weights=(30, 40, 22, 8))[0]):
            p = self.people(1)[0]
            scene = (
                rng.choice(b["caption_shapes"])
                .replace("{scene}", rng.choice(b["caption_scenes"]))
                .replace("{place}", rng.choice(b["caption_places"]))
                .replace("{date}", rng.choice(b["caption_dates"]))
                .replace("{weekday}", rng.choice(b["caption_weekdays"]))
            )
            credit = rng.choice(b["caption_credits"]).replace("{p}", p)
            line = f"{scene}{rng.choice([' ', ' ', '  '])}{credit}"
            if self.in_body(line):
                continue
            art.gold["captions"].append({"text": ws(line), "photographer": p})
            self.place(art, [("caption", line)], top=0.5, end=0.0)

    # -- furniture ------------------------------------------------------------------------------
    def crumbs(self, art: Article) -> None:
        rng = self.rng
        for _ in range(rng.choices((0, 1, 2, 3), weights=(30, 35, 25, 10))[0]):
            where = rng.choice(["top", "mid", "end"])
            line = self.clean_line(lambda w=where: self.pick(f"crumbs_{w}"))
            if line:
                weights = {"top": (1.0, 0.0), "mid": (0.0, 0.0), "end": (0.0, 1.0)}[where]
                self.place(art, [("crumb", line)], *weights)

    def prompts(self, art: Article) -> None:
        for _ in range(self.rng.choices((0, 1, 2), weights=(35, 45, 20))[0]):
            line = self.clean_line(lambda: self.fill(self.pick("prompts")))
            if line:
                self.place(art, [("prompt", line)], top=0.05, end=0.4)

    def headlines(self, n: int) -> list[str]:
        pool = [h for h in self.bank["related_headlines"] if not self.in_body(h)]
        return self.rng.sample(pool, n)

    def related(self, art: Article) -> None:
        rng = self.rng
        if rng.random() < 0.55:
            header = self.clean_line(lambda: self.fill(self.pick("related_headers")))
            if header:
                items = self.headlines(rng.randint(3, 8))
                art.end.append([("related", header)] + [("related", h) for h in items])
        if rng.random() < 0.2 and len(art.paras) >= 4:
            header = self.clean_line(lambda: self.fill(self.pick("related_headers")))
            if header:
                items = self.headlines(rng.randint(3, 4))
                art.mid[rng.randrange(1, len(art.paras) - 2)].append(
                    [("related", header)] + [("related", h) for h in items]
                )
        for _ in range(rng.choices((0, 1, 2), weights=(60, 30, 10))[0]):
            line = self.pick("related_inline") + self.headlines(1)[0]
            self.place(art, [("related", line)], top=0.0, end=0.1)

    # -- bottom of the page ------------------------------------------------------------------------
    def credits(self, art: Article) -> Line | None:
        rng = self.rng
        spliced = self.agency == "Reuters" and rng.random() < 0.6
        if spliced:
            form = rng.choice(self.bank["credits_republished"]).replace("{site}", self.site)
            form = form.replace("{agency}", self.agency or "")
        elif rng.random() < 0.4:
            form = self.pick("credits")
        else:
            return None
        slots = list(dict.fromkeys(re.findall(r"\{([a-z]\d)\}", form)))
        who = dict(zip(slots, self.people(len(slots)), strict=True))
        line = form
        for k, v in who.items():
            line = line.replace(f"{{{k}}}", v)
        cities = rng.sample(self.bank["credit_cities"], 2)
        line = line.replace("{city1}", cities[0]).replace("{city2}", cities[1])
        roles: dict[str, list[str]] = {"reporting": [], "writing": [], "editing": []}
        if spliced:
            roles["reporting"].append(self.agency or "")
            art.splices += 1
        for k, v in who.items():
            roles[ROLE_OF[k[0]]].append(v)
        art.gold["credits"] = {"text": line} | {k: v for k, v in roles.items() if v}
        return ("credits", line)

    def footers(self) -> list[Group]:
        out: list[Group] = []
        for _ in range(self.rng.choices((0, 1, 2), weights=(40, 45, 15))[0]):
            line = self.clean_line(lambda: self.fill(self.pick("footers")))
            if line and [("footer", line)] not in out:
                out.append([("footer", line)])
        return out

    # -- assembly ---------------------------------------------------------------------------
    def dress(self) -> tuple[str, dict]:
        rng = self.rng
        art = Article(paras=self.body.text.split("\n\n"))
        art.gold = {"text": "", "title": None, "label": None, "authors": [], "dateline": None, "captions": []}
        art.gold |= {"credits": None, "republisher": None}
        self.dateline(art)
        self.flat_gold = " " + ws("\n\n".join(art.paras)) + " "
        lead = [x for x in (self.headline(art), self.byline(art)) if x]
        if len(lead) == 2 and rng.random() < 0.1:
            lead.reverse()  # byline above the headline
        self.captions(art)
        self.crumbs(art)
        self.prompts(art)
        self.related(art)
        credits = self.credits(art)
        rng.shuffle(art.top)
        if lead and art.top and art.top[0][0][0] == "caption" and rng.random() < 0.25:
            art.top = [art.top[0], [lead[0]], *([[x] for x in lead[1:]]), *art.top[1:]]  # photo above headline
        else:
            art.top = [[x] for x in lead] + art.top
        rng.shuffle(art.end)
        art.end = ([[credits]] if credits else []) + art.end + self.footers()
        art.gold["text"] = "\n\n".join(art.paras)
        groups = self.groups(art)
        raw = self.render(groups)
        gold = {k: art.gold[k] for k in GOLD_KEYS}
        gold["injected"] = [{"family": f, "text": ws(t)} for g in groups for f, t in g if f != "body"]
        self.check(raw, gold, art)
        return raw, gold

    def groups(self, art: Article) -> list[Group]:
        """The page in order; a body paragraph is its own group ('body', printed text)."""
        out: list[Group] = list(art.top)
        for i, para in enumerate(art.printed):
            out.append([("body", para)])
            out += art.mid.get(i, [])
        return out + art.end

    def render(self, groups: list[Group]) -> str:
        rng = self.rng
        layout = rng.choices(["single", "blank", "double", "wrapped"], weights=(25, 35, 15, 25))[0]
        width = rng.randint(72, 78)
        sep = {"single": "\n", "blank": "\n\n", "double": "\n\n\n", "wrapped": rng.choice(["\n\n", "\n\n\n"])}[layout]
        tight = rng.random() < 0.5  # a related module printed as a tight list
        nbsp = rng.random() < 0.15
        chunks = []
        for group in groups:
            texts = []
            for _, text in group:
                if nbsp and rng.random() < 0.5:
                    text = re.sub(r"(?<=\S) (?=\S)", lambda m: "\u00a0" if rng.random() < 0.06 else " ", text)
                if layout == "wrapped":
                    text = textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)
                texts.append(text)
            chunks.append(("\n" if tight else sep).join(texts))
        raw = sep.join(chunks)
        if rng.random() < 0.2:
            trail = rng.choice([" ", "  ", "\u00a0"])
            raw = "\n".join(ln + trail if ln and rng.random() < 0.6 else ln for ln in raw.split("\n"))
        if rng.random() < 0.3:
            raw = rng.choice(["\n", "\n\n", "  \n"]) + raw
        raw += rng.choice(["\n", "\n", "\n\n", "\n\n\n", ""])
        if rng.random() < 0.15:
            raw = raw.replace("\n", "\r\n")
        return raw

    def check(self, raw: str, gold: dict, art: Article) -> None:
        """The input holds exactly the gold tokens, the injected tokens and the re-poster splices;
        every gold paragraph is printed whole; no injected line also occurs in the body."""
        have = Counter(TOKEN.findall(raw))
        want = Counter(TOKEN.findall(gold["text"]))
        for inj in gold["injected"]:
            want.update(TOKEN.findall(inj["text"]))
        body_splices = art.splices - (1 if gold["credits"] and " via " in gold["credits"]["text"] else 0)
        for _ in range(body_splices):
            want.update(TOKEN.findall(f"{self.site} via"))
        if have != want:
            diff = (have - want) + (want - have)
            raise AssertionError(f"{self.body.bid}: token mismatch {dict(list(diff.items())[:10])}")
        repaired = (" " + ws(raw) + " ").replace(f"{self.site} via ", "")
        for p in gold["text"].split("\n\n"):
            if ws(p) not in repaired:
                raise AssertionError(f"{self.body.bid}: paragraph not printed whole: {p[:60]!r}")
        flat = " " + ws(gold["text"]) + " "
        for inj in gold["injected"]:
            if " " + inj["text"] + " " in flat:
                raise AssertionError(f"{self.body.bid}: injected line also in the body: {inj['text']!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="output folder (created; earlier dress.py output there is replaced)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="set whose gold bodies are re-dressed")
    args = ap.parse_args()

    bank = load_bank()
    bodies = load_bodies(args.source)
    dev_lines, dev_people = dev_vocabulary(args.source)
    overlap = sorted({n for n in bank["names"] if n.casefold() in dev_people})
    if overlap:
        print(f"warning: bank names used by {args.source.name}: {overlap}", file=sys.stderr)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if (out / MARKER).exists():
        for old in [*out.glob("*.txt"), *out.glob("*.gold.json")]:
            old.unlink()
    elif any(out.glob("*.gold.json")):
        raise SystemExit(f"{out}: holds *.gold.json not written by dress.py; use an empty folder")
    (out / MARKER).write_text(f"seed={args.seed} source={args.source}\n", "utf-8")

    families: Counter = Counter()
    seen_in_dev: Counter = Counter()
    for body in bodies:
        rng = random.Random(f"{args.seed}:{body.bid}")
        raw, gold = Dresser(bank, rng, body).dress()
        stem = f"{body.bid}-u{args.seed}"
        (out / f"{stem}.txt").write_bytes(raw.encode("utf-8"))
        (out / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), "utf-8")
        for inj in gold["injected"]:
            families[inj["family"]] += 1
            if inj["family"] != "headline" and inj["text"].casefold() in dev_lines:
                seen_in_dev[inj["text"]] += 1
    if seen_in_dev:
        print(
            f"warning: {sum(seen_in_dev.values())} injected lines also in {args.source.name}: {list(seen_in_dev)[:5]}",
            file=sys.stderr,
        )
    fams = " ".join(f"{k}={v}" for k, v in sorted(families.items()))
    print(f"wrote {len(bodies)} articles to {out} (seed {args.seed}); injected lines: {fams}")


if __name__ == "__main__":
    main()
