import { afterEach, describe, expect, test } from '@jest/globals';
import { createStsClient } from '../../src/aws/clients.js';
import { assumeRoleWithOidc, tokenClaims, type OidcDeps } from '../../src/aws/credentials.js';
import { CredentialsError } from '../../src/runtime/errors.js';
import { compliantAccount, type FakeAccount } from '../fake-aws/account.js';
import { startFakeAws, type FakeAws, type FakeOptions } from '../fake-aws/server.js';

let fake: FakeAws | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const request = {
  roleArn: 'arn:aws:iam::111122223333:role/iam-mfa-audit',
  audience: 'sts.amazonaws.com',
  sessionName: 'iam-mfa-audit',
  durationSeconds: 900,
  region: 'us-east-1',
};

async function assume(account: FakeAccount, options?: FakeOptions, deps: Partial<OidcDeps> = {}) {
  fake = await startFakeAws(account, options);
  process.env.AWS_ENDPOINT_URL = fake.url;
  const server = fake;
  const masked: string[] = [];
  const slept: number[] = [];
  const result = assumeRoleWithOidc(
    createStsClient({ region: 'us-east-1', env: {}, maxAttempts: 1 }),
    request,
    {
      // What core.getIDToken does: GET the request URL with the audience, bearer the request token.
      getIdToken: async (audience) => {
        const response = await fetch(`${server.oidcRequestUrl}&audience=${audience}`, {
          headers: { authorization: `Bearer ${server.oidcRequestToken}` },
        });
        return ((await response.json()) as { value: string }).value;
      },
      setSecret: (value) => masked.push(value),
      sleep: async (ms) => {
        slept.push(ms);
      },
      debug: () => undefined,
      oidcRequestAvailable: true,
      isForkPullRequest: false,
      onGitHubActions: true,
      ...deps,
    },
  );
  return { result, masked, slept, calls: fake.calls };
}

describe('assumeRoleWithOidc', () => {
  test('masks the token and every credential part, and reads account and partition from the assumed role', async () => {
    const { result, masked } = await assume(compliantAccount());
    const identity = await result;
    expect(identity).toMatchObject({
      accountId: '111122223333',
      partition: 'aws',
      arn: 'arn:aws:sts::111122223333:assumed-role/iam-mfa-audit/iam-mfa-audit',
    });
    const creds = identity.credentials;
    expect(masked).toEqual(
      expect.arrayContaining([creds?.accessKeyId, creds?.secretAccessKey, creds?.sessionToken]),
    );
    expect(masked).toHaveLength(4);
  });

  test("a trust policy that does not match fails at once, showing the token's claims but not the token", async () => {
    const account = compliantAccount({
      roles: [{ name: 'iam-mfa-audit', trustedSub: 'repo:octo-org/other-repo:*' }],
    });
    const { result, masked, calls } = await assume(account);
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    const message = (error as Error).message;
    expect(message).toContain('sub=repo:octo-org/octo-repo:ref:refs/heads/main');
    expect(message).toContain('aud=sts.amazonaws.com');
    expect(message).toContain('repository=octo-org/octo-repo');
    expect(message).toContain('token.actions.githubusercontent.com:sub');
    expect(message).toContain('immutable sub claims');
    expect(message).not.toContain(masked[0]);
    expect(calls.get('sts:AssumeRoleWithWebIdentity')).toBe(1);
  });

  test('STS rejecting the token (InvalidIdentityToken) gets the trust-policy guidance, without a retry', async () => {
    const account = compliantAccount({
      faults: {
        AssumeRoleWithWebIdentity: {
          code: 'InvalidIdentityToken',
          status: 400,
          message: 'Incorrect token audience',
        },
      },
    });
    const { result, calls } = await assume(account);
    await expect(result).rejects.toThrow(
      /InvalidIdentityTokenException: Incorrect token audience.*trust policy.*sub=repo:octo-org\/octo-repo/,
    );
    expect(calls.get('sts:AssumeRoleWithWebIdentity')).toBe(1);
  });

  test("IDPCommunicationError (GitHub's keys not reachable by STS) is retried", async () => {
    const account = compliantAccount({
      faults: {
        AssumeRoleWithWebIdentity: { code: 'IDPCommunicationError', status: 400, times: 1 },
      },
    });
    const { result, calls } = await assume(account);
    await expect(result).resolves.toMatchObject({ accountId: '111122223333' });
    expect(calls.get('sts:AssumeRoleWithWebIdentity')).toBe(2);
  });

  test('a role that does not exist says so among the causes', async () => {
    const { result } = await assume(compliantAccount({ roles: [] }));
    await expect(result).rejects.toThrow(
      /Either the role does not exist, or its trust policy does not trust this token/,
    );
  });

  test('throttling and 5xx are retried with backoff, each time with a fresh token', async () => {
    const account = compliantAccount({
      faults: { AssumeRoleWithWebIdentity: { code: 'ServiceUnavailable', status: 503, times: 2 } },
    });
    const { result, slept, calls } = await assume(account);
    await expect(result).resolves.toMatchObject({ accountId: '111122223333' });
    expect(calls.get('oidc:token')).toBe(3);
    expect(calls.get('sts:AssumeRoleWithWebIdentity')).toBe(3);
    expect(slept).toEqual([1000, 2000]);
  });

  test('a fault that persists gives up after 4 attempts', async () => {
    const account = compliantAccount({
      faults: { AssumeRoleWithWebIdentity: { code: 'Throttling', status: 400 } },
    });
    const { result, calls } = await assume(account);
    await expect(result).rejects.toThrow(/Throttling.*Gave up after 4 attempt/);
    expect(calls.get('sts:AssumeRoleWithWebIdentity')).toBe(4);
  });

  test('no OIDC request variables: name the permission to add; on a fork pull request, say forks get none', async () => {
    const noOidc = await assume(compliantAccount(), undefined, { oidcRequestAvailable: false });
    await expect(noOidc.result).rejects.toThrow(/permissions:\n {4}id-token: write/);
    expect(noOidc.calls.size).toBe(0);
    await fake?.close();
    const fork = await assume(compliantAccount(), undefined, {
      oidcRequestAvailable: false,
      isForkPullRequest: true,
    });
    await expect(fork.result).rejects.toThrow(/pull request from a fork/);
  });

  test('no OIDC request variables off GitHub (a laptop, local-action): say so, and how to run locally, not id-token', async () => {
    const local = await assume(compliantAccount(), undefined, {
      oidcRequestAvailable: false,
      onGitHubActions: false,
    });
    const error = await local.result.catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^No OIDC token: this run is not on GitHub Actions/);
    expect((error as Error).message).toContain('leave role-to-assume empty');
    expect((error as Error).message).toContain('"Run it locally" in the README');
    expect((error as Error).message).not.toContain('id-token');
    expect(local.calls.size).toBe(0);
  });

  test('GitHub refusing the token request is a message about the token, not about AWS', async () => {
    const { result } = await assume(compliantAccount(), undefined, {
      getIdToken: async () => {
        throw new Error('Failed to get ID Token. Error Code : 500');
      },
    });
    await expect(result).rejects.toThrow(
      /Could not get an OIDC token from GitHub: Failed to get ID Token/,
    );
  });
});

describe('tokenClaims', () => {
  test('reads public claims and survives garbage', () => {
    const payload = Buffer.from(
      JSON.stringify({ sub: 's', aud: ['a', 'b'], repository: 'o/r' }),
    ).toString('base64url');
    expect(tokenClaims(`x.${payload}.y`)).toEqual({ sub: 's', aud: 'a,b', repository: 'o/r' });
    expect(tokenClaims(`x.${Buffer.from('{}').toString('base64url')}.y`).sub).toBe('(absent)');
    expect(tokenClaims('not-a-jwt').sub).toBe('(unreadable)');
    expect(tokenClaims('a.%%%.c').sub).toBe('(unreadable)');
  });
});
