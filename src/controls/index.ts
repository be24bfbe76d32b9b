import type { AccountSnapshot, ControlId, EvidenceKind, Finding } from '../model.js';
import { cognito5 } from './cognito5.js';
import type { Control } from './control.js';
import { iam19 } from './iam19.js';
import { iam4 } from './iam4.js';
import { iam5 } from './iam5.js';
import { iam6 } from './iam6.js';
import { iam9 } from './iam9.js';
import { ima1 } from './ima1.js';

/** Every control, in the order people read them: root first, then users, then user pools. */
export const CONTROLS: readonly Control[] = [iam9, iam6, iam4, ima1, iam5, iam19, cognito5];

export function controlById(id: ControlId): Control {
  return CONTROLS.find((control) => control.id === id) as Control;
}

export function evidenceNeeds(ids: readonly ControlId[]): Set<EvidenceKind> {
  return new Set(ids.flatMap((id) => controlById(id).needs));
}

/** Runs the selected controls on one snapshot; each stands or falls on its own evidence. */
export function evaluateControls(ids: readonly ControlId[], snapshot: AccountSnapshot): Finding[] {
  return CONTROLS.filter((control) => ids.includes(control.id)).flatMap((control) =>
    control.evaluate(snapshot),
  );
}

/** Evidence about root alone: a root session can read all of it (the account summary included). */
const ROOT_EVIDENCE: ReadonlySet<EvidenceKind> = new Set([
  'summary',
  'rootVirtualDevices',
  'rootSession',
]);

/** The controls about root (IAM.9, IAM.6, IAM.4, IMA.1), which a root session can decide alone. */
export function isRootControl(id: ControlId): boolean {
  return controlById(id).needs.every((kind) => ROOT_EVIDENCE.has(kind));
}
