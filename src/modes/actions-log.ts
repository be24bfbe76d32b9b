import * as core from '@actions/core';
import type { RunLog } from '../runtime/log.js';

/** The run's log lines, on the runner's log. */
export const actionsLog: RunLog = { info: core.info, debug: core.debug, warning: core.warning };
