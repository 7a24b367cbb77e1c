"""Option groups in the MSRP: since November 10, 2025, Québec adds to the MSRP it tests "option packages
offered by the manufacturer and additions related to an essential component of the vehicle, such as the
powertrain or the battery, integrated directly or through software" (an MSRP of $64,000 with a $6,000
extended-range battery is deemed $70,000). Accessories the buyer adds do not count.

The base rule tests the MSRP of the version; this layer replaces that price while the program's
`option_groups_in_msrp` says so. Option groups not given are not taken as none: the price is then not
known, though an MSRP already over the limit still fails.
"""

from __future__ import annotations

from evdesk.rules.programs.context import ProgramContext, TestedPrice
from evdesk.rules.trace import QT_TRANSLATE_NOOP
from evdesk.rules.values import Money
from evdesk.terms import Outcome


def option_groups_in_msrp(ctx: ProgramContext, base: TestedPrice) -> TestedPrice | None:
    timeline = ctx.program.option_groups_in_msrp
    if base.kind != "msrp" or timeline is None:
        return None
    window = timeline.at(ctx.date)
    options = ctx.request.msrp_options
    msrp = ctx.request.msrp
    if window is None or not window.value:
        if options:
            ctx.check("option_groups", Outcome.INFO, QT_TRANSLATE_NOOP(
                "rules", "The option groups ({options}) are not added to the MSRP for {date}: only the version's "
                         "MSRP is tested."), source=window, options=Money(options), date=ctx.date)
        return None
    ctx.use(window)
    since = window.start
    if options is None:
        ctx.check("option_groups", Outcome.UNKNOWN, QT_TRANSLATE_NOOP(
            "rules", "Exception: since {since}, the manufacturer's option groups and add-ons to the powertrain or "
                     "battery count as part of the MSRP, and they were not given (enter 0 if there are none)."),
            source=window, overrides="price_cap", since=since)
        if msrp is not None and msrp < base.cap:
            ctx.hint("option_groups", QT_TRANSLATE_NOOP(
                "rules", "With option groups of less than {room} (or none), the MSRP stays under the {cap} limit."),
                source=window, room=Money(base.cap - msrp), cap=Money(base.cap))
        return TestedPrice("msrp_with_options", None, base.cap, at_least=msrp)
    if msrp is None:
        ctx.check("option_groups", Outcome.INFO, QT_TRANSLATE_NOOP(
            "rules", "Exception: since {since}, the option groups ({options}) count as part of the MSRP."),
            source=window, overrides="price_cap", since=since, options=Money(options))
        return TestedPrice("msrp_with_options", None, base.cap, at_least=options)
    total = Money(msrp + options)
    ctx.check("option_groups", Outcome.INFO, QT_TRANSLATE_NOOP(
        "rules", "Exception: since {since}, the manufacturer's option groups count as part of the MSRP: {msrp} + "
                 "{options} = {total}."), source=window, overrides="price_cap", since=since, msrp=Money(msrp),
        options=Money(options), total=total)
    if options and msrp < base.cap <= total:
        ctx.hint("option_groups_over", QT_TRANSLATE_NOOP(
            "rules", "Without the option groups ({options}), the version's MSRP of {msrp} would be under the {cap} "
                     "limit."), source=window, options=Money(options), msrp=Money(msrp), cap=Money(base.cap))
    return TestedPrice("msrp_with_options", total, base.cap)
