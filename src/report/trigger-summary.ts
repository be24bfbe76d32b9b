import type { Trigger } from '../inputs/trigger.js';
import type { Annotation } from './annotations.js';
import { code } from './markdown.js';

/** The change's age at the audit, in words; undefined without a valid event time. */
export function changeAge(trigger: Trigger, now: number): string | undefined {
  const at = Date.parse(trigger.time);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.round((now - at) / 1000);
  if (seconds < 0) return 'after this audit started (clocks differ)';
  if (seconds < 60) return `${seconds} s before this audit`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return `${minutes} min before this audit`;
  const hours = Math.round(minutes / 60);
  return hours < 48
    ? `${hours} h before this audit`
    : `${Math.round(hours / 24)} days before this audit`;
}

/** A root sign-in: no user is named, and the caller, where given, is the root. */
function isRootSignIn(trigger: Trigger): boolean {
  return (
    trigger.event === 'ConsoleLogin' &&
    !trigger.user &&
    (!trigger.actor || /:root$/.test(trigger.actor))
  );
}

function mfaWords(trigger: Trigger): string {
  return trigger.mfaUsed === undefined ? 'not known' : trigger.mfaUsed ? 'yes' : 'no';
}

/** The summary's opening: what changed, on whom, by whom, when; every payload value escaped. */
export function triggerSummary(trigger: Trigger, now: number, audited = true): string {
  const who = trigger.user
    ? `IAM user ${code(trigger.user)}`
    : isRootSignIn(trigger) || trigger.event !== 'ConsoleLogin'
      ? 'the root user'
      : 'a principal';
  const parts = [`${code(trigger.event)} on ${who} in account ${code(trigger.account)}`];
  if (trigger.actor) parts.push(`by ${code(trigger.actor)}`);
  const age = changeAge(trigger, now);
  parts.push(`at ${code(trigger.time)}${age ? ` (${age})` : ''}`);
  const lines = [`**Triggered by a change:** ${parts.join(', ')}.`];
  const details = [`CloudTrail event id ${code(trigger.eventId)}`];
  if (trigger.region) details.push(`region ${code(trigger.region)}`);
  if (trigger.event === 'ConsoleLogin') details.push(`MFA used: ${mfaWords(trigger)}`);
  if (trigger.user && audited)
    details.push(`${code(trigger.user)} was checked live, whatever the credential report says`);
  lines.push(`${details.join('; ')}.`);
  return lines.join('\n');
}

/** The JSON report's `trigger`: the validated payload, with the change's age at the audit. */
export function triggerRecord(trigger: Trigger, now: number): object {
  const at = Date.parse(trigger.time);
  return {
    source: 'repository_dispatch',
    ...trigger,
    ...(Number.isNaN(at) ? {} : { secondsBeforeAudit: Math.round((now - at) / 1000) }),
  };
}

/** A root sign-in is worth seeing at once: a warning, not a finding (the controls decide verdicts). */
export function triggerAnnotations(trigger: Trigger | undefined): Annotation[] {
  if (!trigger || !isRootSignIn(trigger)) return [];
  return [
    {
      level: 'warning',
      title: 'Root sign-in',
      message: `root signed in at ${trigger.time}, MFA used: ${mfaWords(trigger)} (account ${trigger.account}, CloudTrail event ${trigger.eventId}).`,
    },
  ];
}
