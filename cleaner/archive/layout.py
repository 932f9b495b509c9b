"""Where things live in an archive, and how an article gets its id.

```
ARCHIVE/
  cleaner-archive.json        marks the folder as an archive (format and layout version)
  index.sqlite                the SQLite index (WAL mode); rebuilt from the files by `cleaner reindex`
  .lock                       held by the one process writing
  articles/<id>/
    source-1.txt              the original input, byte for byte (suffix as given: .html, .txt.gz...)
    source-2.html             a re-fetched source with other bytes under the same id
    v1.txt  v1.json           the clean text and its sidecar; a version exists once its .json does
    v2.txt  v2.json           a later result that differs (other rules, other cleaner, other source)
```
The files are the truth; the index is a catalogue of them with times added.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

MARKER = "cleaner-archive.json"
INDEX = "index.sqlite"
LOCK = ".lock"
ARTICLES = "articles"
LAYOUT_VERSION = 1

SOURCE_RE = re.compile(r"^source-([1-9][0-9]*)(\.[A-Za-z0-9.]+)?$")
VERSION_RE = re.compile(r"^v([1-9][0-9]*)\.(txt|json)$")

MAX_SLUG = 80
_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
_ARTICLE_SUFFIXES = (".gz", ".txt", ".html", ".htm", ".xhtml")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(key: str) -> bool:
    return bool(_URL.match(key.strip()))


def normalize_key(key: str) -> str:
    """The identity behind an id: a URL without scheme, ``www.``, fragment or trailing slash;
    or a relative path with ``/`` separators and without the article suffixes."""
    key = key.strip()
    if is_url(key):
        parts = urlsplit(key)
        host = (parts.hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        if parts.port and parts.port not in (80, 443):
            host = f"{host}:{parts.port}"
        path = parts.path.rstrip("/")
        norm = host + path
        if parts.query:
            norm += "?" + parts.query
        return norm or key
    path = key.replace("\\", "/")
    low = path.lower()
    changed = True
    while changed:
        changed = False
        for suffix in _ARTICLE_SUFFIXES:
            if low.endswith(suffix) and len(low) > len(suffix):
                path, low = path[: -len(suffix)], low[: -len(suffix)]
                changed = True
    parts_ = [p for p in path.split("/") if p not in ("", ".", "..")]
    return "/".join(parts_) or "article"


def make_id(key: str) -> str:
    """A stable id, safe as a file name on any system, whatever ``key`` holds.

    The key is lower-cased; letters, digits, ``.``, ``_`` and ``-`` are kept; ``/`` becomes ``_``; anything else
    becomes ``-``. When that loses information (or the result is long or a reserved device name),
    ten hex digits of the key's SHA-256 are appended, so distinct keys never share an id.
    """
    norm = normalize_key(key)
    slug = norm.lower().replace("/", "_")
    slug = re.sub(r"[^a-z0-9._-]+", "-", slug)
    slug = re.sub(r"-{2,}", "-", slug).strip(".-_")
    lossy = slug != norm or not slug or slug.lower() in _RESERVED or len(slug) > MAX_SLUG
    if lossy:
        digest = hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        slug = slug[:MAX_SLUG].rstrip(".-_")
        slug = f"{slug}-{digest}" if slug else digest
    return slug


def is_valid_id(article_id: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9][a-z0-9._-]*", article_id)) and article_id.lower() not in _RESERVED


def source_name(n: int, suffix: str) -> str:
    suffix = suffix if re.fullmatch(r"(\.[A-Za-z0-9]{1,8}){1,2}", suffix or "") else ".bin"
    return f"source-{n}{suffix}"


def text_name(n: int) -> str:
    return f"v{n}.txt"


def sidecar_name(n: int) -> str:
    return f"v{n}.json"


def scan(folder: Path) -> tuple[dict[int, str], dict[int, bool], list[str]]:
    """An article folder's files: ``({source n: file}, {version n: has text}, other names)``.

    A version is listed once its sidecar exists; a text file without one is a leftover."""
    sources: dict[int, str] = {}
    versions: dict[int, bool] = {}
    texts: set[int] = set()
    other: list[str] = []
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return sources, versions, other
    for name in names:
        m = SOURCE_RE.match(name)
        if m:
            sources[int(m.group(1))] = name
            continue
        m = VERSION_RE.match(name)
        if m:
            n = int(m.group(1))
            if m.group(2) == "json":
                versions[n] = True
            else:
                texts.add(n)
            continue
        other.append(name)
    for n in list(versions):
        versions[n] = n in texts
    other.extend(text_name(n) for n in sorted(texts - set(versions)))
    return sources, versions, other
