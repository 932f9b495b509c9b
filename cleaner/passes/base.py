"""What every pass is: one family, the rule ids it records, a setup built once per rule set, a run.

Modelled on datatrove's filters: one unit per family, every decision named. ``emits`` lists the
ids a pass records besides its family's line rules (which ``LineRules`` reports by themselves);
a test checks that every shape rule in the packs is emitted by some pass, and that every id a pass
records is either a line rule of its family or declared here.
"""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from ..context import Context

S = TypeVar("S")


class Pass(Generic[S]):
    """One boilerplate family's pass over an article."""

    family: ClassVar[str]
    emits: ClassVar[tuple[str, ...]] = ()
    vetoes: ClassVar[tuple[str, ...]] = ()

    @property
    def name(self) -> str:
        return type(self).__name__

    def prepare(self, ctx: Context) -> S:
        """What the pass derives from the rules for the article's language (vocabularies, params).

        Called once per rule set and language; the result is shared by every article after.
        """
        return None  # type: ignore[return-value]

    def setup(self, ctx: Context) -> S:
        return ctx.rules.memo((self.name, ctx.language), lambda: self.prepare(ctx))

    def run(self, ctx: Context) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<pass {self.name} ({self.family})>"
