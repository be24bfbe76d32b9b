// The organization harness: the bundled action run against a whole fake organization, with the leak
// check over every account's credentials. With no `accounts` input the action audits only the
// account of its first session (the hub); the organization's own behaviour is tested elsewhere.
import { expect, test } from '@jest/globals';
import { SIX, sixAccountOrganization } from '../fake-aws/organization.js';
import type { ActionRun } from '../fake-aws/run-action.js';
import { leakedSecret, scenarioOrg } from './harness.js';

test('against an organization server, OIDC enters the hub and audits the hub only', async () => {
  const run = await scenarioOrg(sixAccountOrganization(), { inputs: { 'fail-on': 'none' } });
  expect(run.exitCode).toBe(0);
  expect(run.account(SIX.accounts.hub)).toBeDefined();
  const failedUsers = run
    .findings(SIX.accounts.hub, 'IAM.5')
    .filter((f) => f.status === 'FAILED')
    .map((f) => f.resource);
  expect(failedUsers.some((resource) => resource.includes('bob'))).toBe(true);
  expect([...run.callsByAccount.keys()]).toEqual([SIX.accounts.hub]);
  expect(run.callsByAccount.get(SIX.accounts.hub)?.get('sts:AssumeRoleWithWebIdentity')).toBe(1);
});

test('the leak check finds a secret in anything the action wrote', async () => {
  const run = await scenarioOrg(sixAccountOrganization(), { inputs: { 'fail-on': 'none' } });
  const planted: ActionRun = { ...run, summary: `${run.summary}\nASIAPLANTED1234` };
  expect(await leakedSecret(['ASIAPLANTED1234'], planted)).toBe(
    'a secret (ASIA…) leaked into summary',
  );
  expect(await leakedSecret(['ASIAPLANTED1234'], run)).toBeUndefined();
});
