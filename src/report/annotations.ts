import { controlById } from '../controls/index.js';
import { accountLabel, alertLevel, type AccountResult, type ControlId } from '../model.js';
import { controlRows } from './control-status.js';
import { iamUsers, userName } from './people.js';

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
): Annotation[] {
  const annotations: Annotation[] = [];
  for (const account of accounts) {
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
      } else {
        const names = row.failing
          .slice(0, NAMED_RESOURCES)
          .map((finding) => userName(finding.resource));
        const rest = row.failing.length - names.length;
        const count = row.failing.length;
        message = `${iamUsers(count)} in ${where} fail${count === 1 ? 's' : ''}: ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''} (listed in the job summary).`;
      }
      annotations.push({ level, title: `${row.control} ${control.title}`, message });
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
