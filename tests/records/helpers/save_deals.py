"""A counter saving deals, run as its own process by the concurrency tests.

    save_deals.py URL COUNT WORKER            save COUNT deals, printing each number as it is committed
    save_deals.py URL COUNT WORKER --hang     stop inside the first save's transaction (the deal row written,
                                              its log entry not yet), print "inside", and wait to be killed
    save_deals.py URL 1 WORKER --vin VIN      save one deal on VIN; print its number, or "refused HOLDER"
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from sqlalchemy import event

from evdesk.policy import bundled_policy
from evdesk.present.format import Formatter
from evdesk.present.report import to_json
from evdesk.records.database import open_records
from evdesk.records.deals import save_deal
from evdesk.records.errors import RecordsError
from evdesk.rules import SaleRequest, evaluate


def main(url: str, count: int, worker: int, options: list[str]) -> int:
    policy = bundled_policy()
    records = open_records(url)
    if "--hang" in options:
        @event.listens_for(records.engine, "before_cursor_execute")
        def hang(connection: object, cursor: object, statement: str, *args: object) -> None:
            if statement.lstrip().upper().startswith("INSERT INTO CLAIM_EVENTS"):
                print("inside", flush=True)
                time.sleep(600)
    fixed_vin = options[options.index("--vin") + 1] if "--vin" in options else None
    for index in range(count):
        vin = fixed_vin or f"1G1ZT53826F{worker}{index:05d}"
        request = SaleRequest(powertrain="BEV", assembly="US", vehicle_price="45000", vin=vin,
                              sale_date=dt.date(2026, 5, 1), prior_incentives=0, fta_origin_met="yes")
        answer = to_json(evaluate(request, policy), Formatter("en"))
        try:
            row = save_deal(records, request, answer, policy, stock=f"W{worker}-{index}",
                            salesperson=f"counter {worker}")
        except RecordsError as error:
            if error.code != "active_claim":
                raise
            print(f"refused {error.params['holder']}", flush=True)
            continue
        print(row.number, flush=True)
    records.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]))
