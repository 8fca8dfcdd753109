"""The domain of DESIGN.md as SQLAlchemy 2.0 typed models.

Statuses that can be derived from data (invoice status, payment status, balances) are not
columns: `store.ledger` computes them. What *is* stored is what happened: documents, payments,
communications, promises, tasks and the append-only event log.
"""

from __future__ import annotations

import secrets
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

MONEY = Numeric(18, 2)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes on every backend.

    SQLite has no timezone type and returns naive values; storing UTC and re-attaching the zone
    on the way out keeps comparisons and arithmetic honest on SQLite and PostgreSQL alike.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store timezone-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime(), Decimal: MONEY, dict[str, Any]: JSON}


account_referents = Table(
    "account_referents",
    Base.metadata,
    Column("account_id", ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
    # position 0 is the primary referent; order matters for assignment and notifications
    Column("position", Integer, nullable=False, default=0),
)

task_assignees = Table(
    "task_assignees",
    Base.metadata,
    Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
)


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sender_name: Mapped[str | None] = mapped_column(String(200))
    sender_email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(64))
    postal_address: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    iban: Mapped[str | None] = mapped_column(String(64))
    bic: Mapped[str | None] = mapped_column(String(16))
    bank_name: Mapped[str | None] = mapped_column(String(200))
    # local time of day, in the account's zone, between which messages may leave
    sending_window_start: Mapped[str] = mapped_column(String(5), default="08:00")
    sending_window_end: Mapped[str] = mapped_column(String(5), default="18:00")
    # free-form settings: policy overrides per segment, notification preferences, ...
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    members: Mapped[list[Member]] = relationship(back_populates="organization")
    accounts: Mapped[list[Account]] = relationship(back_populates="organization")


class Member(Base):
    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("organization_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    email: Mapped[str] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(2))
    role: Mapped[str] = mapped_column(String(32), default="member")  # admin | member
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    organization: Mapped[Organization] = relationship(back_populates="members")


def new_token() -> str:
    return secrets.token_hex(6)


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        UniqueConstraint("organization_id", "external_id"),
        UniqueConstraint("token"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    postal_address: Mapped[str | None] = mapped_column(Text)
    segment: Mapped[str | None] = mapped_column(String(64))
    timezone: Mapped[str | None] = mapped_column(String(64))
    # the per-account token carried in Reply-To, so a reply finds its account
    token: Mapped[str] = mapped_column(String(32), default=new_token)
    # pause: paused_until is the last paused day; paused_indefinitely for "until further notice"
    paused_until: Mapped[date | None] = mapped_column(Date)
    paused_indefinitely: Mapped[bool] = mapped_column(Boolean, default=False)
    pause_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    organization: Mapped[Organization] = relationship(back_populates="accounts")
    contacts: Mapped[list[Contact]] = relationship(
        back_populates="account", order_by="(Contact.is_primary.desc(), Contact.id)"
    )
    documents: Mapped[list[Document]] = relationship(back_populates="account")
    referents: Mapped[list[Member]] = relationship(
        secondary=account_referents, order_by=account_referents.c.position
    )


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    external_id: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)
    email_status: Mapped[str] = mapped_column(String(16), default="valid")  # valid|bounced|complained
    language: Mapped[str | None] = mapped_column(String(2))
    role: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str | None] = mapped_column(Text)
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    postal_address: Mapped[str | None] = mapped_column(Text)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    account: Mapped[Account] = relationship(back_populates="contacts")


class Document(Base):
    """An invoice or a credit note. `paid_amount` is what the accounting system reported as
    paid when the document was imported; payments recorded later are `Payment` rows."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("organization_id", "kind", "number"),
        # the documents that may owe or hold something, read by the planner (migration 0005)
        Index("ix_documents_unsettled", "account_id",
              sqlite_where=text("kind <> 'invoice' OR amount <> paid_amount"),
              postgresql_where=text("kind <> 'invoice' OR amount <> paid_amount")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # invoice | credit_note
    number: Mapped[str] = mapped_column(String(100))
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    paid_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    pdf_path: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    account: Mapped[Account] = relationship(back_populates="documents")
    payments: Mapped[list[Payment]] = relationship(back_populates="document")


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (UniqueConstraint("organization_id", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    external_id: Mapped[str] = mapped_column(String(100))
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    value_date: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    document: Mapped[Document | None] = relationship(back_populates="payments")


class Communication(Base):
    __tablename__ = "communications"
    __table_args__ = (
        UniqueConstraint("idempotency_key"),
        Index("ix_communications_account_date", "account_id", "on_date"),
        Index("ix_communications_status_next", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    task_id: Mapped[int | None] = mapped_column(ForeignKey("tasks.id"))
    channel: Mapped[str] = mapped_column(String(8))  # email | letter
    direction: Mapped[str] = mapped_column(String(3))  # out | in
    # scheduled|sent|delivered|bounced|failed|cancelled|received
    status: Mapped[str] = mapped_column(String(16))
    # followup | courtesy | promise_ack | remittance_request | statement | bank_details |
    # formal_notice | member_notification | reply (inbound) | ...
    kind: Mapped[str] = mapped_column(String(32))
    plan_step: Mapped[int | None] = mapped_column(Integer)
    tone: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(2))
    sender: Mapped[str | None] = mapped_column(String(320))
    recipient: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str | None] = mapped_column(String(998), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    thread_key: Mapped[str | None] = mapped_column(String(200), index=True)
    intent: Mapped[str | None] = mapped_column(String(32))
    auto_submitted: Mapped[bool] = mapped_column(Boolean, default=False)
    flagged: Mapped[str | None] = mapped_column(Text)  # why an inbound message needs a look
    raw: Mapped[bytes | None] = mapped_column(LargeBinary)
    invoice_numbers: Mapped[list[str] | None] = mapped_column(JSON)
    amount: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    # the business date this communication belongs to (the scheduler's day), separate from
    # the wall-clock timestamps so simulated runs and real runs read the same
    on_date: Mapped[date] = mapped_column(Date)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]
    transport_ref: Mapped[str | None] = mapped_column(Text)
    # delivery bookkeeping: an attempt is recorded (and committed) before the transport is
    # called, so a crash leaves a trace; an attempt without an outcome is an uncertain fate
    attempted_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class Promise(Base):
    __tablename__ = "promises"
    __table_args__ = (UniqueConstraint("idempotency_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    amount: Mapped[Decimal]
    currency: Mapped[str] = mapped_column(String(3))
    promised_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | kept | broken
    source_communication_id: Mapped[int | None] = mapped_column(ForeignKey("communications.id"))
    created_on: Mapped[date] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (UniqueConstraint("idempotency_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id"))
    # use_alter: communications also point at tasks; the cycle needs one deferred constraint
    communication_id: Mapped[int | None] = mapped_column(
        ForeignKey("communications.id", use_alter=True, name="fk_tasks_communication_id")
    )
    # dispute | refusal | payment_plan_request | callback_request | contact_change | ambiguous |
    # no_response | missing_contact | invalid_contact | broken_promise | payment_unmatched | ...
    reason: Mapped[str] = mapped_column(String(32))
    # action_required | awaiting_response | in_progress | closed | cancelled
    status: Mapped[str] = mapped_column(String(20), default="action_required")
    subject: Mapped[str] = mapped_column(Text)
    agent_message: Mapped[str | None] = mapped_column(Text)
    suggested_next_step: Mapped[str | None] = mapped_column(Text)
    created_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    idempotency_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    assignees: Mapped[list[Member]] = relationship(secondary=task_assignees)
    messages: Mapped[list[TaskMessage]] = relationship(
        back_populates="task", order_by="TaskMessage.id"
    )


class TaskMessage(Base):
    __tablename__ = "task_messages"

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), index=True)
    author: Mapped[str] = mapped_column(String(16))  # agent | member | customer
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    communication_id: Mapped[int | None] = mapped_column(ForeignKey("communications.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    task: Mapped[Task] = relationship(back_populates="messages")


class Event(Base):
    """Append-only audit log: every decision, including each skip and its reason."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_account_date", "account_id", "on_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"))
    kind: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # "agent", "cli", "import", or "member:" + an email address (up to 320 characters)
    actor: Mapped[str] = mapped_column(String(400), default="agent")
    on_date: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class InboxCheckpoint(Base):
    """Where the IMAP poller stopped in a mailbox, so each message is handled once."""

    __tablename__ = "inbox_checkpoints"
    __table_args__ = (UniqueConstraint("organization_id", "mailbox"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    mailbox: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int | None] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SchedulerRun(Base):
    """One row per organization and business date the daily scheduler completed: running the
    same day twice is then a visible no-op, not a second wave of messages."""

    __tablename__ = "scheduler_runs"
    __table_args__ = (UniqueConstraint("organization_id", "run_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    run_date: Mapped[date] = mapped_column(Date)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class RunLease(Base):
    """One account of a day's run, leased to one worker at a time. `holder`/`expires_at`: who
    works on it and until when (a dead worker's lease expires and another takes the account
    over); `done_at`: the account was decided that day, no worker handles it again."""

    __tablename__ = "run_leases"
    __table_args__ = (UniqueConstraint("organization_id", "run_date", "account_id"),
                      Index("ix_run_leases_open", "organization_id", "run_date", "done_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    run_date: Mapped[date] = mapped_column(Date)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    holder: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[datetime | None]
    takeovers: Mapped[int] = mapped_column(Integer, default=0)
    done_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(32))


class WebSession(Base):
    """A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so
    a copy of the database signs nobody in. The CSRF token is checked on every form post."""

    __tablename__ = "web_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"),
                                           index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class ApiToken(Base):
    """A member's token for the REST API (`Authorization: Bearer ...`); stored as its SHA-256."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"),
                                           index=True)
    name: Mapped[str] = mapped_column(String(200))
    prefix: Mapped[str] = mapped_column(String(12))  # shown in lists, to tell tokens apart
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
