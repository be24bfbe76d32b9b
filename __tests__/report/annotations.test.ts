import { describe, expect, test } from '@jest/globals';
import { buildAnnotations } from '../../src/report/annotations.js';
import { CONTROL_IDS, type Finding } from '../../src/model.js';
import { userFinding, rootFinding, account } from './report-fixtures.js';

describe('buildAnnotations', () => {
  test('one per failing control, error for critical, warning for medium, naming the first users', () => {
    const annotations = buildAnnotations(
      [
        account([
          rootFinding('IAM.9', 'FAILED'),
          ...['a', 'b', 'c', 'd'].map((n) => userFinding(n)),
        ]),
      ],
      CONTROL_IDS,
      true,
    );
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'IAM.9 MFA should be enabled for the root user',
        message: 'IAM.9 FAILED',
      },
      {
        level: 'warning',
        title: 'IAM.19 MFA should be enabled for all IAM users',
        message:
          '4 IAM users in 123456789012 fail: a, b, c and 1 more (listed in the job summary).',
      },
    ]);
  });

  test('an unjudged control says "could not judge" once, not twice', () => {
    const error = {
      ...rootFinding('IAM.5', 'ERROR'),
      message:
        'Could not judge account 123456789012 (demo): iam:GetLoginProfile failed with AccessDenied (x).',
    };
    const [annotation] = buildAnnotations([account([error], 'demo')], CONTROL_IDS, true);
    expect(annotation?.message).toBe(error.message);
  });

  test('many accounts: one annotation per control, naming the first accounts', () => {
    const accounts = Array.from({ length: 6 }, (_, i) => ({
      ...account([rootFinding('IAM.9', 'FAILED'), rootFinding('IAM.4', 'FAILED')]),
      accountId: `12345678901${i}`,
    }));
    const annotations = buildAnnotations(accounts, CONTROL_IDS, true);
    expect(annotations.map((a) => a.title.split(' ')[0])).toEqual(['IAM.9', 'IAM.4']);
    expect(annotations[0]?.message).toBe(
      'IAM.9: fails in 6 accounts: 123456789010, 123456789011, 123456789012 and 3 more (listed in the job summary).',
    );
  });

  test('many accounts: users are counted in words a person would write (issue 22.7)', () => {
    const user = (name: string): Finding => ({
      ...rootFinding('IAM.19', 'FAILED'),
      resourceType: 'AwsIamUser',
      resource: `arn:aws:iam::123456789012:user/${name}`,
    });
    const accounts = Array.from({ length: 6 }, (_, i) => ({
      ...account(i === 0 ? [user('bob')] : []),
      accountId: `12345678901${i}`,
    }));
    expect(buildAnnotations(accounts, CONTROL_IDS, true)[0]?.message).toBe(
      'IAM.19: 1 IAM user fails, in 1 account: 123456789010 (1 IAM user) (listed in the job summary).',
    );
  });

  test('never more errors than GitHub shows, leaving one for setFailed', () => {
    const unjudged = (control: Finding['control']): Finding => ({
      ...rootFinding(control, 'ERROR'),
      evidence: { source: 'live', calls: [], observed: { errorCode: 'AccessDenied' } },
    });
    const accounts = [
      account((['IAM.9', 'IAM.6', 'IAM.4'] as const).map((c) => rootFinding(c, 'FAILED'))),
      {
        ...account((['IAM.9', 'IAM.6', 'IAM.4'] as const).map((c) => unjudged(c))),
        accountId: '210987654321',
      },
      { ...account([rootFinding('IAM.9', 'FAILED')]), accountId: '111122223333' },
    ];
    // 3 controls × (failed, not judged) = 6 errors, all shown.
    expect(
      buildAnnotations(accounts, CONTROL_IDS, true).filter((a) => a.level === 'error'),
    ).toHaveLength(6);
    // One account with many failing controls never passes the cap either.
    const many = Array.from({ length: 12 }, () => rootFinding('IAM.9', 'FAILED'));
    expect(buildAnnotations([account(many)], CONTROL_IDS, true).length).toBeLessThanOrEqual(9);
  });
});
