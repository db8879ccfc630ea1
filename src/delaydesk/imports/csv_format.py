"""The portfolio CSV format: columns, reading a file, and parsing single cells.

Everything here is independent of the database, so the import service, the export and the
tests agree on one definition of the format.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO

from django.utils.translation import gettext as _

ACCOUNT_COLUMNS = (
    "account_external_id", "account_name", "segment", "language", "country", "strategic",
    "fiscal_year_start_month", "owner", "team",
)
RENEWAL_COLUMNS = (
    "renewal_external_id", "contract_start", "contract_end", "arr", "currency", "term_months",
    "auto_renew", "notice_days", "grace_days", "stage", "forecast_category",
)
CONTACT_COLUMNS = ("contact_name", "contact_email", "contact_role")
COLUMNS: tuple[str, ...] = ACCOUNT_COLUMNS + RENEWAL_COLUMNS + CONTACT_COLUMNS
# Without these a file cannot describe a single account.
REQUIRED_COLUMNS = ("account_name",)

TRUE_WORDS = {"1", "true", "yes", "y", "x", "ja", "j", "wahr"}
FALSE_WORDS = {"0", "false", "no", "n", "nein", "falsch"}
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


class CellError(ValueError):
    """A cell that cannot be read; the message is for the user."""


class FileError(ValueError):
    """A file that cannot be read as portfolio CSV at all; the message is for the user."""


@dataclass(frozen=True)
class CsvTable:
    """The rows of a file, keyed by column, with the spreadsheet row number (header = 1)."""

    delimiter: str
    columns: tuple[str, ...]
    rows: list[tuple[int, dict[str, str]]]


def read_text(file: bytes | str | IO[bytes] | IO[str]) -> str:
    """The file's text: UTF-8 with or without a byte order mark."""
    data = file if isinstance(file, bytes | str) else file.read()
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileError(_("The file is not UTF-8 text. In Excel, save it as "
                          "“CSV UTF-8 (comma delimited)”.")) from None


def detect_delimiter(header_line: str) -> str:
    """Semicolon when the header has more semicolons than commas (German Excel), else comma."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


def read_table(file: bytes | str | IO[bytes] | IO[str]) -> CsvTable:
    """Read and check the header; skip rows that are entirely empty."""
    text = read_text(file)
    try:
        return _read_table(text)
    except csv.Error as error:  # e.g. a cell beyond the csv module's size limit
        raise FileError(_("The file cannot be read as CSV: %(error)s") % {"error": error}
                        ) from None


def _read_table(text: str) -> CsvTable:
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise FileError(_("The file is empty. The first line must name the columns."))
    delimiter = detect_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [name.strip().lower() for name in next(reader)]
    unknown = [name for name in header if name and name not in COLUMNS]
    if unknown:
        raise FileError(_("Unknown columns: %(columns)s. Allowed are: %(allowed)s.") % {
            "columns": ", ".join(unknown), "allowed": ", ".join(COLUMNS)})
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise FileError(_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
    duplicates = sorted({name for name in header if name and header.count(name) > 1})
    if duplicates:
        raise FileError(_("Columns given twice: %(columns)s.") % {
            "columns": ", ".join(duplicates)})
    rows: list[tuple[int, dict[str, str]]] = []
    for number, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        row = {name: (cells[i].strip() if i < len(cells) else "")
               for i, name in enumerate(header) if name}
        rows.append((number, row))
    return CsvTable(delimiter=delimiter, columns=tuple(name for name in header if name),
                    rows=rows)


def parse_date(value: str) -> dt.date:
    """ISO (2026-03-31) or German (31.03.2026)."""
    match = _ISO_DATE.match(value)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = _GERMAN_DATE.match(value)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        pass
    raise CellError(_("“%(value)s” is not a date. Write 2026-03-31 or 31.03.2026.") % {
        "value": value})


def parse_amount(value: str, *, delimiter: str) -> Decimal:
    """A non-negative amount; in semicolon files also with a decimal comma (120.000,50)."""
    text = value.replace(" ", "").replace("\u00a0", "")
    if delimiter == ";" and "," in text:
        # German notation: dots group thousands, the comma separates the decimals.
        text = text.replace(".", "").replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        amount = Decimal("NaN")
    if not amount.is_finite():
        raise CellError(_("“%(value)s” is not an amount. Write 120000.50 or, in files "
                          "separated by semicolons, 120.000,50.") % {"value": value})
    return amount


def parse_int(value: str) -> int:
    """A whole number."""
    try:
        return int(value)
    except ValueError:
        raise CellError(_("“%(value)s” is not a whole number.") % {"value": value}) from None


def parse_bool(value: str) -> bool:
    """yes/no in English or German, true/false, 1/0."""
    word = value.lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(_("“%(value)s” is not yes or no. Write true or false.") % {"value": value})


def parse_choice(value: str, choices: Sequence[tuple[str, object]]) -> str:
    """One of the stored codes (case-insensitive), e.g. ``in_conversation``."""
    code = value.strip().lower().replace(" ", "_").replace("-", "_")
    allowed = [str(key) for key, _label in choices]
    if code in allowed:
        return code
    raise CellError(_("“%(value)s” is not allowed here. Use one of: %(allowed)s.") % {
        "value": value, "allowed": ", ".join(allowed)})


def write_rows(rows: Iterable[dict[str, str]]) -> str:
    """CSV text in the portfolio format: comma separated, header first, ``\\r\\n`` line ends."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return buffer.getvalue()
