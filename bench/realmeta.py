#!/usr/bin/env python3
"""Metadata on real pages and real dumps (title, authors, date, author hygiene), leave-site-out.

Usage: bench/realmeta.py [--half tune|check|check-a|check-b|all] [--only pages|dumps] [--show FIELD]
                         [--labels /tmp/realmeta-labels.json] [--relabel] [--persons]

Nobody labelled these sets' metadata, so the labels come from the pages themselves: what the page
declares for its article (JSON-LD ``headline``/``author``/``datePublished``, OpenGraph and meta
tags, read by ``cleaner.html.metadata.declared`` and a small reader here) with trafilatura's
metadata as a cross-check (a value either source gives counts as right: a declared value is the
publisher's word, trafilatura's the usual reading of it). Labels are cached (``--labels``).

Scored on the HTML pages of ``shb-dev`` and ``trafilatura-eval-dev`` (``clean_html``) and on the
``realtext-dev`` dumps of the shb-dev pages (``clean_text`` on the dump, against its page's labels).
Pages are split by registered domain with ``bench/realtext.py``'s hash, so halves agree with it.

Fields (share right, over the pages that have a label for the field):
- ``title``: equal once case, punctuation and a site part ('Title | Site') are set aside; for
  dumps, only where the dump prints a label title in its first 12 lines.
- ``authors``: where the page names a person, at least one author right and none wrong; for
  dumps, only where the dump prints a label name.
- ``date``: the published date (YYYY-MM-DD) matches; for dumps, only where a short line of the
  dump prints the label's date (the copy can't give a date it does not carry).
- ``hygiene``: over outputs with authors, the share whose authors are all clean names (no digit,
  handle, address, job title, outlet, photographer credit; 2 to 5 words).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realtext import in_part

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
FIELDS = ("title", "authors", "date", "hygiene")


# ---------------------------------------------------------------- labels


def _ld_objects(data: Any, depth: int = 0):
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                yield from _ld_objects(data[key], depth + 1)


_ARTICLE = ("Article", "BlogPosting", "Report", "LiveBlogPosting", "NewsArticle")


def _ld_article(tree: Any) -> dict[str, Any]:
    """The first article object's headline and dates."""
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            kinds = obj.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.endswith(_ARTICLE) for k in kinds):
                return {
                    "headline": obj.get("headline") if isinstance(obj.get("headline"), str) else None,
                    "date": obj.get("datePublished") if isinstance(obj.get("datePublished"), str) else None,
                }
    return {}


_META_DATE = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "og:published_time",
)
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ(][\w'’.()-]*){1,4}$")


_NOT_PERSON = re.compile(
    r"^The\s|\d|@|\b(?:Staff|News|Team|Desk|Media|Press|Presse|Agency|Editor|Redacción|Redaktion|GmbH|Sport)\b"
)


def _split_people(raw: str) -> list[str]:
    raw = re.sub(r"^\s*(?:by|von|par|por|di|door)\s+", "", raw.strip(), flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:,|;|\||\band\b|\bund\b|&)\s*", raw)
    return [p.strip(" .") for p in parts if p.strip(" .")]


def _is_person(name: str) -> bool:
    return bool(_NAME.match(name)) and not _NOT_PERSON.search(name)


def label_page(raw: bytes, url: str) -> dict[str, Any]:
    import trafilatura

    from cleaner.html.decode import decode_html
    from cleaner.html.metadata import declared
    from cleaner.html.parse import parse

    text, _ = decode_html(raw)
    tree = parse(text)
    d = declared(tree)
    ld = _ld_article(tree)
    meta_date = None
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in _META_DATE and el.get("content"):
            meta_date = el.get("content")
            break
    titles = [t for t in [ld.get("headline"), *d.titles[:1]] if t]
    people = [p for a in [*d.ld_authors, *d.meta_authors] for p in _split_people(a) if _is_person(p)]
    dates = [x[:10] for x in (ld.get("date"), meta_date) if x and re.match(r"\d{4}-\d{2}-\d{2}", x)]
    tm = trafilatura.extract_metadata(text, default_url=url)
    t_title = tm.title if tm else None
    t_people = [p for p in _split_people(tm.author or "") if _is_person(p)] if tm else []
    t_date = tm.date if tm and tm.date else None
    return {
        "url": url,
        # a declared value is the label; trafilatura's reading of the page is accepted beside it
        "titles": sorted({t.strip() for t in [*titles, t_title] if t and t.strip()}) if titles else [],
        "declared_authors": people,
        "authors": sorted({*people, *t_people}),
        "named": bool(people),  # trafilatura's reading alone takes too many outlets for people
        "dates": sorted({*dates, *([t_date] if t_date else [])}) if dates else [],
        "outlets": sorted(d.outlets),
    }


def pages() -> list[tuple[str, str, Path]]:
    out: list[tuple[str, str, Path]] = []
    gt = json.loads((DATA / "shb-dev" / "ground-truth.json").read_text())
    for pid, item in sorted(gt.items()):
        out.append((f"shb:{pid}", item["url"], DATA / "shb-dev" / "html" / f"{pid}.html.gz"))
    ev = json.loads((DATA / "trafilatura-eval-dev" / "evaldata.json").read_text())
    for url, item in sorted(ev.items()):
        real = url.split("::", 1)[-1]
        real = real if real.startswith("http") else "https://" + real.split("-", 1)[0] + "/" + real
        out.append((f"traf:{item['file']}", real, DATA / "trafilatura-eval-dev" / "pages" / item["file"]))
    return out


def load_labels(path: Path, relabel: bool) -> dict[str, dict[str, Any]]:
    if path.exists() and not relabel:
        return json.loads(path.read_text())
    labels: dict[str, dict[str, Any]] = {}
    for key, url, file in pages():
        try:
            labels[key] = label_page(gzip.open(file).read(), url)
        except Exception as e:  # a page trafilatura can't read has no labels
            labels[key] = {"url": url, "error": repr(e)}
    path.write_text(json.dumps(labels, indent=0, sort_keys=True))
    return labels


# ---------------------------------------------------------------- scoring


def norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").lower()).split())


def title_right(pred: str | None, labels: list[str]) -> bool:
    p = norm(pred)
    if not p:
        return False
    for label in labels:
        lab = norm(label)
        if not lab:
            continue
        if p == lab or (lab.startswith(p + " ") and len(p) >= 0.5 * len(lab)) or p.startswith(lab + " "):
            return True  # a site part kept or dropped
    return False


def _key(name: str) -> set[str]:
    return {w for w in norm(name).split() if len(w) > 1}


def author_match(pred: str, labels: list[str]) -> bool:
    k = _key(pred)
    return bool(k) and any(k <= _key(lab) or _key(lab) <= k for lab in labels if _key(lab))


_JOB = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|columnist|contributor|producer|photographer|staff|"
    r"news|times|post|press|reuters|associated|agency|agencies|bureau|desk|getty|images|photo|"
    r"updated|published|am|pm|gmt|edt|est|bst|utc|min|read|minutes?|ago|twitter|email)\b",
    re.IGNORECASE,
)


def clean_name(name: str, outlets: list[str]) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or re.search(r"\d|@|/|\||https?:|www\.", name) or _JOB.search(name):
        return False
    return norm(name) not in {norm(o) for o in outlets}


_MONTH_NAMES = "January February March April May June July August September October November December".split()


def printed_date(dump: str, iso: str) -> bool:
    """Whether a short line of the dump (a stamp, not a sentence or an embedded post's sign-off)
    prints the date ``iso`` in one of the common forms."""
    try:
        y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    except ValueError:
        return False
    name = _MONTH_NAMES[m - 1]
    forms = [
        rf"\b{name[:3]}[a-z]*\.?\s+0?{d}(?:st|nd|rd|th)?,?\s+{y}", rf"\b0?{d}\.?\s+{name[:3]}[a-z]*\.?,?\s+{y}",
        rf"\b{y}-{m:02d}-{d:02d}",
        rf"\b0?{m}/0?{d}/(?:{y}|{y % 100:02d})\b",
        rf"\b0?{d}[./]0?{m}[./](?:{y}|{y % 100:02d})\b",
    ]
    pattern = re.compile("|".join(forms), re.IGNORECASE)
    return any(
        len(line.split()) <= 14 and not line.lstrip().startswith(("—", "-", "–")) and pattern.search(line)
        for line in dump.splitlines()
    )


def score_one(meta: Any, lab: dict[str, Any], dump: str | None, rows: dict[str, list[float]], show: dict) -> None:
    key = lab["key"]
    printed = norm(dump) if dump is not None else ""
    head = {norm(line) for line in dump.splitlines()[:12]} if dump is not None else set()
    if lab.get("titles") and (dump is None or any(norm(t) and norm(t) in head for t in lab["titles"])):
        ok = title_right(meta.title, lab["titles"])
        rows["title"].append(float(ok))
        if not ok:
            show["title"].append((key, meta.title, lab["titles"]))
    if (lab.get("authors") and lab.get("named")) and (
        dump is None or any(norm(a) and f" {norm(a)} " in f" {printed} " for a in lab["authors"])
    ):
        ok = bool(meta.authors) and all(author_match(a, lab["authors"]) for a in meta.authors)
        rows["authors"].append(float(ok))
        if not ok:
            show["authors"].append((key, meta.authors, lab["authors"]))
    if lab.get("dates"):
        if dump is None or any(printed_date(dump, d) for d in lab["dates"]):
            got = None
            if dump is None:
                got = (meta.date or "")[:10] or None
                if not got and meta.published and meta.published.get("iso"):
                    got = meta.published["iso"][:10]
            elif meta.published and meta.published.get("iso"):
                got = meta.published["iso"][:10]
            ok = got in lab["dates"]
            rows["date"].append(float(ok))
            if not ok:
                show["date"].append((key, got, lab["dates"], (meta.published or {}).get("text")))
    if meta.authors:
        ok = all(clean_name(a, lab.get("outlets", [])) for a in meta.authors)
        rows["hygiene"].append(float(ok))
        if not ok:
            show["hygiene"].append((key, meta.authors))


def _fold(text: str) -> str:
    import unicodedata

    return norm("".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))


def names_the_site_only(lab: dict[str, Any]) -> bool:
    """Whether every person the page declares is the site's own name ('La República', 'TOUR Magazin'
    as author on the outlet's pages; a personal site's owner too): an organisation the engine is
    right to refuse as an author, which the labels count as a person (``--persons``)."""
    outlets = {_fold(o) for o in lab.get("outlets", [])}
    outlets |= {_fold(re.sub(r"\.\w+$", "", o)) for o in lab.get("outlets", [])}  # 'Space.com'
    outlets.discard("")
    sites = [set(o.split()) for o in outlets]
    return bool(lab.get("declared_authors")) and all(
        any(words <= site or site <= words for site in sites)  # 'NOTICIAS EL COMERCIO PERÚ'
        for words in (set(_fold(a).split()) for a in lab["declared_authors"])
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("tune", "check", "check-a", "check-b", "all"), default="tune")
    ap.add_argument("--only", choices=("pages", "dumps", "shb", "traf"), default=None)
    ap.add_argument("--labels", default="/tmp/realmeta-labels.json")
    ap.add_argument("--relabel", action="store_true")
    ap.add_argument("--show", choices=FIELDS, help="print the misses of one field (never on check-b)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--persons",
        action="store_true",
        help="authors only where the page names someone other than the site itself (see names_the_site_only)",
    )
    ap.add_argument(
        "--evaldumps", metavar="DIR", help="also score dumps of trafilatura-eval-dev's pages (evaldumps.py make DIR)"
    )
    args = ap.parse_args(argv)
    if args.show and args.half in ("check", "check-b", "all"):
        ap.error("--show only on tune or check-a: check-b stays blind")
    import cleaner

    labels = load_labels(Path(args.labels), args.relabel)
    if args.persons:
        labels = {k: dict(lab, named=False) if names_the_site_only(lab) else lab for k, lab in labels.items()}
    by_url = {lab["url"]: dict(lab, key=k) for k, lab in labels.items()}
    report: dict[str, dict[str, Any]] = {}
    show: dict[str, list] = defaultdict(list)
    t0 = time.perf_counter()
    groups: dict[str, dict[str, list[float]]] = {
        g: defaultdict(list) for g in ("shb-pages", "traf-pages", "dumps", "evaldumps")
    }
    if args.only in (None, "pages", "shb", "traf"):
        for key, url, file in pages():
            lab = dict(labels.get(key, {}), key=key)
            if "error" in lab or not in_part(url, args.half):
                continue
            group = "shb-pages" if key.startswith("shb:") else "traf-pages"
            if args.only in ("shb", "traf") and not group.startswith(args.only):
                continue
            try:
                doc = cleaner.clean_html(gzip.open(file).read(), url=url)
            except Exception:
                continue
            score_one(doc.metadata, lab, None, groups[group], show)
    if args.only in (None, "dumps", "shb"):
        for g in sorted((DATA / "realtext-dev").glob("*.gold.json")):
            gold = json.loads(g.read_text())
            lab = by_url.get(gold["url"])
            if lab is None or "error" in lab or not in_part(gold["url"], args.half):
                continue
            raw = g.with_name(g.name.replace(".gold.json", ".txt")).read_text()
            doc = cleaner.clean_text(raw)
            lab = dict(lab, key=g.name.replace(".gold.json", ""))
            score_one(doc.metadata, lab, raw, groups["dumps"], show)
    if args.evaldumps and args.only in (None, "dumps", "traf"):
        for txt in sorted(Path(args.evaldumps).glob("*.txt")):
            lab = labels.get(f"traf:{txt.name.split('-')[0]}.html.gz")
            if lab is None or "error" in lab or not in_part(lab["url"], args.half):
                continue
            raw = txt.read_text()
            doc = cleaner.clean_text(raw)
            score_one(doc.metadata, dict(lab, key=txt.stem), raw, groups["evaldumps"], show)
    for group, rows in groups.items():
        if rows:
            report[group] = {f: (sum(rows[f]) / len(rows[f]) if rows[f] else None, len(rows[f])) for f in FIELDS}
    secs = time.perf_counter() - t0
    if args.json:
        print(json.dumps(report, indent=1, sort_keys=True))
        return 0
    print(f"realmeta, half={args.half} (split by registered domain, as realtext), {secs:.0f}s")
    for group, fields in report.items():
        cells = "  ".join(f"{f}={v:.3f} (n={n})" if v is not None else f"{f}=-" for f, (v, n) in fields.items())
        print(f"{group:11s} {cells}")
    if args.show:
        for item in show[args.show]:
            print(" ", *item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
