import type { Config } from '../inputs/config.js';
import { createIamClient } from '../aws/iam-client.js';
import type { Identity } from '../aws/credentials.js';
import { readRootCredentialsManagement } from '../aws/root-access.js';
import type { Deadline } from '../runtime/deadline.js';
import { chooseTargets, type Targets } from './targets.js';
import type { RunLog } from '../runtime/log.js';

export interface AccountsChosen {
  targets: Targets;
  /** Centralized root access (RootCredentialsManagement); undefined where not known. */
  rootCredentialsManagement?: boolean;
}

/**
 * Which accounts to audit: the first session's own by default; otherwise the ids named, and the
 * Organization's accounts (all, or under roots and OUs) read from the first session.
 */
export async function chooseAccounts(
  config: Config,
  first: Identity,
  deadline: Deadline,
  env: NodeJS.ProcessEnv,
  log: RunLog,
): Promise<AccountsChosen> {
  const { selection } = config;
  if (selection.ownAccountOnly) return { targets: chooseTargets(selection, first.accountId, []) };
  const discover = usesOrganizations(selection);
  const api = discover ? await import('../aws/organization.js') : undefined;
  const organizations = api?.createOrganizationsClient({
    region: config.region,
    env,
    credentials: first.credentials,
  });
  try {
    const [discovered, rootCredentialsManagement] = await Promise.all([
      api && organizations
        ? api.discoverAccounts(organizations, selection, deadline)
        : Promise.resolve([]),
      centralRootAccess(config, first, deadline, env, log),
    ]);
    const targets = chooseTargets(selection, first.accountId, discovered);
    log.info(
      `${targets.audit.length} account(s) to audit, ${targets.skipped.length} skipped` +
        (discover ? ` (${discovered.length} found in the Organization)` : '') +
        `; centralized root access ${rootCredentialsManagement === undefined ? 'not known here' : rootCredentialsManagement ? 'on' : 'off'}.`,
    );
    return { targets, rootCredentialsManagement };
  } finally {
    organizations?.destroy();
  }
}

/** The selection names the Organization, or OUs and roots in it: Organizations must be asked. */
export function usesOrganizations(selection: Config['selection']): boolean {
  return selection.organization || selection.parents.length > 0;
}

/** Whether the Organization has centralized root access, read from the first session. */
export async function centralRootAccess(
  config: Config,
  first: Identity,
  deadline: Deadline,
  env: NodeJS.ProcessEnv,
  log: RunLog,
): Promise<boolean | undefined> {
  const iam = createIamClient({ region: config.region, env, credentials: first.credentials });
  try {
    const features = await readRootCredentialsManagement(iam, deadline);
    if (features.note) log.warning(features.note);
    return features.enabled;
  } finally {
    iam.destroy();
  }
}
