import * as core from '@actions/core';
import { run } from './main.js';
import { keepYoungGenerationSmall } from './runtime/heap-settings.js';

keepYoungGenerationSmall();
run()
  .catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(
      `iam-mfa-audit stopped on an unexpected error: ${message}. Please report it with the debug log (re-run with debug logging).`,
    );
  })
  // Everything is written by now. A request cut off by the deadline may still hold a socket and
  // retry for minutes: end here, once stdout is flushed, with the exit code setFailed chose.
  .finally(() => process.stdout.write('', () => process.exit()));
