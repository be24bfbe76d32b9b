import type { Finding } from '../model.js';

/**
 * A finding's evidence as a person reads it: "console password (last used 2026-11-20), no MFA
 * device; confirmed live (iam:ListMFADevices)". `reportAge` says how old the credential report was;
 * without `calls`, the calls are left to the JSON report (a table cell stays narrow).
 */
export function evidenceInWords(
  finding: Finding,
  reportAge?: string,
  options: { calls?: boolean } = {},
): string {
  const { observed, source, calls, note } = finding.evidence;
  const facts =
    finding.resourceType === 'AwsIamUser'
      ? userFacts(observed)
      : Object.entries(observed).map(([key, value]) => `${key} ${value}`);
  const where =
    source === 'live'
      ? `confirmed live${options.calls === false ? '' : ` (${calls.join(', ')})`}`
      : `from the credential report${reportAge ? `, ${reportAge} old` : ''}`;
  return `${facts.join(', ')}; ${where}${note && source === 'live' ? `; ${note}` : ''}`;
}

function userFacts(observed: Finding['evidence']['observed']): string[] {
  const facts: string[] = [];
  const lastUsed =
    typeof observed.passwordLastUsed === 'string'
      ? ` (last used ${observed.passwordLastUsed.slice(0, 10)})`
      : '';
  if (observed.consolePassword === true) facts.push(`console password${lastUsed}`);
  if (observed.consolePassword === false) facts.push('no console password');
  if (observed.mfaActive === true) facts.push('MFA device');
  if (observed.mfaActive === false) facts.push('no MFA device');
  return facts;
}
