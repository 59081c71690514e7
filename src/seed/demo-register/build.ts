/** The generator: builds the whole demo register for a seed (pure: no I/O, deterministic). */
import { planContacts } from './contacts.js';
import { assertPublishedCounts } from './history.js';
import type { BuildContext, DemoRegister } from './model.js';
import { planFictionalOrganizations, planPublicBodies } from './organizations.js';
import { createRng } from './random.js';
import { eventRow, organizationRow } from './rows.js';
import type { DemoSources, ReferenceRows } from './sources.js';
import { chooseBoard, planWorkingGroups } from './working-groups.js';

// ---------------------------------------------------------------------------------------------
// Building the register (pure: no I/O, deterministic for a seed)

export function buildDemoRegister(
  sources: DemoSources,
  reference: ReferenceRows,
  seed: number,
): DemoRegister {
  const ctx: BuildContext = {
    rng: createRng(seed),
    ids: createRng(seed ^ 0x5eed1d5),
    sources,
    reference,
    takenNames: new Set(),
  };
  const organizations = [...planPublicBodies(ctx), ...planFictionalOrganizations(ctx)];
  assertPublishedCounts(organizations.map((o) => o.history));

  const workingGroups = planWorkingGroups(ctx, organizations);
  const boardOrganizationIds = chooseBoard(ctx, organizations);
  return {
    organizations: organizations.map(organizationRow),
    events: organizations.flatMap((org) =>
      org.history.map((event) => eventRow(ctx, org.id, event)),
    ),
    contacts: planContacts(
      ctx,
      organizations,
      workingGroups.currentMemberIds,
      boardOrganizationIds,
    ),
    workingGroupMemberships: workingGroups.rows,
  };
}
