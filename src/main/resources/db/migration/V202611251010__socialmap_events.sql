-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Live bijeenkomsten: spreekuren, inloop, themabijeenkomsten, taalcafés, regelingenmarkten. One-off or recurring
-- (an iCalendar RRULE); times are local Dutch time, as people read them on a poster.
create table sm_event (
    id              uuid primary key,
    organization_id uuid not null references sm_organization (id) on delete cascade,
    location_id     uuid references sm_location (id) on delete set null,
    kind            text not null check (kind in ('spreekuur', 'inloop', 'themabijeenkomst', 'taalcafe', 'regelingenmarkt')),
    title_nl        text not null check (length(title_nl) between 2 and 200),
    title_en        text,
    description_nl  text not null default '',
    description_en  text,
    starts_at       timestamp not null,
    ends_at         timestamp not null check (ends_at > starts_at),
    rrule           text check (rrule is null or rrule ~ '^FREQ=(DAILY|WEEKLY|MONTHLY)(;[A-Z]+=[A-Z0-9,+-]+)*$'),
    need_codes      text[] not null default '{}',
    free            boolean not null default true,
    updated_at      timestamptz not null default now()
);
create index sm_event_organization_idx on sm_event (organization_id);
create index sm_event_starts_idx on sm_event (starts_at);
