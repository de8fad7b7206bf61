-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors
--
-- The back-office editor of local schemes (four-eyes). Every change is a draft; a second member of staff approves or
-- rejects it. An approved draft becomes a new row in schemes_local_version that applies from its effective date.

-- The first reference date on which a version applies; null for versions that apply from the start (shipped files
-- and imports before the editor existed). The engine uses, per reference date, the highest version whose date has
-- come (see docs/schemes.md, "The editor").
alter table schemes_local_version add column effective_from date;

create table schemes_local_draft (
    id                uuid        primary key,
    scheme_id         text        not null check (scheme_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    municipality_code char(4)     not null check (municipality_code ~ '^[0-9]{4}$'),
    -- the published version the author started from; null for a new scheme. Approval is refused when a newer
    -- version was published since (the draft is stale).
    base_version      integer     check (base_version > 0),
    document          jsonb       not null,
    condition_order   text[]      not null,
    -- form, yaml, xlsx or template: how the draft was made
    origin            text        not null check (origin in ('form', 'yaml', 'xlsx', 'template')),
    note              text        check (length(note) <= 2000),
    status            text        not null default 'OPEN' check (status in ('OPEN', 'APPROVED', 'REJECTED')),
    -- accounts of the organisation module; names are kept so the history stays readable after an account is removed
    author_id         uuid        not null,
    author_name       text        not null,
    created_at        timestamptz not null,
    decided_by_id     uuid,
    decided_by_name   text,
    decided_at        timestamptz,
    decision_comment  text        check (length(decision_comment) <= 2000),
    published_version integer,
    -- four-eyes in the data as well: nobody decides on their own draft
    constraint schemes_local_draft_four_eyes check (decided_by_id is null or decided_by_id <> author_id),
    constraint schemes_local_draft_decided check ((status = 'OPEN') = (decided_at is null))
);

create index schemes_local_draft_scheme on schemes_local_draft (scheme_id, created_at);
create index schemes_local_draft_open on schemes_local_draft (municipality_code) where status = 'OPEN';
