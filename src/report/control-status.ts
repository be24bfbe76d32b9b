import type { AccountResult, ControlId, Finding, Status } from '../model.js';

/** NO_USERS: the control had nothing to judge (no IAM users; for Cognito.5, no user pools). */
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
export const STATUS_MARK: Record<Exclude<ControlStatus, 'NO_USERS'>, string> = {
  PASSED: '✅&nbsp;PASSED',
  FAILED: '❌&nbsp;FAILED',
  ERROR: '⚠️&nbsp;ERROR',
  NOT_APPLICABLE: '➖&nbsp;NOT&nbsp;APPLICABLE',
};

/** A row's status cell; a control with nothing to judge says what there was none of. */
export function statusMark(row: Pick<ControlRow, 'control' | 'status'>): string {
  if (row.status !== 'NO_USERS') return STATUS_MARK[row.status];
  return row.control === 'Cognito.5'
    ? '➖&nbsp;no&nbsp;user&nbsp;pools'
    : '➖&nbsp;no&nbsp;IAM&nbsp;users';
}
