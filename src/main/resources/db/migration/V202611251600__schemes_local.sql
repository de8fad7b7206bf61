-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors
--
-- Local schemes (gemeentelijke regelingen), one row per version. The document has the same shape as the scheme's
-- YAML file (see docs/schemes.md); the highest version of a scheme is the one in force. Versions are never updated,
-- so every result can be traced to the exact text that produced it.
create table schemes_local_version (
    scheme_id         text        not null check (scheme_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version           integer     not null check (version > 0),
    municipality_code char(4)     not null check (municipality_code ~ '^[0-9]{4}$'),
    document          jsonb       not null,
    -- jsonb does not keep the order of keys; conditions are shown in the order the author wrote them
    condition_order   text[]      not null,
    -- sha256 of the canonical JSON text, so an unchanged import adds no version
    sha256            char(64)    not null,
    -- where the version came from: a classpath file at start, or a file a user imported
    origin            text        not null,
    created_at        timestamptz not null,
    primary key (scheme_id, version)
);

create index schemes_local_version_municipality on schemes_local_version (municipality_code);
