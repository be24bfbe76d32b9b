import { controlById } from '../controls/index.js';
import {
  accountLabel,
  alertLevel,
  type AccountResult,
  type ControlId,
  type Finding,
} from '../model.js';
import { controlRows } from './control-status.js';
import { userName } from '../outcome/people.js';
import { iamUsers } from './people-words.js';
import { isManyAccounts } from './organization-summary.js';
import { userPools, usersExposed } from './user-pools-section.js';

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
}

// GitHub shows at most 10 annotations of each level per step; core.setFailed takes one error slot.
const PER_LEVEL = 10;
const NAMED_RESOURCES = 3;

/** One annotation per failing or unjudged control and account, within GitHub's per-step limits. */
export function buildAnnotations(
  accounts: AccountResult[],
  controls: readonly ControlId[],
  stepWillFail: boolean,
  /** Annotations that come first, within the same limits (a root sign-in's warning). */
  leading: Annotation[] = [],
): Annotation[] {
  const annotations: Annotation[] = [
    ...leading,
    ...(isManyAccounts(accounts) ? acrossAccounts(accounts, controls) : []),
  ];
  for (const account of isManyAccounts(accounts) ? [] : accounts) {
    for (const row of controlRows(account, controls)) {
      if (row.status !== 'FAILED' && row.status !== 'ERROR') continue;
      const control = controlById(row.control);
      const level = alertLevel(control.severity);
      const where = accountLabel(account);
      let message: string;
      if (row.status === 'ERROR') {
        // The ERROR finding's message already names the account ("Could not judge account …").
        message = row.errors[0]?.message ?? `Could not judge ${where}.`;
      } else if (row.failing.length === 1 && row.failing[0]?.resourceType === 'AwsAccount') {
        message = row.failing[0].message;
      } else if (row.failing[0]?.resourceType === 'AwsCognitoUserPool') {
        message = poolsMessage(row.failing, where);
      } else {
        const names = row.failing
          .slice(0, NAMED_RESOURCES)
          .map((finding) => userName(finding.resource));
        const rest = row.failing.length - names.length;
        const count = row.failing.length;
        message = `${iamUsers(count)} in ${where} fail${count === 1 ? 's' : ''}: ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''} (listed in the job summary).`;
      }
      annotations.push({ level, title: `${row.control} ${control.title}`, message });
      // A region that could not be read does not hide the pools of the regions that were.
      if (row.status === 'ERROR' && row.failing[0]?.resourceType === 'AwsCognitoUserPool')
        annotations.push({
          level,
          title: `${row.control} ${control.title}`,
          message: poolsMessage(row.failing, where),
        });
    }
  }
  const errorSlots = PER_LEVEL - (stepWillFail ? 1 : 0);
  const errors = annotations
    .filter((annotation) => annotation.level === 'error')
    .slice(0, errorSlots);
  const warnings = annotations
    .filter((annotation) => annotation.level === 'warning')
    .slice(0, PER_LEVEL);
  return [...errors, ...warnings];
}

/** "2 user pools in 1111 (prod) fail, exposing about 4237 estimated users: legacy (eu-west-1), …". */
function poolsMessage(failing: Finding[], where: string): string {
  const names = failing
    .slice(0, NAMED_RESOURCES)
    .map((f) => `${String(f.evidence.observed.poolName)} (${String(f.evidence.observed.region)})`);
  const rest = failing.length - names.length;
  return `${userPools(failing.length)} in ${where} fail${failing.length === 1 ? 's' : ''}, exposing about ${usersExposed(failing)} estimated user(s): ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''} (listed in the job summary).`;
}

function accountsWord(n: number): string {
  return n === 1 ? '1 account' : `${n} accounts`;
}

/**
 * Many accounts: one annotation per control for its failures and one for what could not be judged,
 * each naming the first accounts, so a thousand accounts still fit GitHub's ten per level.
 */
function acrossAccounts(accounts: AccountResult[], controls: readonly ControlId[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const id of controls) {
    const control = controlById(id);
    const failed: string[] = [];
    const unjudged: string[] = [];
    let users = 0;
    let pools = 0;
    for (const account of accounts) {
      const mine = account.findings.filter((finding) => finding.control === id);
      const failing = mine.filter((finding) => finding.status === 'FAILED');
      if (failing.length > 0) {
        const userCount = failing.filter((f) => f.resourceType === 'AwsIamUser').length;
        const poolCount = failing.filter((f) => f.resourceType === 'AwsCognitoUserPool').length;
        users += userCount;
        pools += poolCount;
        failed.push(
          `${accountLabel(account)}${userCount > 0 ? ` (${iamUsers(userCount)})` : poolCount > 0 ? ` (${userPools(poolCount)})` : ''}`,
        );
      }
      const error = mine.find((finding) => finding.status === 'ERROR');
      if (error)
        unjudged.push(`${accountLabel(account)} (${error.evidence.observed.errorCode ?? 'error'})`);
    }
    const level = alertLevel(control.severity);
    const title = `${id} ${control.title}`;
    const named = (list: string[]) =>
      `${list.slice(0, NAMED_RESOURCES).join(', ')}${list.length > NAMED_RESOURCES ? ` and ${list.length - NAMED_RESOURCES} more` : ''}`;
    if (failed.length > 0) {
      const inAccounts = accountsWord(failed.length);
      const what =
        users > 0
          ? `${iamUsers(users)} ${users === 1 ? 'fails' : 'fail'}, in ${inAccounts}`
          : pools > 0
            ? `${userPools(pools)} ${pools === 1 ? 'fails' : 'fail'}, in ${inAccounts}`
            : `fails in ${inAccounts}`;
      annotations.push({
        level,
        title,
        message: `${id}: ${what}: ${named(failed)} (listed in the job summary).`,
      });
    }
    if (unjudged.length > 0) {
      annotations.push({
        level,
        title,
        message: `${id} could not be judged in ${accountsWord(unjudged.length)}: ${named(unjudged)}; see the ERROR findings for the call that failed and the fix.`,
      });
    }
  }
  return annotations;
}
