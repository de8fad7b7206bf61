-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Append-only, hash-chained record of every read and write of personal data (AVG art. 5(2), 30, 32).
-- Each row's hash covers its own fields and the previous row's hash, so any edit or removal breaks the chain.
create table audit_event (
    seq           bigint primary key,
    occurred_at   timestamptz not null,
    actor_kind    text not null check (actor_kind in ('ACCOUNT', 'API_CLIENT', 'SYSTEM', 'ANONYMOUS')),
    actor_id      text not null,
    organisation_id uuid,
    action        text not null check (action in ('READ', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT', 'LOGIN', 'LOGIN_FAILED')),
    subject_kind  text not null,
    subject_id    text not null,
    purpose       text not null,
    request_id    text,
    prev_hash     char(64) not null,
    hash          char(64) not null unique
);
create index audit_event_subject_idx on audit_event (subject_kind, subject_id);
create index audit_event_actor_idx on audit_event (actor_kind, actor_id);
create index audit_event_time_idx on audit_event (occurred_at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
