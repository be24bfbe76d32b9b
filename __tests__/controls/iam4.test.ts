import { describe, expect, test } from '@jest/globals';
import { iam4 } from '../../src/controls/iam4.js';
import { one } from './control-results.js';
import { denied, snapshot, summary } from './snapshot-builder.js';

describe('IAM.4 IAM root user access key should not exist', () => {
  test("AccountAccessKeysPresent ≥ 1 → FAILED, with the report's key details in the evidence", () => {
    const finding = one(
      iam4.evaluate(
        snapshot({
          ...summary({ accountMfaEnabled: 1, accountAccessKeysPresent: 1 }),
          rootAccessKeys: [
            {
              key: 1,
              active: false,
              lastRotated: '2024-01-01T00:00:00+00:00',
              lastUsed: '2025-05-05T00:00:00+00:00',
            },
            { key: 2, active: false },
          ],
        }),
      ),
    );
    expect(finding.status).toBe('FAILED');
    expect(finding.message).toContain('key 1 inactive, last used 2025-05-05');
    expect(finding.message).not.toContain('key 2');
    expect(finding.evidence.observed).toMatchObject({
      AccountAccessKeysPresent: 1,
      accessKey1Active: false,
    });
  });
  test('AccountAccessKeysPresent 0 → PASSED', () => {
    expect(one(iam4.evaluate(snapshot())).status).toBe('PASSED');
  });
  test('applies in every partition', () => {
    expect(
      one(
        iam4.evaluate(
          snapshot({ partition: 'aws-us-gov', ...summary({ accountAccessKeysPresent: 1 }) }),
        ),
      ).status,
    ).toBe('FAILED');
  });
  test('unreadable or missing key → ERROR', () => {
    expect(one(iam4.evaluate(snapshot({ summary: denied('iam:GetAccountSummary') }))).status).toBe(
      'ERROR',
    );
    expect(one(iam4.evaluate(snapshot(summary({ accountMfaEnabled: 1 })))).status).toBe('ERROR');
  });
});
