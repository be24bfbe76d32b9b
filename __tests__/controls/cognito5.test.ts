import { describe, expect, test } from '@jest/globals';
import { cognito5, decidePool } from '../../src/controls/cognito5.js';
import { judge } from '../../src/audit/account.js';
import type { CallFailure, RegionUserPools, UserPool, UserPoolFacts } from '../../src/model.js';
import { ACCOUNT, snapshot } from './snapshot-builder.js';

const facts = (patch: Partial<UserPoolFacts> = {}): UserPoolFacts => ({
  mfaConfiguration: 'ON',
  secondFactors: ['SOFTWARE_TOKEN'],
  firstFactors: [],
  estimatedUsers: 1200,
  ...patch,
});
const pool = (name: string, region: string, patch: Partial<UserPoolFacts> = {}): UserPool => ({
  id: `${region}_${name}`,
  name,
  arn: `arn:aws:cognito-idp:${region}:${ACCOUNT}:userpool/${region}_${name}`,
  region,
  facts: { ok: true, value: facts(patch) },
});
const denied: CallFailure = {
  call: 'cognito-idp:ListUserPools',
  code: 'AccessDeniedException',
  message: 'not authorized',
  missingPermission: 'cognito-idp:ListUserPools',
};
const withRegions = (...regions: RegionUserPools[]) =>
  snapshot({ userPools: { regions: { ok: true, value: regions }, notOffered: [] } });

describe('Cognito.5 MFA should be enabled for Cognito user pools', () => {
  test('ON passes; OPTIONAL and OFF fail; a missing MfaConfiguration is its default, OFF', () => {
    expect(decidePool(facts()).status).toBe('PASSED');
    expect(decidePool(facts({ mfaConfiguration: 'OPTIONAL' }))).toEqual({
      status: 'FAILED',
      reason: 'has MFA optional: users who never set it up sign in with a password alone',
    });
    expect(decidePool(facts({ mfaConfiguration: 'OFF' })).status).toBe('FAILED');
    expect(decidePool(facts({ mfaConfiguration: undefined })).status).toBe('FAILED');
    expect(decidePool(facts({ mfaConfiguration: 'MAYBE' })).status).toBe('ERROR');
  });
  test.each(['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'])(
    'a sign-in that allows %s is NOT_APPLICABLE, whatever MFA says',
    (factor) => {
      const verdict = decidePool(
        facts({ mfaConfiguration: 'OFF', firstFactors: ['PASSWORD', factor] }),
      );
      expect(verdict.status).toBe('NOT_APPLICABLE');
      expect(verdict.reason).toContain(factor);
    },
  );
  test('a password-only first factor is judged', () => {
    expect(decidePool(facts({ mfaConfiguration: 'OFF', firstFactors: ['PASSWORD'] })).status).toBe(
      'FAILED',
    );
  });
  test('one finding per pool, its ARN the resource, the estimated users in a failing message', () => {
    const findings = cognito5.evaluate(
      withRegions(
        { region: 'eu-west-1', pools: { ok: true, value: [pool('shop', 'eu-west-1')] } },
        {
          region: 'us-east-1',
          pools: {
            ok: true,
            value: [pool('legacy', 'us-east-1', { mfaConfiguration: 'OPTIONAL' })],
          },
        },
      ),
    );
    expect(findings.map((f) => [f.resource, f.status, f.resourceType])).toEqual([
      [
        `arn:aws:cognito-idp:eu-west-1:${ACCOUNT}:userpool/eu-west-1_shop`,
        'PASSED',
        'AwsCognitoUserPool',
      ],
      [
        `arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/us-east-1_legacy`,
        'FAILED',
        'AwsCognitoUserPool',
      ],
    ]);
    expect(findings[1]?.message).toBe(
      'User pool legacy (us-east-1_legacy) in us-east-1 has MFA optional: users who never set it up sign in with a password alone; about 1200 user(s) exposed.',
    );
    expect(findings[1]?.evidence.observed).toMatchObject({
      mfaConfiguration: 'OPTIONAL',
      secondFactors: 'SOFTWARE_TOKEN',
      firstFactors: 'not set (password)',
      estimatedUsers: 1200,
    });
  });
  test('a region that cannot be listed is one ERROR for that region; the others are decided', () => {
    const findings = cognito5.evaluate(
      withRegions(
        { region: 'eu-west-1', pools: { ok: false, failure: denied } },
        { region: 'us-east-1', pools: { ok: true, value: [pool('shop', 'us-east-1')] } },
      ),
    );
    expect(findings.map((f) => [f.resource, f.status])).toEqual([
      [`arn:aws:cognito-idp:eu-west-1:${ACCOUNT}:userpool/*`, 'ERROR'],
      [`arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/us-east-1_shop`, 'PASSED'],
    ]);
    expect(findings[0]?.message).toMatch(
      /in region eu-west-1: cognito-idp:ListUserPools failed with AccessDeniedException .*Add cognito-idp:ListUserPools/,
    );
  });
  test('regions that cannot be known, or evidence never read, are ERROR, never a pass', () => {
    const unknown = cognito5.evaluate(
      snapshot({
        userPools: {
          regions: { ok: false, failure: { ...denied, call: 'account:ListRegions' } },
          notOffered: [],
        },
      }),
    );
    expect(unknown.map((f) => [f.resource, f.status])).toEqual([
      [`arn:aws:cognito-idp:*:${ACCOUNT}:userpool/*`, 'ERROR'],
    ]);
    expect(cognito5.evaluate(snapshot()).map((f) => f.status)).toEqual(['ERROR']);
  });
  test('a pool DescribeUserPool refused is ERROR on that pool; unread second factors only weaken the evidence', () => {
    const refused: UserPool = { ...pool('a', 'eu-west-1'), facts: { ok: false, failure: denied } };
    const partial = pool('b', 'eu-west-1', {
      secondFactors: [],
      secondFactorsUnread: { ...denied, call: 'cognito-idp:GetUserPoolMfaConfig' },
    });
    const findings = cognito5.evaluate(
      withRegions({ region: 'eu-west-1', pools: { ok: true, value: [refused, partial] } }),
    );
    expect(findings.map((f) => f.status)).toEqual(['ERROR', 'PASSED']);
    expect(findings[1]?.evidence.observed.secondFactors).toBe(
      'not read (cognito-idp:GetUserPoolMfaConfig: AccessDeniedException)',
    );
  });
  test('no pools: no finding, and the summary says how many regions were read', () => {
    const result = judge(
      ['Cognito.5'],
      withRegions(
        { region: 'eu-west-1', pools: { ok: true, value: [] } },
        { region: 'us-east-1', pools: { ok: true, value: [] } },
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.notes).toContain(
      'Cognito.5: 2 region(s) read (eu-west-1, us-east-1); they hold no user pools.',
    );
  });
});
