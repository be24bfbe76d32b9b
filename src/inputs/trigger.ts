import { ConfigurationError } from '../runtime/errors.js';

/** The `event_type` of the dispatch that deploy/'s API destination sends. */
export const DISPATCH_EVENT_TYPE = 'iam-mfa-change';

/** CloudTrail events that change what the controls read (design: "Red within minutes of a change"). */
export const TRIGGER_EVENTS = [
  'EnableMFADevice',
  'DeactivateMFADevice',
  'CreateLoginProfile',
  'DeleteLoginProfile',
  'CreateUser',
  'DeleteUser',
  'CreateAccessKey',
  'DeleteAccessKey',
  'UpdateAccessKey',
  'ConsoleLogin',
] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/** The change that triggered this run, every value validated. */
export interface Trigger {
  event: TriggerEvent;
  account: string;
  region?: string;
  /** The IAM user the event names; absent for root's own events. */
  user?: string;
  /** The caller's ARN. */
  actor?: string;
  /** CloudTrail's eventTime, ISO 8601. */
  time: string;
  eventId: string;
  /** A sign-in's additionalEventData.MFAUsed. */
  mfaUsed?: boolean;
}

/** A repository_dispatch payload that fails validation: the message names each bad field. */
export class TriggerError extends ConfigurationError {
  constructor(problems: string[]) {
    super(problems);
    this.name = 'TriggerError';
    this.message = `Invalid repository_dispatch payload (event type ${DISPATCH_EVENT_TYPE}); no AWS call was made:\n${problems.map((p) => `- ${p}`).join('\n')}`;
  }
}

const MAX_KEYS = 10;
// IAM user names: 1 to 64 of letters, digits and + = , . @ - _.
const USER_NAME = /^[\w+=,.@-]{1,64}$/;
const ACCOUNT_ID = /^\d{12}$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;
// An IAM or STS ARN: the root, a user, a role, an assumed-role session (session names allow =,.@-).
const ACTOR = /^arn:aws(?:-[a-z]+)*:(?:iam|sts)::\d{12}:[\w+=,.@/-]{1,400}$/;
const EVENT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
const EVENT_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const KNOWN_KEYS = ['account', 'region', 'event', 'user', 'actor', 'time', 'eventId', 'mfaUsed'];

/**
 * The trigger of a run: undefined for every event but a repository_dispatch of type
 * iam-mfa-change, whose client_payload is validated field by field (TriggerError names each bad one).
 */
export function readTrigger(eventName: string | undefined, payload: unknown): Trigger | undefined {
  if (eventName !== 'repository_dispatch') return undefined;
  const body = (payload ?? {}) as { action?: unknown; client_payload?: unknown };
  if (body.action !== DISPATCH_EVENT_TYPE) return undefined;
  const client = body.client_payload;
  if (typeof client !== 'object' || client === null || Array.isArray(client))
    throw new TriggerError(['client_payload is missing or not an object.']);
  const fields = client as Record<string, unknown>;
  const problems: string[] = [];
  const keys = Object.keys(fields);
  if (keys.length > MAX_KEYS)
    problems.push(`client_payload has ${keys.length} keys; at most ${MAX_KEYS} are allowed.`);
  for (const key of keys.filter((k) => !KNOWN_KEYS.includes(k)))
    problems.push(`client_payload.${shown(key)} is not a field this action reads.`);

  const text = (key: string, pattern: RegExp, what: string, required: boolean) => {
    const value = fields[key];
    if (isAbsent(value)) {
      if (required) problems.push(`client_payload.${key} is missing; it must be ${what}.`);
      return undefined;
    }
    if (typeof value !== 'string' || !pattern.test(value)) {
      problems.push(`client_payload.${key} (${shown(value)}) is not ${what}.`);
      return undefined;
    }
    return value;
  };
  const account = text('account', ACCOUNT_ID, 'a 12-digit account id', true);
  const eventPattern = new RegExp(`^(?:${TRIGGER_EVENTS.join('|')})$`);
  const event = text('event', eventPattern, `one of ${TRIGGER_EVENTS.join(', ')}`, true);
  const user = text(
    'user',
    USER_NAME,
    'an IAM user name (1 to 64 of letters, digits and + = , . @ - _)',
    false,
  );
  const region = text('region', REGION, 'an AWS region such as us-east-1', false);
  const actor = text('actor', ACTOR, 'an IAM or STS ARN', false);
  const time = text('time', EVENT_TIME, 'a UTC time such as 2026-11-29T23:00:00Z', true);
  const eventId = text('eventId', EVENT_ID, 'a CloudTrail event id (a UUID)', true);
  const mfaUsed = readMfaUsed(fields.mfaUsed, problems);
  if (problems.length > 0 || !account || !event || !time || !eventId)
    throw new TriggerError(problems);
  return {
    event: event as TriggerEvent,
    account,
    ...(region ? { region } : {}),
    ...(user ? { user } : {}),
    ...(actor ? { actor } : {}),
    time,
    eventId,
    ...(mfaUsed !== undefined ? { mfaUsed } : {}),
  };
}

/** CloudTrail writes MFAUsed as Yes or No, in varying case. */
function readMfaUsed(value: unknown, problems: string[]): boolean | undefined {
  if (isAbsent(value)) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(?:yes|no)$/i.test(value))
    return value.toLowerCase() === 'yes';
  problems.push(`client_payload.mfaUsed (${shown(value)}) is not Yes or No.`);
  return undefined;
}

/**
 * An input-transformer path missing from the event "isn't created" (AWS), but emulators write
 * `""` or null for it: root events have no userName, and only sign-ins carry MFAUsed.
 */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** A bad value, shown short and on one line: it is untrusted. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  const flat = json.replace(/[\u2028\u2029]/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
