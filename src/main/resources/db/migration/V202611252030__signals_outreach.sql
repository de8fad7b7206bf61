-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Outreach after a signal (Wgs art. 3 lid 1 onder b: the municipality offers help): contact attempts, the outcome
-- that closes a case, and per municipality the team's contact details and the attempts before "geen contact".

-- One contact attempt. No free text: a note about a conversation would be personal data nobody needs here. Deleted
-- with its case, so that the retention job that removes a case removes its attempts too.
create table signal_contact_attempt (
    id            uuid primary key,
    case_id       uuid not null references signal_case (id) on delete cascade,
    kind          text not null check (kind in ('LETTER', 'PHONE', 'SMS', 'EMAIL', 'HOME_VISIT')),
    attempted_on  date not null,
    result        text not null check (result in ('REACHED', 'NOT_REACHED', 'WRONG_ADDRESS', 'WRONG_CONTACT', 'SENT')),
    recorded_by   uuid not null,
    recorded_at   timestamptz not null
);
create index signal_contact_attempt_case on signal_contact_attempt (case_id, attempted_on);

-- The outcome closes the case; referred_service_id is a service in the sociale kaart (socialmap), not a foreign key
-- across modules.
alter table signal_case
    add column outcome             text check (outcome in ('HELP_ACCEPTED', 'REFERRED_DEBT_HELP', 'REFERRED_PARTNER',
                                                          'ALREADY_SOLVED', 'NO_CONTACT', 'DECLINED')),
    add column closed_on           date,
    add column closed_at           timestamptz,
    add column closed_by           uuid,
    add column referred_service_id uuid;
alter table signal_case add constraint signal_case_closed check ((outcome is null) = (closed_on is null));
alter table signal_case add constraint signal_case_referral
    check ((outcome = 'REFERRED_PARTNER') = (referred_service_id is not null));

-- An earlier closure of a case that the team reopened because a new signal came in after it.
create table signal_case_closure (
    case_id             uuid not null references signal_case (id) on delete cascade,
    outcome             text not null,
    closed_on           date not null,
    closed_at           timestamptz not null,
    closed_by           uuid,
    referred_service_id uuid,
    reopened_at         timestamptz not null,
    reopened_by         uuid not null
);
create index signal_case_closure_case on signal_case_closure (case_id, reopened_at);

-- What the creditor of a signal may know (docs/signals.md, "Feedback to creditors"): per signal, so that a signal that
-- arrives after a case closed starts again at ONTVANGEN while earlier signals keep their final status.
alter table signal
    add column feedback_status text not null default 'ONTVANGEN'
        check (feedback_status in ('ONTVANGEN', 'CONTACT_GELEGD', 'IN_HULPVERLENING', 'GEEN_CONTACT', 'AFGESLOTEN')),
    add column feedback_at     timestamptz;
comment on column signal.feedback_status is 'The coarse status its creditor may fetch; never the outcome itself.';
comment on column signal.feedback_at is 'When feedback_status last changed; null while it is ONTVANGEN (then received_at counts).';
create index signal_feedback_idx on signal (creditor_id, (coalesce(feedback_at, received_at)));

-- Per municipality: the team's contact details printed on letters, and the attempts after which a case without
-- contact closes by itself. Absent row: OutreachSettings.EXAMPLE, shown as example values.
create table signal_outreach_settings (
    municipality_code  text primary key,
    max_attempts       integer not null check (max_attempts between 1 and 20),
    team_name          text not null check (length(team_name) between 1 and 200),
    phone              text not null check (length(phone) between 1 and 50),
    email              text not null check (length(email) between 1 and 200),
    visiting_address   text not null check (length(visiting_address) between 1 and 300),
    source             text not null
);
