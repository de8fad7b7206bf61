-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Retention and reporting for vroegsignalering (docs/signals.md, "Retention", "DDAS" and "Figures").

-- When the team first gave the case to a worker: the DDAS "datumOpgepakt" and the start of the longer retention term.
alter table signal_case add column picked_up_at timestamptz;

-- What happened with a case after pick-up. The outreach slice (contact attempts and outcomes) replaces this view with
-- one that reads its own tables; retention, the DDAS export and the figures read only this view, so nothing else has to
-- change. Until then the first contact is taken to be the pick-up date, and reach, acceptance and result are unknown.
create view signal_case_progress as
select c.id                                                        as case_id,
       cast(c.picked_up_at at time zone 'Europe/Amsterdam' as date) as picked_up_on,
       cast(c.picked_up_at at time zone 'Europe/Amsterdam' as date) as first_contact_on,
       cast(null as boolean)                                       as reached,
       cast(null as boolean)                                       as help_accepted,
       cast(null as text)                                          as result,
       cast(null as date)                                          as closed_on
from signal_case c;
comment on view signal_case_progress is 'One row per case; result is a DDAS EnumEindresultaat value. Replaced when outreach is merged.';

-- Contact attempts as DDAS "contactpogingen" (kind: EnumContactsoort, part_of_day: Ochtend/Middag/Avond). Empty until
-- the outreach slice replaces it.
create view signal_contact_attempts as
select cast(null as uuid) as case_id, cast(null as text) as kind, cast(null as date) as attempted_on,
       cast(null as text) as part_of_day, cast(null as boolean) as reached
where false;

-- Anonymous counts that stay after the retention job removed the personal data, so the figures still add up.
-- Neighbourhood '' means: outside every configured neighbourhood.
create table signal_count (
    municipality_code text not null,
    month             date not null check (extract(day from month) = 1),
    creditor_type     text not null check (creditor_type in ('WONINGVERHUURDER', 'ENERGIELEVERANCIER', 'DRINKWATERBEDRIJF', 'ZORGVERZEKERAAR')),
    neighbourhood     text not null,
    signals           integer not null check (signals > 0),
    primary key (municipality_code, month, creditor_type, neighbourhood)
);
comment on table signal_count is 'Signals of removed cases, counted per municipality, month of the signal date, creditor type and neighbourhood.';

create table signal_case_count (
    municipality_code text not null,
    month             date not null check (extract(day from month) = 1),
    neighbourhood     text not null,
    picked_up         boolean not null,
    reached           boolean,
    help_accepted     boolean,
    days_to_contact   integer check (days_to_contact >= 0),
    cases             integer not null check (cases > 0),
    unique nulls not distinct (municipality_code, month, neighbourhood, picked_up, reached, help_accepted, days_to_contact)
);
comment on table signal_case_count is 'Removed cases (households), counted per month of their first signal; days_to_contact from first signal to first contact.';

-- One row per retention run and municipality: counts only, no personal data. The audit log holds one entry per run.
create table signal_retention_run (
    id                uuid not null,
    municipality_code text not null,
    ran_at            timestamptz not null,
    reference_date    date not null,
    cases_removed     integer not null,
    signals_removed   integer not null,
    primary key (id, municipality_code)
);
