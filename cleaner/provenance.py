"""Where a copy says it came from: `original_publisher` and, from a syndicated-feed disclaimer,
`republisher` (issue 13).

An originally-appeared-on, read-the-original or republished-from note names the story's source,
which is not the republisher: it goes to `original_publisher`, read here whether or not a rule
removes the line (FOOTER-110 and FOOTER-129 do; a user pack may turn them off). A syndicated-feed
disclaimer ('This story has not been edited by Site staff and is published from a syndicated
feed') names the site whose copy this is: `republisher`, when the text shows no other. Only the
first and last lines of the text are looked at: the notes stand there.
"""

from __future__ import annotations

import re

from .context import Context

_NAME = (
    r"(?P<name>(?-i:(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z0-9][\w&'’.-]*|of|and|&|de|la|du|der|für)){0,5}"
    r"|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}))"  # or its address: 'Originally published at example.com'
)
ORIGINAL = re.compile(
    r"^[\s(*_–—-]*(?:"
    r"(?:(?:this|the)\s+(?:article|story|post|piece|column|report|content)\s+(?:(?:was|is|has\s+been)\s+)?"
    r"(?:first\s+|originally\s+)?(?:appeared|published|ran|republished|reprinted|syndicated|provided)"
    r"(?:\s+with\s+permission)?|"
    r"an?\s+(?:version|earlier\s+version)\s+of\s+this\s+(?:article|story|post|piece)\s+(?:first\s+|originally\s+)?"
    r"(?:appeared|was\s+published|ran)|"
    r"(?:(?:article|story|post)\s+)?(?:originally|first)\s+(?:appeared|published|posted|ran)|"
    r"this\s+is\s+an?\s+(?:edited|abridged|shortened|condensed|adapted|updated|longer|expanded|excerpted|translated)"
    r"\s+version\s+of\s+(?:a|an|the)\s+(?:article|story|post|piece|essay|column|report)\s+(?:that|which)\s+"
    r"(?:was\s+)?(?:first|originally)\s+(?:appeared|published|ran)|"
    # Stacker's distribution note names the newsroom that wrote the story
    r"(?:this\s+)?(?:story|article)\s+was\s+produced(?=\s+by\s+\S.{0,80}?\s+and\s+(?:reviewed\s+and\s+)?distributed"
    r"\s+by\s+stacker)|"
    r"(?:(?:story|article|content)\s+)?provided|"
    # WordPress's feed footer: 'The post <headline> appeared first on <site>.'
    r"the\s+post\s+\S.{2,200}?\s+appeared\s+first|"
    r"republished(?:\s+with\s+permission)?|reprinted(?:\s+with\s+permission)?|syndicated(?:\s+with\s+permission)?|"
    r"read\s+the\s+original(?:\s+(?:article|story))?)"
    r"\s+(?:on|in|at|from|by|of)\s+(?-i:the\s+)?"
    # the same notes in German, French, Spanish, Italian, Portuguese and Dutch, whose outlet may
    # follow a lower-case article ('in der Süddeutschen Zeitung', 'no The Conversation')
    r"|(?:(?:dieser|der)\s+(?:artikel|beitrag|text)\s+(?:erschien|ist)\s+(?:zuerst|ursprünglich|erstmals)"
    r"\s+(?:bei|auf|in\s+der|im|in)|"
    # WordPress's feed footer in German, the post's headline inside: 'Der Beitrag <headline> erschien
    # zuerst auf <site>.', 'Dieser Beitrag <headline> erschien zuerst im Blog <site>'
    r"(?:dieser|der)\s+beitrag\s+\S.{2,200}?\s+erschien\s+zuerst\s+(?:bei|auf|in\s+der|im|in)"
    r"(?:\s+(?:blog|weblog|magazin|portal))?|"
    r"(?:cet\s+)?article\s+(?:a\s+été\s+)?(?:initialement|originellement|d['’]abord|originalement)\s+publié"
    r"\s+(?:sur|dans|par)|(?:cet\s+)?article\s+(?:a\s+été\s+)?publié\s+(?:initialement|originellement|d['’]abord)"
    r"\s+(?:sur|dans|par)|(?:cet\s+)?article\s+(?:est|a\s+été)\s+republié\s+(?:à\s+partir\s+d[e'’]|depuis|de)|"
    r"(?:este|el)\s+(?:artículo|texto)\s+(?:fue\s+publicado|se\s+publicó|apareció)\s+(?:originalmente|primero)"
    r"\s+en|"
    r"(?:questo|l['’])\s*articolo\s+è\s+stato\s+pubblicato\s+(?:originariamente|originalmente|inizialmente|per\s+la"
    r"\s+prima\s+volta)\s+(?:su|in|da)|"
    r"(?:este|o)\s+(?:artigo|texto)\s+foi\s+publicado\s+(?:originalmente|inicialmente)\s+(?:no|na|em|pelo|pela)|"
    r"(?:dit|het)\s+(?:artikel|stuk)\s+(?:verscheen|is)\s+(?:eerder|eerst|oorspronkelijk)\s+(?:op|in|bij)|"
    # the note without its subject: 'Ursprünglich veröffentlicht auf …', 'Publié initialement sur …',
    # 'Publicado originalmente en …', 'Pubblicato originariamente su …', 'Oorspronkelijk gepubliceerd op …'
    r"(?P<bare>(?:ursprünglich|zuerst)\s+(?:veröffentlicht|erschienen)\s+(?:auf|bei|in|im)|"
    r"publié\s+(?:initialement|originellement|d['’]abord)\s+(?:sur|dans|par)|"
    r"publicad[oa]\s+(?:originalmente|inicialmente)\s+(?:en|no|na|em)|"
    r"(?:articolo\s+)?pubblicato\s+(?:originariamente|originalmente|inizialmente)\s+(?:su|in|da)|"
    r"(?:oorspronkelijk|eerder)\s+(?:gepubliceerd|verschenen)\s+(?:op|bij|door)|"
    # a bracketed source or a 'Via:' label under the copy: where the story was taken from
    r"[\[(]\s*source\s*:|via\s*:))"
    r"\s+(?-i:(?:la|el|le|les|der|die|das|de|het|o|a|il|the)\s+)?)" + _NAME,
    re.IGNORECASE,
)
# 'not been edited by NDTV staff', and Business Standard's 'may have been reworked by the Business
# Standard staff; the rest of the content is auto-generated from a syndicated feed'
_FEED = re.compile(
    r"(?:not\s+been\s+edited|reworked)\s+by\s+(?:the\s+)?" + _NAME + r"\s+staff\b.{0,80}\bsyndicated\s+feed",
    re.IGNORECASE,
)
# words one of which a line naming the original publisher holds ('first appeared', 'erschien'):
# a substring test per word (on the first and last lines, a few dozen words long, nine substring
# tests took half the time of one scan of their union, ``literal_union``)
_HINTS = (
    "source:",
    "via:",
    "ursprünglich",
    "zuerst",
    "gepubliceerd",
    "origin",
    "publi",
    "appeared",
    "reprint",
    "erschien",
    "verscheen",
    "eerder",
    "syndicated",
    "provided",
    "distributed",
)
_EDGE = 8  # lines from the start and the end that are looked at


def read(ctx: Context) -> None:
    blocks = ctx.blocks
    edges = blocks[:_EDGE] + blocks[-_EDGE:] if len(blocks) > 2 * _EDGE else blocks
    for block in edges:
        text = block.text
        if len(text) > 400:
            continue
        low = block.lower
        if ctx.metadata.original_publisher is None and _has_hint(low):
            m = ORIGINAL.match(text) if block.words <= 30 else None
            # 'Provided by The Motley Fool' is a note only when the name ends the line ('Provided by
            # Medicare, the benefit covers …' is a sentence)
            # a note with no subject (ORIGINAL's 'bare' forms) is the whole line: 'Zuerst erschienen im
            # Jahr 2010, …' is copy
            if m and (m.group("bare") or "provided" in m.group(0).lower()) and text[m.end() :].strip(" .])"):
                m = None
            if m:
                ctx.metadata.original_publisher = _clean(m.group("name"))
        if ctx.metadata.republisher is None and "syndicated" in low:
            m = _FEED.search(text)
            if m:
                ctx.metadata.republisher = _clean(m.group("name"))


def _has_hint(low: str) -> bool:
    for hint in _HINTS:
        if hint in low:
            return True
    return False


# a sentence's end inside the name the pattern read on: 'Futurism. Read the original article.'
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s.*$")


# a word that joins names ('Barnes and Noble') left at the end: '… at The Daily Ledger and is reproduced'
_DANGLING = re.compile(r"\s+(?:of|and|&|de|la|du|der|für)$")


def _clean(name: str) -> str:
    return _DANGLING.sub("", _SENTENCE_END.sub("", name).strip(" .,;:")).strip(" .,;:")
