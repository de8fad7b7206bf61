-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors
-- Neighbourhoods (wijken) of the served municipalities, as the installation configures them. A neighbourhood is the
-- set of four-digit postcode areas it covers, so that a resident's postcode or a listing's address places it without
-- map polygons. cbs_code holds the CBS wijkcode (WK + gemeentecode + 2 digits) when the neighbourhood is one.

create table neighbourhood (
    id                text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 60),
    municipality_code char(4) not null references municipality (code),
    name              text not null check (length(name) between 1 and 100),
    cbs_code          text check (cbs_code ~ '^WK[0-9]{6}$'),
    postcode_areas    integer[] not null check (cardinality(postcode_areas) > 0),
    unique (municipality_code, name)
);

comment on table neighbourhood is 'Configured at start-up from schakel.region.neighbourhoods; configuration, not a database edit, decides them.';
