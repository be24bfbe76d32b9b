// A repository_dispatch event as the runner hands it to a step: GITHUB_EVENT_NAME and a JSON file
// at GITHUB_EVENT_PATH holding `action` (the event type) and `client_payload`.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function dispatchEnv(
  clientPayload: unknown,
  eventType = 'iam-mfa-change',
): Promise<Record<string, string>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'iam-mfa-dispatch-'));
  const file = path.join(dir, 'event.json');
  await writeFile(
    file,
    JSON.stringify({
      action: eventType,
      branch: 'main',
      client_payload: clientPayload,
      repository: { full_name: 'octo-org/octo-repo' },
      sender: { login: 'octo-bot' },
    }),
  );
  return { GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_EVENT_PATH: file };
}

/** A payload as deploy/'s input transformer builds it from a CloudTrail event. */
export function changePayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    account: '111122223333',
    region: 'us-east-1',
    event: 'DeactivateMFADevice',
    user: 'alice',
    actor: 'arn:aws:sts::111122223333:assumed-role/Admin/jane@example.com',
    time: new Date(Date.now() - 90_000).toISOString().replace(/\.\d+Z$/, 'Z'),
    eventId: '3038ebd2-c98a-4c65-9b6e-e22506292313',
    ...overrides,
  };
}
