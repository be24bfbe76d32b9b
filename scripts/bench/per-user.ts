// The per-user approach, as Prowler and ScoutSuite gather the same evidence: list every user, then
// ask GetLoginProfile and ListMFADevices for each one, whatever the credential report says.
import {
  GetLoginProfileCommand,
  ListMFADevicesCommand,
  paginateListUsers,
} from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import { createIamClient } from '../../src/aws/iam-client.js';
import type { FakeAws } from '../../__tests__/fake-aws/server.js';

export async function perUserAudit(fake: FakeAws, concurrency: number): Promise<number> {
  process.env.AWS_ENDPOINT_URL = fake.url;
  const iam = createIamClient({ region: 'us-east-1', env: {}, credentials: fake.ambient });
  const started = performance.now();
  const names: string[] = [];
  for await (const page of paginateListUsers({ client: iam, pageSize: 1000 }, {})) {
    for (const user of page.Users ?? []) names.push(user.UserName ?? '');
  }
  const limit = pLimit(concurrency);
  await Promise.all(
    names.map((UserName) =>
      // One call in flight per user, so both approaches have the same number in flight.
      limit(async () => {
        await iam.send(new GetLoginProfileCommand({ UserName })).catch(() => undefined);
        await iam.send(new ListMFADevicesCommand({ UserName }));
      }),
    ),
  );
  const elapsed = performance.now() - started;
  iam.destroy();
  return elapsed;
}
