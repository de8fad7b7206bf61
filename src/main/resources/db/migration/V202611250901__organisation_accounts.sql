-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

create table organisation (
    id          uuid primary key,
    name        text not null check (length(trim(name)) between 2 and 200),
    kind        text not null check (kind in ('PARTNER', 'MUNICIPALITY', 'CREDITOR')),
    website     text,
    created_at  timestamptz not null default now()
);
create unique index organisation_name_uk on organisation (lower(name));

-- Where an organisation works; a partner may work in several municipalities of the region.
create table organisation_municipality (
    organisation_id   uuid not null references organisation (id) on delete cascade,
    municipality_code char(4) not null references municipality (code),
    primary key (organisation_id, municipality_code)
);

create table account (
    id               uuid primary key,
    username         text not null,
    display_name     text not null,
    password_hash    text,
    oidc_subject     text unique,
    system_admin     boolean not null default false,
    enabled          boolean not null default true,
    failed_logins    integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    last_login_at    timestamptz
);
create unique index account_username_uk on account (lower(username));
comment on table account is 'People who log in: staff, professionals and volunteers. Residents stay anonymous.';

create table membership (
    account_id      uuid not null references account (id) on delete cascade,
    organisation_id uuid not null references organisation (id) on delete cascade,
    role            text not null check (role in ('VOLUNTEER', 'PROFESSIONAL', 'ORGANISATION_ADMIN', 'MUNICIPAL_STAFF', 'CURATOR')),
    since           timestamptz not null default now(),
    primary key (account_id, organisation_id)
);

-- Machine-to-machine clients (e.g. a creditor delivering signals). Only a hash of the key is kept.
create table api_client (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id) on delete cascade,
    name            text not null,
    key_prefix      text unique,
    key_hash        text,
    oauth_client_id text unique,
    scopes          text[] not null,
    created_at      timestamptz not null default now(),
    revoked_at      timestamptz,
    last_used_at    timestamptz,
    check ((key_prefix is not null and key_hash is not null) or oauth_client_id is not null)
);
comment on column api_client.oauth_client_id is 'Client id at the identity provider, for OAuth2 client-credentials tokens.';
