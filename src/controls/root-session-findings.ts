// What the root controls share when root's evidence comes from a root session (spec "Root sessions").
import type {
  AccountSnapshot,
  CallFailure,
  Finding,
  FindingEvidence,
  RootDevice,
  RootDeviceType,
  RootSessionFacts,
} from '../model.js';
import { summaryCount } from './root-findings.js';

export const ROOT_SESSION_CALLS = ['sts:AssumeRoot'];

const DEVICE_WORDS: Record<RootDeviceType, string> = {
  virtual: 'virtual (authenticator app)',
  fido: 'FIDO security key or passkey',
  totp: 'hardware TOTP token',
};

/** "FIDO security key or passkey arn:…:u2f/…; virtual (authenticator app) arn:…:mfa/…". */
export function devicesInWords(devices: readonly RootDevice[]): string {
  return devices.map((device) => `${DEVICE_WORDS[device.type]} ${device.serialNumber}`).join('; ');
}

/** How many of root's devices are of each type, for the evidence. */
export function deviceCounts(devices: readonly RootDevice[]): Record<string, number> {
  const count = (type: RootDeviceType) => devices.filter((device) => device.type === type).length;
  return {
    rootVirtualDevices: count('virtual'),
    rootFidoDevices: count('fido'),
    rootTotpDevices: count('totp'),
  };
}

/** A root session's reading, or undefined where none was read (the in-account evidence decides). */
export function rootSessionFacts(snapshot: AccountSnapshot): RootSessionFacts | undefined {
  return snapshot.rootSession?.ok ? snapshot.rootSession.value : undefined;
}

/**
 * Where GetAccountSummary, read in the same session, disagrees with the lists: the lists decide,
 * and the evidence says so. Empty where they agree or the summary could not be read.
 */
export function summaryDisagreements(facts: RootSessionFacts): string[] {
  if (!facts.summary?.ok) return [];
  const summary = facts.summary.value;
  const said: string[] = [];
  const check = (
    key: 'AccountMFAEnabled' | 'AccountPasswordPresent' | 'AccountAccessKeysPresent',
    listed: boolean,
    list: string,
  ) => {
    const value = summaryCount(summary, key);
    if (value !== undefined && value > 0 !== listed)
      said.push(`GetAccountSummary says ${key} ${value} but ${list}`);
  };
  check(
    'AccountMFAEnabled',
    facts.devices.length > 0,
    facts.devices.length > 0 ? 'ListMFADevices lists devices' : 'ListMFADevices lists none',
  );
  check(
    'AccountPasswordPresent',
    facts.loginProfile,
    facts.loginProfile ? 'GetLoginProfile finds a password' : 'GetLoginProfile finds none',
  );
  check(
    'AccountAccessKeysPresent',
    facts.accessKeys.length > 0,
    facts.accessKeys.length > 0 ? 'ListAccessKeys lists keys' : 'ListAccessKeys lists none',
  );
  return said;
}

/** The evidence of a verdict read in a root session: the calls, what was seen, and any disagreement. */
export function rootSessionEvidence(
  facts: RootSessionFacts,
  calls: string[],
  observed: FindingEvidence['observed'],
): FindingEvidence {
  const disagreements = summaryDisagreements(facts);
  const notes = [
    'read through a root session (sts:AssumeRoot, task policy IAMAuditRootUserCredentials)',
    ...(disagreements.length > 0 ? [`${disagreements.join('; ')}: the lists decide`] : []),
  ];
  return {
    source: 'live',
    calls: [...ROOT_SESSION_CALLS, ...calls],
    observed: {
      ...observed,
      ...(facts.passwordLastUsed ? { rootPasswordLastUsed: facts.passwordLastUsed } : {}),
      ...(disagreements.length > 0 ? { summaryDisagrees: true } : {}),
    },
    note: notes.join('; '),
  };
}

/** The refusal, in words, for the in-account findings that stand in for a root session. */
export function refusalInWords(failure: CallFailure): string {
  return `root session refused: ${failure.call} failed with ${failure.code} (${failure.message})${failure.fix ? `; fix: ${failure.fix}` : ''}`;
}

/**
 * In-account findings, where a root session was asked for and refused: each names the refusal in
 * its evidence (spec: the evidence names the refusal).
 */
export function withRefusal(findings: Finding[], snapshot: AccountSnapshot): Finding[] {
  const session = snapshot.rootSession;
  if (!session || session.ok) return findings;
  const refusal = refusalInWords(session.failure);
  return findings.map((finding) => ({
    ...finding,
    evidence: {
      ...finding.evidence,
      observed: { ...finding.evidence.observed, rootSessionErrorCode: session.failure.code },
      note: finding.evidence.note
        ? `${finding.evidence.note}; ${refusal}; decided from the in-account evidence`
        : `${refusal}; decided from the in-account evidence`,
    },
  }));
}
