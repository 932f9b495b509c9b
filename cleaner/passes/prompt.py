"""Reader prompts: subscription, paywall, newsletter, donation and log-in lines.

Phrase rules (PROMPT-001..005) catch the common wordings; the shape rule (PROMPT-010) catches the
rest: a short line with a call to action (a clause opening with an imperative, or a question put to
the reader) about the site's own offer (PROMPT-013), with no quotation and no reporting verb. Every
prompt, phrase-matched or not, must be about the site's offer: advice to readers about someone
else's product ("Sign up for a Hulu account") is copy. A paywall line after the last body paragraph
marks the copy as truncated.
"""

from __future__ import annotations

import re

from ..article import BODY, Block
from ..context import Context
from ..text.lines import line_rules
from ..text.regex import gated
from ..text.shapes import attributed, has_speech
from . import credits
from .base import Pass

_WORD = re.compile(r"[\w'’]+")
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z])")


class _Setup:
    """What the pass reads from the rules for one language, looked up once per rule set."""

    def __init__(self, ctx: Context) -> None:
        rules = ctx.rules
        self.lines = line_rules(ctx, "prompt")
        self.truncating = rules.phrases("PROMPT-012")
        self.shape = ctx.uses("PROMPT-010")
        self.max_words = rules.param("PROMPT-010", "max_words")
        self.max_sentences = rules.param("PROMPT-010", "max_sentences")
        self.max_block_words = rules.param("PROMPT-020", "block_max_words")
        self.ask = rules.pattern("PROMPT-011")
        self.reporting = gated(rules, "SHARED-001")
        self.attribution = rules.pattern("SHARED-003")
        self.truncates = {r.id for r in rules.family("prompt") if r.params.get("truncates")}
        # rules whose wording is itself the site's offer ('Thanks for signing up!'): no veto applies
        self.own_offer = {r.id for r in rules.family("prompt") if r.params.get("own_offer")}
        # rules whose lines the writer signs in the first person ('Hi, this is Jane Doe. I wrote this
        # story.'): a reporting verb there is the writer's own, no speech the prompt would quote
        self.first_person = {r.id for r in rules.family("prompt") if r.params.get("first_person")}
        # the same rules for the article's language, tried when the first rule that took a line is
        # vetoed: a pack's looser wording ('Abbonati a …') may come first and say no offer word, where
        # the line is a price offer (PROMPT-139) all the same
        self.offer_rules = tuple(
            r for r in rules.line_rules("prompt", ctx.language) if r.id in self.own_offer and ctx.uses(r.id)
        )
        self.offer = {
            kind: tuple(
                p for r in rules.family("prompt") if r.params.get("offer") == kind and ctx.uses(r.id) for p in r.phrases
            )
            for kind in ("strong", "weak", "pronoun")
        }
        # the site speaking of itself ('our', 'us', 'we'), among the reader pronouns (PROMPT-015)
        self.site_pronouns = tuple(p for p in self.offer["pronoun"] if p.strip(" .,!?") in ("our", "us", "we"))
        # A clause opening with one of the verbs (PROMPT-010), as two searches instead of a loop over
        # every clause: the line's first word, and a word after clause punctuation. The second
        # pattern starts with a character class, so the engine skips ahead to punctuation.
        verbs = sorted((v for v in rules.phrase_set("PROMPT-010") if _WORD.fullmatch(v)), key=lambda v: (-len(v), v))
        verb = (
            "(?:" + "|".join(re.escape(v) for v in verbs) + ")(?![\\w'’]|-(?!up\\b|in\\b|on\\b))" if verbs else "(?!)"
        )
        # ('Sign-up for …' is a call, 'Subscribe-and-save programs …' a compound noun)
        # 'You can also subscribe …', 'Please consider supporting …': the same verbs after a polite opening
        self.opens = re.compile(r"(?:(?:you\s+can|you\s+may|please)\s+(?:also\s+)?)?" + verb)
        # ('If you value our reporting, please consider …': a polite opening after the clause too)
        self.clause_opens = re.compile(r"[.!?:;—–,(](?:(?<=\()\s*|\s+)(?:please\s+)?" + verb)


def _site_directed(setup: _Setup, low: str, *, strict: bool, after: int = 0) -> bool:
    """A prompt sells the site's own offer: said outright, or in words addressed to the reader.

    Phrase-matched lines (``strict=False``) need any sign of it (an offer word or a pronoun);
    shape-matched lines need the offer outright, or a pronoun together with a weaker offer word
    found after the call's own verb (``after``): in 'Register to vote at your county office' the
    verb is no offer of the site's. The offer words and reader pronouns come from every pack for the
    language (``params.offer``).
    """
    padded = f" {low} "
    vocab = setup.offer
    if any(p in padded for p in vocab["strong"]):
        return True
    pronoun = any(p in padded for p in vocab["pronoun"])
    rest = padded[after + 1 :] if after else padded
    weak = any(p in rest for p in vocab["weak"])
    return (pronoun or weak) if not strict else (pronoun and weak)


def _own_offer(setup: _Setup, text: str, words: int) -> str | None:
    """The first rule whose wording is itself the site's offer (``params.own_offer``) that takes the
    line, within its own ``max_words``: asked only of a line another rule took and PROMPT-090 would keep."""
    for rule in setup.offer_rules:
        limit = rule.params.get("max_words")
        if (limit is None or words <= limit) and rule.matches(text):
            return rule.id
    return None


_STEP = re.compile(r"(?:\d{1,2}[.)]|step\s+\d{1,2}\b|[a-h][.)])\s", re.IGNORECASE)


_LEAD = re.compile(r"[^\w\"“«„]+")

# 'Subscribe rates for the service dropped …', 'Download speeds in rural areas remain …': the verb
# opens a noun compound of a measure, the subject of a reported sentence, not a call to the reader
_MEASURE = re.compile(r"\s*(?:rates?|numbers?|figures?|counts?|volumes?|speeds?|fees?|prices?|revenues?|growth)\b")


def _call_to_action(setup: _Setup, text: str, low: str, words: int) -> int:
    """Where the call's opening verb ends (0 when the call is a question), or -1: no call to action.

    Symbols before the words ('🏃 Want the best tools? Check out …', '» Subscribe') are skipped.
    """
    if words > setup.max_words or _STEP.match(text):
        return -1  # '3. Sign in to the admin page …' is a step of the article's own how-to
    lead = _LEAD.match(text)
    skip = lead.end() if lead else 0
    opening = setup.opens.match(low, skip)
    if opening is not None:
        end = opening.end()
        if _MEASURE.match(low, end):
            return -1
    elif setup.clause_opens.search(low) is not None or setup.ask.match(text[skip:] if skip else text):
        end = 0
    else:
        return -1
    if len(_SENTENCE_BREAK.findall(text)) >= setup.max_sentences:
        return -1  # prompts are one to three short sentences; advice paragraphs run on
    return end


def _ask_then_act(setup: _Setup, text: str, low: str) -> bool:
    """A question put to the reader, then an imperative about the site's own things: 'Want the best
    tools to get healthy? Check out our Gear team's picks …', 'Got a story? Tell us at …'. The site
    must speak of itself (our, us, we): 'Want to save? Check your tyres' is advice."""
    lead = _LEAD.match(text)
    if not setup.ask.match(text[lead.end() :] if lead else text) or setup.clause_opens.search(low) is None:
        return False
    padded = f" {low} "
    return any(p in padded for p in setup.site_pronouns)


# the writer's or the newsroom's own verb in an appeal ('I wrote this story', 'an article we
# wrote'): no speech
_I_VERB = re.compile(r"\b(?:I|we)\s+(?:have\s+|had\s+)?\w+")


class Prompts(Pass[_Setup]):
    family = "prompt"
    emits = ("PROMPT-010", "PROMPT-136", "PROMPT-138", "PROMPT-143", "PROMPT-192")
    vetoes = ("PROMPT-090",)

    def prepare(self, ctx: Context) -> _Setup:
        return _Setup(ctx)

    def run(self, ctx: Context) -> None:
        setup = self.setup(ctx)
        lines = setup.lines
        shape = setup.shape
        last_cut = -1
        if ctx.uses("PROMPT-136"):
            _marked_block(ctx)  # first: the box's markers go with it, a lone marker by PROMPT-116
        for block in ctx.body():
            words = block.words
            if words > setup.max_block_words:
                continue
            low = block.lower
            rule_id = lines.first(block)
            if rule_id is not None and rule_id not in setup.own_offer and not _site_directed(setup, low, strict=False):
                rule_id = _own_offer(setup, block.text, words)
                if rule_id is None:
                    ctx.veto("PROMPT-090", block)
            if rule_id is None and shape:
                after = _call_to_action(setup, block.text, low, words)
                if after >= 0 and (
                    _site_directed(setup, low, strict=True, after=after) or _ask_then_act(setup, block.text, low)
                ):
                    rule_id = "PROMPT-010"
            if rule_id is None or attributed(block.text, setup.attribution):
                continue
            spoken = _I_VERB.sub("I", block.text) if rule_id in setup.first_person else block.text
            # 'a story that needs to be told': a passive infinitive reports no one's words
            spoken = _TO_BE_TOLD.sub("to be", spoken) if "to be " in spoken else spoken
            if spoken.endswith("»") and "«" not in spoken:
                spoken = spoken.rstrip("» ")  # 'See the 10 stocks »': a link's arrow, no closing quotation
            if has_speech(spoken, setup.reporting):
                continue
            if "@" in block.text and credits.leaves_contact(ctx, block):
                continue  # 'Email Jane Doe at jd@… or follow her @jd': the writer's contact (CREDITS-012)
            ctx.remove(block, rule_id)
            if rule_id in setup.truncates or any(p in low for p in setup.truncating):
                last_cut = block.index
        if ctx.uses("PROMPT-143"):
            _boxed_pitch(ctx, setup)
        if ctx.uses("PROMPT-138"):
            _closing_pitch(ctx, setup)
        if ctx.uses("PROMPT-192"):
            _reader_letter(ctx)
        if last_cut >= 0:
            ctx.cut = last_cut  # the pipeline decides 'truncated' once every pass has run


_NEWSLETTER = re.compile(
    r"newsletter|nieuwsbrief|bolet[ií]n|lettre\s+d['’]information|infolettre|biuletyn|рассылк|e-?mail\s+briefing",
    re.IGNORECASE,
)


_TO_BE_TOLD = re.compile(r"\bto\s+be\s+(?:told|said|heard)\b", re.IGNORECASE)


def _boxed_pitch(ctx: Context, setup: _Setup) -> None:
    """PROMPT-143: a newsletter box in the copy. One short line between a newsletter line this pass
    removed (one that names a newsletter, or the box's bare title: 'Newsletter', 'Boletín') and,
    right under it, a line that closes the box (one this pass removed, or a sign-up button of at
    most three words: this rule's pattern, or one the crumb pass takes) is the box's pitch
    ('Jeden Morgen die wichtigsten Nachrichten'), whatever its words: it goes, with the bare title
    and the button. A button right under a removed newsletter line goes too. Never a quotation or
    reported speech, never longer than max_words words or one sentence."""
    max_words = ctx.rules.param("PROMPT-143", "max_words")
    body = ctx.body()
    if not body:
        return
    crumbs = line_rules(ctx, "crumb")
    button = ctx.rules.pattern("PROMPT-143")  # the box's sign-up button, in the packs' languages
    blocks = ctx.blocks

    def boxed(b: Block) -> bool:  # a newsletter line this pass removed
        return b.status != BODY and (b.rule or "").startswith("PROMPT-") and bool(_NEWSLETTER.search(b.text))

    def title(b: Block) -> bool:  # the box's bare title, still in the copy
        return b.status == BODY and b.words <= 2 and bool(_NEWSLETTER.fullmatch(b.text.strip(" :")))

    def is_button(b: Block) -> bool:
        return b.status == BODY and b.words <= 3 and bool(button.match(b.text.strip()))

    for block in body:
        i = block.index
        if block.status != BODY or i == 0:
            continue
        above = blocks[i - 1]
        pitch_taken = above.status != BODY and (above.rule or "").startswith("PROMPT-") and i > 1
        if is_button(block) and (boxed(above) or (pitch_taken and (boxed(blocks[i - 2]) or title(blocks[i - 2])))):
            # 'Newsletter' / its pitch (both removed) / 'S'inscrire'; or the bare title still in the
            # copy over a pitch another rule took ('Boletín' / 'Recibe cada mañana …' / 'Suscribirme')
            if pitch_taken and title(blocks[i - 2]):
                ctx.remove(blocks[i - 2], "PROMPT-143")
            ctx.remove(block, "PROMPT-143")
            continue
        if block.words > max_words or i + 1 >= len(blocks) or not (boxed(above) or title(above)):
            continue
        below = blocks[i + 1]
        if below.status == BODY:
            if below.words > 3 or not (button.match(below.text.strip()) or crumbs.first(below) is not None):
                continue
        elif not (below.rule or "").startswith(("PROMPT-", "CRUMB-")) or (
            below.words > 3 and below.rule != "PROMPT-116" and not _NEWSLETTER.search(below.text)
        ):
            # the box's own closing line: a button, or one of its lines (PROMPT-116's 'Thanks for
            # signing up!', a privacy note naming the newsletter); another box's ask under it ('Join our … WhatsApp
            # community HERE') closes nothing, and the line between is the copy's
            continue
        text = block.text
        if len(_SENTENCE_BREAK.findall(text)) >= 1 or any(q in text for q in '"“”«»„'):
            continue
        if has_speech(text, setup.reporting) or attributed(text, setup.attribution):
            continue
        if title(above):
            ctx.remove(above, "PROMPT-143")
        ctx.remove(block, "PROMPT-143")
        if is_button(below):
            ctx.remove(below, "PROMPT-143")


# the header of a letter to the reader under the copy: 'Note from the author:', 'A message from our
# editor', 'Dear reader,', 'Before you go', 'About This Story' (Inside Climate News's), 'Liebe Leserin,
# lieber Leser', 'Chers lecteurs'
_LETTER_HEAD = re.compile(
    r"^(?:(?:a\s+)?(?:personal\s+)?(?:note|message|letter|word)\s+(?:from|by)\s+(?:the|our|your)\s+"
    r"(?:author|writer|reporter|journalist|editors?|editor[-\s]in[-\s]chief|executive\s+editor|publisher|founders?|"
    r"newsroom|team)|(?:a\s+)?note\s+to\s+(?:our\s+)?readers|dear\s+(?:reader|readers|friend|friends)|"
    r"before\s+you\s+go|one\s+more\s+thing|from\s+the\s+editor|about\s+this\s+(?:story|article)|"
    r"liebe\s+leser(?:in|innen)?(?:\s*(?:,|und)\s*(?:liebe|lieber)\s+leser)?|chers?\s+lect(?:eur|rice)s?(?:\s*,\s*chers?\s+lect\w+)?|"
    r"querid[oa]s?\s+lector(?:es|as?)?|cari\s+lettori|beste\s+lezer(?:s)?)\s*[:,.…!–—-]*$",
    re.IGNORECASE,
)
# what such a letter asks for: the readers' money or membership, as an ask ('donate', 'become a member',
# 'readers like you'), not the nouns news uses ('contributions', 'subscribers', 'donations')
_SUPPORT = re.compile(
    r"readers\s+like\s+you|funded\s+by\s+(?:our\s+)?readers|support\s+(?:us|our\s+(?:work|journalism|newsroom|reporting)|"
    r"independent\s+journalism)|\bdonate\b|make\s+a\s+(?:donation|contribution|gift)|tax-deductible|"
    r"consider\s+(?:a\s+)?(?:donation|donating|contribution|contributing|supporting|subscribing|becoming)|"
    r"become\s+a\s+(?:member|supporter|subscriber)|\bsubscribe\b|chip\s+in|paywall|"
    r"unterstützen\s+sie|jetzt\s+(?:unterstützen|spenden|abonnieren)|spenden\s+sie|abonnieren\s+sie|"
    r"soutenez|faites\s+un\s+don|abonnez-vous|apóyanos|hazte\s+(?:socio|miembro)|suscríbete|sostienici|abbonati",
    re.IGNORECASE,
)


def _reader_letter(ctx: Context) -> None:
    """PROMPT-192: a letter to the reader under the copy, from its header ('Note from the author:',
    'Dear reader,') to the end of the text: at most max_lines lines of at most max_words words
    after the header, one of which asks for the reader's money or membership (or a prompt rule took
    it). The letter's own sentences ('Hi, this is Jane Doe. I wrote this story for you.') no
    phrase marks; the header and the ask together do. An author's note that asks nothing (a
    disclosure, a correction) stays."""
    max_lines, max_words = ctx.rules.param("PROMPT-192", "max_lines"), ctx.rules.param("PROMPT-192", "max_words")
    body = ctx.body()
    if len(body) < 2:
        return
    for k in range(max(1, len(body) - max_lines - 1), len(body)):
        head = body[k]
        if head.words > 8 or not _LETTER_HEAD.match(head.text.strip()):
            continue
        after = ctx.blocks[head.index + 1 :]
        if not after:
            return
        kept = [b for b in after if b.status == BODY]
        if len(kept) > max_lines or any(b.words > max_words for b in kept):
            return
        if not any(
            (b.status == BODY and _SUPPORT.search(b.text))
            or (b.status != BODY and (b.rule or "").startswith("PROMPT-"))
            for b in after
        ):
            return
        ctx.remove(head, "PROMPT-192")
        for b in kept:
            ctx.remove(b, "PROMPT-192")
        return


def _closing_pitch(ctx: Context, setup: _Setup) -> None:
    """PROMPT-138: the text's last line, a short pitch right under the newsletter sign-up line this pass
    removed ('Sign Up for the Example Newsletter' / 'Daily news about the politics, business, and
    technology shaping our world.'): the box's description, which no call and no offer word marks.
    Only at the very end, only one line of at most max_words words, never a quotation or speech."""
    body = ctx.body()
    if len(body) < 2:
        return
    last = body[-1]
    if last.words > ctx.rules.param("PROMPT-138", "max_words") or last.index == 0:
        return
    above = ctx.blocks[last.index - 1]
    rule = above.rule or ""
    if above.status == BODY or not (
        rule in ctx.rules.param("PROMPT-138", "after_rules")
        or (rule.startswith("PROMPT-") and _NEWSLETTER.search(above.text) and "?" not in above.text)
    ):
        return  # ('Vous aimez nos articles ? Inscrivez-vous à notre newsletter.' is a whole ask, no box's title)
    if _NEXT_SENTENCE.search(above.text.rstrip()):
        return  # "Don't miss the biggest stories. Sign up to our daily newsletter here.": a whole ask, no box's title
    if _SUBORDINATE.search(last.text):
        return  # '… the tax, while supporters say …': a clause hung on a clause is the copy's sentence
    if has_speech(last.text, setup.reporting) or attributed(last.text, setup.attribution) or "\u201c" in last.text:
        return
    if _NEXT_SENTENCE.search(last.text.rstrip()):
        return  # '… beraten wird. Die Opposition kündigte Widerstand an.': two sentences are the copy's close
    ctx.remove(last, "PROMPT-138")


# a clause joined to another by a subordinating or contrasting conjunction after a comma ('…, while
# supporters…', '…, tandis que …', '…, dass …', '…, что …'): a pitch names what the box sends in one
# phrase ('Daily news about the politics, business, and technology shaping our world.'); a sentence built
# of clauses is the copy's own last paragraph
_SUBORDINATE = re.compile(
    r",\s+(?:that|which|while|whereas|because|although|though|dass|weil|w[äa]hrend|obwohl|wobei|que|qui|tandis|"
    r"parce|lorsque|alors\s+que|mientras|porque|aunque|cuando|donde|che|mentre|perch[ée]|sebbene|enquanto|"
    r"embora|dat|omdat|terwijl|[żz]e|kt[óo]r\w+|gdy|что|чтобы|котор\w+|когда|хотя|поскольку|однако|але|що|"
    r"коли)\b",
    re.IGNORECASE,
)

# a sentence's end with another after it: a pitch is one phrase or one sentence
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’»)]?\s+[\"“„«]?[A-ZÀ-ÞĀ-Ž]")


# the markers a newsletter box prints around itself for screen readers (The Guardian's)
_BOX_OPEN = re.compile(r"^skip\s+past\s+newsletter\s+promotion$", re.IGNORECASE)
_BOX_CLOSE = re.compile(r"^after\s+newsletter\s+promotion$", re.IGNORECASE)


def _marked_block(ctx: Context) -> None:
    """PROMPT-136: the lines between 'skip past newsletter promotion' and 'after newsletter promotion'
    (the box's name, its pitch, its privacy note) are the newsletter box, whatever their words, and go
    with the markers. At most max_lines lines of at most max_words words each; a lone marker goes by
    PROMPT-116."""
    max_lines, max_words = ctx.rules.param("PROMPT-136", "max_lines"), ctx.rules.param("PROMPT-136", "max_words")
    body = ctx.body()
    for i, block in enumerate(body):
        if block.words != 4 or not _BOX_OPEN.match(block.text.strip()):
            continue
        box = [block]
        for after in body[i + 1 : i + 2 + max_lines]:
            box.append(after)
            if _BOX_CLOSE.match(after.text.strip()):
                for b in box:
                    if b.status == BODY:
                        ctx.remove(b, "PROMPT-136")
                break
            if after.words > max_words:
                break


PASS = Prompts()
