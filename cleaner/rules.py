"""The registry: every rule id any decision names, loaded from TOML packs, validated and compiled once.

Passes hold no phrases, patterns or thresholds of their own families: they ask the rule set by
rule id (``pattern``, ``phrases``, ``param``), and the Context files each decision under the family
the registry gives its id. What stays in code is the language-neutral machinery of the shape
tests (cleaner/text/shapes.py: punctuation sets, name particles, a few documented defaults).
A user pack can add rules to any family: its ``line`` rules (a pattern that marks a whole block)
are applied by that family's pass next to the built-in ones, so new phrasings need no code.

Kinds: ``line`` (a pattern or phrases that mark a whole block), ``shape`` (a heuristic a pass
implements and records), ``vocab`` (words, patterns and settings a pass reads; never recorded),
``veto`` (a decision not to remove, counted apart). Ids are ``FAMILY-NNN``; the numbering scheme
is in README.md ("Rule ids").

The rule set's identity (name, version, a hash of the packs, and a hash of the code that decides)
goes into every sidecar, so an archive can tell which rules and which engine made each version.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import RuleError

FAMILIES = (
    "normalize",
    "shared",
    "html",
    "headline",
    "byline",
    "caption",
    "dateline",
    "prompt",
    "related",
    "crumb",
    "footer",
    "credits",
    "timestamp",
    "learned",
    "site",
)
KINDS = ("line", "shape", "vocab", "veto")
_ID = re.compile(r"^[A-Z]+-\d{3,6}$")  # six digits for learned site rules (cleaner learn)
STATUSES = ("on", "off")
_FLAGS = {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL, "x": re.VERBOSE}
T = TypeVar("T")


_REQUIRED: Any = object()
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A built-in rule's regex, compiled on first use.

    Compiling every built-in pattern took most of the time to load the rules (about 0.1 s), paid by
    every process before its first article, whatever languages it would meet. The packs ship with
    the package and their tests compile every pattern, so a built-in one can wait until a pass
    needs it; user patterns are still compiled (and checked) as their pack loads. After the first
    call the ``re`` methods are the compiled pattern's own, so matching costs nothing extra.
    """

    __slots__ = ("_re", "flags", "pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern, self.flags = pattern, flags
        self._re: re.Pattern[str] | None = None
        for name in _METHODS:
            setattr(self, name, partial(self._first_call, name))

    def compiled(self) -> re.Pattern[str]:
        if self._re is None:
            self._re = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(self._re, name))
        return self._re

    def _first_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), name)(*args, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self.flags))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def is_re(pattern: Any) -> bool:
    """A Python ``re`` pattern (compiled or waiting to be), as opposed to a user pattern on RE2."""
    return isinstance(pattern, re.Pattern | LazyPattern)


class Params(dict[str, Any]):
    """A rule's params, which can report which of them the engine reads (see ``track_params``).

    Read as a plain dict: only while ``track_params`` records does the class carry the readers that
    note each read (``_RECORDING``). Every article reads dozens of params, and a reader in Python on
    every read cost about 1% of cleaning time."""

    __slots__ = ("rule_id",)

    def __init__(self, rule_id: str, items: dict[str, Any]) -> None:
        super().__init__(items)
        self.rule_id = rule_id


def _recorded_get(self: Params, key: str, default: Any = None) -> Any:
    if _READS is not None:
        _READS.add((self.rule_id, key))
    return dict.get(self, key, default)


def _recorded_getitem(self: Params, key: str) -> Any:
    if _READS is not None:
        _READS.add((self.rule_id, key))
    return dict.__getitem__(self, key)


def _recorded_contains(self: Params, key: object) -> bool:
    if _READS is not None and isinstance(key, str):
        _READS.add((self.rule_id, key))
    return dict.__contains__(self, key)


_RECORDING = {"get": _recorded_get, "__getitem__": _recorded_getitem, "__contains__": _recorded_contains}
_READS: set[tuple[str, str]] | None = None


def track_params(on: bool) -> set[tuple[str, str]]:
    """Start (or stop) recording which ``(rule id, param)`` pairs the engine reads; returns the record.

    For the test that every declared param is read by something: a param nothing reads is a
    threshold the code has replaced with a literal of its own.
    """
    global _READS
    _READS = set() if on else None
    for name, reader in _RECORDING.items():
        if on:
            setattr(Params, name, reader)
        elif name in Params.__dict__:
            delattr(Params, name)  # dict's own, in C, again
    return _READS if _READS is not None else set()


@dataclass(slots=True)
class Rule:
    """One rule: what it is for, how it matches, and examples that prove it."""

    id: str
    family: str
    kind: str
    description: str
    pack: str
    language: str = "*"
    pattern: re.Pattern[str] | LazyPattern | Any | None = None  # Any: a user pattern (userregex)
    phrases: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    why: str = ""
    status: str = "on"  # "off": kept in the registry (and in its pack), never applied
    placement: str | None = None  # where the examples stand in an article (tests): top, lead, middle, end

    @property
    def learned(self) -> bool:
        """A rule ``cleaner learn`` wrote: an exact line seen across stories of one site."""
        return bool(self.params.get("learned"))

    def matches(self, text: str) -> bool:
        if self.pattern is not None and self.pattern.search(text):
            return True
        if not self.phrases:
            return False  # no need to lower-case the line (a paragraph, often)
        low = text.lower()
        return any(p in low for p in self.phrases)


@dataclass
class RuleSet:
    """All loaded rules, indexed by id and by family, with the identity that goes in sidecars."""

    name: str
    version: str
    sha256: str
    rules: dict[str, Rule]
    packs: list[str]

    def __post_init__(self) -> None:
        self._by_family: dict[str, list[Rule]] = {}
        for rule in self.rules.values():
            self._by_family.setdefault(rule.family, []).append(rule)
        self._memo: dict[Hashable, Any] = {}

    def __getstate__(self) -> dict[str, Any]:
        # the caches are derived from the rules: a worker rebuilds them rather than unpickling them
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__post_init__()

    def memo(self, key: Hashable, build: Callable[[], T]) -> T:
        """What a pass derives from the rules (vocabularies, unions, params), built once per rule set.

        Rules never change once loaded, so a pass that looked these up per block, or rebuilt them per
        article, can keep them for as long as the rule set lives. ``key`` names the pass and whatever
        else the value depends on (usually the article's language).
        """
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build()
            return value

    def rule(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise RuleError(f"rule {rule_id} is not defined in any loaded pack") from None

    def pattern(self, rule_id: str) -> re.Pattern[str]:
        pat = self.rule(rule_id).pattern
        if pat is None:
            raise RuleError(f"rule {rule_id} has no pattern")
        return pat.compiled() if isinstance(pat, LazyPattern) else pat

    def phrases(self, rule_id: str) -> tuple[str, ...]:
        return self.rule(rule_id).phrases

    def phrase_set(self, rule_id: str) -> frozenset[str]:
        """A rule's phrases as a set, built once: word lookups in hot loops must not scan a tuple."""
        return self.memo(("phrase_set", rule_id), lambda: frozenset(self.rule(rule_id).phrases))

    def param(self, rule_id: str, name: str, default: Any = _REQUIRED) -> Any:
        """A rule's param; without a default, a param the pack does not declare is an error."""
        params = self.rule(rule_id).params
        if name in params:
            return params[name]
        if default is _REQUIRED:
            raise RuleError(f"rule {rule_id} declares no param {name!r}")
        return default

    def family(self, family: str) -> list[Rule]:
        return self._by_family.get(family, [])

    def line_rules(self, family: str, language: str | None) -> list[Rule]:
        """The whole-block rules of a family that apply to a language ("*" rules always do)."""
        return self.memo(
            ("line_rules", family, language),
            lambda: [
                r
                for r in self._by_family.get(family, [])
                if r.kind == "line" and r.status == "on" and not r.learned and _language_ok(r.language, language)
            ],
        )

    def line_prefilter(self, family: str, language: str | None) -> tuple[re.Pattern[str] | None, ...]:
        """A family's line rules compiled into two unions: one scan rejects most blocks.

        Scanning every block with every rule costs a regex call per rule; a union answers "could any
        rule match?" in one call, and the rules are tried one by one only on the blocks it flags.
        Rules anchored with ``^`` go into one union that is itself anchored, so the engine tries it
        at the start of the line only.
        """
        return self.memo(("line_union", family, language), lambda: line_union(self.line_rules(family, language)))

    def learned_rules(self) -> list[Rule]:
        """The site rules ``cleaner learn`` wrote that are switched on, in id order (see passes/site.py)."""
        on = (r for r in self.rules.values() if r.learned and r.status == "on")
        return self.memo("learned_rules", lambda: sorted(on, key=lambda r: r.id))

    def applies(self, rule_id: str, language: str | None) -> bool:
        return _language_ok(self.rule(rule_id).language, language)

    def identity(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version, "sha256": self.sha256, "engine_sha256": engine_sha256()}


def line_union(rules: Iterable[Rule]) -> tuple[Any, Any]:
    """The anchored and the floating union of some line rules (see ``RuleSet.line_prefilter``)."""
    anchored, floating, guarded = [], [], []
    for rule in rules:
        if rule.pattern is not None and not is_re(rule.pattern):
            guarded.append(rule.pattern)  # a user pattern on RE2 or time-limited: never in a re union
        elif rule.pattern is not None:
            flags = "".join(f for f, v in _FLAGS.items() if rule.pattern.flags & v and f in "imsx")
            body = rule.pattern.pattern
            anchor = is_anchored(body, rule.pattern.flags)
            target = anchored if anchor else floating
            body = body[1:] if anchor else body
            target.append(f"(?{flags}:{body})" if flags else f"(?:{body})")
        if rule.phrases:
            floating.append("(?i:" + "|".join(re.escape(p) for p in rule.phrases) + ")")
    from .text.unions import compile_union  # re.compile of the union, each rule compiled once a process

    union: Any = re.compile("|".join(floating)) if floating else None
    if guarded:
        from .userregex import union_search

        union = union_search(([union] if union is not None else []) + guarded)
    return (compile_union(anchored) if anchored else None, union)


@cache
def is_anchored(body: str, flags: int) -> bool:
    """Whether a pattern matches only at the start of the text, so it may go in the anchored union.

    '^A|B' opens with '^' but its second branch may match anywhere, and under MULTILINE '^' matches
    after every line break: stripping the '^' into the union's own would lose those matches.

    Kept per pattern: the line rules of every language a process meets ask it of the same rules
    again, and the walk of a pattern's characters in Python costs ~0.2 ms.
    """
    if not body.startswith("^") or flags & re.MULTILINE:
        return False
    return not any(ch == "|" and depth == 0 for _, ch, depth in regex_structure(body, 1))


def regex_structure(body: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """The grouping characters of a regex source, outside escapes and character classes: each
    '(', ')' and '|' with its position and the depth it stands at (a '(' and its ')' at the depth
    around the group, a '|' inside the group it splits)."""
    depth, i, in_class = 0, start, False
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if body[i + 1 : i + 2] == "^":
                i += 1
            if body[i + 1 : i + 2] == "]":
                i += 1  # a ']' right after '[' or '[^' is a member, not the end
        elif ch == "(":
            yield i, ch, depth
            depth += 1
        elif ch == ")":
            depth -= 1
            yield i, ch, depth
        elif ch == "|":
            yield i, ch, depth
        i += 1


def _language_ok(rule_language: str, language: str | None) -> bool:
    if rule_language == "*":
        return True
    if language is None:
        return rule_language == "en"
    if "+" in language:  # 'de+en': a text's own language and English (cleaner.pipeline.text_language)
        return rule_language in language.split("+")
    return rule_language == language


def _compile(pack: str, rule_id: str, pattern: str, flags: str, *, user: bool = False) -> Any:
    """A rule's pattern: Python ``re`` for built-in packs (compiled on first use); for user packs,
    validated by ``re`` and then run on RE2 or time-limited (``cleaner.userregex``), so no user
    pattern can hang a batch."""
    value = 0
    for ch in flags:
        if ch not in _FLAGS:
            raise RuleError(f"{pack}: rule {rule_id}: unknown regex flag {ch!r}")
        value |= _FLAGS[ch]
    if not user:
        return LazyPattern(pattern, value)
    try:
        re.compile(pattern, value)
    except (re.error, RecursionError, OverflowError) as exc:
        raise RuleError(f"{pack}: rule {rule_id}: bad pattern: {exc}") from None
    from .userregex import compile_user

    return compile_user(pattern, value, f"{pack}: rule {rule_id}")


def _parse_pack(name: str, data: bytes, *, user: bool = False) -> tuple[dict[str, Any], list[Rule]]:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{name}: not a valid TOML rule pack: {exc}") from None
    meta = doc.get("pack")
    if not isinstance(meta, dict):
        raise RuleError(f"{name}: missing [pack] table")
    family = meta.get("family")
    language = meta.get("language", "*")
    raw_rules = doc.get("rule", [])
    if not isinstance(raw_rules, list):
        raise RuleError(f"{name}: [[rule]] must be an array of tables")
    rules = []
    for i, raw in enumerate(raw_rules):
        if not isinstance(raw, dict):
            raise RuleError(f"{name}: rule #{i + 1} is not a table")
        rule_id = raw.get("id")
        if not isinstance(rule_id, str) or not _ID.match(rule_id):
            raise RuleError(f"{name}: rule #{i + 1}: id must look like CAPTION-001, got {rule_id!r}")
        fam = raw.get("family", family)
        if fam not in FAMILIES:
            raise RuleError(f"{name}: rule {rule_id}: unknown family {fam!r}")
        kind = raw.get("kind", "line")
        if kind not in KINDS:
            raise RuleError(f"{name}: rule {rule_id}: unknown kind {kind!r}")
        desc = raw.get("description")
        if not isinstance(desc, str) or not desc.strip():
            raise RuleError(f"{name}: rule {rule_id}: a description is required")
        pattern = None
        if "pattern" in raw:
            pattern = _compile(name, rule_id, str(raw["pattern"]), str(raw.get("flags", "")), user=user)
        phrases = tuple(str(p).lower() for p in raw.get("phrases", []))
        if kind == "line" and pattern is None and not phrases:
            raise RuleError(f"{name}: rule {rule_id}: a line rule needs a pattern or phrases")
        params = raw.get("params", {})
        if not isinstance(params, dict):
            raise RuleError(f"{name}: rule {rule_id}: params must be a table")
        status = raw.get("status", "on")
        if status not in STATUSES:
            raise RuleError(f"{name}: rule {rule_id}: status must be 'on' or 'off', got {status!r}")
        rules.append(
            Rule(
                id=rule_id,
                family=fam,
                kind=kind,
                description=desc.strip(),
                pack=name,
                language=str(raw.get("language", language)),
                pattern=pattern,
                phrases=phrases,
                params=Params(rule_id, params),
                examples=tuple(raw.get("examples", [])),
                counter_examples=tuple(raw.get("counter_examples", [])),
                why=str(raw.get("why", "")).strip(),
                placement=raw.get("placement"),
                status=status,
            )
        )
    return meta, rules


def _builtin_packs() -> list[tuple[str, bytes]]:
    root = resources.files("cleaner.rulepacks")
    packs = [(entry.name, entry.read_bytes()) for entry in root.iterdir() if entry.name.endswith(".toml")]
    return sorted(packs)


def _user_packs(paths: Iterable[str | Path]) -> list[tuple[str, bytes]]:
    packs = []
    for p in paths:
        path = Path(p)
        files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            raise RuleError(f"{path}: no *.toml rule packs in this folder")
        for f in files:
            try:
                packs.append((str(f), f.read_bytes()))
            except OSError as exc:
                raise RuleError(f"{f}: cannot read rule pack: {exc.strerror}") from None
    return packs


def build_ruleset(extra: Iterable[str | Path] = (), *, builtin: bool = True) -> RuleSet:
    """Load the built-in packs plus any user packs; fail with a RuleError that names file and rule."""
    user_packs = _user_packs(extra)
    packs = (_builtin_packs() if builtin else []) + user_packs
    rules: dict[str, Rule] = {}
    digest = hashlib.sha256()
    version = "0"
    n_builtin = len(packs) - len(user_packs)
    user_names: list[str] = []  # the user's packs by their own names: the set says what it is made of
    for i, (name, data) in enumerate(packs):
        meta, pack_rules = _parse_pack(name, data, user=i >= n_builtin)
        if i >= n_builtin:
            own = str(meta.get("name") or Path(name).stem)
            if own not in user_names:
                user_names.append(own)
        if name.endswith("ruleset.toml") and builtin and "version" in meta:
            version = str(meta["version"])
        digest.update(Path(name).name.encode() + b"\0" + data + b"\0")
        for rule in pack_rules:
            if rule.id in rules:
                raise RuleError(f"{name}: rule {rule.id} is already defined in {rules[rule.id].pack}")
            rules[rule.id] = rule
    name = "+".join(["cleaner-core" if builtin else "", *user_names]).strip("+") or "empty"
    return RuleSet(name=name, version=version, sha256=digest.hexdigest(), rules=rules, packs=[n for n, _ in packs])


# The code that decides what is boilerplate: two rule sets with the same packs but different
# heuristics must not share an identity. The CLI, archive, batch and I/O code are not in it.
ENGINE_MODULES = ("article.py", "context.py", "pipeline.py", "rules.py", "passes", "text", "html")


@cache
def engine_sha256() -> str:
    """A hash of the engine's source files, computed once per process (see ``hash_engine``)."""
    return hash_engine(Path(__file__).parent)


def hash_engine(root: Path) -> str:
    """A hash of the engine's source files under a package root: sorted relative paths and bytes."""
    digest = hashlib.sha256()
    files: list[Path] = []
    for name in ENGINE_MODULES:
        path = root / name
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


_DEFAULT: RuleSet | None = None


def default_ruleset() -> RuleSet:
    """The built-in rules, loaded once per process: passes must not reload packs per article."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = build_ruleset()
    return _DEFAULT


def resolve(rules: RuleSet | str | Path | Iterable[str | Path] | None) -> RuleSet:
    """Accept what users naturally pass as ``rules=``: None, a RuleSet, a folder, files."""
    if rules is None:
        return default_ruleset()
    if isinstance(rules, RuleSet):
        return rules
    if isinstance(rules, (str, Path)):
        return build_ruleset([rules])
    return build_ruleset(list(rules))
