-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Wiring after merging 'outreach' and 'reporting': the two views of V202611252040 now read the outreach tables of
-- V202611252030 (docs/signals.md, "After merging outreach"). Column names and types stay as they were.

-- The case's progress as retention, the DDAS file and the figures read it. picked_up_on: assignment, or else the first
-- contact attempt. reached / help_accepted: known once someone was reached or the case closed. result: DDAS v1.2
-- EnumEindresultaat. 'Vervolghulp en/of verwijzing' (a referral to a partner of the sociale kaart, financial or not) is
-- v1.2 only; a v0.9 file needs 'Vervolghulp en/of verwijzing financieel' or '... niet financieel' instead.
create or replace view signal_case_progress as
select c.id                                                                                 as case_id,
       coalesce(cast(c.picked_up_at at time zone 'Europe/Amsterdam' as date), a.first_attempt) as picked_up_on,
       a.first_reached                                                                      as first_contact_on,
       case when a.first_reached is not null then true
            when c.outcome is not null then false end                                      as reached,
       case when c.outcome in ('HELP_ACCEPTED', 'REFERRED_DEBT_HELP', 'REFERRED_PARTNER') then true
            when c.outcome is not null then false end                                      as help_accepted,
       case c.outcome
            when 'HELP_ACCEPTED' then '(Budget)advies en/of quick fix'
            when 'REFERRED_DEBT_HELP' then 'Vervolghulp en/of verwijzing financieel'
            when 'REFERRED_PARTNER' then 'Vervolghulp en/of verwijzing'
            when 'ALREADY_SOLVED' then 'Inwoner heeft zelf al betaald/betalingsregeling getroffen'
            when 'DECLINED' then 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering'
            when 'NO_CONTACT' then case when a.first_reached is not null then 'Geen reactie na eerder contact'
                                        else 'Definitief geen contact kunnen krijgen' end
       end                                                                                  as result,
       c.closed_on                                                                          as closed_on
from signal_case c
left join lateral (select min(attempted_on)                                  as first_attempt,
                          min(attempted_on) filter (where result = 'REACHED') as first_reached
                   from signal_contact_attempt where case_id = c.id) a on true;
comment on view signal_case_progress is 'One row per case, from signal_case and signal_contact_attempt; result is a DDAS EnumEindresultaat value.';

-- Contact attempts as DDAS contactpogingen (EnumContactsoort). Schakel does not record the part of the day.
create or replace view signal_contact_attempts as
select a.case_id,
       case a.kind when 'LETTER' then 'Brief' when 'PHONE' then 'Telefoon' when 'SMS' then 'SMS/Whatsapp'
                   when 'EMAIL' then 'Mail' when 'HOME_VISIT' then 'Huisbezoek' end as kind,
       a.attempted_on,
       cast(null as text)                                                      as part_of_day,
       a.result = 'REACHED'                                                    as reached
from signal_contact_attempt a;
