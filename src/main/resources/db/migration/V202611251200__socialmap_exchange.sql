-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Uploads waiting for a curator's preview and confirmation: the file as uploaded, so that confirming imports exactly
-- what was previewed. Removed when confirmed; stale ones are removed after a day.
create table sm_pending_import (
    id          uuid primary key,
    source      text not null check (length(source) between 1 and 200),
    file_name   text not null,
    format      text not null check (format in ('hsds-json', 'datapackage', 'spreadsheet')),
    content     bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);

-- A partner's spreadsheet columns mapped to our fields, saved per source so the next file from them needs no work.
create table sm_column_mapping (
    source     text primary key check (length(source) between 1 and 200),
    mapping    jsonb not null check (jsonb_typeof(mapping) = 'object'),
    updated_by text not null,
    updated_at timestamptz not null default now()
);

-- Every import, not only the latest per source: who, what, when, and the report. sm_import keeps the fingerprint
-- of the latest file per source so the same file is recognised at once.
create table sm_import_log (
    id          uuid primary key,
    source      text not null,
    file_name   text not null,
    format      text not null,
    fingerprint text not null,
    imported_by text not null,
    imported_at timestamptz not null default now(),
    created     integer not null check (created >= 0),
    updated     integer not null check (updated >= 0),
    unchanged   integer not null check (unchanged >= 0),
    skipped     integer not null check (skipped >= 0),
    report      jsonb not null
);
create index sm_import_log_when_idx on sm_import_log (imported_at desc);

-- A curator's decision about a likely duplicate, remembered per source so the same file imported again is decided
-- the same way (idempotent): the incoming object is merged into an existing one, or skipped.
create table sm_import_decision (
    source      text not null,
    incoming_id uuid not null,
    decision    text not null check (decision in ('merge', 'skip')),
    existing_id uuid,
    primary key (source, incoming_id),
    check ((decision = 'merge') = (existing_id is not null))
);
