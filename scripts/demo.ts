// `npm start`: the bundled action against the fake AWS, on a demo account that shows every kind
// of finding. No AWS account is needed.
import { demoAccount } from '../__tests__/fake-aws/account.js';
import { runAction } from '../__tests__/fake-aws/run-action.js';
import { startFakeAws } from '../__tests__/fake-aws/server.js';

const account = demoAccount();
const fake = await startFakeAws(account);
try {
  const run = await runAction(fake, {
    inputs: {
      'role-to-assume': `arn:aws:iam::${account.accountId}:role/iam-mfa-audit`,
      'fail-on': 'critical',
    },
  });
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
    `Finished in ${run.elapsedMs} ms. The demo account fails on purpose; the action worked if you see a report above.`,
  );
} finally {
  await fake.close();
}
