// Typed builders of findings and account results for tests: every field a Finding has, no casts.
import { controlById } from '../src/controls/index.js';
import type { AccountResult, ControlId, Finding } from '../src/model.js';

/** A finding of `control` on `resource`, with the control's title and severity; `rest` overrides. */
export function finding(
  control: ControlId,
  resource: string,
  status: Finding['status'],
  rest: Partial<Finding> = {},
): Finding {
  const known = controlById(control);
  return {
    control,
    title: known.title,
    severity: known.severity,
    status,
    resourceType: resource.endsWith(':root') ? 'AwsAccount' : 'AwsIamUser',
    resource,
    message: `${control} ${status} on ${resource}`,
    evidence: { source: 'live', calls: [], observed: {} },
    remediation: { text: 'fix', url: 'https://docs.aws.amazon.com/x', verify: 'aws iam x' },
    ...rest,
  };
}

/** An audited account holding `findings`; `rest` overrides (status, alias, …). */
export function account(findings: Finding[], rest: Partial<AccountResult> = {}): AccountResult {
  return {
    accountId: '111122223333',
    partition: 'aws',
    readAt: '2026-11-29T00:00:00Z',
    findings,
    notes: [],
    ...rest,
  };
}
