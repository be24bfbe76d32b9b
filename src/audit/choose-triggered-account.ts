import type { AccountSelection } from '../inputs/account-selection.js';
import type { OrganizationAccount } from '../aws/organization.js';
import { CredentialsError } from '../runtime/errors.js';
import type { Trigger } from '../inputs/trigger.js';
import {
  rootAccessFeatures,
  withOrganizations,
  type AccountsChosen,
  type Choosing,
} from './choose-accounts.js';
import type { Targets } from './targets.js';

/** The account a change event names lies outside what `accounts` selects: nothing is audited. */
export class OutsideSelectionError extends CredentialsError {
  constructor(message: string) {
    super(message);
    this.name = 'OutsideSelectionError';
  }
}

/** What the decision may ask Organizations: one account, and the parents above it. */
export interface MembershipLookups {
  describeAccount(accountId: string): Promise<OrganizationAccount | undefined>;
  /** Parents up to the root, nearest first; the walk may stop at the first `enough` accepts. */
  ancestorsOf(accountId: string, enough: (parentId: string) => boolean): Promise<string[]>;
}

/**
 * The one account a change event names, if `accounts` selects it; skipped, with no call at all,
 * where exclude-accounts lists it (the user's own choice: design "Red within minutes of a change");
 * otherwise an OutsideSelectionError naming the account and the input. Organizations is asked
 * only where the selection names the Organization or its OUs and roots.
 */
export async function chooseTriggeredTarget(
  selection: AccountSelection,
  firstAccountId: string,
  accountId: string,
  lookups: MembershipLookups,
): Promise<Targets> {
  const outside = (why: string): OutsideSelectionError =>
    new OutsideSelectionError(
      `The change event names account ${accountId}, which ${why}; it was not audited, and no call was made into it.`,
    );
  const audit = (account: { accountId: string; name?: string }): Targets => ({
    audit: [{ accountId: account.accountId, ...(account.name ? { name: account.name } : {}) }],
    skipped: [],
  });
  if (selection.exclude.includes(accountId))
    return { audit: [], skipped: [{ accountId, reason: 'listed in exclude-accounts' }] };
  if (selection.ownAccountOnly) {
    if (accountId === firstAccountId) return audit({ accountId });
    throw outside(
      `is not the credentials' own account (${firstAccountId}), and the accounts input is empty; name it in the accounts input to audit it`,
    );
  }
  if (selection.accountIds.includes(accountId)) return audit({ accountId });
  const wanted = [...(selection.organization ? ['organization'] : []), ...selection.parents].join(
    ', ',
  );
  if (!selection.organization && selection.parents.length === 0)
    throw outside(
      `is not among the accounts input's account ids (${selection.accountIds.join(', ')})`,
    );
  const known = await lookups.describeAccount(accountId);
  if (!known) throw outside(`is not an account of the Organization (accounts input: ${wanted})`);
  if (known.state === undefined) {
    if (selection.organization) return { audit: [], skipped: [], unknownState: [known] };
  } else if (known.state !== 'ACTIVE')
    throw outside(
      `has the Organizations state ${known.state}, and only ACTIVE accounts are audited (accounts input: ${wanted})`,
    );
  if (selection.organization) return audit(known);
  const selected = (id: string): boolean => selection.parents.includes(id);
  const ancestors = await lookups.ancestorsOf(accountId, selected);
  if (ancestors.some(selected))
    return known.state === undefined
      ? { audit: [], skipped: [], unknownState: [known] }
      : audit(known);
  throw outside(`is not under ${selection.parents.join(', ')} (the accounts input)`);
}

const NO_LOOKUPS: MembershipLookups = {
  describeAccount: () => Promise.reject(new Error('Organizations is not asked for this selection')),
  ancestorsOf: () => Promise.reject(new Error('Organizations is not asked for this selection')),
};

/** chooseAccounts for a run a change event triggered: the event's account, or a failure. */
export async function chooseTriggeredAccount(
  choosing: Choosing,
  trigger: Trigger,
): Promise<AccountsChosen> {
  const { first, deadline, log } = choosing;
  const { selection } = choosing.config;
  return withOrganizations(choosing, async (organizations) => {
    const targets = await chooseTriggeredTarget(
      selection,
      first.accountId,
      trigger.account,
      organizations
        ? organizations.api.organizationLookups(organizations.client, deadline)
        : NO_LOOKUPS,
    );
    if (targets.audit.length === 0) return { targets };
    log.info(`The change event's account ${trigger.account} is selected: auditing it alone.`);
    if (selection.ownAccountOnly) return { targets };
    const features = await rootAccessFeatures(choosing);
    return {
      targets,
      rootCredentialsManagement: features.enabled,
      rootAccess: features,
    };
  });
}
