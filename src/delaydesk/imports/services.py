"""Importing the portfolio from CSV: all rows or none, every error with row and column.

Every write goes through the portfolio services, so the same permission checks and
validations apply as in the pages and the API.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _

from delaydesk.money import UnknownCurrency, check_currency, round_money
from delaydesk.portfolio import services as portfolio
from delaydesk.portfolio.models import (
    Account,
    Contact,
    ContactRole,
    ForecastCategory,
    Language,
    Renewal,
    Stage,
)
from delaydesk.portfolio.selectors import accounts_for, renewals_for
from delaydesk.teams.models import Team, User

from . import csv_format as fmt

Progress = Callable[[int, int], None]
# Pages and the API process a file within one request; at about 8 ms per row this keeps it
# well inside the server's 60-second timeout. The CLI has no limit.
WEB_MAX_ROWS = 5000

# Model field -> CSV column, per record kind, to put a validation error in the right cell.
ACCOUNT_FIELD_COLUMNS = {
    "name": "account_name", "external_id": "account_external_id", "owner": "owner",
    "team": "team", "segment": "segment", "language": "language", "country": "country",
    "strategic": "strategic", "fiscal_year_start_month": "fiscal_year_start_month",
}
RENEWAL_FIELD_COLUMNS = {
    "external_id": "renewal_external_id", "owner": "owner",
    **{name: name for name in fmt.RENEWAL_COLUMNS if name != "renewal_external_id"},
}
CONTACT_FIELD_COLUMNS = {"name": "contact_name", "email": "contact_email", "role": "contact_role"}


@dataclass(frozen=True)
class RowError:
    """One problem: the spreadsheet row (header = 1, 0 for the file), the column, a message."""

    row: int
    column: str
    message: str


@dataclass
class ImportResult:
    """What an import did or, in a dry run, would do."""

    rows: int = 0
    dry_run: bool = False
    saved: bool = False
    created: dict[str, int] = field(
        default_factory=lambda: {"accounts": 0, "renewals": 0, "contacts": 0})
    updated: dict[str, int] = field(
        default_factory=lambda: {"accounts": 0, "renewals": 0, "contacts": 0})
    errors: list[RowError] = field(default_factory=list)

    @property
    def created_total(self) -> int:
        return sum(self.created.values())

    @property
    def updated_total(self) -> int:
        return sum(self.updated.values())

    @property
    def ok(self) -> bool:
        return not self.errors


class _RowFailed(Exception):
    """Rolls back one row's savepoint; its errors are already recorded."""


@dataclass
class _Seen:
    """Records this file already touched, to keep repeated rows consistent."""

    accounts: dict[int, tuple[int, dict[str, Any]]] = field(default_factory=dict)
    renewals: dict[int, int] = field(default_factory=dict)
    created: set[tuple[str, int]] = field(default_factory=set)
    updated: set[tuple[str, int]] = field(default_factory=set)


def portfolio_import(*, by: User, file: bytes | str | IO[bytes] | IO[str],
                     dry_run: bool = False, progress: Progress | None = None,
                     max_rows: int | None = None) -> ImportResult:
    """Import accounts, renewals and contacts from portfolio CSV in one transaction.

    Accounts are matched by ``account_external_id``, renewals by ``renewal_external_id``
    (without IDs: accounts by name in the team, renewals by contract end). If any row has an
    error, or in a dry run, nothing is saved. Messages are in the active language.
    ``progress(done, total)`` is called after each row; a file with more than ``max_rows``
    rows is refused as a whole.
    """
    result = ImportResult(dry_run=dry_run)
    try:
        table = fmt.read_table(file)
    except fmt.FileError as error:
        result.errors.append(RowError(0, "", str(error)))
        return result
    result.rows = len(table.rows)
    if max_rows is not None and result.rows > max_rows:
        result.errors.append(RowError(0, "", _(
            "The file has %(rows)s rows; here at most %(limit)s can be imported at once. Split "
            "the file, or use the command line: delaydesk import FILE --user NAME.") % {
            "rows": result.rows, "limit": max_rows}))
        return result
    seen = _Seen()
    with transaction.atomic():
        for done, (number, cells) in enumerate(table.rows, start=1):
            row = _Row(by=by, number=number, cells=cells, delimiter=table.delimiter, seen=seen)
            try:
                with transaction.atomic():
                    row.run()
            except _RowFailed:
                pass
            result.errors.extend(row.errors)
            if progress is not None:
                progress(done, result.rows)
        for kind, _pk in seen.created:
            result.created[kind] += 1
        for kind, _pk in seen.updated - seen.created:
            result.updated[kind] += 1
        if dry_run or result.errors:
            transaction.set_rollback(True)
        else:
            result.saved = True
    return result


def _differences(instance: Model, fields: dict[str, Any]) -> dict[str, Any]:
    """The fields whose value differs from what is stored (related objects by id)."""
    changes = {}
    for name, value in fields.items():
        if isinstance(value, Model):
            if getattr(instance, f"{name}_id") != value.pk:
                changes[name] = value
        elif getattr(instance, name) != value:
            changes[name] = value
    return changes


class _Row:
    """One CSV row: parse its cells, then create or update its account, renewal, contact."""

    def __init__(self, *, by: User, number: int, cells: dict[str, str], delimiter: str,
                 seen: _Seen) -> None:
        self.by, self.number, self.cells, self.delimiter, self.seen = (
            by, number, cells, delimiter, seen)
        self.errors: list[RowError] = []

    # -- reporting -------------------------------------------------------------------------

    def error(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.number, column, message))

    def fail(self, column: str, message: str) -> _RowFailed:
        self.error(column, message)
        return _RowFailed()

    def validation_failed(self, error: ValidationError, columns: dict[str, str],
                          fallback: str) -> _RowFailed:
        if hasattr(error, "error_dict"):
            for name, messages in error.message_dict.items():
                column = fallback if name == NON_FIELD_ERRORS else columns.get(name, fallback)
                for message in messages:
                    self.error(column, message)
        else:
            for message in error.messages:
                self.error(fallback, message)
        return _RowFailed()

    # -- cells -----------------------------------------------------------------------------

    def cell(self, column: str) -> str:
        return self.cells.get(column, "")

    def parse(self, columns: tuple[str, ...]) -> dict[str, Any]:
        """The non-empty cells of ``columns`` as Python values; bad cells become errors."""
        values: dict[str, Any] = {}
        for column in columns:
            text = self.cell(column)
            if not text:
                continue
            try:
                values[column] = self.parse_cell(column, text)
            except fmt.CellError as error:
                self.error(column, str(error))
        return values

    def parse_cell(self, column: str, text: str) -> Any:
        if column in ("contract_start", "contract_end"):
            return fmt.parse_date(text)
        if column == "arr":
            return fmt.parse_amount(text, delimiter=self.delimiter)
        if column in ("fiscal_year_start_month", "term_months", "notice_days", "grace_days"):
            return fmt.parse_int(text)
        if column in ("strategic", "auto_renew"):
            return fmt.parse_bool(text)
        if column == "language":
            return fmt.parse_choice(text, Language.choices)
        if column == "stage":
            return fmt.parse_choice(text, Stage.choices)
        if column == "forecast_category":
            return fmt.parse_choice(text, ForecastCategory.choices)
        if column == "contact_role":
            return fmt.parse_choice(text, ContactRole.choices)
        if column == "country":
            return text.upper()
        if column == "currency":
            try:
                return check_currency(text)
            except UnknownCurrency:
                raise fmt.CellError(_("“%(value)s” is not a currency DelayDesk knows. Use an "
                                      "ISO code such as EUR, CHF or USD.") % {"value": text}
                                    ) from None
        if column == "owner":
            owner = User.objects.filter(username=text, is_active=True).first()
            if owner is None:
                raise fmt.CellError(_("There is no active user named “%(name)s”.") % {
                    "name": text})
            return owner
        if column == "team":
            team = Team.objects.filter(name__iexact=text).first()
            if team is None:
                raise fmt.CellError(_("There is no team named “%(name)s”.") % {"name": text})
            return team
        return text

    # -- the row ---------------------------------------------------------------------------

    def run(self) -> None:
        account_values = self.parse(fmt.ACCOUNT_COLUMNS)
        renewal_values = self.parse(fmt.RENEWAL_COLUMNS)
        contact_values = self.parse(fmt.CONTACT_COLUMNS)
        if self.errors:
            raise _RowFailed
        account = self.account(account_values)
        if renewal_values:
            self.renewal(account, renewal_values, owner=account_values.get("owner"))
        if contact_values:
            self.contact(account, contact_values)

    def account(self, values: dict[str, Any]) -> Account:
        by = self.by
        existing = self.find_account(values)
        fields = {model_field: values[column] for model_field, column
                  in ACCOUNT_FIELD_COLUMNS.items() if column in values}
        if existing is not None:
            self.check_repeated_account(existing, values)
            changes = _differences(existing, fields)
            if not changes:
                return existing
            self.check_team(changes.get("team"), existing.team)
            self.check_csm_owner(changes.get("owner"), existing.owner)
            try:
                account = portfolio.account_update(by=by, account=existing, **changes)
            except PermissionDenied:
                raise self.fail(self.id_column("account_external_id", "account_name"),
                                _("You may not change this account.")) from None
            except ValidationError as error:
                raise self.validation_failed(error, ACCOUNT_FIELD_COLUMNS,
                                             "account_name") from None
            self.seen.updated.add(("accounts", account.pk))
            return account
        if "account_name" not in values:
            raise self.fail("account_name", _("A new account needs a name."))
        if not by.is_admin:
            fields.setdefault("team", by.team)
        self.check_team(fields.get("team"), None)
        self.check_csm_owner(fields.get("owner"), None)
        try:
            account = portfolio.account_create(by=by, **fields)
        except PermissionDenied:
            raise self.fail("team", _("You may not create accounts for this team.")) from None
        except ValidationError as error:
            raise self.validation_failed(error, ACCOUNT_FIELD_COLUMNS, "account_name") from None
        self.seen.created.add(("accounts", account.pk))
        self.seen.accounts[account.pk] = (self.number, values)
        return account

    def id_column(self, id_column: str, name_column: str) -> str:
        return id_column if self.cell(id_column) else name_column

    def find_account(self, values: dict[str, Any]) -> Account | None:
        external_id = values.get("account_external_id", "")
        if external_id:
            account = Account.objects.filter(external_id=external_id).first()
            if account is not None and not accounts_for(self.by).filter(pk=account.pk).exists():
                # Say no more than necessary about records of other teams.
                raise self.fail("account_external_id", _(
                    "This external ID belongs to an account you cannot change."))
            return account
        name = values.get("account_name", "")
        if not name:
            raise self.fail("account_name", _("Give the account's external ID or its name."))
        team = values.get("team") or (None if self.by.is_admin else self.by.team)
        candidates = accounts_for(self.by).filter(name__iexact=name, external_id="", team=team)
        found = list(candidates[:2])
        if len(found) > 1:
            raise self.fail("account_name", _(
                "Several accounts are called “%(name)s”. Give the account_external_id to say "
                "which one you mean.") % {"name": name})
        return found[0] if found else None

    def check_repeated_account(self, account: Account, values: dict[str, Any]) -> None:
        """Rows of one account must describe it the same way, or re-imports would flip it."""
        first = self.seen.accounts.get(account.pk)
        if first is None:
            self.seen.accounts[account.pk] = (self.number, values)
            return
        first_row, first_values = first
        for column, value in values.items():
            if column in first_values and first_values[column] != value:
                raise self.fail(column, _(
                    "Row %(row)s describes the same account differently. Give the account's "
                    "details the same way in every row.") % {"row": first_row})

    def check_team(self, team: Team | None, current: Team | None) -> None:
        """Team leads and CSMs import only into their own team."""
        if self.by.is_admin:
            return
        target = team if team is not None else current
        if target is None or target.pk != self.by.team_id:
            own = str(self.by.team) if self.by.team_id else "–"
            raise self.fail("team", _(
                "You can import only into your own team (%(team)s).") % {"team": own})

    def check_csm_owner(self, owner: User | None, current: User | None) -> None:
        """A CSM imports only accounts they own themselves."""
        by = self.by
        if by.is_admin or by.is_team_lead:
            return
        target = owner if owner is not None else current
        if target is not None and target.pk != by.pk:
            column = "owner" if owner is not None else self.id_column(
                "account_external_id", "account_name")
            raise self.fail(column, _(
                "As a customer success manager you can import only accounts you own."))

    def renewal(self, account: Account, values: dict[str, Any], *, owner: User | None) -> None:
        fields: dict[str, Any] = {
            model_field: values[column] for model_field, column in RENEWAL_FIELD_COLUMNS.items()
            if column in values and model_field != "owner"}
        if owner is not None:
            fields["owner"] = owner
        currency = fields.get("currency")
        existing = self.find_renewal(account, values)
        if existing is not None:
            if "arr" in fields:
                fields["arr"] = round_money(fields["arr"], currency or existing.currency)
            changes = _differences(existing, fields)
            if not changes:
                return
            try:
                renewal = portfolio.renewal_update(by=self.by, renewal=existing, **changes)
            except PermissionDenied:
                raise self.fail(self.id_column("renewal_external_id", "contract_end"),
                                _("You may not change this renewal.")) from None
            except ValidationError as error:
                raise self.validation_failed(error, RENEWAL_FIELD_COLUMNS, "contract_end"
                                             ) from None
            self.seen.updated.add(("renewals", renewal.pk))
            return
        missing = [column for column in ("contract_start", "contract_end", "arr")
                   if column not in values]
        for column in missing:
            self.error(column, _("A new renewal needs this value."))
        if missing:
            raise _RowFailed
        fields["arr"] = round_money(fields["arr"], currency or "EUR")
        fields.setdefault("owner", account.owner or self.by)
        try:
            renewal = portfolio.renewal_create(by=self.by, account=account, **fields)
        except PermissionDenied:
            raise self.fail("owner", _("You may not add renewals to this account.")) from None
        except ValidationError as error:
            raise self.validation_failed(error, RENEWAL_FIELD_COLUMNS, "contract_end") from None
        self.seen.created.add(("renewals", renewal.pk))
        self.seen.renewals[renewal.pk] = self.number

    def find_renewal(self, account: Account, values: dict[str, Any]) -> Renewal | None:
        external_id = values.get("renewal_external_id", "")
        if external_id:
            found = Renewal.objects.filter(external_id=external_id).order_by("pk").first()
            if found is None:
                return None
            if not renewals_for(self.by).filter(pk=found.pk).exists():
                raise self.fail("renewal_external_id", _(
                    "This external ID belongs to a renewal you cannot change."))
            if found.account_id != account.pk:
                raise self.fail("renewal_external_id", _(
                    "This external ID belongs to a renewal of another account (%(name)s).") % {
                    "name": found.account.name})
        elif "contract_end" in values:
            found = account.renewals.filter(
                external_id="", contract_end=values["contract_end"],
            ).exclude(pk__in=list(self.seen.renewals)).order_by("pk").first()
            if found is None:
                return None
        else:
            return None
        first_row = self.seen.renewals.get(found.pk)
        if first_row is not None:
            raise self.fail(self.id_column("renewal_external_id", "contract_end"), _(
                "This renewal is already in row %(row)s.") % {"row": first_row})
        self.seen.renewals[found.pk] = self.number
        return found

    def contact(self, account: Account, values: dict[str, Any]) -> None:
        fields = {model_field: values[column] for model_field, column
                  in CONTACT_FIELD_COLUMNS.items() if column in values}
        existing: Contact | None = None
        if fields.get("email"):
            existing = account.contacts.filter(email__iexact=fields["email"]).first()
        if existing is None and fields.get("name"):
            existing = account.contacts.filter(name__iexact=fields["name"]).first()
        try:
            if existing is not None:
                changes = _differences(existing, fields)
                if changes:
                    contact = portfolio.contact_update(by=self.by, contact=existing, **changes)
                    self.seen.updated.add(("contacts", contact.pk))
                return
            if not fields.get("name"):
                raise self.fail("contact_name", _("A new contact needs a name."))
            contact = portfolio.contact_create(by=self.by, account=account, **fields)
        except PermissionDenied:
            raise self.fail("contact_name", _(
                "You may not change the contacts of this account.")) from None
        except ValidationError as error:
            raise self.validation_failed(error, CONTACT_FIELD_COLUMNS, "contact_name") from None
        self.seen.created.add(("contacts", contact.pk))
