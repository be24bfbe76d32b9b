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

export const STATUS_MARK: Record<ControlStatus, string> = {
  PASSED: '✅ PASSED',
  FAILED: '❌ FAILED',
  ERROR: '⚠️ ERROR',
  NOT_APPLICABLE: '➖ NOT APPLICABLE',
  NO_USERS: '➖ no IAM users',
};
