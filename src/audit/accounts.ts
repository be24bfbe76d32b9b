import type { Config } from '../config.js';
import { createIamClient, createOrganizationsClient } from '../aws/clients.js';
import type { Identity } from '../aws/credentials.js';
import { discoverAccounts, readRootCredentialsManagement } from '../aws/organization.js';
import type { Deadline } from '../deadline.js';
import { chooseTargets, type Targets } from './organization.js';
import type { RunLog } from './run-log.js';

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
  const clientOptions = { region: config.region, env, credentials: first.credentials };
  const discover = selection.organization || selection.parents.length > 0;
  const organizations = discover ? createOrganizationsClient(clientOptions) : undefined;
  const iam = createIamClient(clientOptions);
  try {
    const [discovered, features] = await Promise.all([
      organizations ? discoverAccounts(organizations, selection, deadline) : Promise.resolve([]),
      readRootCredentialsManagement(iam, deadline),
    ]);
    if (features.note) log.warning(features.note);
    const targets = chooseTargets(selection, first.accountId, discovered);
    log.info(
      `${targets.audit.length} account(s) to audit, ${targets.skipped.length} skipped` +
        (discover ? ` (${discovered.length} found in the Organization)` : '') +
        `; centralized root access ${features.enabled === undefined ? 'not known here' : features.enabled ? 'on' : 'off'}.`,
    );
    return { targets, rootCredentialsManagement: features.enabled };
  } finally {
    organizations?.destroy();
    iam.destroy();
  }
}
