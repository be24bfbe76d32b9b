import type { CallFailure, Evidence } from '../model.js';

const ACCESS_DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);

/** An error from inside a multi-call read, tagged with the call that actually failed. */
export class CallError extends Error {
  constructor(
    readonly call: string,
    override readonly cause: unknown,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'CallError';
  }
}

/** The one place that reads an SDK error: its code and message, never the response whole. */
export function describeFailure(fallbackCall: string, thrown: unknown): CallFailure {
  const call = thrown instanceof CallError ? thrown.call : fallbackCall;
  const error = thrown instanceof CallError ? thrown.cause : thrown;
  const code = errorCode(error);
  const err = error as { message?: string; $metadata?: { attempts?: number } } | undefined;
  const attempts = err?.$metadata?.attempts ?? 1;
  const message =
    oneLine(err?.message ?? String(error)) + (attempts > 1 ? ` (after ${attempts} attempts)` : '');
  const failure: CallFailure = { call, code, message };
  if (ACCESS_DENIED.has(code)) failure.missingPermission = call;
  return failure;
}

/** An SDK error's code: the service's (`Throttling`) or the client's (`TimeoutError`, `ECONNRESET`). */
export function errorCode(error: unknown): string {
  const err = error as { name?: string; code?: string } | undefined;
  return err?.name && err.name !== 'Error' ? err.name : (err?.code ?? 'UnknownError');
}

export function isAccessDenied(failure: CallFailure): boolean {
  return failure.missingPermission !== undefined;
}

/** Something that bounds how long a read may take (the run's Deadline). */
export interface TimeLimit {
  race<T>(work: Promise<T>, what: string): Promise<T>;
}

/**
 * Runs one evidence read within the time limit; a failure becomes data, never an exception that
 * hides other controls.
 */
export async function read<T>(
  call: string,
  fn: () => Promise<T>,
  limit: TimeLimit,
): Promise<Evidence<T>> {
  try {
    return { ok: true, value: await limit.race(fn(), call) };
  } catch (error) {
    return { ok: false, failure: describeFailure(call, error) };
  }
}

const MAX_MESSAGE = 500;

/** An AWS error message on one line and of bounded length (the Redactor hides cut secrets too). */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
}

/** An error of our own making with an AWS-like code (a report that never finished, a paging loop). */
export class EvidenceError extends Error {
  constructor(code: string, message: string) {
    super(message);
    this.name = code;
  }
}
