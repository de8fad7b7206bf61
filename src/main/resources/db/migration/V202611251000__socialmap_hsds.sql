-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- The sociale kaart as Open Referral HSDS 3.0 documents (ADR 0006). Each table keeps one HSDS object with its
-- child objects embedded in doc; the columns beside it are extracted from doc for constraints and filters.

create table sm_organization (
    id          uuid primary key,
    doc         jsonb not null check (jsonb_typeof(doc) = 'object'),
    name        text not null,
    demo        boolean not null default false,
    claimed_by  uuid references organisation (id) on delete set null,
    version     integer not null default 1,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
comment on column sm_organization.claimed_by is 'The Schakel organisation whose members keep this listing current.';

create table sm_location (
    id                uuid primary key,
    organization_id   uuid references sm_organization (id) on delete cascade,
    doc               jsonb not null check (jsonb_typeof(doc) = 'object'),
    name              text,
    latitude          numeric(9, 6) check (latitude between -90 and 90),
    longitude         numeric(9, 6) check (longitude between -180 and 180),
    postcode          text,
    municipality_code char(4) references municipality (code),
    version           integer not null default 1,
    updated_at        timestamptz not null default now()
);

create table sm_service (
    id              uuid primary key,
    organization_id uuid not null references sm_organization (id) on delete cascade,
    doc             jsonb not null check (jsonb_typeof(doc) = 'object'),
    name            text not null,
    status          text not null check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    last_verified   date,
    version         integer not null default 1,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index sm_service_organization_idx on sm_service (organization_id);

create table sm_service_at_location (
    id          uuid primary key,
    service_id  uuid not null references sm_service (id) on delete cascade,
    location_id uuid not null references sm_location (id) on delete cascade,
    doc         jsonb not null check (jsonb_typeof(doc) = 'object')
);
create index sm_sal_service_idx on sm_service_at_location (service_id);
create index sm_sal_location_idx on sm_service_at_location (location_id);

create table sm_taxonomy (
    id   uuid primary key,
    doc  jsonb not null check (jsonb_typeof(doc) = 'object'),
    name text not null
);

create table sm_taxonomy_term (
    id          uuid primary key,
    taxonomy_id uuid references sm_taxonomy (id) on delete cascade,
    code        text,
    parent_id   uuid,
    doc         jsonb not null check (jsonb_typeof(doc) = 'object'),
    name        text not null
);
create unique index sm_taxonomy_term_code_uk on sm_taxonomy_term (taxonomy_id, code) where code is not null;

-- Which taxonomy terms describe a service (from its attributes), for filters and facets.
create table sm_service_term (
    service_id uuid not null references sm_service (id) on delete cascade,
    term_id    uuid not null references sm_taxonomy_term (id) on delete cascade,
    primary key (service_id, term_id)
);

-- Field-level change history in the shape of HSDS metadata.
create table sm_change (
    id                uuid primary key,
    resource_type     text not null,
    resource_id       uuid not null,
    last_action_date  timestamptz not null,
    last_action_type  text not null check (last_action_type in ('create', 'update', 'delete')),
    field_name        text not null,
    previous_value    text not null,
    replacement_value text not null,
    updated_by        text not null
);
create index sm_change_resource_idx on sm_change (resource_id, last_action_date);

-- Texts of HSDS objects in other languages (HSDS 3.0 holds one language per document); Dutch is in the document.
create table sm_translation (
    resource_id uuid not null,
    language    text not null check (language ~ '^[a-z]{2,3}$'),
    field       text not null,
    value       text not null,
    primary key (resource_id, language, field)
);

-- Files imported before, by fingerprint: importing the same file again is recognised at once.
create table sm_import (
    source      text primary key,
    fingerprint text not null,
    imported_at timestamptz not null default now(),
    report      text not null
);
