"""The page layer's rules (rules/html.toml) as the layer uses them: thresholds and label words.

Built once per rule set. The words of an element's class, id and itemprop (split at hyphens,
underscores and camelCase) say what the page thinks the element is: boilerplate, lead, credit,
byline; which words mean what is data (HTML-020..024), not code.
"""

from __future__ import annotations

import re
from typing import Any

from lxml.html import HtmlElement

from ..rules import RuleSet

_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_NOTHING: frozenset[str] = frozenset()
_UNLABELLED: tuple[frozenset[str], bool] = (_NOTHING, False)


class HtmlRules:
    """Every threshold and label word the page layer reads, looked up once per rule set."""

    def __init__(self, rules: RuleSet) -> None:
        p = rules.param
        self.ruleset = rules
        self.title_window = p("HTML-001", "title_window")
        self.title_part_words = p("HTML-001", "min_part_words")
        self.title_overlap = p("HTML-001", "min_overlap")
        self.later_h1_on = rules.rule("HTML-052").status == "on"
        self.deck_min_words = p("HTML-007", "min_words")
        self.link_share = p("HTML-002", "link_share")
        self.link_internal = p("HTML-002", "internal_share")
        self.link_max_words = p("HTML-002", "max_words")
        self.list_max_words = p("HTML-002", "list_max_words")
        self.wrapper_share = p("HTML-004", "wrapper_share")
        self.boiler_max_words = p("HTML-004", "max_words")
        self.label_max_words = p("HTML-005", "label_max_words")
        self.orphan_at_end = p("HTML-005", "orphan_at_end")
        self.keep_cut_off = rules.rule("HTML-030").status == "on"
        self.bare_year_on = rules.rule("HTML-031").status == "on"
        self.schedule_min = p("HTML-032", "min_entries") if rules.rule("HTML-032").status == "on" else 0
        self.day_heads_min = p("HTML-055", "min_entries") if rules.rule("HTML-055").status == "on" else 0
        self.lead_words = (p("HTML-010", "lead_min_words"), p("HTML-010", "lead_max_words"))
        self.lead_gap = p("HTML-010", "max_gap")
        self.lead_heading_on = rules.rule("HTML-053").status == "on"
        self.split_lead_on = rules.rule("HTML-056").status == "on"
        self.button_heads_words = p("HTML-059", "min_words") if rules.rule("HTML-059").status == "on" else 0
        self.repeat_min_words = p("HTML-008", "min_words")
        self.card_min_words = p("HTML-006", "min_words")
        self.card_min_outside = p("HTML-006", "min_outside_words")
        self.card_link_share = p("HTML-006", "link_share")
        self.template_max_words = p("HTML-054", "max_words") if rules.rule("HTML-054").status == "on" else 0
        self.opening_on = rules.rule("HTML-018").status == "on"
        self.lead_over_opening_on = rules.rule("HTML-057").status == "on"
        self.chunk_min_paragraphs = p("HTML-011", "min_paragraphs")
        self.prose_words = p("HTML-011", "prose_words")
        self.chunk_levels = p("HTML-011", "max_levels")
        self.widen_on = rules.rule("HTML-029").status == "on"
        self.widen_max_chars = p("HTML-029", "max_chars")
        self.widen_page_share = p("HTML-029", "page_share")
        self.widen_ratio = p("HTML-029", "ratio")
        self.between_on = rules.rule("HTML-019").status == "on"
        self.between_words = p("HTML-019", "min_words")
        self.between_heading_words = p("HTML-019", "heading_max_words")
        embeds_on = rules.rule("HTML-027").status == "on"
        self.embed_classes = frozenset(p("HTML-027", "classes")) if embeds_on else frozenset()
        self.min_words = p("HTML-012", "min_words")
        self.min_chars = p("HTML-012", "min_chars")
        self.max_paragraphs = p("HTML-013", "max_paragraphs")
        self.boiler = rules.phrase_set("HTML-020")
        self.field_label_words = p("HTML-061", "max_words") if rules.rule("HTML-061").status == "on" else 0
        overlay_on = rules.rule("HTML-060").status == "on"
        self.overlay_words = self.boiler & frozenset(p("HTML-060", "words")) if overlay_on else frozenset()
        self.lead = rules.phrase_set("HTML-021")
        self.not_lead = rules.phrase_set("HTML-022")
        self.credit = rules.phrase_set("HTML-023")
        self.byline = rules.phrase_set("HTML-024")
        self.byline_max_words = p("HTML-024", "max_words")
        leads = sorted(rules.phrase_set("HTML-025"), key=len, reverse=True)  # longest first: 'posted by' before 'by'
        self.byline_lead = re.compile(
            r"^\W*(?:(?:" + "|".join(re.escape(w) for w in leads) + r")\b\s*:?\s*)+", re.IGNORECASE
        )
        self.not_byline = frozenset(p("HTML-026", "not_byline"))  # a comment thread or a figure
        self._all = self.boiler | self.lead | self.not_lead | self.credit | self.byline
        self._parts: dict[tuple[Any, Any, Any], frozenset[str]] = {}
        # (class, id, itemprop) -> labels_of's answer; read directly by the page walk
        self.labels: dict[tuple[Any, Any, Any], tuple[frozenset[str], bool]] = {}
        self._words: dict[tuple[Any, Any], frozenset[str]] = {}

    def words_of(self, elem: HtmlElement) -> frozenset[str]:
        """All the words of an element's class and id, lower-cased (for the few elements asked:
        a byline's ancestors, which the bylines of a page share)."""
        key = (elem.get("class"), elem.get("id"))
        found = self._words.get(key)
        if found is None:
            found = frozenset(map(str.lower, _PARTS.findall(f"{key[0]} {key[1]}")))
            if len(self._words) > 100_000:
                self._words.clear()
            self._words[key] = found
        return found

    def parts_of(self, elem: HtmlElement) -> frozenset[str]:
        """The words of an element's class, id and itemprop that mean something to the layer."""
        get = elem.get
        key = (get("class"), get("id"), get("itemprop"))
        found = self._parts.get(key)
        if found is None:  # class strings repeat across a page and across a site's pages
            if key == (None, None, None):
                return _NOTHING
            found = frozenset(map(str.lower, _PARTS.findall(f"{key[0]} {key[1]} {key[2]}"))) & self._all
            if len(self._parts) > 100_000:
                self._parts.clear()
            self._parts[key] = found
        return found

    def labels_of(self, elem: HtmlElement) -> tuple[frozenset[str], bool]:
        """``parts_of`` and whether the class glues a byline word to another ('authorbox',
        'postauthor': HTML-024), in one lookup: the page walk asks both of every element, and
        the same few class strings answer for most of them."""
        get = elem.get
        key = (get("class"), get("id"), get("itemprop"))
        found = self.labels.get(key)
        if found is None:
            if key == (None, None, None):
                found = _UNLABELLED
            else:
                low = key[0].lower() if key[0] else ""
                found = (self.parts_of(elem), bool(low) and any(w in low for w in self.byline))
            if len(self.labels) > 100_000:
                self.labels.clear()
            self.labels[key] = found
        return found


def html_rules(rules: RuleSet) -> HtmlRules:
    return rules.memo("html.rules", lambda: HtmlRules(rules))
