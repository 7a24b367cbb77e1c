"""Stock lists, a whole lot at once: read a CSV or XLSX list, match its columns, turn each row into a
`SaleRequest`, answer it with the same `evaluate` as the window, and write one result per row. Pure
Python, no Qt: `evdesk batch` and the window's inventory check are thin callers.

sources (open a file) → columns (which column is which field) → rows (a row into a request, or its
problems) → answers (evaluate, keep what the answer shows) → results (columns, JSON) and tally (summary).
"""

from evdesk.batch.answers import RowAnswer, Status, answer_row, answer_rows
from evdesk.batch.columns import ColumnError, ColumnMap, Overrides, find_header, parse_map_option
from evdesk.batch.results import RESULT_COLUMNS, result_cells, result_record
from evdesk.batch.rows import Problem, RowReader, RowRequest
from evdesk.batch.sources import StockList, StockListError, open_stock_list
from evdesk.batch.tally import Tally

__all__ = [
    "RESULT_COLUMNS",
    "ColumnError",
    "ColumnMap",
    "Overrides",
    "Problem",
    "RowAnswer",
    "RowReader",
    "RowRequest",
    "Status",
    "StockList",
    "StockListError",
    "Tally",
    "answer_row",
    "answer_rows",
    "find_header",
    "open_stock_list",
    "parse_map_option",
    "result_cells",
    "result_record",
]
