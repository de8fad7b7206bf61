-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- CSV/XLSX deliveries of signals: a creditor's own file, or a matching platform's export imported by the
-- municipality's team. The file is kept, encrypted, only between upload and confirmation; after that only the
-- receipts (line, reference, status, reason codes: no personal data) stay.
create table signal_upload (
    id               uuid primary key,
    channel          text not null check (channel in ('CREDITOR', 'PLATFORM')),
    organisation_id  uuid not null,
    uploaded_by      uuid not null,
    file_name        text not null,
    content          text,
    uploaded_at      timestamptz not null,
    delivery_id      uuid,
    committed_at     timestamptz,
    receipts         jsonb,
    check ((committed_at is null) = (receipts is null))
);
comment on column signal_upload.content is 'Encrypted (PersonalDataCipher) base64 of the file; emptied when the upload is confirmed.';
create index signal_upload_organisation on signal_upload (organisation_id, uploaded_at desc);

-- The column mapping an organisation saved for a channel: our field -> the header of its column.
create table signal_column_mapping (
    organisation_id  uuid not null,
    channel          text not null check (channel in ('CREDITOR', 'PLATFORM')),
    columns          jsonb not null,
    creditor_type    text,
    updated_by       uuid not null,
    updated_at       timestamptz not null,
    primary key (organisation_id, channel)
);

-- The work queue pages with a keyset over (priority, score, opened) and never aggregates signals per request:
-- the counts are kept on the case at every triage.
alter table signal_case add column priority_rank smallint;
alter table signal_case add column signal_count integer not null default 0;
alter table signal_case add column creditor_count integer not null default 0;
alter table signal_case add column arrears_cents bigint not null default 0;
alter table signal_case add column last_signal date;
update signal_case c set priority_rank = case c.priority when 'URGENT' then 0 when 'HIGH' then 1 else 2 end;
update signal_case c set signal_count = a.n, creditor_count = a.creditors, arrears_cents = a.cents, last_signal = a.last
from (select case_id, count(*) as n, count(distinct creditor_id) as creditors, sum(arrears_cents) as cents,
             max(signal_date) as last
      from signal group by case_id) a
where a.case_id = c.id;
alter table signal_case alter column priority_rank set not null;
alter table signal_case add constraint signal_case_rank_check
    check (priority_rank = case priority when 'URGENT' then 0 when 'HIGH' then 1 else 2 end);
comment on column signal_case.priority_rank is 'URGENT 0, HIGH 1, NORMAL 2: the first key of the queue order.';

drop index signal_case_queue;
create index signal_case_queue_page on signal_case (municipality_code, priority_rank, (-score), opened_at, id);
create index signal_case_area_page on signal_case (municipality_code, pc4, priority_rank, (-score), opened_at, id);
create index signal_case_assigned_page on signal_case (assigned_to, priority_rank, (-score), opened_at, id)
    where assigned_to is not null;
