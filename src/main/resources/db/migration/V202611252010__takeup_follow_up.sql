-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors
--
-- The optional follow-up after a check or a scheme page: one e-mail four weeks later with three questions per
-- scheme. A row holds personal data (the e-mail address, encrypted) only until it is answered, unsubscribed, or 30
-- days after sending; then the row is deleted. Answers are stored apart, without any link to the row or the address.
create table takeup_follow_up (
    id                uuid        primary key,
    email_encrypted   text        not null,
    -- keyed hash (blind index) of the token in the e-mail's link, to find the row; the token itself only encrypted
    token_index       char(64)    not null unique,
    token_encrypted   text        not null,
    scheme_ids        text[]      not null check (cardinality(scheme_ids) between 1 and 20),
    municipality_code char(4)     check (municipality_code ~ '^[0-9]{4}$'),
    language          varchar(3)  not null check (language ~ '^[a-z]{2,3}$'),
    due_on            date        not null,
    sent_at           timestamptz
);

create index takeup_follow_up_due on takeup_follow_up (due_on) where sent_at is null;

-- One answer per scheme. Only the month is kept, so an answer cannot be matched to a sent e-mail by its time.
create table takeup_answer (
    id                bigint      generated always as identity primary key,
    scheme_id         text        not null check (scheme_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    municipality_code char(4)     check (municipality_code ~ '^[0-9]{4}$'),
    applied           boolean     not null,
    -- null when not applied; 'wacht' while the decision is not there yet
    received          text        check (received in ('ja', 'nee', 'wacht')),
    obstacle          text        check (obstacle in ('geen', 'niet_geweten', 'moeilijk', 'papieren', 'terugbetalen',
                                                      'schaamte', 'tijd', 'niet_nodig', 'anders')),
    -- an optional short remark; the page asks for no personal data and it is never published
    remark            text        check (char_length(remark) <= 300),
    answered_month    date        not null check (extract(day from answered_month) = 1),
    check (applied or received is null)
);

create index takeup_answer_scheme on takeup_answer (municipality_code, scheme_id);
