import { describe, expect, test } from '@jest/globals';
import {
  auditTaskPolicyArn,
  globalStsEndpoint,
  refusalFix,
  rootSessionUnavailable,
} from '../../src/aws/root-session.js';

describe('root sessions: where and how they may be opened', () => {
  test('the global STS endpoint is recognised from AWS_ENDPOINT_URL_STS or AWS_ENDPOINT_URL', () => {
    expect(globalStsEndpoint({ AWS_ENDPOINT_URL_STS: 'https://sts.amazonaws.com' })).toBe(
      'https://sts.amazonaws.com',
    );
    expect(globalStsEndpoint({ AWS_ENDPOINT_URL: 'https://STS.amazonaws.com/' })).toBeDefined();
    expect(
      globalStsEndpoint({ AWS_ENDPOINT_URL_STS: 'https://sts.eu-west-1.amazonaws.com' }),
    ).toBeUndefined();
    expect(
      globalStsEndpoint({
        AWS_ENDPOINT_URL_STS: 'http://127.0.0.1:9',
        AWS_ENDPOINT_URL: 'https://sts.amazonaws.com',
      }),
    ).toBeUndefined();
    expect(globalStsEndpoint({})).toBeUndefined();
    expect(globalStsEndpoint({ AWS_ENDPOINT_URL_STS: 'not a url' })).toBeUndefined();
  });

  test('the audit task policy is in the run partition', () => {
    expect(auditTaskPolicyArn('aws-us-gov')).toBe(
      'arn:aws-us-gov:iam::aws:policy/root-task/IAMAuditRootUserCredentials',
    );
  });

  test('each refusal names its fix', () => {
    expect(rootSessionUnavailable('global-endpoint', 'https://sts.amazonaws.com').fix).toMatch(
      /regional endpoint/,
    );
    expect(rootSessionUnavailable('feature-off').fix).toContain(
      'aws organizations enable-aws-service-access --service-principal iam.amazonaws.com',
    );
    expect(rootSessionUnavailable('not-known').fix).toMatch(/management account or the delegated/);
    const call = 'sts:AssumeRoot';
    expect(
      refusalFix({ call, code: 'AccessDenied', message: '', missingPermission: call }),
    ).toMatch(/sts:TaskPolicyArn .*service control policy/);
    expect(refusalFix({ call, code: 'Throttling', message: '' })).toMatch(/throttled/);
  });
});
