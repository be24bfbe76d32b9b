import * as core from '@actions/core';
import { getIdentity } from '../audit/first-session.js';
import type { RootSessionPlan } from '../audit/root-session-plan.js';
import type { Judged } from '../finish.js';
import { selectsOneAccount } from '../inputs/account-selection.js';
import type { Config } from '../inputs/config.js';
import type { Trigger } from '../inputs/trigger.js';
import { Deadline } from '../runtime/deadline.js';
import { CredentialsError } from '../runtime/errors.js';
import { logMemory } from '../runtime/memory.js';
import { Redactor } from '../runtime/redact.js';
import type { RunDeps } from '../runtime/run-deps.js';
import { actionsLog as log } from './actions-log.js';

/**
 * An audit: the first session → which accounts (this shard's) → each account's unit under a bound
 * → finish. Credentials that cannot be had end it early: nothing was judged, and finish says so.
 */
export async function runAudit(
  config: Config,
  trigger: Trigger | undefined,
  deps: RunDeps,
): Promise<void> {
  const deadline = new Deadline(config.timeoutSeconds, deps.now);
  const redactor = new Redactor();
  const mask = (secret: string): void => {
    core.setSecret(secret);
    redactor.add(secret);
  };
  const judged: Judged = { accounts: [], trigger, deadline };
  try {
    const identity = await core.group('Credentials', () =>
      getIdentity(
        config,
        { ...deps, log, mask, getIdToken: (audience) => core.getIDToken(audience) },
        deadline,
      ),
    );
    // The audit and its SDK clients are loaded once there are credentials: start-up compiles
    // only what the first request needs.
    const [
      { chooseAccounts, chooseAccountsAsFound, usesOrganizations },
      { chooseTriggeredAccount },
      { selectionOf, shardTargets },
      { auditAccounts },
      { planRootSessions },
    ] = await Promise.all([
      import('../audit/choose-accounts.js'),
      import('../audit/choose-triggered-account.js'),
      import('../audit/targets.js'),
      import('../audit/fan-out.js'),
      import('../audit/root-session-plan.js'),
    ]);
    const choosing = { config, first: identity, deadline, env: deps.env, log };
    const fanOutRun = (chosen: {
      rootCredentialsManagement?: boolean;
      rootSessions?: RootSessionPlan;
    }) => ({
      ...deps,
      log,
      mask,
      rootCredentialsManagement: chosen.rootCredentialsManagement,
      rootSessions: chosen.rootSessions,
      liveUser: trigger?.user,
    });
    if (!trigger && !config.shard && usesOrganizations(config.selection)) {
      // The Organization's accounts are entered as discovery lists them, not after its last page.
      judged.accounts = await core.group(
        "Auditing the Organization's accounts as they are found",
        async () => {
          const asFound = chooseAccountsAsFound(choosing);
          const rootAccess = await asFound.features;
          judged.rootCredentialsManagement = rootAccess.enabled;
          const rootSessions = await planRootSessions(choosing, { rootAccess });
          return auditAccounts(
            config,
            asFound,
            identity,
            deadline,
            fanOutRun({ rootCredentialsManagement: rootAccess.enabled, rootSessions }),
          );
        },
      );
    } else {
      const chosen = await core.group('Accounts', async () => {
        const accounts = await (trigger
          ? chooseTriggeredAccount(choosing, trigger)
          : chooseAccounts(choosing));
        const rootSessions = await planRootSessions(choosing, accounts);
        return { ...accounts, rootSessions };
      });
      judged.rootCredentialsManagement = chosen.rootCredentialsManagement;
      const targets = config.shard ? shardTargets(chosen.targets, config.shard) : chosen.targets;
      if (config.shard) {
        judged.shardSelection = selectionOf(chosen.targets);
        const slice =
          targets.audit.length + targets.skipped.length + (targets.unknownState?.length ?? 0);
        judged.partOf = `shard ${config.shard.index} of ${config.shard.count} only: ${slice} of ${judged.shardSelection.accounts} accounts`;
        log.info(
          `Shard ${config.shard.index} of ${config.shard.count}: ${targets.audit.length} account(s) to audit, ${targets.skipped.length} skipped.`,
        );
      }
      if (trigger) {
        // Where the selection is that one account, the event's run covers all of it.
        if (!selectsOneAccount(config.selection))
          judged.partOf = `the change event's account ${trigger.account} only`;
        const [excluded] = targets.skipped;
        if (targets.audit.length === 0 && !targets.unknownState && excluded) {
          judged.skipped = `the change event's account ${excluded.accountId} is ${excluded.reason}`;
          log.info(`${judged.skipped}: nothing to audit, by the workflow's own choice.`);
        }
      }
      const { audit } = targets;
      judged.accounts = await core.group(
        audit.length === 1
          ? `Evidence of account ${audit[0]?.accountId}`
          : `Auditing ${audit.length} accounts`,
        () => auditAccounts(config, targets, identity, deadline, fanOutRun(chosen)),
      );
    }
    logMemory('accounts audited', log.debug);
  } catch (error) {
    if (!(error instanceof CredentialsError)) throw error;
    judged.setupError = error.message;
  }
  const { finish } = await import('../finish.js');
  await finish(config, judged, redactor, deps, log);
}
