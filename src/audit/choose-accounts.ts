import { EventEmitter, on } from 'node:events';
import type { Config } from '../inputs/config.js';
import type { OrganizationAccount } from '../aws/organization.js';
import { createIamClient } from '../aws/iam-client.js';
import type { Identity } from '../aws/credentials.js';
import { readRootCredentialsManagement } from '../aws/root-access.js';
import type { Deadline } from '../runtime/deadline.js';
import { chooseTargets, targetsAsFound, type Target, type Targets } from './targets.js';
import type { RunLog } from '../runtime/log.js';

/** What choosing the accounts reads: the inputs, and the first session within the run's deadline. */
export interface Choosing {
  config: Config;
  first: Identity;
  deadline: Deadline;
  env: NodeJS.ProcessEnv;
  log: RunLog;
}

export interface AccountsChosen {
  targets: Targets;
  /** Centralized root access (RootCredentialsManagement); undefined where not known. */
  rootCredentialsManagement?: boolean;
  /** What iam:ListOrganizationsFeatures said, RootSessions too (sts:AssumeRoot needs it); undefined: not read. */
  rootAccess?: RootAccessFeatures;
}

/**
 * Which accounts to audit: the first session's own by default; otherwise the ids named, and the
 * Organization's accounts (all, or under roots and OUs) read from the first session.
 */
export async function chooseAccounts(choosing: Choosing): Promise<AccountsChosen> {
  const { config, first, deadline } = choosing;
  const { selection } = config;
  if (selection.ownAccountOnly) return { targets: chooseTargets(selection, first.accountId, []) };
  return withOrganizations(choosing, async (organizations) => {
    const [discovered, features] = await Promise.all([
      organizations
        ? organizations.api.discoverAccounts(organizations.client, selection, deadline)
        : Promise.resolve([]),
      rootAccessFeatures(choosing),
    ]);
    return chosenFrom(choosing, discovered, features);
  });
}

/** chooseAccounts of a selection of the Organization, its accounts handed on as pages name them. */
export interface AccountsAsFound {
  /** The accounts to audit, each as soon as discovery finds it; fails as discovery fails. */
  found: AsyncIterable<Target>;
  /** Centralized root access and root sessions, read beside discovery. */
  features: Promise<RootAccessFeatures>;
  /** The whole choice, once discovery has ended: `found` gave exactly its `targets.audit`. */
  chosen: Promise<AccountsChosen>;
}

/**
 * chooseAccounts for a selection that asks Organizations, whose accounts need not wait for the
 * last page: each is handed on to be entered (and its report started) as soon as it is found.
 */
export function chooseAccountsAsFound(choosing: Choosing): AccountsAsFound {
  const { config, deadline } = choosing;
  const { selection } = config;
  const feed = new EventEmitter();
  // Listening starts now, so no page found before the fan-out reads is lost.
  const pages = on(feed, 'targets', { close: ['end'] });
  const asFound = targetsAsFound(selection);
  const send = (targets: Target[]): void => {
    if (targets.length > 0) feed.emit('targets', targets);
  };
  const features = rootAccessFeatures(choosing);
  const chosen = withOrganizations(choosing, async (organizations) => {
    if (!organizations)
      throw new Error('chooseAccountsAsFound needs a selection that asks Organizations');
    const discovered = await organizations.api.discoverAccounts(
      organizations.client,
      selection,
      deadline,
      (accounts) => send(asFound.found(accounts)),
    );
    send(asFound.rest());
    return chosenFrom(choosing, discovered, await features);
  }).then(
    (done) => {
      feed.emit('end');
      return done;
    },
    (error: unknown) => {
      feed.emit('error', error);
      throw error;
    },
  );
  // Whoever reads `found` hears of a failure there; `chosen` is awaited only after it.
  chosen.catch(() => undefined);
  return { found: eachTarget(pages), features, chosen };
}

async function* eachTarget(pages: AsyncIterable<unknown[]>): AsyncIterable<Target> {
  for await (const [targets] of pages) yield* targets as Target[];
}

/** The targets of what discovery found, said in the log once. */
function chosenFrom(
  { config, first, log }: Choosing,
  discovered: OrganizationAccount[],
  features: RootAccessFeatures,
): AccountsChosen {
  const rootCredentialsManagement = features.enabled;
  const targets = chooseTargets(config.selection, first.accountId, discovered);
  log.info(
    `${targets.audit.length} account(s) to audit, ${targets.skipped.length} skipped` +
      (usesOrganizations(config.selection)
        ? ` (${discovered.length} found in the Organization)`
        : '') +
      `; centralized root access ${rootCredentialsManagement === undefined ? 'not known here' : rootCredentialsManagement ? 'on' : 'off'}.`,
  );
  return { targets, rootCredentialsManagement, rootAccess: features };
}

type OrganizationsApi = typeof import('../aws/organization.js');

/**
 * Runs `work` with an Organizations client of the first session where the selection asks
 * Organizations (undefined otherwise), and destroys it after. The Organizations SDK is loaded only
 * then: start-up stays small.
 */
export async function withOrganizations<T>(
  { config, first, env }: Choosing,
  work: (
    organizations:
      | { api: OrganizationsApi; client: ReturnType<OrganizationsApi['createOrganizationsClient']> }
      | undefined,
  ) => Promise<T>,
): Promise<T> {
  if (!usesOrganizations(config.selection)) return work(undefined);
  const api = await import('../aws/organization.js');
  const client = api.createOrganizationsClient({
    region: config.region,
    env,
    credentials: first.credentials,
  });
  try {
    return await work({ api, client });
  } finally {
    client.destroy();
  }
}

/** The selection names the Organization, or OUs and roots in it: Organizations must be asked. */
export function usesOrganizations(selection: Config['selection']): boolean {
  return selection.organization || selection.parents.length > 0;
}

/** Centralized root access (RootCredentialsManagement) and its RootSessions; undefined: not known. */
export interface RootAccessFeatures {
  enabled?: boolean;
  rootSessions?: boolean;
}

/** Centralized root access and its root sessions, read from the first session. */
export async function rootAccessFeatures({
  config,
  first,
  deadline,
  env,
  log,
}: Choosing): Promise<RootAccessFeatures> {
  const iam = createIamClient({ region: config.region, env, credentials: first.credentials });
  try {
    const features = await readRootCredentialsManagement(iam, deadline);
    if (features.note) log.warning(features.note);
    return features;
  } finally {
    iam.destroy();
  }
}
