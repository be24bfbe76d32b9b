export const id = 962;
export const ids = [962];
export const modules = {

/***/ 3962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finish: () => (/* binding */ finish),
  logMemory: () => (/* binding */ logMemory),
  withPointer: () => (/* binding */ withPointer)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/inputs/context.ts
var context = __webpack_require__(5722);
// EXTERNAL MODULE: ./src/outcome/outcome.ts
var outcome_outcome = __webpack_require__(8416);
// EXTERNAL MODULE: ./src/report/writers.ts + 9 modules
var writers = __webpack_require__(3918);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/scheduled/baseline.ts
const KNOWN_SCHEMAS = [1, 2];
const STATUSES = ['PASSED', 'FAILED', 'NOT_APPLICABLE', 'ERROR'];
/** A report's text \u2192 its findings, or why it is not this tool's report. */
function readBaseline(text, file) {
    const notOurs = (why) => new Error(`baseline-report ${file} is not a JSON report of iam-mfa-audit: ${why}.`);
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw notOurs(`it is not JSON (${error.message})`);
    }
    if (typeof report !== 'object' || report === null)
        throw notOurs('it is not a JSON object');
    const tool = report.tool;
    if (tool?.name !== 'iam-mfa-audit')
        throw notOurs('tool.name is not iam-mfa-audit');
    if (!KNOWN_SCHEMAS.includes(report.schemaVersion))
        throw notOurs(`schemaVersion ${JSON.stringify(report.schemaVersion)} is not one this version reads (1, 2)`);
    // Both versions list accounts[]; 2 added each account's status (a skipped one has no findings).
    const accounts = report.accounts;
    if (!Array.isArray(accounts))
        throw notOurs('it has no accounts');
    const findings = [];
    for (const account of accounts) {
        if (!Array.isArray(account?.findings))
            continue;
        for (const finding of account.findings) {
            if (typeof finding?.control !== 'string' ||
                typeof finding.resource !== 'string' ||
                !STATUSES.includes(finding.status))
                throw notOurs('a finding lacks control, resource or status');
            findings.push({
                control: finding.control,
                accountId: String(account.accountId ?? ''),
                resource: finding.resource,
                status: finding.status,
                ...(typeof finding.firstSeen === 'string' ? { firstSeen: finding.firstSeen } : {}),
            });
        }
    }
    return {
        generatedAt: typeof report.generatedAt === 'string' ? report.generatedAt : '',
        findings,
    };
}
const key = (control, accountId, resource) => `${control}\n${accountId}\n${resource}`;
const flagged = (status) => status === 'FAILED' || status === 'ERROR';
/**
 * What changed since the baseline, and each FAILED or ERROR finding with its `firstSeen`: the
 * baseline's where it was flagged there too, else this run's time. Pure.
 */
function diffBaseline(accounts, baseline, now) {
    if (!baseline)
        return { accounts: accounts.map((account) => withFirstSeen(account, now)) };
    const before = new Map();
    for (const finding of baseline.findings)
        before.set(key(finding.control, finding.accountId, finding.resource), finding);
    const seenNow = new Set();
    const added = [];
    const fixed = [];
    const diffed = accounts.map((account) => {
        let changed = false;
        const findings = account.findings.map((finding) => {
            const k = key(finding.control, account.accountId, finding.resource);
            seenNow.add(k);
            const earlier = before.get(k);
            const change = {
                control: finding.control,
                accountId: account.accountId,
                resource: finding.resource,
                status: finding.status,
            };
            if (!flagged(finding.status)) {
                if (earlier?.status === 'FAILED')
                    fixed.push({ ...change, how: finding.status === 'PASSED' ? 'passed' : 'not-applicable' });
                return finding;
            }
            const carried = earlier && flagged(earlier.status)
                ? (earlier.firstSeen ?? baseline.generatedAt)
                : undefined;
            if (!carried)
                added.push(change);
            // A merge keeps the firstSeen each shard carried from its own baseline.
            const firstSeen = carried || finding.firstSeen || now;
            if (finding.firstSeen === firstSeen)
                return finding;
            changed = true;
            return { ...finding, firstSeen };
        });
        return changed ? { ...account, findings } : account;
    });
    // Gone: the baseline's account is in this run (a finding of it was seen), but the finding is not.
    const accountsNow = new Set(accounts.filter((a) => a.status !== 'skipped').map((a) => a.accountId));
    for (const [k, finding] of before) {
        if (finding.status !== 'FAILED' || seenNow.has(k) || !accountsNow.has(finding.accountId))
            continue;
        fixed.push({ ...finding, how: 'gone' });
    }
    return {
        accounts: diffed,
        diff: { baselineGeneratedAt: baseline.generatedAt, new: added, fixed },
    };
}
/**
 * Without a baseline nothing is new or fixed: each FAILED or ERROR finding only keeps the
 * `firstSeen` a shard carried, or gets this run's time. No key per finding (a merge has 400,000).
 */
function withFirstSeen(account, now) {
    let findings;
    account.findings.forEach((finding, i) => {
        if (!flagged(finding.status) || finding.firstSeen)
            return;
        findings ??= [...account.findings];
        findings[i] = { ...finding, firstSeen: now };
    });
    return findings ? { ...account, findings } : account;
}

// EXTERNAL MODULE: ./src/scheduled/exceptions.ts
var exceptions = __webpack_require__(9161);
;// CONCATENATED MODULE: ./src/scheduled/run-changes.ts
// Between the audit and the reports: exceptions applied, and the diff with the baseline report.



/** Applies the exceptions, then compares with the baseline (the file read here, at the edge). */
async function applyRunChanges(audited, settings, now, log) {
    const applied = (0,exceptions/* applyExceptions */.FW)(audited, settings.exceptions, (0,exceptions/* utcDay */.dA)(now));
    for (const entry of applied.expired)
        log.warning(`The exception for ${(0,exceptions/* describeException */.t8)(entry)} expired on ${entry.expires}; it no longer applies. Renew it with a new date, or fix the finding.`);
    for (const entry of applied.unused)
        log.warning(`The exception for ${(0,exceptions/* describeException */.t8)(entry)} matched no FAILED finding (unused); remove it, or check its resource and account.`);
    const changes = {
        excepted: applied.excepted,
        expired: applied.expired,
        unused: applied.unused,
    };
    let baseline;
    if (settings.baselineReport) {
        const text = await (0,promises_.readFile)(settings.baselineReport, 'utf8').catch((error) => {
            log.warning(`baseline-report ${settings.baselineReport} could not be read (${error.code ?? error.message}); this run has no baseline, so nothing is called new or fixed.`);
            return undefined;
        });
        if (text !== undefined) {
            try {
                baseline = readBaseline(text, settings.baselineReport);
            }
            catch (error) {
                changes.baselineError = error.message;
            }
        }
    }
    const diffed = diffBaseline(applied.accounts, baseline, new Date(now).toISOString());
    if (diffed.diff)
        changes.diff = diffed.diff;
    return { accounts: diffed.accounts, changes };
}
/** Keys (control, account, resource) of the new findings, as the tracking issue marks them. */
function newKeys(changes) {
    if (!changes?.diff)
        return undefined;
    return new Set(changes.diff.new.map((f) => `${f.control}\n${f.accountId}\n${f.resource}`));
}

;// CONCATENATED MODULE: ./src/runtime/undici-slot.ts
// The other half of lazy-undici.cjs: loads the real undici (a chunk of its own in dist/) for code
// that makes HTTP requests through @actions/github. Outside the bundle the slot is unused.
const SLOT = Symbol.for('iam-mfa-audit.undici');
async function provideUndici() {
    globalThis[SLOT] ??= await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 4371, 19));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/scheduled/tracking-issue.ts
// The `tracking-issue` input: one GitHub issue kept in step with the audit's result.


/** GitHub refuses an issue body over 65,536 characters; this leaves room for the frame. */
const BODY_LIMIT = 60_000;
/** The hidden marker that finds the issue again, whatever its title became. */
function marker(title) {
    const id = (0,external_node_crypto_.createHash)('sha256').update(title).digest('hex').slice(0, 16);
    return `<!-- iam-mfa-audit tracking-issue ${id}`;
}
/** One line per failing or not-judged resource, keyed as the baseline keys findings. */
function resourceLines(accounts, newKeys) {
    const byResource = new Map();
    for (const account of accounts) {
        for (const finding of account.findings) {
            if (finding.status !== 'ERROR' && (finding.status !== 'FAILED' || finding.exception))
                continue;
            const id = `${account.accountId}\n${finding.resource}`;
            const entry = byResource.get(id) ?? {
                controls: [],
                error: false,
                isNew: false,
                account,
                resource: finding.resource,
            };
            entry.controls.push(`${finding.control}${finding.status === 'ERROR' ? ' (not judged)' : ''}`);
            if (finding.status === 'ERROR')
                entry.error = true;
            if (newKeys?.has(`${finding.control}\n${account.accountId}\n${finding.resource}`))
                entry.isNew = true;
            byResource.set(id, entry);
        }
    }
    return [...byResource.entries()].map(([id, entry]) => ({
        key: id,
        line: `- ${entry.error ? '\u26a0\ufe0f' : '\u274c'} \`${entry.resource}\` in ${(0,model/* accountLabel */._3)(entry.account)}: ${entry.controls.join(', ')}${entry.isNew ? ' **(new)**' : ''}`,
    }));
}
/** The issue's body: the headline, every failing and not-judged resource, the run; under GitHub's limit. */
function issueBody(input) {
    const lines = resourceLines(input.accounts, input.newKeys);
    const state = (0,external_node_crypto_.createHash)('sha256')
        .update(input.headline)
        .update(lines.map((l) => l.line).join('\n'))
        .digest('hex')
        .slice(0, 16);
    const head = `${marker(input.title)} state ${state} -->\n## ${input.headline}\n\n### Failing and not judged (\u26a0\ufe0f) resources\n\n`;
    const tail = `\n\n${input.runUrl ? `Last updated by [this run](${input.runUrl}).` : ''} The issue closes itself when the audit passes.`;
    const kept = [];
    let size = head.length + tail.length + 100;
    for (const { line } of lines) {
        if (size + line.length + 1 > BODY_LIMIT)
            break;
        size += line.length + 1;
        kept.push(line);
    }
    const more = kept.length < lines.length
        ? `\n\u2026and ${lines.length - kept.length} more, listed in the JSON report.`
        : '';
    return { body: `${head}${kept.join('\n') || '(none)'}${more}${tail}`, state };
}
/**
 * Creates, updates or closes the tracking issue. Throws the API's error; the caller turns it into
 * a warning so that the audit's own result is untouched.
 */
async function syncTrackingIssue(client, input) {
    const [owner, repo] = input.repository.split('/');
    const found = (await client.paginate('GET /repos/{owner}/{repo}/issues', {
        owner,
        repo,
        state: 'open',
        per_page: 100,
    }));
    const open = found.find((issue) => !issue.pull_request && (issue.body ?? '').includes(marker(input.title)));
    if (!input.failing) {
        if (!open)
            return { action: 'none' };
        const where = input.runUrl ? `[run](${input.runUrl})` : 'the latest run';
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: open.number,
            body: `\u2705 Fixed in ${where}: ${input.headline}`,
        });
        await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            owner,
            repo,
            issue_number: open.number,
            state: 'closed',
            state_reason: 'completed',
        });
        return { action: 'closed', number: open.number };
    }
    const { body, state } = issueBody(input);
    if (!open) {
        const created = (await client.request('POST /repos/{owner}/{repo}/issues', {
            owner,
            repo,
            title: input.title,
            body,
        }));
        return { action: 'created', number: created.data.number };
    }
    if ((open.body ?? '').includes(`state ${state} -->`))
        return { action: 'unchanged', number: open.number };
    await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: open.number,
        body,
    });
    return { action: 'updated', number: open.number };
}
/** An API failure \u2192 a warning that says the fix; the token's permission is the usual cause. */
function trackingFailure(error) {
    const status = error.status;
    const message = error.message ?? String(error);
    const fix = status === 401 || status === 403
        ? 'give the job `permissions: issues: write` (or set github-token to a token that may write issues)'
        : status === 404
            ? 'check that the repository has issues turned on and that github-token can see it'
            : status === 410
                ? 'turn issues on in the repository settings'
                : 'the audit result stands; the issue will be brought in step on the next run';
    return `tracking-issue was not updated: GitHub's API answered ${status ?? 'with an error'} (${message.split('\n')[0]}); ${fix}.`;
}

;// CONCATENATED MODULE: ./src/scheduled/tracking-writer.ts
// The tracking issue at the edge: the token, @actions/github's Octokit, and warnings instead of failures.



/** Brings the tracking issue in step; any failure is a warning, and the audit's result stands. */
async function writeTrackingIssue(token, input, env) {
    if (!env.GITHUB_REPOSITORY) {
        core/* warning */.$e('tracking-issue was not updated: GITHUB_REPOSITORY is not set (not a GitHub run).');
        return;
    }
    if (!token) {
        core/* warning */.$e('tracking-issue was not updated: github-token is empty; leave it at its default (the workflow token) and give the job `permissions: issues: write`.');
        return;
    }
    core/* setSecret */.Pq(token);
    try {
        // Octokit and undici are loaded only for a run that keeps a tracking issue: start-up stays small.
        const [github] = await Promise.all([__webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)), provideUndici()]);
        const octokit = github.getOctokit(token, {
            baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
            request: { retries: 0 },
        });
        const { action, number } = await syncTrackingIssue(octokit, {
            ...input,
            repository: env.GITHUB_REPOSITORY,
        });
        core/* info */.pq(`tracking-issue: ${action}${number ? ` #${number}` : ''}`);
    }
    catch (error) {
        core/* warning */.$e(trackingFailure(error).replaceAll(token, '***'));
    }
}

;// CONCATENATED MODULE: ./src/finish.ts






/**
 * Exceptions and the baseline, the outcome, every report, the tracking issue, then the step's
 * result: the same for an audit and for a merge of shards.
 */
async function finish(config, judged, redactor, deps, log) {
    const { setupError, runProblems = [] } = judged;
    let { accounts } = judged;
    let changes;
    if (!setupError)
        ({ accounts, changes } = await applyRunChanges(accounts, config, deps.now(), log));
    const outcome = (0,outcome_outcome.withRunProblems)(setupError ? (0,outcome_outcome.setupFailure)(setupError) : (0,outcome_outcome.decideOutcome)(accounts, config.failOn), runProblems);
    const written = await core/* group */.Os('Reports', () => (0,writers.writeReports)({
        ...config,
        controls: judged.controls ?? config.controls,
        rootCredentialsManagement: judged.rootCredentialsManagement,
        changes,
        trigger: judged.trigger,
        runNotes: runProblems,
        runErrors: runProblems,
    }, accounts, outcome, setupError, redactor, deps));
    logMemory('reports written');
    if (config.trackingIssue && !setupError)
        await writeTrackingIssue(config.githubToken, {
            title: config.trackingIssue,
            failing: outcome.result !== 'passed',
            headline: redactor.redact(outcome.stepText),
            accounts,
            runUrl: (0,context/* runInfo */.Q6)(deps.env)?.url,
            newKeys: newKeys(changes),
        }, deps.env);
    const failure = [outcome.failureMessage, changes?.baselineError, written.reportError]
        .filter(Boolean)
        .join(' ');
    if (failure)
        core/* setFailed */.C1(redactor.redact(withPointer(failure, written)));
    else
        core/* info */.pq(redactor.redact(outcome.stepText));
}
/** The step's failure message, pointing to the summary only where one was written. */
function withPointer(failure, written) {
    return written.summaryWritten ? `${failure} Details are in the job summary.` : failure;
}
/** Memory in the debug log, so a large account's cost can be seen where it arises. */
function logMemory(phase) {
    const { rss, heapUsed } = process.memoryUsage();
    const peak = process.resourceUsage().maxRSS / 1024;
    core/* debug */.Yz(`memory after ${phase}: rss ${Math.round(rss / 1048576)} MB (peak ${Math.round(peak)} MB), heap ${Math.round(heapUsed / 1048576)} MB`);
}


/***/ })

};
