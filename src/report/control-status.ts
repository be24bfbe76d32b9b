import type { AccountResult, ControlId, Finding, Status } from '../model.js';

export type ControlStatus = Status | 'NO_USERS';

export interface ControlRow {
  control: ControlId;
  status: ControlStatus;
  failing: Finding[];
  errors: Finding[];
  passed: number;
}

/** A control's overall status on one account: the worst of its findings. */
export function controlRows(account: AccountResult, controls: readonly ControlId[]): ControlRow[] {
  return controls.map((control) => {
    const findings = account.findings.filter((finding) => finding.control === control);
    const failing = findings.filter((finding) => finding.status === 'FAILED');
    const errors = findings.filter((finding) => finding.status === 'ERROR');
    const status: ControlStatus =
      errors.length > 0
        ? 'ERROR'
        : failing.length > 0
          ? 'FAILED'
          : findings.some((finding) => finding.status === 'PASSED')
            ? 'PASSED'
            : findings.length > 0
              ? 'NOT_APPLICABLE'
              : 'NO_USERS';
    const passed = findings.filter((finding) => finding.status === 'PASSED').length;
    return { control, status, failing, errors, passed };
  });
}

/** Each mark and its word on one line: a narrow status column must not wrap "✅" from "PASSED". */
export const STATUS_MARK: Record<ControlStatus, string> = {
  PASSED: '✅&nbsp;PASSED',
  FAILED: '❌&nbsp;FAILED',
  ERROR: '⚠️&nbsp;ERROR',
  NOT_APPLICABLE: '➖&nbsp;NOT&nbsp;APPLICABLE',
  NO_USERS: '➖&nbsp;no&nbsp;IAM&nbsp;users',
};
