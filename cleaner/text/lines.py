"""Whole-block rules shared by the phrase halves of every family (built-in and user packs)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..article import Block
from ..context import Context
from ..rules import LazyPattern, Rule, RuleSet, is_anchored, is_re, line_union
from .dispatch import _ANY, _UNKNOWN, AnchoredDispatch, K, key_of, openings, required_chars, split_branches
from .regex import FOLDS, parse, required_words, scans, sre_parse

_NO_LIMIT = object()  # a rule without its own max_words param
_FOLD0, _FOLD1, _FOLD2 = FOLDS  # tested one by one in ``first``: a generator over FOLDS cost more
_MAX_GATE = 16  # more words than this make a weak gate that costs as much as the union


def cell_text(text: str) -> str:
    """A table row with one filled cell, as that cell's text: '| Kommentare: 0 | |' -> 'Kommentare: 0'.

    Pages laid out in tables put their furniture (comment counts, share labels, section headers) in
    rows of their own; the extractor renders a row as '| cell | cell |', and the cell bars would hide
    the label from every anchored rule. Rows with several filled cells are data and stay as they are.
    """
    if not text.startswith("|"):
        return text
    filled = [c for c in (part.strip() for part in text.split("|")) if c]
    return filled[0] if len(filled) == 1 else text


class LineRules:
    """A family's line rules for one language, with the prefilters that reject most blocks at once.

    Built once per rule set and language (``line_rules``): every pass asks about every block.
    The prefilter is the union of the rules (``RuleSet.line_prefilter``), except for rules that make
    the engine try the line at every position (a leading '.{0,80}', '.*?' or lookahead): in a union
    they cost every block that scan. Each of those is tried only on blocks whose lower-cased text
    holds one of the words every match of it must contain (``required_words``).
    """

    __slots__ = (
        "_branches",
        "_full",
        "_gated",
        "_gated_rules",
        "_heads",
        "_key",
        "_masks",
        "_ruleset",
        "_tries",
        "cheap_anchored",
        "cheap_floating",
        "floating_need",
        "gate",
        "rules",
    )

    def __init__(self, ruleset: RuleSet, family: str, language: str | None) -> None:
        self._ruleset, self._key = ruleset, (family, language)
        rules = ruleset.line_rules(family, language)
        # a rule's gate depends on its pattern only: analysed once, whatever the language
        needs = [ruleset.memo(("lines.gate", rule.id), lambda rule=rule: _gate_words(rule)) for rule in rules]
        self.rules = [
            (rule, rule.params["max_words"] if "max_words" in rule.params else _NO_LIMIT, need)
            for rule, need in zip(rules, needs, strict=True)
        ]
        self.cheap_anchored: Any
        self.cheap_floating: Any
        cheap = [rule for rule, need in zip(rules, needs, strict=True) if need is None]
        self.cheap_anchored, self.cheap_floating = line_union(cheap)
        if self.cheap_anchored is not None:
            bodies = [
                (r.pattern.pattern[1:], r.pattern.flags)
                for r in cheap
                if r.pattern is not None and is_re(r.pattern) and is_anchored(r.pattern.pattern, r.pattern.flags)
            ]
            self.cheap_anchored = AnchoredDispatch(bodies, self.cheap_anchored)
        # characters one of which every match of the cheap floating union holds: a line without any
        # is not scanned (a breadcrumb needs its '>' or '/'), see ``_floating_need``
        self.floating_need = None if self.cheap_floating is None else _floating_need(cheap)
        self.gate = tuple(sorted({w for need in needs if need is not None for w in need}))
        # each gated rule's top-level branches, with the openings and words each needs (see ``_head``)
        self._branches = [
            None if need is None else ruleset.memo(("lines.branches", rule.id), lambda r=rule, n=need: _branches(r, n))
            for rule, need in zip(rules, needs, strict=True)
        ]
        # each gated rule's branches as patterns of their own, compiled when a line first needs one
        self._tries = [
            None
            if branches is None
            else ruleset.memo(("lines.tries", rule.id), lambda r=rule, b=branches: _tries(r, b))
            for rule, branches in zip(rules, self._branches, strict=True)
        ]
        # the gated rules (their indices in ``rules``), and for a line's word count and default_max
        # which of them its length allows, as bits (see ``_mask``)
        self._gated = [i for i, need in enumerate(needs) if need is not None]
        self._gated_rules = [(i, self.rules[i][0], self.rules[i][1]) for i in self._gated]
        self._masks: dict[tuple[int, int | None], int] = {}
        # per line opening: the gate's words per set of rules a line's length allows (filled as lines
        # come), each gated rule's words, and the opening's compiled
        # anchored union with the branches the dispatch tries apart once the dispatch has them
        # (``_UNKNOWN`` until then, see ``AnchoredDispatch.settled``), so a line is matched against
        # them without a call into the dispatch
        self._heads: dict[str, list[Any]] = {}
        # the union of every rule serves only blocks the gate cannot judge (see ``first``): built on demand
        self._full: tuple[Any, Any] | None = None if self.gate else (self.cheap_anchored, self.cheap_floating)

    def _full_union(self) -> tuple[Any, Any]:
        if self._full is None:
            self._full = self._ruleset.line_prefilter(*self._key)
        return self._full

    def first(self, block: Block, max_words: int = 60, default_max: int | None = None) -> str | None:
        """The id of the first rule that matches the whole block, if any.

        ``max_words`` caps every rule; a rule's own ``max_words`` param narrows it, and ``default_max``
        stands in for that param when a rule gives none (a pass whose labels are short by nature can
        still take the odd long line of furniture a rule names exactly).
        """
        words = block.words
        if words > max_words:
            return None
        text = block.text
        # the words are looked up in block.lower, which must hold every ASCII letter a match does;
        # such a line is matched by its opening (``_heads``), also in a family with no gated rule
        # (related), where the gate is empty: a call into the dispatch per line cost as much again
        plain = text.isascii() or not (_FOLD0 in text or _FOLD1 in text or _FOLD2 in text)  # none of FOLDS
        if text[:1] == "|":
            text = cell_text(text)
        if plain:
            head = text[:K]
            entry = self._heads.get(head)
            if entry is None:
                entry = self._heads[head] = self._head(head)
            gates, allowed, union, worded, _, tries = entry
            if union is _UNKNOWN:  # the opening's own union is not compiled yet: the dispatch decides
                anchored = self.cheap_anchored
                hit = anchored.match(text, head)
                settled = anchored.settled(head)
                if settled is not None:
                    entry[2], entry[3] = settled
            else:
                hit = union is not None and union.match(text)
                if not hit and worded:
                    # the branches the dispatch tries apart, as its ``match`` would: on lines holding
                    # one of their words, looked up in ``low`` (a plain line holds none of FOLDS, and
                    # a table cell's text in lower case is part of its line's)
                    low = block.lower
                    for needed, pattern in worded:
                        for word in needed:
                            if word in low:
                                break
                        else:
                            continue
                        if pattern.match(text):
                            hit = True
                            break
            if not hit:
                floating, need = self.cheap_floating, self.floating_need
                if floating and need is not None:
                    for ch in need:
                        if ch in text:
                            break
                    else:
                        floating = None  # no match of it can be in the line
                if not (floating and floating.search(text)):
                    if not self._gated:
                        return None  # no gated rule (related): the unions have answered
                    low = block.lower
                    # only the words of the gated rules the line's length allows: a paragraph too
                    # long for a rule's max_words is not looked up for that rule's words
                    gate = gates.get((words, default_max))
                    if gate is None:
                        gate = gates[words, default_max] = self._gate_for(entry, words, default_max)
                    for word in gate:
                        if word in low:
                            break
                    else:
                        return None
                    # only the costly, gated rules are left (the cheap rules' unions failed)
                    for i, rule, limit in self._gated_rules:
                        if limit is _NO_LIMIT:
                            limit = default_max
                        if limit is not None and words > limit:
                            continue
                        # only the rule's branches whose opening the line's allows and one of whose
                        # words it holds, each alone: a rule matches when one of its branches does,
                        # and a branch that scans the line ('.{0,200}?\bswitch…') is not run on a
                        # line that only holds another branch's word ('app')
                        for needed, branch in tries[i]:
                            for word in needed:
                                if word in low:
                                    break
                            else:
                                continue
                            if branch.match(text):
                                return rule.id
                    return None
        else:
            anchored, floating = self._full_union()
            if not ((anchored and anchored.match(text)) or (floating and floating.search(text))):
                return None
        for i, (rule, limit, need) in enumerate(self.rules):
            if limit is _NO_LIMIT:
                limit = default_max
            if limit is not None and words > limit:
                continue
            if plain and need is not None:
                can = allowed[i]
                if can is None:
                    continue
                low = block.lower
                for word in can:
                    if word in low:
                        break
                else:
                    continue
            if rule.matches(text):
                return rule.id
        return None

    def _mask(self, words: int, default_max: int | None) -> int:
        """Which gated rules a line of ``words`` words may match by their max_words (``first``'s
        limits), as bits: bit k for the k-th of ``_gated``. Kept per word count and default_max."""
        mask = 0
        for bit, i in enumerate(self._gated):
            limit = self.rules[i][1]
            if limit is _NO_LIMIT:
                limit = default_max
            if limit is None or words <= limit:
                mask |= 1 << bit
        self._masks[(words, default_max)] = mask
        return mask

    def _gate_for(self, entry: list[Any], words: int, default_max: int | None) -> tuple[str, ...]:
        """The gate of a line opening (its ``_head`` entry) for a line of ``words`` words: the gate of
        the gated rules its length allows (``_mask``), shared by the word counts with one mask."""
        mask = self._masks.get((words, default_max))
        if mask is None:
            mask = self._mask(words, default_max)
        by_mask = entry[4]
        gate = by_mask.get(mask)
        if gate is None:
            gate = by_mask[mask] = self._gate(entry[1], mask)
        return gate

    def _gate(self, allowed: tuple[tuple[str, ...] | None, ...], mask: int) -> tuple[str, ...]:
        """The gate of a line opening (``allowed``, see ``_head``) for the gated rules in ``mask``:
        when a line holds none of these words, no rule it may still match can match it."""
        return tuple(
            sorted(
                {
                    w
                    for bit, i in enumerate(self._gated)
                    if mask >> bit & 1 and allowed[i] is not None
                    for w in allowed[i]
                }
            )
        )

    def _head(self, head: str) -> list[Any]:
        """For lines opening with ``head``: the gates, empty until lines come (the words one of which
        a line needs for any gated rule its length allows to match it, see ``_gate``; kept by the
        line's word count and default_max), per rule the words it needs for that rule (None: no
        branch of it can open so), the opening's union and the branches tried apart (``_UNKNOWN``
        and none until the dispatch settles them), the gates by ``_mask`` (see ``_gate_for``), and
        per rule the branches such a line may match, each with its words (see ``_tries``).

        A gated rule matches only through one of its top-level branches, and a branch only a line
        whose opening its analysis allows (``cleaner.text.dispatch.openings``) and that holds one of
        its words; so a line is looked up for the words of the branches its opening allows, not for
        every word of every rule ('when', 'you' and 'from' open affiliate and citation notes and
        stand in most paragraphs)."""
        key = key_of(head)
        loose = None if key is None else key[:1] + _ANY
        allowed: list[tuple[str, ...] | None] = []
        tries: list[tuple[tuple[tuple[str, ...], _Try], ...]] = []
        for branches, rule_tries in zip(self._branches, self._tries, strict=True):
            if branches is None or rule_tries is None:
                allowed.append(None)
                tries.append(())
                continue
            can: set[str] = set()
            mine = []
            for (keys, words, _), branch in zip(branches, rule_tries, strict=True):
                if key is None or keys is None or key in keys or loose in keys:
                    can |= words
                    mine.append((tuple(sorted(words)), branch))
            allowed.append(tuple(sorted(can)) if can else None)
            tries.append(tuple(mine))
        union = _UNKNOWN if self.cheap_anchored is not None else None  # None: no anchored rule to try
        return [{}, tuple(allowed), union, (), {}, tuple(tries)]


# a gated rule's branches: the openings, the words and the pattern source of each (see ``_branches``)
_Branches = tuple[tuple[frozenset[str] | None, frozenset[str], str | None], ...]


def _floating_need(rules: list[Rule]) -> tuple[str, ...] | None:
    """Characters one of which every match of these rules' floating union contains (see
    ``cleaner.text.dispatch.required_chars``), or None when some rule has no such characters
    (phrases, a user pattern outside ``re``, a pattern the analysis cannot bound)."""
    chars: set[str] = set()
    for rule in rules:
        pattern = rule.pattern
        if rule.phrases or (pattern is not None and not is_re(pattern)):
            return None
        if pattern is None or is_anchored(pattern.pattern, pattern.flags):
            continue  # in the anchored union
        need = required_chars(pattern.pattern, pattern.flags & ~re.UNICODE)
        if not need:
            return None
        chars |= need
    return tuple(sorted(chars)) if chars else None


def _gate_words(rule: Rule) -> frozenset[str] | None:
    """The words that gate a costly rule (see ``LineRules``), or None to keep it in the union.

    Costly: a rule that scans the line (see ``scans``), or an anchored one some branch of which may
    open with any letter ('[a-z][\\w.-]{1,30}(?:\\s+[a-z]…){0,3}\\s+is not responsible …'): the
    dispatch keeps such a branch in the union of every opening, so every line of prose would walk
    its words."""
    pattern = rule.pattern
    if rule.phrases or not is_re(pattern):
        return None  # phrase rules are cheap; user patterns on RE2 or the regex module are not in a union
    parsed = parse(pattern)
    if parsed is None or (pattern.pattern.startswith("^") and not scans(parsed) and not _opens_loosely(pattern)):
        return None
    words = required_words(parsed)
    return words if words and len(words) <= _MAX_GATE else None


def _opens_loosely(pattern: Any) -> bool:
    """Whether an anchored pattern's openings, as the dispatch reads them (``openings``), leave its
    second character open ('a\uffff') or are not bounded at all: then the dispatch tries it on
    nearly every line."""
    keys = openings(pattern.pattern[1:], pattern.flags & ~re.UNICODE)
    return keys is None or any(key.endswith(_ANY) for key in keys)


def _branches(rule: Rule, need: frozenset[str]) -> _Branches:
    """A gated rule's top-level branches, each as the openings a match through it can have (None:
    any), the words one of which such a match holds (the branch's own, else the rule's), and the
    source of a pattern that matches a line exactly when the rule matches it through this branch
    ('^(?:BRANCH)TAIL', see ``_Try``; None: the rule's own pattern, when it is not split).

    Only an anchored pattern's branches have openings; a floating one is a single branch."""
    pattern = rule.pattern
    flags = pattern.flags
    if sre_parse is None or not is_anchored(pattern.pattern, flags):
        return ((None, need, None),)
    body = pattern.pattern[1:]
    split = None if flags & re.VERBOSE or "(?P=" in body else split_branches(body)
    if split is None:
        sources = [None]
        parts = [body]
    else:
        sources = [f"^(?:{b}){split[1]}" for b in split[0]]
        parts = [re.sub(r"\(\?P<\w+>", "(?:", f"(?:{b}){split[1]}") for b in split[0]]
    out = []
    for part, source in zip(parts, sources, strict=True):
        try:
            words = required_words(sre_parse.parse(part, flags & ~re.UNICODE))
        except (re.error, RecursionError):
            return ((None, need, None),)
        out.append((openings(part, flags & ~re.UNICODE), words or need, source))
    return tuple(out)


class _Try:
    """One branch of a gated rule as a pattern of its own, compiled the first time a line needs it.

    ``match(text)`` answers as the rule's own pattern would through this branch: for a rule split
    into its top-level branches ('^(?:A|B)TAIL'), '^(?:A)TAIL', which matches exactly when the
    rule matches by way of A (an alternation is tried branch by branch, so the rule matches when
    one of them does); for a rule that is not split, the rule's pattern itself ('match' for an
    anchored one, where it answers as the 'search' of ``Rule.matches``; 'search' for a floating one).
    Most branches of a gated rule never meet a line holding their words: they are never compiled.
    """

    __slots__ = ("_flags", "_pattern", "_source", "match")

    def __init__(self, pattern: Any, source: str | None) -> None:
        self._pattern, self._source, self._flags = pattern, source, pattern.flags
        self.match: Callable[[str], Any] = self._first

    def _first(self, text: str) -> Any:
        if self._source is not None:
            compiled = re.compile(self._source, self._flags)
            self.match = compiled.match
        else:
            compiled = self._pattern.compiled() if isinstance(self._pattern, LazyPattern) else self._pattern
            anchored = is_anchored(compiled.pattern, compiled.flags)
            self.match = compiled.match if anchored else compiled.search
        return self.match(text)


def _tries(rule: Rule, branches: _Branches) -> tuple[_Try, ...]:
    """A gated rule's branches (``_branches``) as ``_Try`` patterns, in the same order."""
    return tuple(_Try(rule.pattern, source) for _, _, source in branches)


def line_rules(ctx: Context, family: str) -> LineRules:
    """The family's line rules for the article's language; a pass fetches them once, not per block."""
    key = ("lines", family, ctx.language)
    return ctx.rules.memo(key, lambda: LineRules(ctx.rules, family, ctx.language))
