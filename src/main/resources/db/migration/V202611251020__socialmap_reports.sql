-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- "Klopt er iets niet?": residents' reports of errors in a listing, for the curators' queue. Anonymous: no name,
-- no contact details; the form asks people not to write personal data in the message.
create table sm_report (
    id          uuid primary key,
    service_id  uuid not null references sm_service (id) on delete cascade,
    reason      text not null check (reason in ('closed', 'address', 'hours', 'phone', 'other')),
    message     text not null default '' check (length(message) <= 1000),
    created_at  timestamptz not null default now(),
    handled_at  timestamptz,
    handled_by  uuid
);
create index sm_report_open_idx on sm_report (created_at) where handled_at is null;
