"""A source of the policy data as the answer cites it: its words in both languages, with the confidence
and note of the value that rests on it. One builder for the federal sources (`Trace.cite`), the provincial
ones (`rules.programs.context`) and the vehicle-assembly rows (`rules.assembly`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evdesk.rules.result import Citation
from evdesk.rules.values import Named

if TYPE_CHECKING:  # the policy's classes are type hints here: importing the rules loads no schema
    from evdesk.policy.schema import Source, SourceText, Window


def named(text: SourceText | None) -> Named | None:
    """The data's text as a `Named`; an English-only text (an older policy) stands for both languages."""
    if text is None:
        return None
    if isinstance(text, str):
        return Named(text, text)
    return Named(text.en, text.fr)


def citation_of(source_id: str, source: Source, window: Window | None = None) -> Citation:
    return Citation(
        source_id=source_id,
        title=named(source.title),  # type: ignore[arg-type]  # a title is never None
        publisher=named(source.publisher),  # type: ignore[arg-type]
        url=str(source.url),
        date=source.date,
        confidence=(window.confidence if window is not None and window.confidence else source.confidence),
        note=(window.note if window is not None and window.note else source.note),
        valid_from=window.start if window is not None else None,
        valid_until=window.end if window is not None else None,
        reported_by=named(source.reported_by),
        citing=named(source.citing),
        url_fr=str(source.url_fr) if source.url_fr is not None else None,
        fr_title_official=source.fr_title == "official",
    )
