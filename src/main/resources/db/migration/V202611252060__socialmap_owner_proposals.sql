-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- Owners also propose new services and locations and the withdrawal of one. A proposal now says what it does:
-- 'create' (the document does not exist yet; base_version is 0), 'update' (as before) or 'withdraw' (doc is the
-- version the owner saw; on approval the document is removed, its history stays in sm_change).
alter table sm_proposal
    add column action text not null default 'update' check (action in ('create', 'update', 'withdraw'));

create index sm_proposal_resource_idx on sm_proposal (resource_id) where status = 'pending';
