"""Site packs learned from repetition: lines one site prints across many different stories.

An archive holds many articles of each site, and a site's furniture (its newsletter box, its
"About us" line, its section crumbs) comes back word for word in story after story, where no
sentence of reporting does. CCNet (Wenzek et al., 2019) deletes paragraphs repeated across a
shard; here the repetition becomes a rule pack a person can read, switch off and edit: one rule
per learned line, with the family it most likely belongs to, how many distinct stories it was
seen in, and example articles. The packs are ordinary rule packs (``--rules DIR``), applied by
the site pass (cleaner/passes/site.py) after every built-in rule.

Body safety comes first:

- copies of one story count once (``cleaner.stories``): a wire story republished by ten sites
  shares its paragraphs with its copies, not with other stories;
- a line must come back in *different surroundings* as often as in different stories: a body
  paragraph of a copy the story linking missed still sits between the same paragraphs;
- a sentence-like line needs far more evidence than a short label (``EVIDENCE``), and a line seen in
  only one story is never learned.

Deterministic: the same inputs give byte-identical packs, whatever order the workers finish in.
A rule a person switched off or edited is kept as they left it by a later ``learn``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import CleanerError
from .passes.site import line_pattern, literal_line
from .stories import Facts, StoryIndex

# The distinct stories (and as many distinct surroundings) a line needs, by its shape, with and
# without a sign of furniture (a word of some family's vocabulary, a link, an address, a handle).
# A dateline or a subhead of a company's press releases ('BAAR, SWITZERLAND') comes back in two of
# its stories with no such sign; a newsletter box does not.
LABEL_WORDS = 12
SENTENCE_WORDS = 30
EVIDENCE = {"label": (2, 3), "sentence": (2, 4), "paragraph": (3, 5)}
PARAGRAPH_SHARE = 0.25  # a long paragraph must also come back in this share of the site's stories
MAX_EXAMPLES = 3
WHY = "Repeated across different stories of one site, in different surroundings: furniture, not reporting."
ID_PREFIX = "SITE"

_SENTENCE_END = (".", "!", "?", "…", '."', ".”", "?”", '?"')
_FAMILY_HINTS = (  # the family a learned line most likely belongs to, by the first hint it holds
    ("footer", r"©|\bcopyright\b|\brights reserved\b|\breproduc|\bredistribut|\bprivacy\b|\bterms of"),
    (
        "prompt",
        r"\bsubscri|\bnewsletter|\bsign (?:up|in)\b|\blog ?in\b|\bdonat|\bsupport (?:us|our)|\bapp\b"
        r"|\bfollow us\b|\binbox\b|\bmembership\b|\bregister\b",
    ),
    (
        "related",
        r"\bread (?:more|also|next)\b|\brelated\b|\bmore (?:from|on|stories)\b|\bsee also\b|\brecommended\b"
        r"|\bwatch:|\blisten:",
    ),
    ("caption", r"\bphoto(?:graph)?\b|\bimage\b|\bcredit\b|\bgetty\b"),
    ("byline", r"^by\s+[A-Z]"),
)
_HINTS = tuple((family, re.compile(pattern, re.IGNORECASE)) for family, pattern in _FAMILY_HINTS)
_FURNITURE = re.compile(r"https?://|www\.|\w@\w|(?:^|\s)@\w|\.(?:com|org|net)\b|©", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Doc:
    """One cleaned article, as ``learn`` sees it."""

    article: str  # its id (archive id or input name)
    text: str  # the clean text
    side: dict[str, Any]
    folder: str | None = None  # the input folder it came from, when there is no URL

    @property
    def url(self) -> str | None:
        capture = self.side.get("capture") or {}
        return self.side.get("url") or capture.get("uri")


def host_of(doc: Doc) -> str | None:
    host = (urlsplit(doc.url or "").hostname or "").lower()
    return host.removeprefix("www.") or None


def kind_of(line: str) -> str:
    words = len(line.split())
    if words <= LABEL_WORDS and not line.rstrip().endswith(_SENTENCE_END):
        return "label"
    return "sentence" if words <= SENTENCE_WORDS else "paragraph"


def furniture_sign(line: str) -> bool:
    """Whether a line shows any sign of page furniture: a family's hint word, a link, an address."""
    return bool(_FURNITURE.search(line)) or any(hint.search(line) for _, hint in _HINTS)


def guess_family(line: str) -> str:
    for family, hint in _HINTS:
        if hint.search(line):
            return family
    return "crumb" if len(line.split()) <= LABEL_WORDS else "footer"


def _h(*parts: str) -> int:
    digest = hashlib.blake2b("\x00".join(parts).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@dataclass
class Learned:
    line: str
    family: str
    stories: int
    contexts: int
    examples: list[str]


@dataclass
class SitePack:
    site: str
    grouped_by: str
    stories: int
    articles: int
    lines: list[Learned] = field(default_factory=list)


def learn(docs: Iterable[Doc], *, workdir: str | Path | None = None) -> list[SitePack]:
    """Learn site packs from cleaned articles, streamed into a temporary SQLite file.

    Articles are grouped by the URL's host where every article knows its URL, else by input folder
    (when there are several), else as one input set. The input order decides nothing but which
    article a merged story is named after: give the same inputs, get the same packs.
    """
    with tempfile.TemporaryDirectory(dir=workdir, prefix="cleaner-learn-") as tmp:
        conn = sqlite3.connect(os.path.join(tmp, "learn.sqlite"))
        try:
            return _learn(conn, docs)
        finally:
            conn.close()


def _learn(conn: sqlite3.Connection, docs: Iterable[Doc]) -> list[SitePack]:
    conn.executescript(
        """
        PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
        CREATE TABLE docs (article TEXT PRIMARY KEY, host TEXT, folder TEXT, site TEXT, story INTEGER);
        CREATE TABLE lines (h INTEGER, article TEXT, ctx INTEGER);
        CREATE TABLE texts (h INTEGER PRIMARY KEY, line TEXT);
        """
    )
    stories = StoryIndex(conn)
    for doc in docs:
        stories.add(doc.article, doc.text, Facts.of(doc.side, len(doc.text.split())))
        conn.execute(
            "INSERT OR REPLACE INTO docs VALUES (?, ?, ?, NULL, NULL)", (doc.article, host_of(doc), doc.folder)
        )
        conn.execute("DELETE FROM lines WHERE article = ?", (doc.article,))
        paragraphs = [p for p in doc.text.rstrip("\n").split("\n\n") if p.strip()]
        rows = []
        for i, para in enumerate(paragraphs):
            before = paragraphs[i - 1] if i else ""
            after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
            h = _h(para)
            rows.append((h, doc.article, _h(before, after)))
            conn.execute("INSERT OR IGNORE INTO texts VALUES (?, ?)", (h, para))
        conn.executemany("INSERT INTO lines VALUES (?, ?, ?)", rows)
    n_docs, with_host, folders = conn.execute(
        "SELECT COUNT(*), COUNT(host), COUNT(DISTINCT COALESCE(folder, '')) FROM docs"
    ).fetchone()
    if n_docs and with_host == n_docs:
        grouped_by, column = "host", "host"
    elif folders > 1:
        grouped_by, column = "folder", "COALESCE(folder, '.')"
    else:
        grouped_by, column = "input set", "'all'"
    # stories merged as texts arrived: each article's story is read once all are in
    conn.execute(
        f"UPDATE docs SET site = {column}, story = COALESCE("
        "(SELECT story FROM story_docs s WHERE s.article = docs.article), -rowid)"
    )
    conn.execute("CREATE INDEX lines_h ON lines(h)")
    packs = []
    for site, n_stories, n_articles in conn.execute(
        "SELECT site, COUNT(DISTINCT story), COUNT(*) FROM docs GROUP BY site ORDER BY site"
    ).fetchall():
        pack = SitePack(site=site, grouped_by=grouped_by, stories=n_stories, articles=n_articles)
        rows = conn.execute(
            """SELECT l.h, COUNT(DISTINCT d.story), COUNT(DISTINCT l.ctx), GROUP_CONCAT(DISTINCT l.article)
               FROM lines l JOIN docs d ON d.article = l.article
               WHERE d.site = ? GROUP BY l.h HAVING COUNT(DISTINCT d.story) >= 2""",
            (site,),
        ).fetchall()
        for h, n, contexts, articles in rows:
            line = conn.execute("SELECT line FROM texts WHERE h = ?", (h,)).fetchone()[0]
            kind = kind_of(line)
            with_sign, without = EVIDENCE[kind]
            need = with_sign if furniture_sign(line) else without
            if n < need or contexts < need:
                continue
            if kind == "paragraph" and n < PARAGRAPH_SHARE * n_stories:
                continue
            examples = sorted(articles.split(","))[:MAX_EXAMPLES]
            pack.lines.append(Learned(line, guess_family(line), n, contexts, examples))
        pack.lines.sort(key=lambda learned: (learned.family, learned.line))
        packs.append(pack)
    return packs


# --- packs as TOML -----------------------------------------------------------------------------


def _slug(site: str) -> str:
    return re.sub(r"[^a-z0-9.-]+", "-", site.lower()).strip("-.") or "site"


def pack_path(outdir: Path, site: str) -> Path:
    return outdir / f"site-{_slug(site)}.toml"


def _rule_id(site: str, line: str, taken: set[str]) -> str:
    n = int.from_bytes(hashlib.blake2b(f"{site}\x00{line}".encode(), digest_size=8).digest(), "big") % 1_000_000
    while f"{ID_PREFIX}-{n:06d}" in taken:  # a collision: the next free number, deterministically
        n = (n + 1) % 1_000_000
    rule_id = f"{ID_PREFIX}-{n:06d}"
    taken.add(rule_id)
    return rule_id


def _generated(pattern: str, family: str) -> str:
    return hashlib.sha256(f"{family}\x00{pattern}".encode()).hexdigest()[:16]


def _kept_by_hand(raw: dict[str, Any]) -> bool:
    """A rule a person switched off or edited since ``learn`` wrote it: a later learn keeps it as is."""
    params = raw.get("params") or {}
    if raw.get("status", "on") != "on":
        return True
    return params.get("generated") != _generated(str(raw.get("pattern", "")), str(raw.get("family", "")))


def read_existing(outdir: Path) -> dict[str, dict[str, Any]]:
    """The rules of the site packs already in ``outdir``, by id."""
    import tomllib

    found: dict[str, dict[str, Any]] = {}
    for path in sorted(outdir.glob("site-*.toml")) if outdir.is_dir() else []:
        try:
            doc = tomllib.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CleanerError(f"{path}: not a readable rule pack ({exc}); fix or remove it and learn again") from None
        for raw in doc.get("rule", []):
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                found[raw["id"]] = raw
    return found


def render(pack: SitePack, existing: dict[str, dict[str, Any]]) -> str:
    """A site pack as TOML: deterministic, with the person's decisions of an earlier pack kept."""
    kept = {
        literal_line_of(raw): raw
        for raw in existing.values()
        if _kept_by_hand(raw) and (raw.get("params") or {}).get("site") == pack.site
    }
    taken = set(existing)
    lines = [
        f"# Learned by `cleaner learn` from {pack.articles} articles in {pack.stories} stories of "
        f"{pack.site} (grouped by {pack.grouped_by}).",
        '# Switch a rule off with status = "off", or edit it: a later `cleaner learn` keeps both.',
        "[pack]",
        f"name = {_q('site ' + pack.site)}",
        'family = "site"',
        f"site = {_q(pack.site)}",
        f"grouped_by = {_q(pack.grouped_by)}",
        f"stories = {pack.stories}",
        f"articles = {pack.articles}",
    ]
    rules: list[tuple[str, str]] = []
    for raw in kept.values():
        rules.append((str(raw["id"]), _raw_rule(raw)))
    for learned in pack.lines:
        if learned.line in kept:
            continue
        pattern = line_pattern(learned.line)
        rule_id = next(
            (i for i, raw in existing.items() if raw.get("pattern") == pattern and not _kept_by_hand(raw)), None
        ) or _rule_id(pack.site, learned.line, taken)
        params = {
            "learned": True,
            "site": pack.site,
            "stories": learned.stories,
            "contexts": learned.contexts,
            "examples": learned.examples,
            "max_words": len(learned.line.split()),
            "generated": _generated(pattern, learned.family),
        }
        body = [
            "[[rule]]",
            f"id = {_q(rule_id)}",
            f"family = {_q(learned.family)}",
            'kind = "line"',
            'status = "on"',
            f"description = {_q(f'Seen word for word in {learned.stories} of {pack.stories} stories of {pack.site}.')}",
            f"why = {_q(WHY)}",
            f"pattern = {_q(pattern)}",
            f"params = {{ {', '.join(f'{k} = {_value(v)}' for k, v in params.items())} }}",
            f"examples = [{_q(learned.line)}]",
        ]
        rules.append((rule_id, "\n".join(body)))
    rules.sort()
    return "\n".join(lines) + "\n" + "".join(f"\n{text}\n" for _, text in rules)


def literal_line_of(raw: dict[str, Any]) -> str:
    examples = raw.get("examples") or []
    return str(examples[0]) if examples else str(raw.get("pattern", ""))


def _raw_rule(raw: dict[str, Any]) -> str:
    out = ["[[rule]]"]
    for key, value in raw.items():
        if key == "params" and isinstance(value, dict):
            out.append(f"params = {{ {', '.join(f'{k} = {_value(v)}' for k, v in value.items())} }}")
        else:
            out.append(f"{key} = {_value(value)}")
    return "\n".join(out)


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # JSON's escapes are TOML basic-string escapes


def _value(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return _q(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_value(x)}" for k, x in v.items()) + " }"
    raise CleanerError(f"cannot write {type(v).__name__} in a rule pack")


def write_packs(packs: list[SitePack], outdir: Path) -> list[Path]:
    """Write one pack per site into ``outdir`` (atomically, each); returns the files written."""
    from .archive.fsio import atomic_write

    outdir.mkdir(parents=True, exist_ok=True)
    existing = read_existing(outdir)
    written = []
    for pack in packs:
        path = pack_path(outdir, pack.site)
        atomic_write(path, render(pack, existing).encode("utf-8"))
        written.append(path)
    return written


PACKS = "packs"  # an archive's own packs: <archive>/packs/*.toml, used by every later clean --archive


def archive_packs(root: Path) -> list[str]:
    """The archive's own pack folder, when it holds packs (for ``clean --archive``)."""
    folder = root / PACKS
    return [str(folder)] if folder.is_dir() and any(folder.glob("*.toml")) else []


def docs_from_inputs(inputs: list[str], opts: Any, jobs: int, failed: list[tuple[str, str]]) -> Iterator[Doc]:
    """Clean inputs (files, folders, globs) with the given options and yield them as Docs, in input
    order; an archive folder among the inputs gives its articles' newest sources."""
    from . import batch, sources

    plain = [i for i in inputs if not (Path(i) / "cleaner-archive.json").is_file()]
    if plain:
        problems: list[tuple[str, str]] = []
        stream = sources.iter_expand(plain, problems=problems)
        for outcome in batch.outcomes(stream, opts, jobs=jobs):
            if not outcome.ok or outcome.text is None:
                failed.append((outcome.input.display, outcome.error or "failed"))
                continue
            folder = os.path.dirname(outcome.input.name) or None
            yield Doc(article=outcome.input.name, text=outcome.text, side=outcome.sidecar or {}, folder=folder)
        failed.extend(problems)
    for root in inputs:
        if root not in plain:
            yield from docs_from_archive(Path(root), opts, jobs, failed)


def docs_from_archive(root: Path, opts: Any, jobs: int, failed: list[tuple[str, str]]) -> Iterator[Doc]:
    """An archive's articles, each cleaned again from its newest version's source.

    Not the stored clean text: that was made with the archive's own packs, which already took the
    lines they learned, and learning must see them again to keep them.
    """
    from . import batch
    from .archive import Archive
    from .sources import Input

    store = Archive.open(root)
    urls: dict[str, str | None] = {}
    ids: dict[str, str] = {}  # input name -> article id

    def inputs() -> Iterator[Input]:
        for article_id in store.article_ids():
            try:
                _, _, side = store.read_version(article_id)
            except CleanerError as exc:
                failed.append((article_id, str(exc)))
                continue
            name = side.get("source_file")
            if not name:
                continue
            urls[article_id] = side.get("url")
            path = store.folder(article_id) / name
            input_name = f"{article_id}.{name.split('.', 1)[1]}" if "." in name else article_id
            ids[input_name] = article_id
            yield Input(name=input_name, path=str(path), origin=str(root))

    for outcome in batch.outcomes(inputs(), opts, jobs=jobs):
        article_id = ids.get(outcome.input.name, outcome.input.name)
        if not outcome.ok or outcome.text is None:
            failed.append((article_id, outcome.error or "failed"))
            continue
        side = dict(outcome.sidecar or {})
        side["url"] = side.get("url") or urls.get(article_id)
        yield Doc(article=article_id, text=outcome.text, side=side)


__all__ = ["Doc", "SitePack", "learn", "literal_line", "read_existing", "render", "write_packs"]
