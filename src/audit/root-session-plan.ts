// Whether this run opens root sessions (assume-root), and which account they may never target.
import { globalStsEndpoint, rootSessionUnavailable } from '../aws/root-session.js';
import type { CallFailure } from '../model.js';
import { rootAccessFeatures, type AccountsChosen, type Choosing } from './choose-accounts.js';

export interface RootSessionPlan {
  /** Why no root session can be opened in this run: every account's root falls back, naming it. */
  refusal?: CallFailure;
  /** The Organization's management account, which no root session can target: decided in-account. */
  managementAccountId?: string;
}

/**
 * With assume-root, the plan for root sessions: they need a regional STS endpoint, centralized root
 * access on, and a first session in the management account or the delegated administrator for it.
 * Where one is missing, the run says so once, and every root falls back to the in-account evidence.
 */
export async function planRootSessions(
  choosing: Choosing,
  known: Pick<AccountsChosen, 'rootAccess'>,
): Promise<RootSessionPlan | undefined> {
  const { config, log } = choosing;
  if (!config.assumeRoot) return undefined;
  const endpoint = globalStsEndpoint(choosing.env);
  if (endpoint) {
    const refusal = rootSessionUnavailable('global-endpoint', endpoint);
    log.warning(`assume-root: ${refusal.message}; ${refusal.fix}.`);
    return { refusal };
  }
  // The account choice read the features where the selection left the first session's account.
  const features = known.rootAccess ?? (await rootAccessFeatures(choosing));
  if (features.enabled !== true || features.rootSessions !== true) {
    const refusal = rootSessionUnavailable(
      features.enabled === undefined
        ? 'not-known'
        : features.enabled
          ? 'sessions-off'
          : 'feature-off',
    );
    log.warning(
      `assume-root: ${refusal.message}. Root's evidence is read in-account, and IMA.1 is ERROR. To use root sessions: ${refusal.fix}.`,
    );
    return { refusal };
  }
  const managementAccountId = await managementAccount(choosing);
  log.info(
    `assume-root: root sessions on (centralized root access)` +
      (managementAccountId
        ? `; the management account ${managementAccountId} is decided in-account.`
        : '.'),
  );
  return { managementAccountId };
}

/** DescribeOrganization from the first session; the Organizations SDK is loaded only here. */
async function managementAccount(choosing: Choosing): Promise<string | undefined> {
  const [api, { readManagementAccount }] = await Promise.all([
    import('../aws/organization.js'),
    import('../aws/management-account.js'),
  ]);
  const client = api.createOrganizationsClient({
    region: choosing.config.region,
    env: choosing.env,
    credentials: choosing.first.credentials,
  });
  try {
    const read = await readManagementAccount(client, choosing.deadline);
    if (read.note) choosing.log.warning(read.note);
    return read.accountId;
  } finally {
    client.destroy();
  }
}
