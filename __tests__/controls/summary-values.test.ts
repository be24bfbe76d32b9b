// Issue 26.5: a SummaryMap value that is not a whole number ≥ 0 is unknown, never a verdict.
import { describe, expect, test } from '@jest/globals';
import { iam4 } from '../../src/controls/iam4.js';
import { iam6 } from '../../src/controls/iam6.js';
import { iam9 } from '../../src/controls/iam9.js';
import type { AccountSummaryFacts } from '../../src/model.js';
import { one } from './control-results.js';
import { snapshot, summary } from './snapshot-builder.js';

const noVirtualDevices = { rootVirtualDevices: { ok: true as const, value: [] } };
const judge = (facts: AccountSummaryFacts) => ({
  'IAM.9': one(iam9.evaluate(snapshot({ ...summary(facts), ...noVirtualDevices }))),
  'IAM.6': one(iam6.evaluate(snapshot({ ...summary(facts), ...noVirtualDevices }))),
  'IAM.4': one(iam4.evaluate(snapshot({ ...summary(facts), ...noVirtualDevices }))),
});

describe('SummaryMap values that are not counts', () => {
  // What the SDK makes of "true" or "abc" (NaN), and values no count can be.
  test.each([NaN, -1, 1.5, Infinity])('%p: ERROR for every control that reads it', (bad) => {
    const mfa = judge({
      accountMfaEnabled: bad,
      accountPasswordPresent: 1,
      accountAccessKeysPresent: 0,
    });
    expect(mfa['IAM.9'].status).toBe('ERROR');
    expect(mfa['IAM.6'].status).toBe('ERROR');
    expect(mfa['IAM.4'].status).toBe('PASSED');

    const keys = judge({
      accountMfaEnabled: 1,
      accountPasswordPresent: 1,
      accountAccessKeysPresent: bad,
    });
    expect(keys['IAM.4'].status).toBe('ERROR');
    expect(keys['IAM.9'].status).toBe('PASSED');

    // An unknown password is not "no password": with no MFA, root fails; with MFA, it passes on MFA.
    const password = judge({
      accountMfaEnabled: 0,
      accountPasswordPresent: bad,
      accountAccessKeysPresent: 0,
    });
    expect(password['IAM.9'].status).toBe('FAILED');
    expect(password['IAM.6'].status).toBe('FAILED');
  });

  test('a value the SDK read as 0 from an empty element is unknown, naming the key and the value', () => {
    const facts: AccountSummaryFacts = {
      accountMfaEnabled: 1,
      accountPasswordPresent: 1,
      malformed: { AccountAccessKeysPresent: '' },
    };
    const finding = judge(facts)['IAM.4'];
    expect(finding.status).toBe('ERROR');
    expect(finding.message).toContain('AccountAccessKeysPresent');
    expect(finding.message).toContain('MalformedSummaryValue');
    expect(finding.message).toContain('""');

    const noPassword = judge({
      accountMfaEnabled: 0,
      malformed: { AccountPasswordPresent: '' },
      accountAccessKeysPresent: 0,
    });
    expect(noPassword['IAM.9'].status).toBe('FAILED');
    expect(noPassword['IAM.6'].status).toBe('FAILED');
    const mfaUnknown = judge({
      accountPasswordPresent: 1,
      malformed: { AccountMFAEnabled: 'true' },
      accountAccessKeysPresent: 0,
    });
    expect(mfaUnknown['IAM.9'].status).toBe('ERROR');
    expect(mfaUnknown['IAM.6'].status).toBe('ERROR');
    expect(mfaUnknown['IAM.9'].message).toContain('"true"');
  });

  test('a missing key is still named as missing', () => {
    const finding = judge({ accountMfaEnabled: 1, accountPasswordPresent: 1 })['IAM.4'];
    expect(finding.status).toBe('ERROR');
    expect(finding.message).toContain('MissingSummaryKey');
  });
});
