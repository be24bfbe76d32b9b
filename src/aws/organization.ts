import {
  AccessDeniedException,
  AccountNotFoundException,
  AWSOrganizationsNotInUseException,
  DescribeAccountCommand,
  ParentNotFoundException,
  paginateListAccounts,
  paginateListAccountsForParent,
  paginateListChildren,
  paginateListParents,
  type Account,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import pLimit from 'p-limit';
import { CredentialsError } from '../runtime/errors.js';
import { clientSettings, reportRetries, type ClientOptions } from './clients.js';
import { CallError, describeFailure, type TimeLimit } from './call-failure.js';
import { collectPages, NEXT_TOKEN_PAGES } from './pages.js';

/** An account Organizations knows, with the state that decides whether it is audited. */
export interface OrganizationAccount {
  accountId: string;
  name?: string;
  /**
   * `State` (ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED…); the retired `Status` where State is
   * missing; undefined where Organizations gave neither: not known, so never skipped.
   */
  state?: string;
}

const WALK_CONCURRENCY = 4;

/** Discovery could not be done: no account can be chosen, so the run fails with the fix. */
export class DiscoveryError extends CredentialsError {
  constructor(message: string) {
    super(message);
    this.name = 'DiscoveryError';
  }
}

/** Organizations is global (loaded only where Organizations is asked); the SDK picks the partition's endpoint from the region. */
export function createOrganizationsClient(options: ClientOptions): OrganizationsClient {
  const client = new OrganizationsClient(clientSettings(options));
  reportRetries(client.middlewareStack, options.onRetry);
  return client;
}

/**
 * The accounts of the whole Organization and/or under the given roots and OUs (at any depth),
 * each once. Needs the management account or a delegated administrator. `onFound` hears of each
 * account the first time a page names it, while the listing goes on.
 */
export async function discoverAccounts(
  organizations: OrganizationsClient,
  scope: { organization: boolean; parents: string[] },
  limit: TimeLimit,
  onFound: (accounts: OrganizationAccount[]) => void = () => undefined,
): Promise<OrganizationAccount[]> {
  const found = new Map<string, OrganizationAccount>();
  const add = (accounts: Account[] = []): void => {
    const fresh: OrganizationAccount[] = [];
    for (const account of accounts) {
      if (!account.Id || found.has(account.Id)) continue;
      const known = {
        accountId: account.Id,
        name: account.Name,
        state: account.State ?? account.Status,
      };
      found.set(account.Id, known);
      fresh.push(known);
    }
    if (fresh.length > 0) onFound(fresh);
  };
  const walk = pLimit(WALK_CONCURRENCY);
  const visit = async (parentId: string): Promise<void> => {
    const [, children] = await Promise.all([
      walk(() =>
        listing(
          'organizations:ListAccountsForParent',
          paginateListAccountsForParent({ client: organizations }, { ParentId: parentId }),
          (page) => page.Accounts,
          add,
        ),
      ),
      walk(() =>
        listing(
          'organizations:ListChildren',
          paginateListChildren(
            { client: organizations },
            { ParentId: parentId, ChildType: 'ORGANIZATIONAL_UNIT' },
          ),
          (page) => page.Children,
        ),
      ),
    ]);
    await Promise.all(children.flatMap((child) => (child.Id ? [visit(child.Id)] : [])));
  };
  try {
    await limit.race(
      Promise.all([
        scope.organization
          ? listing(
              'organizations:ListAccounts',
              paginateListAccounts({ client: organizations, pageSize: 20 }, {}),
              (page) => page.Accounts,
              add,
            )
          : undefined,
        ...scope.parents.map(visit),
      ]),
      'Organizations discovery',
    );
  } catch (error) {
    throw new DiscoveryError(discoveryMessage(error));
  }
  return [...found.values()].sort((a, b) => a.accountId.localeCompare(b.accountId));
}

/** Every item of one Organizations listing; a failure carries the call that failed. */
async function listing<Page extends { NextToken?: string }, Item>(
  call: string,
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => Item[] | undefined,
  onItems?: (items: Item[]) => void,
): Promise<Item[]> {
  try {
    return await collectPages(call, pages, itemsOf, NEXT_TOKEN_PAGES, onItems);
  } catch (error) {
    throw new CallError(call, error);
  }
}

function discoveryMessage(thrown: unknown): string {
  const failure = describeFailure('Organizations discovery', thrown);
  const error = thrown instanceof CallError ? thrown.cause : thrown;
  const prefix = `Could not list the Organization's accounts (${failure.call} failed with ${failure.code}: ${failure.message}).`;
  if (error instanceof ParentNotFoundException) {
    return `${prefix} Check the OU and root ids in the accounts input (aws organizations list-roots; aws organizations list-organizational-units-for-parent --parent-id <id>).`;
  }
  if (
    error instanceof AccessDeniedException ||
    error instanceof AWSOrganizationsNotInUseException ||
    failure.code === 'AccessDenied'
  ) {
    return (
      `${prefix} Discovery needs the first session in the Organization's management account or a delegated ` +
      'administrator, with organizations:ListAccounts, organizations:ListAccountsForParent and ' +
      'organizations:ListChildren. Run from there (deploy/ has the hub role), or list the account ids in the accounts input.'
    );
  }
  return `${prefix} Run again; if it persists, list the account ids in the accounts input.`;
}

/**
 * One account as Organizations knows it (organizations:DescribeAccount); undefined where the
 * Organization has no such account. A failure is a DiscoveryError naming the call and the fix.
 */
export async function describeOrganizationAccount(
  organizations: OrganizationsClient,
  accountId: string,
  limit: TimeLimit,
): Promise<OrganizationAccount | undefined> {
  try {
    const out = await limit.race(
      organizations.send(new DescribeAccountCommand({ AccountId: accountId })),
      'organizations:DescribeAccount',
    );
    const account = out.Account;
    return {
      accountId,
      ...(account?.Name ? { name: account.Name } : {}),
      state: account?.State ?? account?.Status,
    };
  } catch (error) {
    if (error instanceof AccountNotFoundException) return undefined;
    throw new DiscoveryError(membershipMessage('organizations:DescribeAccount', error));
  }
}

/** How many levels of OUs Organizations allows under the root (5), with room to spare. */
const MAX_DEPTH = 8;

/**
 * The OUs and root above an account, nearest first, read with organizations:ListParents up to the
 * root or to the first that `enough` accepts: a call per level, never a listing of the Organization.
 */
export async function ancestorsOf(
  organizations: OrganizationsClient,
  accountId: string,
  limit: TimeLimit,
  enough: (parentId: string) => boolean = () => false,
): Promise<string[]> {
  const ancestors: string[] = [];
  let child = accountId;
  try {
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      const parents = await limit.race(
        listing(
          'organizations:ListParents',
          paginateListParents({ client: organizations }, { ChildId: child }),
          (page) => page.Parents,
        ),
        'organizations:ListParents',
      );
      const parent = parents[0];
      if (!parent?.Id) break;
      ancestors.push(parent.Id);
      if (parent.Type === 'ROOT' || enough(parent.Id)) break;
      child = parent.Id;
    }
  } catch (error) {
    throw new DiscoveryError(membershipMessage('organizations:ListParents', error));
  }
  return ancestors;
}

function membershipMessage(call: string, thrown: unknown): string {
  const failure = describeFailure(call, thrown);
  const prefix = `Could not check the changed account's place in the Organization (${failure.call} failed with ${failure.code}: ${failure.message}).`;
  if (
    failure.code === 'AccessDeniedException' ||
    failure.code === 'AccessDenied' ||
    failure.code === 'AWSOrganizationsNotInUseException'
  ) {
    return `${prefix} The check needs the first session in the management account or a delegated administrator, with organizations:DescribeAccount and organizations:ListParents (deploy/ has the hub role).`;
  }
  return `${prefix} Run again; the daily run audits the account in any case.`;
}

/** The two membership lookups, bound to one client and time limit. */
export function organizationLookups(
  organizations: OrganizationsClient,
  limit: TimeLimit,
): {
  describeAccount(accountId: string): Promise<OrganizationAccount | undefined>;
  ancestorsOf(accountId: string, enough: (parentId: string) => boolean): Promise<string[]>;
} {
  return {
    describeAccount: (id) => describeOrganizationAccount(organizations, id, limit),
    ancestorsOf: (id, enough) => ancestorsOf(organizations, id, limit, enough),
  };
}
