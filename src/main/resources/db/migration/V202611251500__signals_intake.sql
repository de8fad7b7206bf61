-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Vroegsignalering (Wgs art. 3 lid 1 onder b; Besluit gemeentelijke schuldhulpverlening § 2). Personal data is
-- only stored encrypted (PersonalDataCipher); households are matched by keyed blind indexes.

-- One case per household per municipality; the triage outcome is recomputed from all its signals.
create table signal_case (
    id                uuid primary key,
    municipality_code text not null,
    household_key     text not null,
    pc4               integer not null check (pc4 between 1000 and 9999),
    priority          text not null check (priority in ('URGENT', 'HIGH', 'NORMAL')),
    score             integer not null,
    explanation       jsonb not null,
    assigned_to       uuid,
    opened_at         timestamptz not null,
    updated_at        timestamptz not null,
    unique (municipality_code, household_key)
);
comment on column signal_case.household_key is 'Blind index (HMAC) of postcode + house number + addition; reveals nothing without the key.';
comment on column signal_case.explanation is 'Which triage rules fired, with their values and thresholds, shown on the case.';
create index signal_case_queue on signal_case (municipality_code, priority, score desc);

create table signal (
    id                  uuid primary key,
    case_id             uuid not null references signal_case (id),
    creditor_id         uuid not null,
    creditor_reference  text not null,
    creditor_type       text not null check (creditor_type in ('WONINGVERHUURDER', 'ENERGIELEVERANCIER', 'DRINKWATERBEDRIJF', 'ZORGVERZEKERAAR')),
    kind                text not null check (kind in ('BETALINGSACHTERSTAND', 'EINDELEVERING')),
    municipality_code   text not null,
    pc4                 integer not null,
    address_index       text not null,
    bsn_index           text,
    person              text not null,
    arrears_cents       bigint not null check (arrears_cents > 0),
    arrears_since       date not null,
    signal_date         date not null,
    end_of_supply_date  date,
    prior_steps         jsonb,
    delivery_id         uuid not null,
    received_at         timestamptz not null,
    check (arrears_since <= signal_date),
    check ((kind = 'EINDELEVERING') = (end_of_supply_date is not null)),
    unique (creditor_id, creditor_reference)
);
comment on column signal.person is 'Encrypted JSON: name, birth date, BSN, address details, phone, e-mail.';
comment on column signal.creditor_reference is 'The creditor''s own reference: the idempotency key of a redelivery.';
comment on column signal.prior_steps is 'What the creditor did before signalling (Besluit art. 2 onder a-d for landlords); no personal data.';
create index signal_case_idx on signal (case_id);
create index signal_bsn_idx on signal (bsn_index) where bsn_index is not null;

-- Per-municipality triage settings. Absent row: the defaults in TriagePolicy (examples, not verified as law).
create table signal_triage_policy (
    municipality_code     text primary key,
    min_creditors         integer not null check (min_creditors >= 1),
    min_rent_months       integer not null check (min_rent_months >= 0),
    min_arrears_days      integer not null check (min_arrears_days >= 0),
    end_of_supply_urgent  boolean not null,
    source                text not null
);
