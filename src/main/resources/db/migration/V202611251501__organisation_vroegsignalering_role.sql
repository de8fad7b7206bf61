-- SPDX-License-Identifier: EUPL-1.2
-- SPDX-FileCopyrightText: 2026 Schakel contributors

-- The municipality's vroegsignalering team: need-to-know access to signals, separate from other municipal staff.
alter table membership drop constraint membership_role_check;
alter table membership add constraint membership_role_check
    check (role in ('VOLUNTEER', 'PROFESSIONAL', 'ORGANISATION_ADMIN', 'MUNICIPAL_STAFF', 'CURATOR', 'VROEGSIGNALERING'));
