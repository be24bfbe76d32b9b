// What the control tests read of a control's findings.
import { expect } from '@jest/globals';
import type { Finding } from '../../src/model.js';

/** The one finding a root control makes, after checking that it made exactly one. */
export function one(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
}

/** Each finding as [user name, status]. */
export const statuses = (findings: Finding[]) =>
  findings.map((f) => [f.resource.split(/[/:]/).pop(), f.status]);
