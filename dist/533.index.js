export const id = 533;
export const ids = [533];
export const modules = {

/***/ 8533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  finish: () => (/* binding */ finish),
  U: () => (/* binding */ withPointer)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/inputs/context.ts
var context = __webpack_require__(5722);
// EXTERNAL MODULE: ./src/outcome/outcome.ts
var outcome_outcome = __webpack_require__(8416);
// EXTERNAL MODULE: ./src/report/writers.ts + 15 modules
var writers = __webpack_require__(4347);
// EXTERNAL MODULE: ./src/runtime/memory.ts
var memory = __webpack_require__(4953);
// EXTERNAL MODULE: ./src/runtime/version.ts
var version = __webpack_require__(6696);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/report/json-reader.ts
var json_reader = __webpack_require__(4140);
;// CONCATENATED MODULE: ./src/scheduled/baseline.ts

const STATUSES = ['PASSED', 'FAILED', 'NOT_APPLICABLE', 'ERROR'];
/** A report's text \u2192 its findings, or why it is not this tool's report. */
function readBaseline(text, file) {
    const notOurs = (why) => new Error(`baseline-report ${file} is not a JSON report of iam-mfa-audit: ${why}.`);
    let report;
    try {
        report = (0,json_reader/* readJsonReport */.N)(text);
    }
    catch (error) {
        throw error instanceof json_reader/* ReportReadError */.r ? notOurs(error.message) : error;
    }
    // Every version lists accounts[]; 2 added each account's status (a skipped one has no findings).
    const accounts = report.accounts;
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
 * baseline's where it was flagged there too, else this run's time. A baseline failure this run
 * could not judge (its account not entered or skipped, its control ERROR or not selected) is
 * unknown now, never fixed. Accounts this run did not cover (another shard's) are not compared. Pure.
 */
function diffBaseline(accounts, baseline, now, controls) {
    if (!baseline)
        return { accounts: accounts.map((account) => withFirstSeen(account, now)) };
    const before = new Map();
    for (const finding of baseline.findings)
        before.set(key(finding.control, finding.accountId, finding.resource), finding);
    const seenNow = new Set();
    const added = [];
    const fixed = [];
    const unknownNow = [];
    const diffed = accounts.map((account) => {
        let changed = false;
        const findings = account.findings.map((finding) => {
            const k = key(finding.control, account.accountId, finding.resource);
            seenNow.add(k);
            const earlier = before.get(k);
            const where = {
                control: finding.control,
                accountId: account.accountId,
                resource: finding.resource,
            };
            if (finding.status === 'PASSED' || finding.status === 'NOT_APPLICABLE') {
                if (earlier?.status === 'FAILED')
                    fixed.push({ ...where, was: 'FAILED', now: finding.status });
                return finding;
            }
            const carried = earlier && flagged(earlier.status)
                ? (earlier.firstSeen ?? baseline.generatedAt)
                : undefined;
            if (!carried)
                added.push({
                    ...where,
                    was: earlier?.status === 'PASSED' || earlier?.status === 'NOT_APPLICABLE'
                        ? earlier.status
                        : 'absent',
                    now: finding.status,
                });
            // A merge keeps the firstSeen each shard carried from its own baseline.
            const firstSeen = carried || finding.firstSeen || now;
            if (finding.firstSeen === firstSeen)
                return finding;
            changed = true;
            return { ...finding, firstSeen };
        });
        return changed ? { ...account, findings } : account;
    });
    const byAccount = new Map(accounts.map((account) => [account.accountId, account]));
    const unjudgedControls = new Map();
    for (const account of accounts)
        unjudgedControls.set(account.accountId, new Set(account.findings.filter((f) => f.status === 'ERROR').map((f) => f.control)));
    for (const [k, finding] of before) {
        if (finding.status !== 'FAILED' || seenNow.has(k))
            continue;
        const account = byAccount.get(finding.accountId);
        if (!account)
            continue;
        const where = {
            control: finding.control,
            accountId: finding.accountId,
            resource: finding.resource,
        };
        const why = account.status === 'skipped'
            ? `account skipped now (${account.skippedReason ?? 'left out'})`
            : account.status === 'not-judged'
                ? 'account not judged now: it could not be entered'
                : !controls.includes(finding.control)
                    ? `${finding.control} was not selected in this run`
                    : unjudgedControls.get(finding.accountId)?.has(finding.control)
                        ? `${finding.control} could not be judged in the account now (ERROR)`
                        : undefined;
        if (why)
            unknownNow.push({ ...where, was: 'FAILED', now: 'unknown', why });
        else
            fixed.push({ ...where, was: 'FAILED', now: 'gone' });
    }
    return {
        accounts: diffed,
        diff: { baselineGeneratedAt: baseline.generatedAt, new: added, fixed, unknownNow },
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

// EXTERNAL MODULE: ./src/inputs/exceptions.ts
var exceptions = __webpack_require__(4399);
;// CONCATENATED MODULE: ./src/scheduled/exceptions.ts
/**
 * Marks the FAILED findings an exception accepts (never ERROR ones); expired exceptions apply to
 * nothing. Pure: returns new accounts, leaves the input as it was.
 */
function applyExceptions(accounts, exceptions, today) {
    const expired = exceptions.filter((entry) => entry.expires < today);
    const live = exceptions.filter((entry) => entry.expires >= today);
    const used = new Set();
    let excepted = 0;
    // What is accepted is what this run's input says: an exception a shard stamped is decided anew.
    const result = accounts.map((account) => {
        let changed = false;
        const findings = account.findings.map((finding) => {
            const entry = finding.status === 'FAILED' && live.length > 0
                ? live.find((candidate) => matches(candidate, finding, account.accountId))
                : undefined;
            if (!entry) {
                if (!finding.exception)
                    return finding;
                changed = true;
                const decidedAnew = { ...finding };
                delete decidedAnew.exception;
                return decidedAnew;
            }
            used.add(entry);
            excepted += 1;
            changed = true;
            return { ...finding, exception: { reason: entry.reason, expires: entry.expires } };
        });
        return changed ? { ...account, findings } : account;
    });
    return {
        accounts: result,
        excepted,
        expired,
        unused: live.filter((entry) => !used.has(entry)),
    };
}
function matches(entry, finding, accountId) {
    if (!entry.controls.includes(finding.control))
        return false;
    if (entry.account && entry.account !== accountId)
        return false;
    if (entry.resource === finding.resource)
        return true;
    if (finding.resourceType === 'AwsAccount')
        return entry.resource === 'root';
    return finding.resource.slice(finding.resource.lastIndexOf('/') + 1) === entry.resource;
}
/** How people name an exception in a warning: its resource, controls and account. */
function describeException(entry) {
    return `${entry.resource} (${entry.controls.join(', ')}${entry.account ? `, account ${entry.account}` : ''})`;
}

;// CONCATENATED MODULE: ./src/scheduled/run-changes.ts
// Between the audit and the reports: exceptions applied, and the diff with the baseline report.




/** Applies the exceptions, then compares with the baseline (the file read here, at the edge). */
async function applyRunChanges(audited, settings, now, log) {
    const applied = applyExceptions(audited, settings.exceptions, (0,exceptions/* utcDay */.d)(now));
    for (const entry of applied.expired)
        log.warning(`The exception for ${describeException(entry)} expired on ${entry.expires}; it no longer applies. Renew it with a new date, or fix the finding.`);
    for (const entry of applied.unused)
        log.warning(`The exception for ${describeException(entry)} matched no FAILED finding (unused); remove it, or check its resource and account.`);
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
    const diffed = diffBaseline(applied.accounts, baseline, new Date(now).toISOString(), settings.controls);
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
/**
 * What a partial run has to say to the issue: its failing lines the body does not list, and the
 * body's lines for the accounts it judged that it no longer has. Nothing new: no comment, so a
 * stream of change events does not bury the issue.
 */
function partialNews(body, accounts) {
    const listed = body
        .split('\n')
        .filter((line) => line.startsWith('- '))
        .map((line) => line.replace(/ \*\*\(new\)\*\*$/, ''));
    const found = resourceLines(accounts).map((entry) => entry.line);
    const judged = accounts
        .filter((account) => account.status !== 'skipped')
        .map((account) => ` in ${account.accountId}`);
    return {
        appeared: found.filter((line) => !listed.includes(line)),
        cleared: listed.filter((line) => judged.some((id) => line.includes(id)) && !found.includes(line)),
    };
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
    if (input.partOf) {
        if (!open)
            return { action: 'none' };
        const news = partialNews(open.body ?? '', input.accounts);
        if (news.appeared.length === 0 && news.cleared.length === 0)
            return { action: 'unchanged', number: open.number };
        const where = input.runUrl ? `[A run](${input.runUrl})` : 'A run';
        const list = (title, lines) => lines.length === 0
            ? ''
            : `\n\n${title}\n\n${lines.slice(0, 50).join('\n')}${lines.length > 50 ? `\n\u2026and ${lines.length - 50} more.` : ''}`;
        await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner,
            repo,
            issue_number: open.number,
            body: `\u2139\ufe0f ${where} covered only part of the selection (${input.partOf}); this issue is kept by runs over the whole selection and was left as it was. What that run found: ${input.headline}${list('Failing or not judged there, and not listed here:', news.appeared)}${list('Listed here, and no longer failing there:', news.cleared.map((line) => line.replace(/^- (\u274c|\u26a0\ufe0f)/, '- \u2705')))}`,
        });
        return { action: 'commented', number: open.number };
    }
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
 * What every mode shares at the end: exceptions and the baseline \u2192 the outcome \u2192 the run's record \u2192
 * every report and output \u2192 the tracking issue \u2192 the step's result (setFailed last).
 */
async function finish(config, judged, redactor, deps, log) {
    const { setupError, skipped } = judged;
    const controls = judged.controls ?? config.controls;
    const runProblems = [...(judged.runProblems ?? [])];
    let { accounts } = judged;
    let changes;
    if (!setupError) {
        ({ accounts, changes } = await applyRunChanges(accounts, { ...config, controls }, deps.now(), log));
        if (changes.baselineError)
            runProblems.push(changes.baselineError);
        const judgedAny = accounts.some((account) => account.status !== 'skipped');
        // A shard's slice may be empty; a run that says why it judged nothing needs no second reason.
        if (!skipped && !config.shard && !judgedAny && runProblems.length === 0)
            runProblems.push(`no account was judged: ${accounts.length === 0 ? 'the selection is empty' : `every selected account was skipped (${accounts.length})`}. Check the accounts and exclude-accounts inputs.`);
    }
    const outcome = (0,outcome_outcome/* withRunProblems */.UG)(setupError
        ? (0,outcome_outcome/* setupFailure */.AF)(setupError)
        : skipped
            ? (0,outcome_outcome/* skippedOutcome */.dE)(skipped)
            : (0,outcome_outcome/* decideOutcome */.dl)(accounts, config.failOn), runProblems);
    const record = {
        version: version/* VERSION */.x,
        now: deps.now(),
        context: (0,context/* runContext */.pO)(deps.env),
        controls,
        failOn: config.failOn,
        reportPath: config.reportPath,
        sarifPath: config.sarifPath,
        shard: config.shard,
        shardSelection: judged.shardSelection,
        partOf: judged.partOf,
        skipped,
        roleToAssume: config.roleToAssume,
        rootCredentialsManagement: judged.rootCredentialsManagement,
        trigger: judged.trigger,
        changes,
        accounts,
        outcome,
        setupError,
        runNotes: runProblems,
        runErrors: runProblems,
    };
    const writeMs = Math.max(judged.deadline?.remainingMs() ?? 0, writers/* MIN_WRITE_MS */.wz);
    const written = await core/* group */.Os('Reports', () => (0,writers/* writeReports */.Li)(record, redactor, writeMs));
    (0,memory/* logMemory */.q)('reports written', log.debug);
    const told = written.outcome;
    if (config.trackingIssue && !setupError && !skipped)
        await writeTrackingIssue(config.githubToken, {
            title: config.trackingIssue,
            failing: told.result !== 'passed',
            // Only a run that judged the whole selection may close or rewrite its issue.
            partOf: judged.partOf ?? (runProblems.length > 0 ? 'this run did not finish' : undefined),
            headline: redactor.redact(told.stepText),
            accounts,
            runUrl: record.context.run?.url,
            newKeys: newKeys(changes),
        }, deps.env);
    if (told.failureMessage)
        core/* setFailed */.C1(redactor.redact(withPointer(told.failureMessage, written)));
    else if (told.result === 'skipped')
        core/* notice */.lm(redactor.redact(told.stepText), { title: 'Change event skipped' });
    else
        core/* info */.pq(redactor.redact(told.stepText));
}
/** The step's failure message, pointing to the summary only where one was written. */
function withPointer(failure, written) {
    return written.summaryWritten ? `${failure} Details are in the job summary.` : failure;
}


/***/ }),

/***/ 8416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AF: () => (/* binding */ setupFailure),
/* harmony export */   T7: () => (/* binding */ COUNTED_SEVERITIES),
/* harmony export */   UG: () => (/* binding */ withRunProblems),
/* harmony export */   dE: () => (/* binding */ skippedOutcome),
/* harmony export */   dl: () => (/* binding */ decideOutcome)
/* harmony export */ });
/* unused harmony exports countAccounts, isBlocking */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(182);
/* harmony import */ var _people_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4321);


const COUNTED_SEVERITIES = ['critical', 'high', 'medium', 'low'];
/** How many accounts were audited, failed, not judged and skipped. */
function countAccounts(accounts, failOn) {
    const counts = { audited: 0, failed: 0, notJudged: 0, skipped: 0 };
    for (const account of accounts) {
        if (account.status === 'skipped')
            counts.skipped += 1;
        else if (account.status === 'not-judged')
            counts.notJudged += 1;
        else {
            counts.audited += 1;
            const fails = account.findings.some((f) => f.status === 'FAILED' &&
                !f.exception &&
                (failOn === 'none' || _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[f.severity] >= _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn]));
            if (fails)
                counts.failed += 1;
        }
    }
    return counts;
}
const NO_COUNTS = () => ({
    critical: 0,
    high: 0,
    medium: 0,
    low: 0,
});
const NAMED_ACCOUNTS = 3;
/**
 * A FAILED finding fails the step at or above fail-on. An ERROR finding fails it at any severity
 * (unless fail-on is none): an account the action could not judge is never passed.
 */
function isBlocking(finding, failOn) {
    if (failOn === 'none' || finding.exception)
        return false;
    return finding.status === 'ERROR' || _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[finding.severity] >= _model_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn];
}
/** The counts of a run that judged no account. */
function nothingCounted(skipped) {
    return {
        counts: NO_COUNTS(),
        people: { rootUsers: 0, iamUsers: 0, consoleUsers: 0 },
        accounts: { audited: 0, failed: 0, notJudged: 0, skipped },
    };
}
/** No account could be read (credentials, inputs): nothing was judged, so the step fails whatever fail-on says. */
function setupFailure(message) {
    return {
        result: 'failed',
        ...nothingCounted(0),
        stepText: 'The step failed: no account was judged.',
        failureMessage: message,
    };
}
/** Nothing to judge, by the user's own choice (design: an excluded account's change event). */
function skippedOutcome(reason) {
    return {
        result: 'skipped',
        ...nothingCounted(1),
        stepText: `Nothing was audited: ${reason}. The step did not fail.`,
    };
}
/** fail-on \u2192 passed, failed or incomplete, with the counts of findings and of people. */
function decideOutcome(accounts, failOn) {
    const counts = NO_COUNTS();
    const perControl = new Map();
    // FAILED below fail-on, by control: said beside a control the step line names, never hidden.
    const below = new Map();
    const unjudged = new Map();
    const blockingRoots = [];
    const blockingUsers = new Set();
    let blockingConsoleUsers = 0;
    const people = { rootUsers: 0, iamUsers: 0, consoleUsers: 0 };
    let blocking = 0;
    let flagged = 0;
    for (const account of accounts) {
        const accountPeopleCounts = (0,_people_js__WEBPACK_IMPORTED_MODULE_1__/* .accountPeople */ .r)(account);
        if (accountPeopleCounts.rootFailing.length > 0)
            people.rootUsers += 1;
        people.iamUsers += accountPeopleCounts.failingUsers.length;
        people.consoleUsers += accountPeopleCounts.consoleUsers;
        let rootBlocks = false;
        for (const finding of account.findings) {
            if (finding.status !== 'FAILED' && finding.status !== 'ERROR')
                continue;
            flagged += 1;
            if (finding.severity !== 'informational')
                counts[finding.severity] += 1;
            if (finding.status === 'ERROR') {
                const controls = unjudged.get((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .accountLabel */ ._3)(account)) ?? [];
                if (!controls.includes(finding.control))
                    controls.push(finding.control);
                unjudged.set((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .accountLabel */ ._3)(account), controls);
            }
            if (!isBlocking(finding, failOn)) {
                if (finding.status === 'FAILED' && !finding.exception)
                    below.set(finding.control, (below.get(finding.control) ?? 0) + 1);
                continue;
            }
            blocking += 1;
            const entry = perControl.get(finding.control) ?? { failed: 0, error: 0 };
            if (finding.status === 'FAILED') {
                entry.failed += 1;
                if (finding.resourceType === 'AwsAccount')
                    rootBlocks = true;
                else
                    blockingUsers.add(finding.resource);
            }
            else
                entry.error += 1;
            perControl.set(finding.control, entry);
        }
        if (rootBlocks)
            blockingRoots.push((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .accountLabel */ ._3)(account));
        blockingConsoleUsers += accountPeopleCounts.failingUsers.filter((user) => user.consolePassword === true && blockingUsers.has(user.arn)).length;
    }
    const named = [...unjudged]
        .slice(0, NAMED_ACCOUNTS)
        .map(([account, controls]) => `${account} (${controls.join(', ')})`);
    if (unjudged.size > NAMED_ACCOUNTS)
        named.push(`${unjudged.size - NAMED_ACCOUNTS} more accounts`);
    const unjudgedText = unjudged.size > 0
        ? `Could not judge ${named.join(', ')}: see the ERROR findings for the call that failed and the fix.`
        : '';
    const accountCounts = countAccounts(accounts, failOn);
    if (blocking === 0) {
        let stepText;
        if (unjudged.size > 0) {
            stepText = `The step did not fail, because fail-on is none, but the result is incomplete. ${unjudgedText}`;
            return { result: 'incomplete', counts, people, accounts: accountCounts, stepText };
        }
        if (flagged === 0)
            stepText = `The step passed (fail-on: ${failOn}).`;
        else if (failOn === 'none')
            stepText =
                'The step passed because fail-on is none: findings are reported but never fail the step.';
        else
            stepText = `The step passed: no finding is at or above fail-on (${failOn}), and every control was judged; the failures below do not fail it.`;
        return { result: 'passed', counts, people, accounts: accountCounts, stepText };
    }
    const resources = [];
    if (blockingRoots.length > NAMED_ACCOUNTS)
        resources.push(`the root users of ${blockingRoots.length} accounts fail`);
    else
        for (const account of blockingRoots)
            resources.push(`the root user of ${account} fails`);
    if (blockingUsers.size > 0) {
        const n = blockingUsers.size;
        const console = blockingConsoleUsers > 0
            ? `, ${n === 1 ? 'it can' : `${blockingConsoleUsers} of them can`} sign in to the console`
            : '';
        resources.push(`${n} IAM user${n === 1 ? ' fails' : 's fail'}${console}`);
    }
    const byControl = [...perControl]
        .map(([control, { failed, error }]) => `${control}: ${[
        failed > 0 ? `${failed} failed` : '',
        error > 0 ? `not judged in ${error} account${error > 1 ? 's' : ''}` : '',
        below.get(control) ? `${below.get(control)} more failed below fail-on` : '',
    ]
        .filter(Boolean)
        .join(', ')}`)
        .join('; ');
    // The same count as the accounts-failed output: audited accounts failing at or above fail-on.
    const failingAccounts = accountCounts.failed > 0
        ? `${accountCounts.failed} account${accountCounts.failed === 1 ? '' : 's'} ${accountCounts.failed === 1 ? 'fails' : 'fail'} at or above ${failOn}: `
        : '';
    const lead = resources.length > 0 ? `${failingAccounts}${resources.join('; ')} ` : '';
    const detail = `${lead}(${byControl}).${unjudgedText ? ` ${unjudgedText}` : ''}`;
    return {
        result: 'failed',
        counts,
        people,
        accounts: accountCounts,
        stepText: `The step failed (fail-on: ${failOn}): ${detail}`,
        failureMessage: `IAM MFA audit failed (fail-on: ${failOn}): ${detail}`,
    };
}
/**
 * Problems of the run itself (a missing shard, a report that is not one): the step fails whatever
 * fail-on says, because accounts they concern were never judged.
 */
function withRunProblems(outcome, problems) {
    if (problems.length === 0)
        return outcome;
    const text = problems.join(' ');
    return {
        ...outcome,
        result: 'failed',
        stepText: `The step failed: ${text}${outcome.failureMessage ? ` ${outcome.stepText}` : ''}`,
        failureMessage: `IAM MFA audit failed: ${text}${outcome.failureMessage ? ` ${outcome.failureMessage}` : ''}`,
    };
}


/***/ }),

/***/ 4321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ userName),
/* harmony export */   r: () => (/* binding */ accountPeople)
/* harmony export */ });
/** The user name from a user ARN (`arn:aws:iam::1:user/path/name` \u2192 `name`). */
function userName(arn) {
    return arn.slice(arn.lastIndexOf('/') + 1);
}
/**
 * Groups an account's user findings by user, so a user who fails IAM.5 and IAM.19 is one person
 * with two failing controls, not two findings.
 */
function accountPeople(account) {
    const rootFailing = [];
    const users = new Map();
    for (const finding of account.findings) {
        if (finding.resourceType === 'AwsAccount') {
            if (finding.status === 'FAILED' && !rootFailing.includes(finding.control))
                rootFailing.push(finding.control);
            continue;
        }
        // A user pool is not an IAM user: its people are its own customers, counted in its evidence.
        if (finding.resourceType !== 'AwsIamUser')
            continue;
        let user = users.get(finding.resource);
        if (!user) {
            user = {
                name: userName(finding.resource),
                arn: finding.resource,
                byControl: {},
                consolePassword: null,
                failing: false,
            };
            users.set(finding.resource, user);
        }
        user.byControl[finding.control] = finding;
        if (finding.status === 'FAILED')
            user.failing = true;
        const password = finding.evidence.observed.consolePassword;
        if (typeof password === 'boolean')
            user.consolePassword = password;
    }
    const failingUsers = [...users.values()]
        .filter((user) => user.failing)
        .map(({ failing: _failing, ...user }) => user);
    return {
        rootFailing,
        usersJudged: users.size,
        failingUsers,
        consoleUsers: failingUsers.filter((user) => user.consolePassword === true).length,
    };
}


/***/ }),

/***/ 9968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ READ_SCHEMA_VERSIONS),
/* harmony export */   f$: () => (/* binding */ SCHEMA_VERSION),
/* harmony export */   lH: () => (/* binding */ TOOL_NAME)
/* harmony export */ });
// What the JSON report's writer and its readers (the merge, the baseline) agree on.
/** The `tool.name` of every report this action writes. */
const TOOL_NAME = 'iam-mfa-audit';
/**
 * The shape the writer writes now. 1: accounts[] with their findings. 2: each account has its
 * `status` (audited, not-judged, skipped); a skipped account has no findings, so readers must not
 * take it for a clean one. 3: `sinceBaseline` entries say `was` and `now` (never `status`), new
 * ones point at their finding, and `unknownNow` lists what could not be compared; a shard records
 * the selection it sliced (`shard.selection`) and the run's attempt (`run.attempt`). 4: a finding's
 * `resourceType` may be `AwsCognitoUserPool` (Cognito.5: the pool's ARN, or a region's
 * `arn:\u2026:cognito-idp:REGION:ACCOUNT:userpool/*` where it could not be read).
 */
const SCHEMA_VERSION = 4;
/** The oldest shape still read as a baseline; raise it only when an old shape cannot be read. */
const OLDEST_READ_SCHEMA_VERSION = 1;
/** Every shape a reader accepts: from the oldest still read to the writer's own, so they cannot drift apart. */
const READ_SCHEMA_VERSIONS = Array.from({ length: SCHEMA_VERSION - OLDEST_READ_SCHEMA_VERSION + 1 }, (_, i) => OLDEST_READ_SCHEMA_VERSION + i);


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ readJsonReport),
/* harmony export */   r: () => (/* binding */ ReportReadError)
/* harmony export */ });
/* harmony import */ var _json_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9968);

/**
 * Why a text is not a report this version reads: `json`, not JSON at all; `version`, this tool's
 * report in a schema version not accepted here; `not-ours`, anything else.
 */
class ReportReadError extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
        this.name = 'ReportReadError';
    }
}
/**
 * A report's text \u2192 the report, or a ReportReadError saying why it is not one: not JSON, not this
 * tool's, a schema version outside `versions` (by default every version this action reads), no
 * accounts list. The parsed value is returned as it is: a merge of thousands of accounts copies nothing.
 */
function readJsonReport(text, versions = _json_format_js__WEBPACK_IMPORTED_MODULE_0__/* .READ_SCHEMA_VERSIONS */ .dR) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new ReportReadError('json', `it is not JSON (${error.message})`);
    }
    const notOurs = (why) => new ReportReadError('not-ours', why);
    if (typeof report !== 'object' || report === null || Array.isArray(report))
        throw notOurs('it is not a JSON object');
    const fields = report;
    if (fields.tool?.name !== _json_format_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH)
        throw notOurs(`tool.name is not ${_json_format_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .lH}`);
    if (!versions.includes(fields.schemaVersion))
        throw new ReportReadError('version', `schemaVersion ${JSON.stringify(fields.schemaVersion)} is not one this version reads here (${versions.join(', ')})`);
    if (!Array.isArray(fields.accounts))
        throw notOurs('it has no accounts list');
    return fields;
}


/***/ }),

/***/ 4347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wz: () => (/* binding */ MIN_WRITE_MS),
  Li: () => (/* binding */ writeReports)
});

// UNUSED EXPORTS: writeSummary

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/outcome/outcome.ts
var outcome_outcome = __webpack_require__(8416);
// EXTERNAL MODULE: ./src/inputs/shard.ts
var shard = __webpack_require__(1881);
;// CONCATENATED MODULE: ./src/outcome/outputs.ts


/** The step's outputs (action.yml), by name: what workflows read after the step. */
function stepOutputs(run) {
    const { outcome, changes } = run;
    return {
        result: outcome.result,
        ...Object.fromEntries(outcome_outcome/* COUNTED_SEVERITIES */.T7.map((severity) => [severity, outcome.counts[severity]])),
        'accounts-audited': outcome.accounts.audited,
        'accounts-failed': outcome.accounts.failed,
        'accounts-not-judged': outcome.accounts.notJudged,
        'accounts-skipped': outcome.accounts.skipped,
        'artifact-name': (0,shard/* shardName */.Az)(run.shard),
        'report-path': run.reportPath,
        'sarif-path': run.sarifPath ?? '',
        excepted: changes?.excepted ?? 0,
        'new-findings': changes?.diff?.new.length ?? '',
        'fixed-findings': changes?.diff?.fixed.length ?? '',
    };
}

// EXTERNAL MODULE: ./src/runtime/deadline.ts
var runtime_deadline = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/controls/index.ts + 8 modules
var src_controls = __webpack_require__(9599);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
;// CONCATENATED MODULE: ./src/report/control-status.ts
/** A control's overall status on one account: the worst of its findings. */
function controlRows(account, controls) {
    return controls.map((control) => {
        const findings = account.findings.filter((finding) => finding.control === control);
        const failing = findings.filter((finding) => finding.status === 'FAILED');
        const errors = findings.filter((finding) => finding.status === 'ERROR');
        const status = errors.length > 0
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
/** Each mark and its word on one line: a narrow status column must not wrap "\u2705" from "PASSED". */
const STATUS_MARK = {
    PASSED: '\u2705&nbsp;PASSED',
    FAILED: '\u274c&nbsp;FAILED',
    ERROR: '\u26a0\ufe0f&nbsp;ERROR',
    NOT_APPLICABLE: '\u2796&nbsp;NOT&nbsp;APPLICABLE',
};
/** A row's status cell; a control with nothing to judge says what there was none of. */
function statusMark(row) {
    if (row.status !== 'NO_USERS')
        return STATUS_MARK[row.status];
    return row.control === 'Cognito.5'
        ? '\u2796&nbsp;no&nbsp;user&nbsp;pools'
        : '\u2796&nbsp;no&nbsp;IAM&nbsp;users';
}

// EXTERNAL MODULE: ./src/outcome/people.ts
var outcome_people = __webpack_require__(4321);
;// CONCATENATED MODULE: ./src/report/people-words.ts
// How the reports count people in words.
/** "12 IAM users", "1 IAM user". */
function iamUsers(count) {
    return `${count} IAM user${count === 1 ? '' : 's'}`;
}
/**
 * "12 IAM users have no MFA device, 8 of them can sign in to the console with a password";
 * with `of`, "12 of 40 IAM users \u2026"; `where` follows the users (" in 123456789012 (prod)").
 */
function failingUsersPhrase(failing, console, options = {}) {
    const verb = failing === 1 ? 'has' : 'have';
    const them = failing === 1 ? 'it can' : `${console === failing ? 'all' : console} of them can`;
    const consolePart = console > 0 ? `, ${them} sign in to the console with a password` : '';
    const who = options.of === undefined
        ? iamUsers(failing)
        : `${failing} of ${options.of} IAM user${options.of === 1 ? '' : 's'}`;
    return `${who}${options.where ?? ''} ${verb} no MFA device${consolePart}`;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Text from AWS (user names, paths, aliases, messages) made inert in GitHub-flavoured Markdown:
 * HTML is escaped, Markdown punctuation is backslash-escaped, line breaks become spaces.
 */
function md(text) {
    return text
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`);
}
/** Inline code that stays inert: escaped as HTML, never holding a backtick or a pipe. */
function code(text) {
    const safe = text
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;');
    return `<code>${safe}</code>`;
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function markdown_link(text, url) {
    return `[${md(text)}](${url})`;
}
/** Inline code with a hover text (an ARN behind a user name): both inert, neither breaks a table cell. */
function codeWithTitle(text, title) {
    return code(text).replace('<code>', `<code title="${attribute(title)}">`);
}
function attribute(text) {
    return text
        .replace(/[\r\n\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;');
}
/** A fenced code block whose fence no line of the text can close. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
/**
 * A message of ours as Markdown: prose lines are escaped, "- " lines stay a list, and lines
 * indented by two spaces (YAML to paste into a workflow) become a code block.
 */
/** A message line whose `quoted` parts are code: shown as code, never as literal backticks. */
function withCode(line) {
    return line
        .split(/`([^`\n]+)`/)
        .map((part, i) => (i % 2 === 1 ? code(part) : md(part)))
        .join('');
}
function messageBlock(text) {
    const blocks = [];
    let yaml = [];
    const flush = () => {
        if (yaml.length > 0)
            blocks.push(codeBlock(yaml.join('\n'), 'yaml'));
        yaml = [];
    };
    for (const line of text.split('\n')) {
        if (/^ {2}\S/.test(line) || (yaml.length > 0 && /^ {4,}\S/.test(line))) {
            yaml.push(line.slice(2));
            continue;
        }
        flush();
        if (line.trim() === '')
            continue;
        blocks.push(line.startsWith('- ') ? `- ${withCode(line.slice(2))}` : withCode(line));
    }
    flush();
    // Consecutive list items stay one list; everything else is its own paragraph.
    return blocks
        .map((block, i) => i > 0 && block.startsWith('- ') && blocks[i - 1]?.startsWith('- ')
        ? `\n${block}`
        : `\n\n${block}`)
        .join('')
        .trimStart();
}

;// CONCATENATED MODULE: ./src/report/organization-summary.ts




/** A run over several accounts (an Organization, or ids named in `accounts`). */
function isManyAccounts(accounts) {
    return (accounts.length > 1 ||
        accounts.some((account) => account.status !== undefined && account.status !== 'audited'));
}
/** Where an account stands, worst first: the order of the accounts table. */
function standing(account, controls) {
    if (account.status === 'skipped')
        return 9;
    if (account.status === 'not-judged')
        return 1;
    const rows = controlRows(account, controls);
    const worstFailed = Math.max(-1, ...rows
        .filter((row) => row.status === 'FAILED')
        .map((row) => model/* SEVERITY_RANK */.f3[(0,src_controls/* controlById */.Eq)(row.control).severity]));
    if (worstFailed >= model/* SEVERITY_RANK */.f3.critical)
        return 0;
    if (rows.some((row) => row.status === 'ERROR'))
        return 2;
    if (worstFailed >= 0)
        return 3;
    return 4;
}
function sortWorstFirst(accounts, controls) {
    return accounts
        .map((account) => ({ account, rank: standing(account, controls) }))
        .sort((a, b) => a.rank - b.rank || a.account.accountId.localeCompare(b.account.accountId))
        .map(({ account }) => account);
}
const NAMED = 3;
/**
 * The verdict across accounts in one short line ("2 of 5 accounts fail a control, 2 not judged"),
 * and its details, a line each ("1 fails a critical control: 333344445555 (prod-legacy): IAM.9,
 * IAM.6"). Never a pass while any finding is FAILED or ERROR.
 */
function organizationHeadline(accounts) {
    const considered = accounts.filter((account) => account.status !== 'skipped');
    const skipped = accounts.length - considered.length;
    const notJudged = considered.filter((account) => account.status === 'not-judged');
    const failing = new Map();
    const withErrors = considered.filter((account) => account.status !== 'not-judged' && account.findings.some((f) => f.status === 'ERROR'));
    const accepted = considered.flatMap((account) => account.findings.filter((f) => f.status === 'FAILED' && f.exception));
    for (const account of considered) {
        // Accepted findings stay FAILED but are said apart: they do not make an account fail here.
        const failed = account.findings.filter((f) => f.status === 'FAILED' && !f.exception);
        if (failed.length === 0)
            continue;
        const worst = failed.reduce((a, b) => model/* SEVERITY_RANK */.f3[b.severity] > model/* SEVERITY_RANK */.f3[a.severity] ? b : a);
        failing.set(worst.severity, [...(failing.get(worst.severity) ?? []), account]);
    }
    const parts = [];
    for (const severity of ['critical', 'high', 'medium', 'low']) {
        const list = failing.get(severity) ?? [];
        if (list.length === 0)
            continue;
        const named = list
            .slice(0, NAMED)
            .map((account) => `${(0,model/* accountLabel */._3)(account)}: ${[...new Set(account.findings.filter((f) => f.status === 'FAILED' && !f.exception).map((f) => f.control))].join(', ')}`);
        const more = list.length > NAMED ? `; and ${list.length - NAMED} more` : '';
        parts.push(`${list.length} ${list.length === 1 ? 'fails' : 'fail'} ${severity === 'critical' ? 'a critical control' : `at worst a ${severity} control`}: ${named.join('; ')}${more}`);
    }
    if (notJudged.length > 0)
        parts.push(`${notJudged.length} account${notJudged.length === 1 ? ' was' : 's were'} not judged`);
    if (withErrors.length > 0)
        parts.push(`${withErrors.length} account${withErrors.length === 1 ? '' : 's'} had controls that could not be judged`);
    const critical = accepted.filter((f) => f.severity === 'critical').length;
    const acceptedText = accepted.length > 0
        ? `${accepted.length} finding${accepted.length === 1 ? '' : 's'} accepted by exception${critical > 0 ? ` (${critical} critical)` : ''}`
        : '';
    if (parts.length === 0) {
        const all = `${considered.length === 1 ? 'the one account' : `all ${considered.length} accounts`}${skipped > 0 ? ` (${skipped} skipped)` : ''}`;
        if (considered.length === 0)
            return {
                mark: '\u26a0\ufe0f',
                text: `no account was judged${skipped > 0 ? ` (${skipped} skipped)` : ''}`,
                details: [],
            };
        return {
            mark: acceptedText ? '\u2611\ufe0f' : '\u2705',
            text: acceptedText
                ? `every selected control passed on ${all}, with ${acceptedText}`
                : `every selected control passed on ${all}`,
            details: [],
        };
    }
    if (acceptedText)
        parts.push(acceptedText);
    if (skipped > 0)
        parts.push(`${skipped} skipped`);
    const failingCount = [...failing.values()].reduce((n, list) => n + list.length, 0);
    const short = [
        failingCount > 0 ? `${failingCount} of ${considered.length} accounts fail a control` : '',
        notJudged.length > 0
            ? `${notJudged.length}${failingCount > 0 ? '' : ` of ${considered.length}`} not judged`
            : '',
        failingCount === 0 && notJudged.length === 0 && withErrors.length > 0
            ? `${withErrors.length} of ${considered.length} accounts had controls that could not be judged`
            : '',
    ].filter(Boolean);
    return { mark: failing.size > 0 ? '\u274c' : '\u26a0\ufe0f', text: short.join(', '), details: parts };
}
const CELL = {
    PASSED: '\u2705',
    FAILED: '\u274c',
    ERROR: '\u26a0\ufe0f',
    NOT_APPLICABLE: '\u2796',
    NO_USERS: '\u2796',
};
function cell(row) {
    const mark = CELL[row.status] ?? '?';
    // IAM users or user pools: the root controls' one resource is the account itself.
    const resources = row.failing.filter((f) => f.resourceType !== 'AwsAccount').length;
    return row.status === 'FAILED' && resources > 0 ? `${mark} ${resources}` : mark;
}
/**
 * One row per account, worst first, a cell per control, within `budget` bytes; the accounts left
 * over are counted, not dropped from the JSON report. Skipped accounts say why.
 */
function accountsTable(sorted, controls, budget) {
    const header = ['Account', 'Name', ...controls.map((id) => markdown_link(id, (0,src_controls/* controlById */.Eq)(id).docUrl))];
    const rows = [];
    for (const account of sorted) {
        const name = md(account.alias ?? account.name ?? '');
        const cells = account.status === 'skipped'
            ? controls.map((_, i) => (i === 0 ? `skipped: ${md(account.skippedReason ?? '')}` : ''))
            : account.status === 'not-judged'
                ? controls.map(() => '\u26a0\ufe0f')
                : controlRows(account, controls).map(cell);
        const row = [code(account.accountId), name, ...cells];
        const size = Buffer.byteLength(row.join(' | ')) + 6;
        if (size > budget.left)
            break;
        budget.left -= size;
        rows.push(row);
    }
    const rest = sorted.length - rows.length;
    if (rest > 0)
        budget.cut = true;
    const legend = '\u274c fails (with the number of failing IAM users or user pools), \u26a0\ufe0f not judged, \u2705 passes, \u2796 not applicable or nothing to judge (no IAM users, no user pools).';
    return `${legend}\n\n${table(header, rows)}${rest > 0 ? `\n\n\u2026and ${rest} more accounts, every one in the JSON report.` : ''}`;
}
/** The details of one account that fails or was not judged, folded. */
function foldedAccount(account, section) {
    const flagged = [
        ...new Set(account.findings
            .filter((f) => f.status === 'FAILED' || f.status === 'ERROR')
            .map((f) => `${f.control} ${f.status === 'FAILED' ? '\u274c' : '\u26a0\ufe0f'}`)),
    ];
    const what = account.status === 'not-judged' ? 'not judged' : flagged.join(', ');
    return `<details><summary>${md((0,model/* accountLabel */._3)(account))}: ${what}</summary>\n\n${section.join('\n\n')}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/report/user-pools-section.ts
// Cognito.5's part of an account's summary: its user pools, worst first, with the people a failing pool exposes.


/** Past this many rows a list helps nobody in a summary; the JSON report has every pool. */
const MAX_POOL_ROWS = 200;
const RANK = {
    FAILED: 0,
    ERROR: 1,
    NOT_APPLICABLE: 2,
    PASSED: 3,
};
const MARK = {
    FAILED: '\u274c',
    ERROR: '\u26a0\ufe0f',
    NOT_APPLICABLE: '\u2796',
    PASSED: '\u2705',
};
/** "2 user pool(s)", "1 user pool". */
function userPools(count) {
    return `${count} user pool${count === 1 ? '' : 's'}`;
}
/** The estimated users of the account's failing pools (AWS's estimate, not an exact count). */
function usersExposed(findings) {
    return findings
        .filter((finding) => finding.status === 'FAILED')
        .reduce((sum, finding) => sum + estimated(finding), 0);
}
function estimated(finding) {
    const value = finding.evidence.observed.estimatedUsers;
    return typeof value === 'number' ? value : 0;
}
/** Worst first: failing pools by the users they expose, then unjudged, out of scope, passing. */
function worstPoolsFirst(findings) {
    return [...findings].sort((a, b) => RANK[a.status] - RANK[b.status] ||
        estimated(b) - estimated(a) ||
        a.resource.localeCompare(b.resource));
}
/** The section, or nothing where the account has no Cognito.5 finding on a pool. */
function userPoolsSection(findings, budget) {
    const pools = findings.filter((finding) => finding.control === 'Cognito.5' && !finding.resource.endsWith('/*'));
    if (pools.length === 0)
        return undefined;
    const failing = pools.filter((finding) => finding.status === 'FAILED').length;
    const exposed = usersExposed(pools);
    const head = failing > 0
        ? `#### \u274c Cognito user pools without required MFA: ${failing} of ${userPools(pools.length)} fail, exposing about ${exposed.toLocaleString('en-US')} estimated user(s)`
        : `#### Cognito user pools: ${userPools(pools.length)}, none failing`;
    const rows = [];
    const sorted = worstPoolsFirst(pools);
    for (const finding of sorted.slice(0, MAX_POOL_ROWS)) {
        const seen = finding.evidence.observed;
        const cells = [
            codeWithTitle(String(seen.poolName ?? ''), finding.resource),
            code(String(seen.region ?? '')),
            `${MARK[finding.status]} ${String(seen.mfaConfiguration ?? finding.status)}`,
            md(String(seen.secondFactors ?? '')),
            md(String(seen.firstFactors ?? '')),
            seen.estimatedUsers === null || seen.estimatedUsers === undefined
                ? '\u2014'
                : String(seen.estimatedUsers),
        ];
        const size = Buffer.byteLength(cells.join(' | ')) + 6;
        if (size > budget.left)
            break;
        budget.left -= size;
        rows.push(cells);
    }
    const rest = pools.length - rows.length;
    if (rest > 0)
        budget.cut = true;
    const more = rest > 0 ? `\n\n\u2026and ${rest} more, listed in the JSON report.` : '';
    const details = `<details${failing > 0 && pools.length <= 20 ? ' open' : ''}><summary>${userPools(pools.length)}, worst first</summary>\n\n\u274c fails Cognito.5, \u26a0\ufe0f could not be judged, \u2796 passwordless sign-in (not judged by Cognito.5), \u2705 passes; hover a name for its ARN.\n\n${table(['User pool', 'Region', 'MFA', 'Second factors', 'First factors', 'Estimated users'], rows)}${more}\n\n</details>`;
    const remediation = (0,src_controls/* controlById */.Eq)('Cognito.5').remediation;
    const fix = failing > 0
        ? `**How to fix Cognito.5:** ${md(remediation.text)}\n\n**Verify:** ${code(remediation.verify)}`
        : undefined;
    return [head, details, ...(fix ? [fix] : [])].join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts







// GitHub shows at most 10 annotations of each level per step; core.setFailed takes one error slot.
const PER_LEVEL = 10;
const NAMED_RESOURCES = 3;
/** One annotation per failing or unjudged control and account, within GitHub's per-step limits. */
function buildAnnotations(accounts, controls, stepWillFail, 
/** Annotations that come first, within the same limits (a root sign-in's warning). */
leading = []) {
    const annotations = [
        ...leading,
        ...(isManyAccounts(accounts) ? acrossAccounts(accounts, controls) : []),
    ];
    for (const account of isManyAccounts(accounts) ? [] : accounts) {
        for (const row of controlRows(account, controls)) {
            if (row.status !== 'FAILED' && row.status !== 'ERROR')
                continue;
            const control = (0,src_controls/* controlById */.Eq)(row.control);
            const level = (0,model/* alertLevel */.j$)(control.severity);
            const where = (0,model/* accountLabel */._3)(account);
            let message;
            if (row.status === 'ERROR') {
                // The ERROR finding's message already names the account ("Could not judge account \u2026").
                message = row.errors[0]?.message ?? `Could not judge ${where}.`;
            }
            else if (row.failing.length === 1 && row.failing[0]?.resourceType === 'AwsAccount') {
                message = row.failing[0].message;
            }
            else if (row.failing[0]?.resourceType === 'AwsCognitoUserPool') {
                message = poolsMessage(row.failing, where);
            }
            else {
                const names = row.failing
                    .slice(0, NAMED_RESOURCES)
                    .map((finding) => (0,outcome_people/* userName */.n)(finding.resource));
                const rest = row.failing.length - names.length;
                const count = row.failing.length;
                message = `${iamUsers(count)} in ${where} fail${count === 1 ? 's' : ''}: ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''} (listed in the job summary).`;
            }
            annotations.push({ level, title: `${row.control} ${control.title}`, message });
            // A region that could not be read does not hide the pools of the regions that were.
            if (row.status === 'ERROR' && row.failing[0]?.resourceType === 'AwsCognitoUserPool')
                annotations.push({
                    level,
                    title: `${row.control} ${control.title}`,
                    message: poolsMessage(row.failing, where),
                });
        }
    }
    const errorSlots = PER_LEVEL - (stepWillFail ? 1 : 0);
    const errors = annotations
        .filter((annotation) => annotation.level === 'error')
        .slice(0, errorSlots);
    const warnings = annotations
        .filter((annotation) => annotation.level === 'warning')
        .slice(0, PER_LEVEL);
    return [...errors, ...warnings];
}
/** "2 user pools in 1111 (prod) fail, exposing about 4237 estimated users: legacy (eu-west-1), \u2026". */
function poolsMessage(failing, where) {
    const names = failing
        .slice(0, NAMED_RESOURCES)
        .map((f) => `${String(f.evidence.observed.poolName)} (${String(f.evidence.observed.region)})`);
    const rest = failing.length - names.length;
    return `${userPools(failing.length)} in ${where} fail${failing.length === 1 ? 's' : ''}, exposing about ${usersExposed(failing)} estimated user(s): ${names.join(', ')}${rest > 0 ? ` and ${rest} more` : ''} (listed in the job summary).`;
}
function accountsWord(n) {
    return n === 1 ? '1 account' : `${n} accounts`;
}
/**
 * Many accounts: one annotation per control for its failures and one for what could not be judged,
 * each naming the first accounts, so a thousand accounts still fit GitHub's ten per level.
 */
function acrossAccounts(accounts, controls) {
    const annotations = [];
    for (const id of controls) {
        const control = (0,src_controls/* controlById */.Eq)(id);
        const failed = [];
        const unjudged = [];
        let users = 0;
        let pools = 0;
        for (const account of accounts) {
            const mine = account.findings.filter((finding) => finding.control === id);
            const failing = mine.filter((finding) => finding.status === 'FAILED');
            if (failing.length > 0) {
                const userCount = failing.filter((f) => f.resourceType === 'AwsIamUser').length;
                const poolCount = failing.filter((f) => f.resourceType === 'AwsCognitoUserPool').length;
                users += userCount;
                pools += poolCount;
                failed.push(`${(0,model/* accountLabel */._3)(account)}${userCount > 0 ? ` (${iamUsers(userCount)})` : poolCount > 0 ? ` (${userPools(poolCount)})` : ''}`);
            }
            const error = mine.find((finding) => finding.status === 'ERROR');
            if (error)
                unjudged.push(`${(0,model/* accountLabel */._3)(account)} (${error.evidence.observed.errorCode ?? 'error'})`);
        }
        const level = (0,model/* alertLevel */.j$)(control.severity);
        const title = `${id} ${control.title}`;
        const named = (list) => `${list.slice(0, NAMED_RESOURCES).join(', ')}${list.length > NAMED_RESOURCES ? ` and ${list.length - NAMED_RESOURCES} more` : ''}`;
        if (failed.length > 0) {
            const inAccounts = accountsWord(failed.length);
            const what = users > 0
                ? `${iamUsers(users)} ${users === 1 ? 'fails' : 'fail'}, in ${inAccounts}`
                : pools > 0
                    ? `${userPools(pools)} ${pools === 1 ? 'fails' : 'fail'}, in ${inAccounts}`
                    : `fails in ${inAccounts}`;
            annotations.push({
                level,
                title,
                message: `${id}: ${what}: ${named(failed)} (listed in the job summary).`,
            });
        }
        if (unjudged.length > 0) {
            annotations.push({
                level,
                title,
                message: `${id} could not be judged in ${accountsWord(unjudged.length)}: ${named(unjudged)}; see the ERROR findings for the call that failed and the fix.`,
            });
        }
    }
    return annotations;
}

;// CONCATENATED MODULE: ./src/report/trigger-summary.ts

/** The change's age at the audit, in words; undefined without a valid event time. */
function changeAge(trigger, now) {
    const at = Date.parse(trigger.time);
    if (Number.isNaN(at))
        return undefined;
    const seconds = Math.round((now - at) / 1000);
    if (seconds < 0)
        return 'after this audit started (clocks differ)';
    if (seconds < 60)
        return `${seconds} s before this audit`;
    const minutes = Math.round(seconds / 60);
    if (minutes < 120)
        return `${minutes} min before this audit`;
    const hours = Math.round(minutes / 60);
    return hours < 48
        ? `${hours} h before this audit`
        : `${Math.round(hours / 24)} days before this audit`;
}
/** A root sign-in: no user is named, and the caller, where given, is the root. */
function isRootSignIn(trigger) {
    return (trigger.event === 'ConsoleLogin' &&
        !trigger.user &&
        (!trigger.actor || /:root$/.test(trigger.actor)));
}
function mfaWords(trigger) {
    return trigger.mfaUsed === undefined ? 'not known' : trigger.mfaUsed ? 'yes' : 'no';
}
/** The summary's opening: what changed, on whom, by whom, when; every payload value escaped. */
function triggerSummary(trigger, now, audited = true) {
    const who = trigger.user
        ? `IAM user ${code(trigger.user)}`
        : isRootSignIn(trigger) || trigger.event !== 'ConsoleLogin'
            ? 'the root user'
            : 'a principal';
    const parts = [`${code(trigger.event)} on ${who} in account ${code(trigger.account)}`];
    if (trigger.actor)
        parts.push(`by ${code(trigger.actor)}`);
    const age = changeAge(trigger, now);
    parts.push(`at ${code(trigger.time)}${age ? ` (${age})` : ''}`);
    const lines = [`**Triggered by a change:** ${parts.join(', ')}.`];
    const details = [`CloudTrail event id ${code(trigger.eventId)}`];
    if (trigger.region)
        details.push(`region ${code(trigger.region)}`);
    if (trigger.event === 'ConsoleLogin')
        details.push(`MFA used: ${mfaWords(trigger)}`);
    if (trigger.user && audited)
        details.push(`${code(trigger.user)} was checked live, whatever the credential report says`);
    lines.push(`${details.join('; ')}.`);
    return lines.join('\n');
}
/** The JSON report's `trigger`: the validated payload, with the change's age at the audit. */
function triggerRecord(trigger, now) {
    const at = Date.parse(trigger.time);
    return {
        source: 'repository_dispatch',
        ...trigger,
        ...(Number.isNaN(at) ? {} : { secondsBeforeAudit: Math.round((now - at) / 1000) }),
    };
}
/** A root sign-in is worth seeing at once: a warning, not a finding (the controls decide verdicts). */
function triggerAnnotations(trigger) {
    if (!trigger || !isRootSignIn(trigger))
        return [];
    return [
        {
            level: 'warning',
            title: 'Root sign-in',
            message: `root signed in at ${trigger.time}, MFA used: ${mfaWords(trigger)} (account ${trigger.account}, CloudTrail event ${trigger.eventId}).`,
        },
    ];
}

// EXTERNAL MODULE: ./src/report/json-format.ts
var json_format = __webpack_require__(9968);
;// CONCATENATED MODULE: ./src/report/json.ts


/** Findings \u2192 the JSON report (json-format.ts's SCHEMA_VERSION): the record a scheduled audit keeps. */
function buildJsonReport(input) {
    const byStatus = { PASSED: 0, FAILED: 0, NOT_APPLICABLE: 0, ERROR: 0 };
    for (const account of input.accounts) {
        for (const finding of account.findings)
            byStatus[finding.status] += 1;
    }
    const accounts = [...input.accounts].sort(byAccountId);
    return {
        schemaVersion: json_format/* SCHEMA_VERSION */.f$,
        tool: { name: json_format/* TOOL_NAME */.lH, version: input.version },
        generatedAt: input.generatedAt,
        ...(input.run ? { run: input.run } : {}),
        ...(input.trigger
            ? { trigger: triggerRecord(input.trigger, Date.parse(input.generatedAt)) }
            : {}),
        controls: input.controls,
        ...(input.shard
            ? {
                shard: {
                    ...input.shard,
                    ...(input.shardSelection ? { selection: input.shardSelection } : {}),
                },
            }
            : {}),
        ...(input.rootCredentialsManagement !== undefined
            ? { organization: { rootCredentialsManagement: input.rootCredentialsManagement } }
            : {}),
        // By account id: a merge of shards then reads exactly as one run over every account.
        accounts: accounts.map((account) => ({
            accountId: account.accountId,
            partition: account.partition,
            ...(account.alias ? { alias: account.alias } : {}),
            ...(account.name ? { name: account.name } : {}),
            status: account.status ?? 'audited',
            ...(account.skippedReason ? { skippedReason: account.skippedReason } : {}),
            credentialReportGeneratedAt: account.credentialReportGeneratedAt ?? null,
            ...(account.reportGeneratedDuringRun !== undefined
                ? { reportGeneratedDuringRun: account.reportGeneratedDuringRun }
                : {}),
            ...(account.userVerdictsLive !== undefined
                ? { userVerdictsLive: account.userVerdictsLive }
                : {}),
            evidenceReadAt: account.readAt,
            notes: account.notes,
            findings: account.findings,
        })),
        errors: input.errors,
        ...changesFields(input.changes, accounts),
        totals: {
            result: input.outcome.result,
            failOn: input.failOn,
            byStatus,
            failedOrErrorBySeverity: input.outcome.counts,
            failingResources: input.outcome.people,
            accounts: input.outcome.accounts,
        },
    };
}
function byAccountId(a, b) {
    return a.accountId.localeCompare(b.accountId);
}
/** Unused and expired exceptions and the baseline diff, at the top level (findings carry their own). */
function changesFields(changes, accounts) {
    if (!changes)
        return {};
    const entry = ({ position, ...rest }) => ({
        entry: position,
        ...rest,
    });
    const diff = changes.diff;
    return {
        exceptions: {
            excepted: changes.excepted,
            unused: changes.unused.map(entry),
            expired: changes.expired.map(entry),
        },
        ...(diff
            ? {
                sinceBaseline: {
                    ...diff,
                    new: withPointers(diff.new, accounts),
                },
            }
            : {}),
    };
}
/**
 * Each new entry points at its finding in this report (`/accounts/3/findings/7`, RFC 6901) rather
 * than copying it: the finding is the one place its status lives.
 */
function withPointers(entries, accounts) {
    if (entries.length === 0)
        return entries;
    const wanted = new Map(entries.map((e) => [`${e.control}\n${e.accountId}\n${e.resource}`, e]));
    const pointers = new Map();
    accounts.forEach((account, a) => {
        account.findings.forEach((finding, f) => {
            const e = wanted.get(`${finding.control}\n${account.accountId}\n${finding.resource}`);
            if (e && !pointers.has(e))
                pointers.set(e, `/accounts/${a}/findings/${f}`);
        });
    });
    return entries.map((e) => {
        const pointer = pointers.get(e);
        return pointer ? { ...e, finding: pointer } : e;
    });
}

;// CONCATENATED MODULE: ./src/report/json-chunks.ts
/**
 * `JSON.stringify(value, null, 2)`, in pieces of at most about `PIECE_BYTES`: containers down to
 * the findings of each account are written out member by member, and each finding (any value
 * deeper) is stringified whole, so a secret inside a value is never cut between pieces. A report of
 * thousands of accounts, or of one account with thousands of users, is never one string in memory.
 */
function* jsonChunks(value, pieceBytes = PIECE_BYTES) {
    let pending = [];
    let length = 0;
    for (const part of parts(value, 0)) {
        pending.push(part);
        length += part.length;
        if (length >= pieceBytes) {
            yield pending.join('');
            pending = [];
            length = 0;
        }
    }
    if (length > 0)
        yield pending.join('');
}
const PIECE_BYTES = 64 * 1024;
/** Report \u2192 accounts \u2192 account \u2192 findings: the containers written member by member. */
const STREAMED_LEVELS = 4;
function* parts(value, depth) {
    if (depth >= STREAMED_LEVELS || !isPlainContainer(value)) {
        yield stringifiedAt(value, depth);
        return;
    }
    const pad = '  '.repeat(depth);
    const inner = `${pad}  `;
    if (Array.isArray(value)) {
        yield '[\n';
        for (const [i, item] of value.entries()) {
            yield inner;
            yield* parts(item === undefined || typeof item === 'function' ? null : item, depth + 1);
            yield i < value.length - 1 ? ',\n' : '\n';
        }
        yield `${pad}]`;
        return;
    }
    const entries = Object.entries(value).filter(([, v]) => !omitted(v));
    yield '{\n';
    for (const [i, [key, item]] of entries.entries()) {
        yield `${inner}${JSON.stringify(key)}: `;
        yield* parts(item, depth + 1);
        yield i < entries.length - 1 ? ',\n' : '\n';
    }
    yield `${pad}}`;
}
/** An array or plain object with members; anything else (toJSON, empty) is left to stringify. */
function isPlainContainer(value) {
    if (value === null || typeof value !== 'object')
        return false;
    if (typeof value.toJSON === 'function')
        return false;
    if (Array.isArray(value))
        return value.length > 0;
    return Object.values(value).some((v) => !omitted(v));
}
function omitted(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/**
 * A value as JSON.stringify writes it `depth` levels in: stringified inside as many wrapping
 * arrays, then cut out, which is faster than indenting each of its lines afterwards.
 */
function stringifiedAt(value, depth) {
    if (depth === 0)
        return JSON.stringify(value, null, 2) ?? 'null';
    let wrapped = value;
    for (let i = 0; i < depth; i++)
        wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    const { head, tail } = wrapperAt(depth);
    return text.slice(head, text.length - tail);
}
const wrappers = [];
function wrapperAt(depth) {
    let known = wrappers[depth];
    if (!known) {
        let probe = 0;
        for (let i = 0; i < depth; i++)
            probe = [probe];
        const text = JSON.stringify(probe, null, 2);
        const head = text.indexOf('0');
        known = { head, tail: text.length - head - 1 };
        wrappers[depth] = known;
    }
    return known;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/report/sarif.ts



// GitHub's scale: over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low.
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    informational: '0.0',
};
/** Code scanning keeps only the top 5,000 results of a run, by severity. */
const MAX_RESULTS_PER_RUN = 5000;
/** Findings \u2192 SARIF 2.1.0 for GitHub code scanning: one run, one result per FAILED or ERROR finding of any account. */
function buildSarif(input) {
    const controls = src_controls/* CONTROLS */.VH.filter((control) => input.controls.includes(control.id));
    const rules = controls.map((control) => ({
        id: control.id,
        name: control.id.replace('.', ''),
        shortDescription: { text: control.title },
        fullDescription: {
            text: `${control.title} (AWS Security Hub control ${control.id}, severity ${control.severity}).`,
        },
        helpUri: control.docUrl,
        help: {
            text: `${control.remediation.text} Verify: ${control.remediation.verify} ${control.remediation.url}`,
            markdown: `**How to fix:** ${control.remediation.text}\n\n**Verify:** \`${control.remediation.verify}\`\n\n[AWS documentation](${control.remediation.url}) \u00b7 [Security Hub ${control.id}](${control.docUrl})`,
        },
        defaultConfiguration: { level: level(control.severity) },
        properties: {
            tags: ['security', 'aws', 'iam', 'mfa'],
            precision: 'very-high',
            'security-severity': SECURITY_SEVERITY[control.severity],
        },
    }));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        // One run for every account (a file may hold at most 20 runs), also where none was read:
        // code scanning reads an empty `runs` as clean, and a failed invocation as not.
        runs: [oneRun(input, rules)],
    };
}
function oneRun(input, rules) {
    const flagged = input.accounts
        .flatMap((account) => account.findings
        .filter((finding) => finding.status === 'FAILED' || finding.status === 'ERROR')
        .map((finding) => ({ finding, account })))
        .sort((a, b) => model/* SEVERITY_RANK */.f3[b.finding.severity] - model/* SEVERITY_RANK */.f3[a.finding.severity]);
    const kept = flagged.slice(0, MAX_RESULTS_PER_RUN);
    const left = flagged.length - kept.length;
    const [only] = input.accounts;
    const category = input.accounts.length === 1 && only
        ? `iam-mfa-audit/${only.partition}/${only.accountId}/`
        : `iam-mfa-audit/${only?.partition ?? 'aws'}/accounts/`;
    return {
        tool: {
            driver: {
                name: 'iam-mfa-audit',
                version: input.version,
                ...(input.informationUri ? { informationUri: input.informationUri } : {}),
                rules,
            },
        },
        automationDetails: { id: category },
        results: kept.map(({ finding, account }) => result(finding, account, rules.findIndex((rule) => rule.id === finding.control), input.workflowPath)),
        invocations: [invocation(input.problems ?? [], left)],
    };
}
/** Whether the run finished, and why not: the problems as errors, a cut result list as a warning. */
function invocation(problems, left) {
    const notifications = [
        ...problems.map((text) => ({ level: 'error', message: { text } })),
        ...(left > 0
            ? [
                {
                    level: 'warning',
                    message: {
                        text: `${left} more findings were left out (code scanning keeps ${MAX_RESULTS_PER_RUN} per run); all are in the JSON report.`,
                    },
                },
            ]
            : []),
    ];
    return {
        executionSuccessful: problems.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
    };
}
function result(finding, account, ruleIndex, workflowPath) {
    const where = (0,model/* accountLabel */._3)(account);
    const text = finding.status === 'ERROR'
        ? `Not judged in account ${where}: ${finding.message}`
        : `${finding.message} Account ${where}.`;
    return {
        ruleId: finding.control,
        ruleIndex,
        level: finding.status === 'ERROR' ? 'error' : level(finding.severity),
        message: { text },
        locations: [
            {
                physicalLocation: { artifactLocation: { uri: workflowPath }, region: { startLine: 1 } },
                logicalLocations: [{ fullyQualifiedName: finding.resource, kind: 'resource' }],
            },
        ],
        // Every result is anchored to line 1 of the same file: this keeps each resource its own alert.
        partialFingerprints: {
            primaryLocationLineHash: fingerprint(finding.control, account.accountId, finding.resource),
        },
        ...(finding.exception
            ? {
                suppressions: [
                    {
                        kind: 'external',
                        status: 'accepted',
                        justification: `${finding.exception.reason} (expires ${finding.exception.expires})`,
                    },
                ],
            }
            : {}),
        properties: {
            status: finding.status,
            severity: finding.severity,
            resource: finding.resource,
            accountId: account.accountId,
        },
    };
}
function fingerprint(control, accountId, resource) {
    return `${(0,external_node_crypto_.createHash)('sha256').update(`${control}\n${accountId}\n${resource}`).digest('hex').slice(0, 32)}:1`;
}
function level(severity) {
    return severity === 'informational' ? 'note' : (0,model/* alertLevel */.j$)(severity);
}

;// CONCATENATED MODULE: ./src/report/evidence-words.ts
/**
 * A finding's evidence as a person reads it: "console password (last used 2026-11-20), no MFA
 * device; confirmed live (iam:ListMFADevices)". `reportAge` says how old the credential report was;
 * without `calls`, the calls are left to the JSON report (a table cell stays narrow).
 */
function evidenceInWords(finding, reportAge, options = {}) {
    const { observed, source, calls, note } = finding.evidence;
    const facts = finding.resourceType === 'AwsIamUser'
        ? userFacts(observed)
        : Object.entries(observed).map(([key, value]) => `${key} ${value}`);
    const where = source === 'live'
        ? `confirmed live${options.calls === false ? '' : ` (${calls.join(', ')})`}`
        : `from the credential report${reportAge ? `, ${reportAge} old` : ''}`;
    return `${facts.join(', ')}; ${where}${note && source === 'live' ? `; ${note}` : ''}`;
}
function userFacts(observed) {
    const facts = [];
    const lastUsed = typeof observed.passwordLastUsed === 'string'
        ? ` (last used ${observed.passwordLastUsed.slice(0, 10)})`
        : '';
    if (observed.consolePassword === true)
        facts.push(`console password${lastUsed}`);
    if (observed.consolePassword === false)
        facts.push('no console password');
    if (observed.mfaActive === true)
        facts.push('MFA device');
    if (observed.mfaActive === false)
        facts.push('no MFA device');
    return facts;
}

;// CONCATENATED MODULE: ./src/report/account-section.ts
// One account's section of the job summary: its facts, the controls table, what fails and how to fix it.







/** Past this many rows a list helps nobody in a summary; the JSON report has every finding. */
const MAX_USER_ROWS = 500;
/** One account's section: its facts, the controls table, then what fails and how to fix it. */
function renderAccountSection(account, context) {
    const name = account.alias
        ? `${code(account.accountId)} (${md(account.alias)})`
        : code(account.accountId);
    const reportAge = account.credentialReportGeneratedAt
        ? ` \u00b7 credential report generated ${account.credentialReportGeneratedAt} (${age(context.now - Date.parse(account.credentialReportGeneratedAt))} old) \u00b7 ${freshness(account)}`
        : '';
    const lines = [
        `### Account ${name}`,
        `Partition ${code(account.partition)} \u00b7 evidence read ${account.readAt}${reportAge}`,
    ];
    const people = (0,outcome_people/* accountPeople */.r)(account);
    const inShort = peopleLine(people);
    if (inShort)
        lines.push(`**In short:** ${md(inShort)}`);
    const rows = controlRows(account, context.controls);
    lines.push(table(['Control', 'Title', 'Severity', 'Status', 'Failing resources'], rows.map((row) => {
        const control = (0,src_controls/* controlById */.Eq)(row.control);
        return [
            markdown_link(row.control, control.docUrl),
            md(control.title),
            control.severity,
            statusMark(row),
            String(row.failing.length),
        ];
    })));
    for (const note of account.notes)
        lines.push(`> ${md(note)}`);
    for (const row of rows) {
        if (row.status === 'ERROR')
            lines.push(errorSection(row));
        if (row.control === 'Cognito.5') {
            const pools = userPoolsSection(account.findings, context.budget);
            if (pools)
                lines.push(pools);
        }
        else if (row.status === 'FAILED' && row.failing[0]?.resourceType === 'AwsAccount')
            lines.push(rootFailureSection(row, account, context));
    }
    if (people.failingUsers.length > 0) {
        lines.push(usersSection(people.failingUsers, people.usersJudged, rows, account, context));
    }
    return lines;
}
/** How fresh the user verdicts are (spec "Fresh evidence for the user controls", rule 5). */
function freshness(account) {
    if (account.reportGeneratedDuringRun)
        return 'the report was generated during this run, so every user verdict is live';
    if (account.userVerdictsLive === false)
        return 'every user verdict was read live during this run, except IAM.5 passes of users the report shows without a console password, which are as old as the report';
    return 'every user verdict was read live during this run (the report only chose which users to ask)';
}
/** "the root user fails IAM.9, IAM.6; 12 of 40 IAM users have no MFA device, 8 of them \u2026". */
function peopleLine(people) {
    const parts = [];
    if (people.rootFailing.length > 0)
        parts.push(`the root user fails ${people.rootFailing.join(', ')}`);
    const failing = people.failingUsers.length;
    if (failing > 0) {
        parts.push(failingUsersPhrase(failing, people.consoleUsers, { of: people.usersJudged }));
    }
    return parts.length > 0 ? `${parts.join('; ')}.` : '';
}
function errorSection(row) {
    const control = (0,src_controls/* controlById */.Eq)(row.control);
    const reasons = row.errors.map((finding) => `- ${md(finding.message)}`).join('\n');
    return `#### \u26a0\ufe0f ${row.control}: ${md(control.title)} could not be judged\n\n${reasons}\n\nThis is not a pass: fix the access and run again.`;
}
function rootFailureSection(row, account, context) {
    const control = (0,src_controls/* controlById */.Eq)(row.control);
    const head = `#### \u274c ${row.control}: ${md(control.title)} (${control.severity})`;
    const evidence = row.failing.map((finding) => `${md(finding.message)}\n\nEvidence: ${md(evidenceInWords(finding, reportAge(account, context)))}`);
    return [head, ...evidence, howToFix(row.control, row.failing[0]?.remediation)].join('\n\n');
}
/**
 * One table of the account's failing IAM users: a row per user, a column per selected user
 * control, so a user who fails IAM.5 and IAM.19 is listed once.
 */
function usersSection(users, judged, rows, account, context) {
    const userRows = rows.filter((row) => (0,src_controls/* controlById */.Eq)(row.control).failingUsers !== undefined);
    const consoleUsers = users.filter((user) => user.consolePassword === true).length;
    const head = `#### \u274c IAM users without MFA: ${md(failingUsersPhrase(users.length, consoleUsers, { of: judged }))}`;
    const listed = [];
    for (const user of users.slice(0, MAX_USER_ROWS)) {
        const cells = [
            codeWithTitle(user.name, user.arn),
            ...userRows.map((row) => userCell(user, row)),
            md(evidenceInWords(mergedEvidence(user), reportAge(account, context), { calls: false })),
        ];
        const size = Buffer.byteLength(cells.join(' | ')) + 6;
        if (size > context.budget.left)
            break;
        context.budget.left -= size;
        listed.push(cells);
    }
    const rest = users.length - listed.length;
    if (rest > 0)
        context.budget.cut = true;
    const more = rest > 0
        ? `\n\n\u2026and ${rest} more, listed in the JSON report; see "Keeping the full list" below for how to keep it after the job.`
        : '';
    const header = [
        'IAM user',
        ...userRows.map((row) => markdown_link(row.control, (0,src_controls/* controlById */.Eq)(row.control).docUrl)),
        'Evidence',
    ];
    const details = `<details${users.length <= 20 ? ' open' : ''}><summary>${iamUsers(users.length)} failing</summary>\n\n\u274c fails the control, \u2705 passes it${userRows.some((row) => row.status === 'ERROR') ? ', \u26a0\ufe0f could not be judged' : ''}${users.some((user) => Object.values(user.byControl).some((f) => f.exception)) ? ', \u2611\ufe0f fails but is accepted by exception' : ''}, \u2014 not decided for this user; hover a name for its ARN.\n\n${table(header, listed)}${more}\n\n</details>`;
    const fixes = userRows
        .filter((row) => row.status === 'FAILED')
        .map((row) => howToFix(row.control));
    return [head, details, ...fixes].join('\n\n');
}
/** A mark, not a word: the name and the evidence keep the table's width (see the legend). */
const USER_CELL = { FAILED: '\u274c', PASSED: '\u2705', ERROR: '\u26a0\ufe0f' };
function userCell(user, row) {
    if (row.status === 'ERROR')
        return USER_CELL.ERROR;
    const finding = user.byControl[row.control];
    // Accepted by exception: still FAILED, but said apart (see "Accepted by exception").
    if (finding?.status === 'FAILED' && finding.exception)
        return '\u2611\ufe0f';
    return (finding && USER_CELL[finding.status]) ?? '\u2014';
}
/** Everything known about a user across its findings, as one piece of evidence. */
function mergedEvidence(user) {
    const findings = Object.values(user.byControl);
    const failed = findings.find((f) => f.status === 'FAILED');
    const observed = Object.assign({}, ...findings.map((f) => f.evidence.observed));
    const calls = [...new Set(findings.flatMap((f) => f.evidence.calls))];
    const live = findings.some((f) => f.evidence.source === 'live');
    const note = findings.map((f) => f.evidence.note).find(Boolean);
    return {
        ...failed,
        evidence: {
            source: live ? 'live' : 'credential-report',
            calls,
            observed,
            ...(note ? { note } : {}),
        },
    };
}
/** The fix: the finding's own where it has one of its own (centralized root access), else the control's. */
function howToFix(id, remediation = (0,src_controls/* controlById */.Eq)(id).remediation) {
    const seeAlso = remediation.seeAlso
        ? ` \u00b7 ${markdown_link(remediation.seeAlso.title, remediation.seeAlso.url)}`
        : '';
    return `**How to fix ${id}:** ${md(remediation.text)} ${markdown_link('AWS documentation', remediation.url)}${seeAlso}\n\n**Verify:** ${code(remediation.verify)}`;
}
function reportAge(account, context) {
    return account.credentialReportGeneratedAt
        ? age(context.now - Date.parse(account.credentialReportGeneratedAt))
        : undefined;
}
function age(ms) {
    const minutes = Math.max(0, Math.round(ms / 60_000));
    if (minutes < 60)
        return `${minutes} min`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

;// CONCATENATED MODULE: ./src/report/changes-summary.ts
// The summary's sections for scheduled runs: accepted by exception, and what changed since the baseline.


const DAY_MS = 86_400_000;
const MAX_ROWS = 100;
/** "Accepted by exception", "Since the last run", and expired or unused exceptions; empty when none apply. */
function changesSections(accounts, changes, now) {
    if (!changes)
        return [];
    const parts = [];
    const excepted = accounts.flatMap((account) => account.findings
        .filter((f) => f.status === 'FAILED' && f.exception)
        .map((finding) => ({ account, finding })));
    if (excepted.length > 0) {
        const critical = excepted.filter((e) => e.finding.severity === 'critical').length;
        parts.push(`### Accepted by exception (${excepted.length})\n\nThese findings still FAIL; an exception accepts them until it expires, so they do not fail the step.${critical > 0 ? ` **${critical} of them ${critical === 1 ? 'is' : 'are'} critical.**` : ''}`, table(['Resource', 'Account', 'Control', 'Severity', 'Reason', 'Expires'], excepted.slice(0, MAX_ROWS).map(({ account, finding }) => {
            const days = Math.floor((Date.parse(`${finding.exception?.expires}T23:59:59Z`) - now) / DAY_MS);
            return [
                code(finding.resource.slice(finding.resource.lastIndexOf('/') + 1)),
                md((0,model/* accountLabel */._3)(account)),
                finding.control,
                finding.severity,
                md(finding.exception?.reason ?? ''),
                `${finding.exception?.expires} (in ${days} day${days === 1 ? '' : 's'})`,
            ];
        })));
    }
    for (const entry of changes.expired)
        parts.push(`> \u26a0\ufe0f The exception for ${code(entry.resource)} (${entry.controls.join(', ')}) expired on ${entry.expires} and no longer applies.`);
    if (changes.unused.length > 0)
        parts.push(`> Unused exceptions (matched no FAILED finding): ${changes.unused.map((e) => `${code(e.resource)} (${e.controls.join(', ')})`).join(', ')}.`);
    const diff = changes.diff;
    if (diff) {
        const name = (f) => code(f.resource.slice(f.resource.lastIndexOf('/') + 1));
        const newLines = diff.new
            .slice(0, MAX_ROWS)
            .map((f) => `- \ud83c\udd95 ${name(f)} ${f.control} ${f.now} in ${f.accountId}`);
        const fixedLines = diff.fixed
            .slice(0, MAX_ROWS)
            .map((f) => `- \u2705 ${name(f)} ${f.control} in ${f.accountId}: ${f.now === 'gone' ? 'gone (no finding now: the resource no longer exists)' : f.now === 'PASSED' ? 'passes now' : 'not applicable now'}`);
        const unknownLines = diff.unknownNow
            .slice(0, MAX_ROWS)
            .map((f) => `- \u2754 ${name(f)} ${f.control} in ${f.accountId}: failed before, unknown now (${md(f.why)})`);
        const longest = accounts
            .flatMap((a) => a.findings)
            .filter((f) => (f.status === 'FAILED' || f.status === 'ERROR') && f.firstSeen)
            .map((f) => ({ f, days: Math.floor((now - Date.parse(f.firstSeen)) / DAY_MS) }))
            .filter((x) => x.days >= 1)
            .sort((a, b) => b.days - a.days)
            .slice(0, 10)
            .map(({ f, days }) => `- ${name(f)} ${f.control}: failing for ${days} day${days === 1 ? '' : 's'} (since ${f.firstSeen.slice(0, 10)})`);
        parts.push(`### Since the last run (${diff.baselineGeneratedAt || 'baseline report'})\n\n**${diff.new.length} new, ${diff.fixed.length} fixed${diff.unknownNow.length > 0 ? `, ${diff.unknownNow.length} unknown now (failed before, not judged in this run)` : ''}.**` +
            (newLines.length > 0 ? `\n\n${newLines.join('\n')}` : '') +
            (fixedLines.length > 0 ? `\n\n${fixedLines.join('\n')}` : '') +
            (unknownLines.length > 0 ? `\n\n${unknownLines.join('\n')}` : '') +
            (longest.length > 0 ? `\n\nFailing the longest:\n\n${longest.join('\n')}` : ''));
    }
    return parts;
}
/** On a pull request: the check reads the live account, not the pull request's code. */
function pullRequestNote(eventName) {
    return eventName === 'pull_request' || eventName === 'pull_request_target'
        ? "> This check reads the live AWS account, not this pull request's code: a finding is fixed by the account's owners (root MFA only by the root user), not by a change here."
        : undefined;
}

;// CONCATENATED MODULE: ./src/report/summary.ts








/** The accounts table's share of the summary: about 2,500 accounts; the rest are counted. */
const ACCOUNTS_TABLE_BUDGET = 250 * 1024;
const DEFAULT_LIST_BUDGET = 700 * 1024;
const UPLOAD_ARTIFACT = 'actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2';
/** Findings \u2192 the job summary: the accounts' verdict, what fail-on made of the step, then each account. */
function renderSummary(input) {
    const opening = input.trigger
        ? triggerSummary(input.trigger, input.now, !input.skipped) + '\n\n'
        : '';
    return opening + renderResults(input);
}
function renderResults(input) {
    const context = {
        controls: input.controls,
        now: input.now,
        budget: { left: input.listBudgetBytes ?? DEFAULT_LIST_BUDGET, cut: false },
    };
    if (!input.setupError && !input.skipped && isManyAccounts(input.accounts))
        return renderManyAccounts(input, context);
    const parts = [headline(input)];
    for (const note of input.runNotes ?? [])
        parts.push(`> ${md(note)}`);
    parts.push(...scheduledSections(input));
    for (const account of input.accounts)
        parts.push(...renderAccountSection(account, context));
    if (context.budget.cut)
        parts.push(keepTheReport(input.runUrl));
    parts.push(footer(input));
    return parts.join('\n\n') + '\n';
}
/**
 * Many accounts: the verdict across them, one row per account (worst first), then each account
 * that fails or was not judged, folded; every part within its share of the size budget.
 */
function renderManyAccounts(input, context) {
    const verdict = organizationHeadline(input.accounts);
    const unfinished = (input.runErrors ?? []).length > 0 && verdict.mark !== '\u274c';
    const mark = unfinished ? '\u26a0\ufe0f' : verdict.mark;
    const word = { '\u2705': 'passed', '\u2611\ufe0f': 'passed', '\u274c': 'failed', '\u26a0\ufe0f': 'incomplete' }[mark];
    const details = verdict.details.map((line) => `- ${md(line)}`).join('\n');
    const parts = [
        `## ${mark} IAM MFA audit ${word}${scopeOf(input)}: ${md(verdict.text)}${details ? `\n\n${details}` : ''}\n\n**${md(input.outcome.stepText)}**`,
    ];
    for (const note of input.runNotes ?? [])
        parts.push(`> ${md(note)}`);
    parts.push(...scheduledSections(input));
    if (input.rootCredentialsManagement !== undefined) {
        parts.push(input.rootCredentialsManagement
            ? '> Centralized root access is on in this Organization: member accounts whose root still has a password are given the fix that needs no root sign-in.'
            : '> Centralized root access is off in this Organization (iam:ListOrganizationsFeatures); turning it on lets root credentials of member accounts be deleted centrally.');
    }
    const sorted = sortWorstFirst(input.accounts, input.controls);
    const tableBudget = { left: ACCOUNTS_TABLE_BUDGET, cut: false };
    parts.push('### Accounts', accountsTable(sorted, input.controls, tableBudget));
    const flagged = sorted.filter((account) => account.status !== 'skipped' &&
        account.findings.some((f) => f.status === 'FAILED' || f.status === 'ERROR'));
    if (flagged.length > 0)
        parts.push('### Accounts that fail or were not judged');
    let shown = 0;
    for (const account of flagged) {
        const folded = foldedAccount(account, account.status === 'not-judged'
            ? [messageBlock(account.findings[0]?.message ?? '')]
            : renderAccountSection(account, context));
        const size = Buffer.byteLength(folded);
        if (size > context.budget.left)
            break;
        context.budget.left -= size;
        parts.push(folded);
        shown += 1;
    }
    if (shown < flagged.length) {
        context.budget.cut = true;
        parts.push(`\u2026and the details of ${flagged.length - shown} more accounts, in the JSON report.`);
    }
    if (context.budget.cut || tableBudget.cut)
        parts.push(keepTheReport(input.runUrl));
    parts.push(footer(input));
    return parts.join('\n\n') + '\n';
}
/** The pull-request note and the exceptions and baseline sections (changes-summary.ts). */
function scheduledSections(input) {
    const note = pullRequestNote(input.eventName);
    return [...(note ? [note] : []), ...changesSections(input.accounts, input.changes, input.now)];
}
/** Where the run covered part of the selection, the headline says which part. */
function scopeOf(input) {
    return input.partOf ? ` (${md(input.partOf)})` : '';
}
/**
 * The headline describes the accounts; the line under it says what fail-on made of the step. \u2705
 * only where every control of every account was judged and passed, and the run finished.
 */
function headline(input) {
    if (input.setupError) {
        return `## \u26a0\ufe0f IAM MFA audit could not run: ${input.setupTitle ?? 'no account was judged'}\n\n${messageBlock(input.setupError)}`;
    }
    const step = md(input.outcome.stepText);
    if (input.skipped)
        return `## \u23ed\ufe0f IAM MFA audit skipped: ${md(input.skipped)}\n\n${step}`;
    const scope = scopeOf(input);
    const flagged = input.accounts.flatMap((account) => account.findings.filter((f) => f.status === 'FAILED' || f.status === 'ERROR'));
    const accepted = flagged.filter((f) => f.status === 'FAILED' && f.exception);
    if (flagged.length === accepted.length) {
        const judged = input.accounts.filter((account) => account.status !== 'skipped');
        if (judged.length === 0 || (input.runErrors ?? []).length > 0) {
            const what = judged.length === 0
                ? 'no account was judged'
                : `${judged.length === 1 ? `every selected control passed on ${md((0,model/* accountLabel */._3)(judged[0]))}` : `every selected control passed on ${judged.length} accounts`}, but the run did not finish`;
            return `## \u26a0\ufe0f IAM MFA audit incomplete${scope}: ${what}\n\n**${step}**`;
        }
        if (accepted.length > 0) {
            const critical = accepted.filter((f) => f.severity === 'critical').length;
            return `## \u2611\ufe0f IAM MFA audit passed${scope} with ${accepted.length} finding${accepted.length === 1 ? '' : 's'} accepted by exception${critical > 0 ? ` (${critical} critical)` : ''}\n\n${step}`;
        }
        const where = judged.map(model/* accountLabel */._3).join(', ');
        return `## \u2705 IAM MFA audit passed${scope}: every selected control passed on ${md(where)}\n\n${step}`;
    }
    const unjudged = flagged.some((f) => f.status === 'ERROR')
        ? unjudgedSentence(input.accounts)
        : '';
    const heading = flagged.some((f) => f.status === 'FAILED' && !f.exception)
        ? `\u274c IAM MFA audit failed${scope}: ${md(failedSentence(input.accounts))}${unjudged ? ` ${md(`C${unjudged.slice(1)}.`)}` : ''}`
        : `\u26a0\ufe0f IAM MFA audit incomplete${scope}: ${md(unjudged)}`;
    return `## ${heading}\n\n**${step}**`;
}
/**
 * The one sentence that matters: the first root failure in its own words, or else how many IAM
 * users fail ("12 IAM users in 123456789012 (prod) have no MFA device, 8 of them can sign in\u2026").
 */
function failedSentence(accounts) {
    const failing = accounts.filter((account) => account.findings.some((f) => f.status === 'FAILED'));
    const [first] = failing;
    if (!first)
        return '';
    const others = failing.length > 1 ? ` (and ${failing.length - 1} more account(s))` : '';
    const root = first.findings.find((f) => f.status === 'FAILED' && f.resourceType === 'AwsAccount');
    if (root)
        return `${root.message.replace(/\.$/, '')}${others}.`;
    const people = (0,outcome_people/* accountPeople */.r)(first);
    return `${failingUsersPhrase(people.failingUsers.length, people.consoleUsers, {
        where: ` in ${(0,model/* accountLabel */._3)(first)}`,
    })}${others}.`;
}
function unjudgedSentence(accounts) {
    const parts = accounts.flatMap((account) => {
        const controls = [
            ...new Set(account.findings.filter((f) => f.status === 'ERROR').map((f) => f.control)),
        ];
        return controls.length > 0 ? [`${controls.join(', ')} on ${(0,model/* accountLabel */._3)(account)}`] : [];
    });
    return `could not judge ${parts.join('; ')}`;
}
/** Where a cut list's rest is: the JSON report, which the runner deletes unless it is uploaded. */
function keepTheReport(runUrl) {
    const yaml = [
        '- id: audit',
        '  uses: iam-mfa-audit/iam-mfa-audit@v0',
        '  # with: \u2026',
        '- if: always()',
        `  uses: ${UPLOAD_ARTIFACT}`,
        '  with:',
        '    name: iam-mfa-audit',
        '    path: ${{ steps.audit.outputs.report-path }}',
    ].join('\n');
    const artifacts = runUrl
        ? ` Where the workflow does this, the report is among ${markdown_link("this run's artifacts", `${runUrl}#artifacts`)}.`
        : '';
    return `#### Keeping the full list\n\nThe JSON report lists every finding, but it is written under the runner's temporary folder, which is deleted with the job. Keep it with the step's ${code('report-path')} output and an upload step:\n\n${codeBlock(yaml, 'yaml')}\n\n${artifacts.trim()}`.trimEnd();
}
function footer(input) {
    const role = input.roleToAssume ? code(input.roleToAssume) : 'credentials from the environment';
    const parts = [`iam-mfa-audit ${md(input.version)}`];
    if (!input.setupError || input.roleToAssume)
        parts.push(`role ${role}`);
    if (input.controls.length > 0)
        parts.push(`controls ${input.controls.join(', ')}`);
    parts.push(`fail-on ${input.failOn}`);
    const readAt = input.accounts.map((account) => account.readAt).sort();
    const first = readAt[0];
    const last = readAt[readAt.length - 1];
    parts.push(!first
        ? 'no evidence read'
        : first === last
            ? `evidence read ${first}`
            : `evidence read ${first} to ${last}`);
    parts.push(`JSON report ${code(input.reportPath)}`);
    return `<sub>${parts.join(' \u00b7 ')}</sub>`;
}

;// CONCATENATED MODULE: ./src/report/writers.ts












/** The least time the reports get, even where the audit used all of timeout-seconds. */
const MIN_WRITE_MS = 15_000;
/**
 * Writes every result of the run, each write bounded by `writeMs` (a path that never answers, such
 * as one under /proc, fails naming the path). A report file that cannot be written fails the step,
 * and the summary, the annotations and the outputs say so as the exit code does.
 */
async function writeReports(record, redactor, writeMs = MIN_WRITE_MS) {
    const { accounts, controls, context } = record;
    // Each write has its own bound: one path that hangs does not take the others' time.
    const deadline = () => new runtime_deadline/* Deadline */.B2(writeMs / 1000, Date.now, `the reports' time ran out (${Math.round(writeMs / 1000)} s)`);
    const fileErrors = [];
    // Why the run did not finish, where it did not: the JSON report's errors and SARIF's notifications.
    const problems = [...(record.setupError ? [record.setupError] : []), ...record.runErrors];
    const jsonError = await writeJsonFile(record.reportPath, buildJsonReport({
        ...record,
        generatedAt: new Date(record.now).toISOString(),
        run: context.run,
        errors: problems,
    }), 'JSON report', 'report-path', redactor, deadline());
    if (jsonError)
        fileErrors.push(jsonError);
    if (record.sarifPath) {
        const sarif = buildSarif({
            accounts,
            controls,
            version: record.version,
            workflowPath: context.workflowPath,
            informationUri: context.actionUrl,
            problems,
        });
        const sarifError = await writeJsonFile(record.sarifPath, sarif, 'SARIF file', 'sarif-path', redactor, deadline());
        if (sarifError)
            fileErrors.push(sarifError);
    }
    const outcome = (0,outcome_outcome/* withRunProblems */.UG)(record.outcome, fileErrors);
    const told = {
        ...record,
        outcome,
        runNotes: [...record.runNotes, ...fileErrors],
        runErrors: [...record.runErrors, ...fileErrors],
    };
    const summaryWritten = await writeSummary(redactor.redact(renderSummary({ ...told, runUrl: context.run?.url, eventName: context.eventName })), deadline());
    for (const annotation of buildAnnotations(accounts, controls, outcome.result === 'failed', triggerAnnotations(record.trigger))) {
        const properties = { title: redactor.redact(annotation.title) };
        const message = redactor.redact(annotation.message);
        if (annotation.level === 'error')
            core/* error */.z3(message, properties);
        else
            core/* warning */.$e(message, properties);
    }
    for (const [name, value] of Object.entries(stepOutputs(told)))
        core/* setOutput */.uH(name, value);
    return {
        reportError: fileErrors.length > 0 ? fileErrors.join(' ') : undefined,
        summaryWritten,
        outcome,
    };
}
/** Writes one JSON file; returns why it could not, naming the input that sets its path. */
async function writeJsonFile(file, content, what, input, redactor, deadline) {
    try {
        await deadline.race(writeJson(file, content, redactor), `writing ${file}`);
        core/* info */.pq(`${what}: ${file}`);
        return undefined;
    }
    catch (error) {
        return `Could not write the ${what} to ${file} (${error.message}); set ${input} to a writable file.`;
    }
}
async function writeJson(file, content, redactor) {
    await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
    const handle = await (0,promises_.open)(file, 'w');
    try {
        // Piece by piece: a secret lies inside one JSON value, so each piece is redacted whole.
        // The next piece is made while the last is written; one write at a time keeps their order.
        let writing = Promise.resolve();
        for (const chunk of jsonChunks(content)) {
            const text = redactor.redact(chunk);
            await writing;
            writing = handle.write(text);
        }
        await writing;
        await handle.write('\n');
    }
    finally {
        await handle.close();
    }
}
/**
 * The job summary, where the runner offers one. Without it (a self-hosted runner that lacks it, a
 * local run) the step warns and goes on: every other report is still written. Returns whether it was.
 */
async function writeSummary(markdown, deadline) {
    try {
        await deadline.race(core/* summary */.z.addRaw(markdown).write(), `writing the job summary (${process.env.GITHUB_STEP_SUMMARY ?? 'GITHUB_STEP_SUMMARY'})`);
        return true;
    }
    catch (error) {
        core/* summary */.z.emptyBuffer();
        core/* warning */.$e(`No job summary written: ${error.message} The JSON report, the annotations and the outputs still are; the summary follows in the log.`);
        core/* startGroup */.Oh('Job summary');
        core/* info */.pq(markdown);
        core/* endGroup */.N4();
        return false;
    }
}


/***/ }),

/***/ 6696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The action's version; a test keeps it equal to package.json's. */
const VERSION = '0.1.0';


/***/ })

};
