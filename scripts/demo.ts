// `npm start`: the bundled action against the fake AWS. By default an Organization of a handful of
// accounts (one compliant, one whose root lacks MFA, one whose member role is missing, one
// suspended, and the hub); `npm start -- --single` shows the one-account demo; `npm start -- --all`
// the Organization with every control (IMA.1, Cognito.5) and root sessions. No AWS account needed.
import { demoAccount } from '../__tests__/fake-aws/account.js';
import { HUB_ROLE_ARN, SIX, sixAccountOrganization } from '../__tests__/fake-aws/organization.js';
import { runAction, type ActionRun } from '../__tests__/fake-aws/run-action.js';
import { startFakeAws, startFakeOrganization, type FakeAws } from '../__tests__/fake-aws/server.js';

const single = process.argv.includes('--single');
const everything = process.argv.includes('--all');

async function start(): Promise<{ fake: FakeAws; inputs: Record<string, string> }> {
  if (single) {
    const account = demoAccount();
    return {
      fake: await startFakeAws(account),
      inputs: { 'role-to-assume': `arn:aws:iam::${account.accountId}:role/iam-mfa-audit` },
    };
  }
  const org = sixAccountOrganization();
  // The demo's organization: the hub, a compliant account, a root without MFA, a missing member
  // role and a suspended account.
  org.members = org.members.filter((m) => m.account.accountId !== SIX.accounts.untrusted);
  if (everything) {
    // Root sessions see root's own devices; the compliant account's customers sign in to user pools.
    const compliant = org.members.find((m) => m.account.accountId === SIX.accounts.compliant);
    if (compliant)
      compliant.account = {
        ...compliant.account,
        root: { ...compliant.account.root, totpSerials: ['GAHT12345678'] },
        userPools: [
          {
            region: 'eu-west-1',
            name: 'shop',
            mfa: 'ON',
            softwareToken: true,
            estimatedUsers: 900,
          },
          { region: 'us-east-1', name: 'legacy', mfa: 'OPTIONAL', sms: true, estimatedUsers: 4200 },
        ],
      };
  }
  return {
    fake: await startFakeOrganization(org),
    inputs: {
      'role-to-assume': HUB_ROLE_ARN,
      accounts: 'organization',
      ...(everything ? { controls: 'all', 'assume-root': 'true' } : {}),
    },
  };
}

const { fake, inputs } = await start();
try {
  const run: ActionRun = await runAction(fake, { inputs: { ...inputs, 'fail-on': 'critical' } });
  const rule = '─'.repeat(78);
  console.log(`${rule}\nJob summary (what GITHUB_STEP_SUMMARY received):\n${rule}\n${run.summary}`);
  console.log(`${rule}\nAnnotations:`);
  for (const a of run.annotations) console.log(`  [${a.level}] ${a.title}: ${a.message}`);
  console.log(`${rule}\nStep outputs: ${JSON.stringify(run.outputs, null, 2)}`);
  console.log(`JSON report: ${run.outputs['report-path']}`);
  console.log(
    `Step result: exit code ${run.exitCode}${run.failure ? `, failed with: ${run.failure}` : ''}`,
  );
  const calls = [...fake.calls].map(([op, n]) => `${op}×${n}`).join(', ');
  console.log(`AWS calls the action made: ${calls}`);
  console.log(
    `Finished in ${run.elapsedMs} ms. The demo ${single ? 'account fails' : 'organization fails'} on purpose; the action worked if you see a report above.${single ? '' : ' For the one-account demo: npm start -- --single; for every control and root sessions: npm start -- --all'}`,
  );
} finally {
  await fake.close();
}
