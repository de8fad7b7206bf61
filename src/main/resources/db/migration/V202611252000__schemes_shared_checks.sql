-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- A check result a resident chose to share with a helper under a short code. Only the answers, the municipality and
-- the moment of saving are kept: no name, no e-mail, no IP address. The code itself is not stored, only its sha256,
-- so the table alone does not open any result. Rows are deleted 30 days after saving, or at once by the resident.
create table schemes_shared_check (
    code_sha256      text        primary key check (code_sha256 ~ '^[0-9a-f]{64}$'),
    answers          text        not null check (length(answers) <= 2000),
    municipality_code text       check (municipality_code ~ '^[0-9]{4}$'),
    created_at       timestamptz not null
);

comment on table schemes_shared_check is 'Check answers shared under a short code; purged after 30 days (schemes module).';
comment on column schemes_shared_check.answers is 'The unsigned answers payload of the check (base64url), never free text.';

create index schemes_shared_check_created on schemes_shared_check (created_at);
