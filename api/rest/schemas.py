"""Request and response models of the REST API (Pydantic v2).

Money leaves as a decimal string (a JSON number would go through a float in most clients),
dates as ISO 8601. Request fields are checked with the importer's own code lists (ISO 3166
countries, ISO 4217 currencies, ISO 639-1 languages) and its email rules, so a value the
API accepts is one an import would accept too, and the other way round."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Generic, Literal, TypeVar
from zoneinfo import available_timezones

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, PlainSerializer

from agent.guards.tasks import TASK_STATUSES
from store.importer import COUNTRIES, CURRENCIES, LANGUAGES

Money = Annotated[Decimal, PlainSerializer(lambda v: str(v), return_type=str)]

T = TypeVar("T")


# ------------------------------------------------------------------------ validators


def _country(value: str) -> str:
    code = value.strip().upper()
    if code not in COUNTRIES:
        raise ValueError(f"'{value}' is not an ISO 3166-1 alpha-2 country code")
    return code


def _currency(value: str) -> str:
    code = value.strip().upper()
    if code not in CURRENCIES:
        raise ValueError(f"'{value}' is not an ISO 4217 currency code")
    return code


def _language(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().lower()
    if code not in LANGUAGES:
        raise ValueError(f"'{value}' is not an ISO 639-1 language code")
    return code


def _email(value: str) -> str:
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as e:
        raise ValueError(f"'{value}' is not a valid email address ({e})") from None


def _timezone(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if value.strip() not in available_timezones():
        raise ValueError(f"'{value}' is not an IANA time zone")
    return value.strip()


def _text(value: str | None) -> str | None:
    """Blank means absent: an empty form field clears an optional value."""
    if value is None:
        return None
    return value.strip() or None


def _required_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value.strip()


def _address(value: str | None) -> str | None:
    # the importer's CSV convention for address lines (" | ") is accepted here as well
    value = _text(value)
    return value.replace("\\n", "\n").replace(" | ", "\n") if value else None


def iban_ok(iban: str) -> bool:
    """ISO 13616 check: move the country code and check digits to the end, letters to
    numbers (A=10 ... Z=35), and the number modulo 97 must be 1."""
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}", iban):
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _iban(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    iban = re.sub(r"\s+", "", value).upper()
    if not iban_ok(iban):
        raise ValueError(f"'{value}' is not a valid IBAN (bad format or check digits)")
    return iban


def _bic(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    bic = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?", bic):
        raise ValueError(f"'{value}' is not a BIC (8 or 11 characters: bank, country, "
                         "location, branch)")
    return bic


def _clock(value: str) -> str:
    match = re.fullmatch(r"([01][0-9]|2[0-3]):([0-5][0-9])", value.strip())
    if not match:
        raise ValueError(f"'{value}' is not a time of day as HH:MM (00:00 to 23:59)")
    return value.strip()


Country = Annotated[str, AfterValidator(_country)]
Currency = Annotated[str, AfterValidator(_currency)]
Language = Annotated[str | None, AfterValidator(_language)]
Email = Annotated[str, Field(max_length=320), AfterValidator(_email)]
TimeZone = Annotated[str | None, Field(max_length=64), AfterValidator(_timezone)]
Name = Annotated[str, Field(min_length=1, max_length=200), AfterValidator(_required_text)]
Address = Annotated[str | None, Field(max_length=1000), AfterValidator(_address)]
Iban = Annotated[str | None, Field(max_length=64), AfterValidator(_iban)]
Bic = Annotated[str | None, Field(max_length=16), AfterValidator(_bic)]
Clock = Annotated[str, AfterValidator(_clock)]


def Text(max_length: int) -> Any:  # noqa: N802 - reads as a type in the models below
    return Annotated[str | None, Field(max_length=max_length), AfterValidator(_text)]


class Strict(BaseModel):
    """Request bodies refuse unknown fields: a misspelt field must not be silently ignored."""

    model_config = ConfigDict(extra="forbid")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="matching items, before limit and offset")
    limit: int
    offset: int


# ------------------------------------------------------------------------ accounts


class ContactOut(BaseModel):
    id: int
    external_id: str | None
    name: str | None
    email: str | None
    email_status: str = Field(description="valid | bounced | complained")
    language: str | None
    role: str | None
    phone: str | None
    is_primary: bool
    postal_address: str | None
    do_not_contact: bool
    notes: str | None


class ContactIn(Strict):
    name: Text(200) = None
    email: Email | None = None
    language: Language = None
    role: Text(100) = None
    phone: Text(64) = None
    is_primary: bool = False
    postal_address: Address = None
    do_not_contact: bool = False
    notes: Text(4000) = None
    external_id: Text(100) = None


class ContactPatch(Strict):
    """Only the fields sent are changed; null clears an optional field."""

    name: Text(200) = None
    email: Email | None = None
    language: Language = None
    role: Text(100) = None
    phone: Text(64) = None
    is_primary: bool | None = None
    postal_address: Address = None
    do_not_contact: bool | None = None
    notes: Text(4000) = None


class MemberRef(BaseModel):
    id: int
    name: str
    email: str


class InvoiceLine(BaseModel):
    id: int | None
    number: str
    issue_date: dt.date
    due_date: dt.date | None
    amount: Money
    paid: Money = Field(description="paid against it: imported paid amount plus payments")
    credit_applied: Money
    open_amount: Money
    status: str
    payment_status: str
    days_overdue: int


class CurrencyPositionOut(BaseModel):
    currency: str
    balance: Money = Field(description="open invoices less unapplied credit")
    open_total: Money
    credit_total: Money
    credit_applied: Money
    credit_unapplied: Money
    overdue_count: int
    oldest_overdue_days: int
    open_invoices: list[InvoiceLine]


class AccountSummary(BaseModel):
    id: int
    external_id: str
    name: str
    country: str
    currency: str
    segment: str | None
    balances: dict[str, Money] = Field(description="non-zero balance per currency")
    overdue_count: int
    oldest_overdue_days: int
    paused: bool = Field(description="paused by a member today (until a date or indefinitely)")
    paused_until: dt.date | None
    paused_indefinitely: bool
    pause_reason: str | None


class AccountDetail(AccountSummary):
    postal_address: str | None
    timezone: str | None
    created_at: dt.datetime
    contacts: list[ContactOut]
    referents: list[MemberRef] = Field(description="primary referent first")
    positions: list[CurrencyPositionOut]
    followup_holds: list[str] = Field(
        description="why no automatic follow-up goes out from now on (empty: per plan)")


class AccountIn(Strict):
    external_id: Annotated[str, Field(min_length=1, max_length=100),
                           AfterValidator(_required_text)]
    name: Name
    country: Country
    currency: Currency
    postal_address: Address = None
    segment: Text(64) = None
    timezone: TimeZone = None


class AccountPatch(Strict):
    """Only the fields sent are changed; null clears an optional field."""

    name: Name | None = None
    country: Country | None = None
    currency: Currency | None = None
    postal_address: Address = None
    segment: Text(64) = None
    timezone: TimeZone = None


class PauseIn(Strict):
    until: dt.date | None = Field(None, description="last paused day; null = until further "
                                                    "notice")
    reason: Text(1000) = None


class ReferentsIn(Strict):
    member_ids: list[int] = Field(description="members of your organization, primary first")


# ------------------------------------------------------------------------ documents, payments


class DocumentOut(BaseModel):
    id: int
    kind: str = Field(description="invoice | credit_note")
    number: str
    account_id: int
    account_name: str
    issue_date: dt.date
    due_date: dt.date | None
    amount: Money
    currency: str
    paid: Money = Field(description="invoice: paid against it (imported paid amount plus "
                                    "payments); credit note: refunded")
    credit_applied: Money | None = Field(description="credit applied to this invoice")
    open_amount: Money | None = Field(description="what is still owed on this invoice")
    status: str | None = Field(description="invoice: issued | overdue | paid (derived)")
    payment_status: str | None = Field(
        description="invoice: unpaid | partially_paid | paid | overpaid (derived)")
    days_overdue: int | None
    has_pdf: bool


class PaymentOut(BaseModel):
    id: int
    external_id: str
    account_id: int
    account_name: str
    document_id: int | None
    invoice_number: str | None
    amount: Money
    currency: str
    value_date: dt.date
    reference: str | None


class DocumentDetail(DocumentOut):
    payments: list[PaymentOut]


# ------------------------------------------------------------------------ imports


class ImportReportOut(BaseModel):
    files: list[str]
    created: dict[str, int]
    updated: dict[str, int]
    unchanged: dict[str, int]
    changes: int
    lines: list[str] = Field(description="the CLI's summary lines")


class ImportErrorsOut(BaseModel):
    detail: str
    errors: list[str] = Field(description="`file:line: field: message`, as the CLI prints")


# ------------------------------------------------------------------------ communications


class CommunicationOut(BaseModel):
    id: int
    account_id: int | None
    account_name: str | None
    contact_id: int | None
    task_id: int | None
    channel: str
    direction: str
    status: str
    kind: str
    plan_step: int | None
    tone: str | None
    language: str | None
    sender: str | None
    recipient: str | None
    subject: str | None
    intent: str | None
    invoice_numbers: list[str] | None
    amount: Money | None
    currency: str | None
    on_date: dt.date
    sent_at: dt.datetime | None
    created_at: dt.datetime
    flagged: str | None
    last_error: str | None


class CommunicationDetail(CommunicationOut):
    body: str | None
    message_id: str | None
    in_reply_to: str | None


class CommunicationPatch(Strict):
    subject: Annotated[str | None, Field(max_length=998)] = None
    body: Annotated[str | None, Field(max_length=100_000)] = None


class CancelIn(Strict):
    reason: Text(1000) = None


# ------------------------------------------------------------------------ tasks

TaskStatus = Literal[TASK_STATUSES]  # type: ignore[valid-type]


class TaskOut(BaseModel):
    id: int
    subject: str
    reason: str
    status: str
    account_id: int | None
    account_name: str | None
    assignees: list[MemberRef]
    suggested_next_step: str | None
    created_on: dt.date
    closed_on: dt.date | None


class ThreadMessageOut(BaseModel):
    id: int
    author: str = Field(description="agent | member | customer")
    member: MemberRef | None
    communication_id: int | None
    body: str
    created_at: dt.datetime


class TaskDetail(TaskOut):
    agent_message: str | None
    communication_id: int | None
    contact_id: int | None
    messages: list[ThreadMessageOut]


class TaskMessageIn(Strict):
    body: Annotated[str, Field(min_length=1, max_length=20_000),
                    AfterValidator(_required_text)]


class TaskStatusIn(Strict):
    status: TaskStatus
    note: Text(2000) = None


# ------------------------------------------------------------------------ plan


class PlanDecisionOut(BaseModel):
    account_id: int
    account: str
    outcome: str = Field(description="sent | skipped | not_due | task | nothing | error")
    detail: str
    messages: list[str] = Field(description="what would be sent, one line per message")


class PlanOut(BaseModel):
    date: dt.date
    decisions: list[PlanDecisionOut]


# ------------------------------------------------------------------------ organization


class OrganizationOut(BaseModel):
    id: int
    slug: str
    name: str
    sender_name: str | None
    sender_email: str | None
    phone: str | None
    postal_address: str | None
    country: str | None
    iban: str | None
    bic: str | None
    bank_name: str | None
    sending_window_start: str
    sending_window_end: str
    created_at: dt.datetime


class OrganizationPatch(Strict):
    """Only the fields sent are changed; null clears an optional field."""

    name: Name | None = None
    sender_name: Text(200) = None
    sender_email: Email | None = None
    phone: Text(64) = None
    postal_address: Address = None
    country: Country | None = None
    iban: Iban = None
    bic: Bic = None
    bank_name: Text(200) = None
    sending_window_start: Clock | None = None
    sending_window_end: Clock | None = None


class MemberOut(BaseModel):
    id: int
    email: str
    name: str
    language: str | None
    role: str
    active: bool
    created_at: dt.datetime


class MemberIn(Strict):
    email: Email
    name: Name
    language: Language = None
    role: Literal["admin", "member"] = "member"
    password: Annotated[str, Field(min_length=8, max_length=1024)]


class MemberPatch(Strict):
    language: Language = None
    role: Literal["admin", "member"] | None = None
    active: bool | None = None


class MeOut(BaseModel):
    member_id: int
    email: str
    name: str
    language: str | None
    role: str
    organization_slug: str
    organization_name: str


class PoliciesOut(BaseModel):
    source: str = Field(description="organization | file | default: where the policies in "
                                    "force come from")
    policies: dict[str, Any] | None = Field(
        description="the organization's own policy set as stored (null: none)")
    effective: dict[str, Any] = Field(
        description="every key of the policies in force, default and per segment")


class PoliciesIn(Strict):
    policies: dict[str, Any] | None = Field(
        description="`{default: {...}, segments: {name: {...}}}` with the keys of "
                    "agent/guards/default_policy.yaml; null removes the organization's own "
                    "policies")


class TokenOut(BaseModel):
    id: int
    name: str
    prefix: str
    created_at: dt.datetime
    last_used_at: dt.datetime | None
    revoked_at: dt.datetime | None
    revoked: bool


class TokenIn(Strict):
    name: Name


class NewTokenOut(TokenOut):
    secret: str = Field(description="the token itself: shown this once, never again")
