-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Partners keep their own listings current: a Schakel organisation claims a listing (an HSDS organisation), a
-- curator verifies the claim, and the owners' edits wait in the curators' review queue until approved.

create table sm_claim (
    id              uuid primary key,
    listing_id      uuid not null references sm_organization (id) on delete cascade,
    organisation_id uuid not null references organisation (id) on delete cascade,
    requested_by    uuid not null,
    status          text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
    reason          text not null default '' check (length(reason) <= 1000),
    created_at      timestamptz not null,
    decided_at      timestamptz,
    decided_by      uuid,
    check ((status = 'pending') = (decided_at is null))
);
comment on column sm_claim.requested_by is 'The account of the organisation admin who asked; shown to curators only, audited.';
-- One open claim per listing and organisation: asking twice is recognised.
create unique index sm_claim_pending_uk on sm_claim (listing_id, organisation_id) where status = 'pending';

-- An owner's proposed version of one HSDS document (a service or a location), waiting for review. The whole
-- proposed document is kept, so the review shows a diff against the current one and approval stores it as is.
create table sm_proposal (
    id              uuid primary key,
    listing_id      uuid not null references sm_organization (id) on delete cascade,
    resource_type   text not null check (resource_type in ('service', 'location')),
    resource_id     uuid not null,
    base_version    integer not null,
    doc             jsonb not null check (jsonb_typeof(doc) = 'object'),
    organisation_id uuid not null references organisation (id) on delete cascade,
    proposed_by     uuid not null,
    status          text not null default 'pending'
                    check (status in ('pending', 'approved', 'rejected', 'superseded')),
    reason          text not null default '' check (length(reason) <= 1000),
    created_at      timestamptz not null,
    decided_at      timestamptz,
    decided_by      uuid
);
comment on column sm_proposal.base_version is 'The version of the document the owner edited; approval refuses a stale base.';
create index sm_proposal_pending_idx on sm_proposal (created_at) where status = 'pending';
create index sm_proposal_listing_idx on sm_proposal (listing_id, created_at);

-- "Is uw vermelding nog juist?": at most one reminder per service per period (a calendar month).
create table sm_reminder (
    service_id uuid not null references sm_service (id) on delete cascade,
    period     char(7) not null check (period ~ '^[0-9]{4}-[0-9]{2}$'),
    created_at timestamptz not null,
    mailed_at  timestamptz,
    primary key (service_id, period)
);

create index sm_service_last_verified_idx on sm_service (last_verified);
