export const id = 86;
export const ids = [86];
export const modules = {

/***/ 9086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 17 modules
var core = __webpack_require__(8298);
// EXTERNAL MODULE: ./src/finish.ts + 6 modules
var finish = __webpack_require__(8533);
// EXTERNAL MODULE: ./src/inputs/context.ts
var context = __webpack_require__(5722);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
// EXTERNAL MODULE: ./src/model.ts
var model = __webpack_require__(182);
// EXTERNAL MODULE: ./src/report/json-format.ts
var json_format = __webpack_require__(9968);
// EXTERNAL MODULE: ./src/report/json-reader.ts
var json_reader = __webpack_require__(4140);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/merge/file-reader.ts

/**
 * Reads file after file into one buffer, decoded once (reading with an encoding decodes chunk by
 * chunk). A fresh buffer of megabytes per report is freed late and leaves the process's memory
 * fragmented: a merge of a hundred reports would hold several of them at its peak.
 */
class FileReader {
    buffer = Buffer.alloc(0);
    async text(file) {
        const handle = await (0,promises_.open)(file, 'r');
        try {
            const { size } = await handle.stat();
            if (this.buffer.length < size + 1)
                this.buffer = Buffer.allocUnsafe(size + 1);
            let length = 0;
            // Read to the end, past the size stat gave: a file still being written is not cut short.
            for (;;) {
                if (length === this.buffer.length) {
                    const larger = Buffer.allocUnsafe(this.buffer.length * 2);
                    this.buffer.copy(larger);
                    this.buffer = larger;
                }
                const { bytesRead } = await handle.read(this.buffer, length, this.buffer.length - length);
                if (bytesRead === 0)
                    break;
                length += bytesRead;
            }
            return this.buffer.toString('utf8', 0, length);
        }
        finally {
            await handle.close();
        }
    }
}

;// CONCATENATED MODULE: ./src/merge/lean-findings.ts
/**
 * Reports repeat each control's title and fix, and a passing user's evidence, in every finding;
 * parsed, each copy is an object of its own. Sharing one copy keeps a merge of thousands of
 * accounts within memory. The parsed findings are the merge's own, so they are changed in place.
 */
class Interner {
    /** Past this many distinct values (evidence that names a user's dates), new ones are not kept. */
    static MAX_VALUES = 10_000;
    values = new Map();
    texts = new Map();
    text(value) {
        const known = this.texts.get(value);
        if (known !== undefined)
            return known;
        if (this.texts.size < Interner.MAX_VALUES)
            this.texts.set(value, value);
        return value;
    }
    /** The value shared last for each control: the next finding's is most often the same. */
    last = new Map();
    shared(value, slot) {
        const last = this.last.get(slot);
        if (last !== undefined && sameJson(last, value))
            return last;
        const known = this.known(value);
        this.last.set(slot, known);
        return known;
    }
    known(value) {
        const key = JSON.stringify(value);
        const known = this.values.get(key);
        if (known !== undefined)
            return known;
        if (this.values.size < Interner.MAX_VALUES)
            this.values.set(key, value);
        return value;
    }
    account(account) {
        const { evidenceReadAt, credentialReportGeneratedAt, findings, ...rest } = account;
        // A user's findings of IAM.5 and IAM.19 repeat its ARN, and mostly its message; the root's
        // messages are the same in every account.
        const inAccount = new Map();
        const local = (value) => {
            const known = inAccount.get(value);
            if (known !== undefined)
                return known;
            inAccount.set(value, value);
            return value;
        };
        for (const finding of findings) {
            finding.title = this.text(finding.title);
            // JSON.parse makes a string of each "AwsIamUser": 400,000 of them in a merge of 10,000 accounts.
            finding.resourceType = this.text(finding.resourceType);
            finding.control = this.text(finding.control);
            finding.status = this.text(finding.status);
            finding.severity = this.text(finding.severity);
            finding.resource = local(finding.resource);
            finding.message =
                finding.resourceType === 'AwsAccount' ? this.text(finding.message) : local(finding.message);
            finding.remediation = this.shared(finding.remediation, `${finding.control} remediation`);
            finding.evidence = this.shared(finding.evidence, `${finding.control} ${finding.status} evidence`);
        }
        return {
            ...rest,
            readAt: evidenceReadAt,
            ...(credentialReportGeneratedAt ? { credentialReportGeneratedAt } : {}),
            findings: findings.map((finding) => this.passing.compact(finding)),
        };
    }
    passing = new PassingFindings();
}
const SHAPED_KEYS = [
    'control',
    'title',
    'severity',
    'status',
    'resourceType',
    'resource',
    'message',
    'evidence',
    'remediation',
];
/**
 * Passing findings, the most of a merge (380,000 of 430,000 at 10,000 accounts), each held as its
 * resource and message on a prototype that all findings of the same control, status, evidence and
 * fix share, and that writes them back in their keys' order (toJSON). Nothing changes a passing
 * finding afterwards: exceptions and the baseline copy only FAILED and ERROR findings.
 */
class PassingFindings {
    shapes = new Map();
    ids = new Map();
    compact(finding) {
        if (finding.status !== 'PASSED' && finding.status !== 'NOT_APPLICABLE')
            return finding;
        const keys = Object.keys(finding);
        if (keys.length !== SHAPED_KEYS.length || keys.some((key, i) => key !== SHAPED_KEYS[i]))
            return finding;
        const { control, title, severity, status, resourceType, evidence, remediation } = finding;
        const key = [
            control,
            status,
            severity,
            resourceType,
            title,
            this.id(evidence),
            this.id(remediation),
        ].join('\n');
        let shape = this.shapes.get(key);
        if (!shape) {
            shape = { control, title, severity, status, resourceType, evidence, remediation };
            Object.defineProperty(shape, 'toJSON', {
                value() {
                    return Object.fromEntries(SHAPED_KEYS.map((name) => [name, this[name]]));
                },
            });
            this.shapes.set(key, shape);
        }
        const compact = Object.create(shape);
        compact.resource = finding.resource;
        compact.message = finding.message;
        return compact;
    }
    id(value) {
        let id = this.ids.get(value);
        if (id === undefined) {
            id = this.ids.size;
            this.ids.set(value, id);
        }
        return id;
    }
}
/** Whether two parsed JSON values would stringify the same (keys in the same order). */
function sameJson(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    const aKeys = Object.keys(a);
    const bKeys = Object.keys(b);
    if (aKeys.length !== bKeys.length)
        return false;
    for (let i = 0; i < aKeys.length; i++) {
        const key = aKeys[i];
        if (key !== bKeys[i])
            return false;
        if (!sameJson(a[key], b[key]))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/merge/merge-shards.ts







/** The run a report was written in: repository and run id (a re-run keeps both, raising the attempt). */
function runOf(run) {
    return typeof run?.repository === 'string' && typeof run.runId === 'number'
        ? `${run.repository} run ${run.runId}`
        : undefined;
}
const COMPLETED = ['passed', 'failed', 'incomplete'];
async function mergeShardReports(pattern, workspace, 
/** The merge job's own run: shards of any other run are strangers. */
ownRun) {
    const files = (await (0,dist/* glob */.TI)(pattern, { cwd: workspace, absolute: true, onlyFiles: true })).sort();
    const merged = { accounts: [], controls: [], files: files.length, problems: [] };
    if (files.length === 0) {
        merged.problems.push(`merge-reports "${pattern}" matched no file under ${workspace}: download the shards' reports first (actions/download-artifact with pattern and merge-multiple: true).`);
        return merged;
    }
    const shards = new Map();
    const seenAccounts = new Map();
    const intern = new Interner();
    const reader = new FileReader();
    let count;
    let controls;
    let run = runOf(ownRun);
    const failed = new Set();
    const selections = new Map();
    for (const file of files) {
        const name = external_node_path_default().relative(workspace, file) || file;
        let report;
        try {
            report = (0,json_reader/* readJsonReport */.N)(await reader.text(file), [json_format/* SCHEMA_VERSION */.f$]);
        }
        catch (error) {
            merged.problems.push(readProblem(name, error));
            continue;
        }
        const problem = shardProblem(report);
        if (problem) {
            merged.problems.push(`${name} ${problem}`);
            continue;
        }
        const shard = report.shard;
        const itsRun = runOf(report.run);
        run ??= itsRun;
        if (itsRun !== run) {
            merged.problems.push(`${name} (shard ${shard.index} of ${shard.count}) is from ${itsRun ?? 'no workflow run'}${typeof report.generatedAt === 'string' ? `, generated ${report.generatedAt}` : ''}, not ${run ?? "no workflow run (the first report's)"}: the merge takes the shards of one run only. Download only this run's reports (actions/download-artifact without run-id), and clear the folder of older ones.`);
            continue;
        }
        count ??= shard.count;
        if (shard.count !== count) {
            merged.problems.push(`${name} is shard ${shard.index} of ${shard.count}, but other reports are of ${count} shards: merge one matrix at a time.`);
            continue;
        }
        if (shards.has(shard.index)) {
            merged.problems.push(`shard ${shard.index} of ${count} appears twice (${shards.get(shard.index)} and ${name}).`);
            continue;
        }
        shards.set(shard.index, name);
        const failure = shardFailure(report);
        if (failure) {
            failed.add(shard.index);
            merged.problems.push(`${name} (shard ${shard.index} of ${shard.count}) could not complete: ${failure} Its accounts are not all judged; re-run that matrix job, then the merge.`);
        }
        const selection = report.shard?.selection;
        if (typeof selection?.digest === 'string' && typeof selection.accounts === 'number') {
            const key = `${selection.accounts} ${selection.digest}`;
            const entry = selections.get(key) ?? { accounts: selection.accounts, shards: [] };
            entry.shards.push(shard.index);
            selections.set(key, entry);
        }
        else if (!failure) {
            merged.problems.push(`${name} (shard ${shard.index} of ${shard.count}) does not record the account list it sliced, so the merge cannot tell whether every account is in some shard; re-run the shards with this version.`);
        }
        const controlList = JSON.stringify(report.controls);
        controls ??= controlList;
        if (controlList !== controls) {
            merged.problems.push(`${name} decided the controls ${report.controls.join(', ')}, other shards ${JSON.parse(controls).join(', ')}: give every shard the same controls input.`);
        }
        const flag = report.organization?.rootCredentialsManagement;
        if (typeof flag === 'boolean')
            merged.rootCredentialsManagement ??= flag;
        for (const account of report.accounts) {
            const earlier = seenAccounts.get(account.accountId);
            if (earlier) {
                merged.problems.push(`account ${account.accountId} was audited twice (${earlier} and ${name}); its findings are counted once.`);
                continue;
            }
            seenAccounts.set(account.accountId, name);
            merged.accounts.push(intern.account(account));
        }
    }
    if (selections.size > 1) {
        const seen = [...selections.values()]
            .map((entry) => `${shardsNamed(entry.shards)} sliced ${entry.accounts} accounts`)
            .join('; ');
        merged.problems.push(`the shards saw different account lists (${seen}): an account was created, closed or moved between their discoveries, so an account may be in no slice or in two. Re-run the whole matrix, then the merge.`);
    }
    if (count !== undefined) {
        const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.has(i));
        if (missing.length > 0) {
            merged.problems.push(`${shardsNamed(missing)} of ${count} ${missing.length > 1 ? 'are' : 'is'} missing: ${missing.length > 1 ? 'their' : 'its'} accounts were never audited, so the Organization is not judged. Re-run the failed matrix jobs, then the merge.`);
        }
        const [selection] = selections.size === 1 ? [...selections.values()] : [];
        if (missing.length > 0 || failed.size > 0) {
            const notAudited = selection
                ? `: ${Math.max(0, selection.accounts - merged.accounts.length)} of ${selection.accounts} accounts not audited`
                : '';
            const failedShards = [...failed].sort((a, b) => a - b);
            merged.partOf =
                [
                    missing.length > 0 ? `${shardsNamed(missing)} of ${count} missing` : '',
                    failed.size > 0 ? `${shardsNamed(failedShards)} of ${count} failed` : '',
                ]
                    .filter(Boolean)
                    .join(', ') + notAudited;
        }
    }
    merged.controls = controls ? JSON.parse(controls) : [...model/* DEFAULT_CONTROL_IDS */.HT];
    merged.accounts.sort((a, b) => a.accountId.localeCompare(b.accountId));
    return merged;
}
/** Why a file could not be merged, naming it. */
function readProblem(name, error) {
    if (!(error instanceof json_reader/* ReportReadError */.r) || error.kind === 'json')
        return `${name} is not a readable JSON report (${error.message}).`;
    const rerun = error.kind === 'version' ? ' (re-run the shards with the same version of the action)' : '';
    return `${name} is not a report of iam-mfa-audit that this version merges: ${error.message}${rerun}.`;
}
/** `shard 2` or `shards 2, 4`. */
function shardsNamed(indexes) {
    return `shard${indexes.length > 1 ? 's' : ''} ${indexes.join(', ')}`;
}
/** Why a shard's own run did not complete: its errors, or a result no completed run has. */
function shardFailure(report) {
    const errors = Array.isArray(report.errors)
        ? report.errors.filter((e) => typeof e === 'string')
        : [];
    if (errors.length > 0)
        return errors.join(' ');
    if (!Array.isArray(report.errors))
        return 'its report has no errors list: it is cut short.';
    const result = report.totals?.result;
    if (typeof result !== 'string' || !COMPLETED.includes(result))
        return `its result is ${JSON.stringify(result) ?? 'missing'}, not one a completed run has.`;
    return undefined;
}
/** What a report of this tool lacks to be one shard of a matrix. */
function shardProblem(report) {
    if (!report.shard ||
        !Number.isInteger(report.shard.index) ||
        !Number.isInteger(report.shard.count))
        return 'is not a shard report (it has no shard): run the audit jobs with the shard input.';
    if (!Array.isArray(report.controls))
        return 'has no controls list: it is cut short or not a report.';
    const unknown = report.controls.filter((id) => !model/* CONTROL_IDS */.LG.includes(id));
    if (unknown.length > 0)
        return `names controls this version does not know: ${unknown.join(', ')}.`;
    return undefined;
}

// EXTERNAL MODULE: ./src/runtime/deadline.ts
var runtime_deadline = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/runtime/heap-settings.ts
var heap_settings = __webpack_require__(6939);
// EXTERNAL MODULE: ./src/runtime/redact.ts
var redact = __webpack_require__(5259);
// EXTERNAL MODULE: ./src/modes/actions-log.ts
var actions_log = __webpack_require__(8180);
;// CONCATENATED MODULE: ./src/modes/merge.ts








/** The shards' reports \u2192 one summary, annotations, outputs, SARIF and JSON report; no AWS call. */
async function runMerge(config, pattern, deps) {
    const workspace = deps.env.GITHUB_WORKSPACE || process.cwd();
    const deadline = new runtime_deadline/* Deadline */.B2(config.timeoutSeconds, deps.now);
    const merged = await core/* group */.Os('Merging shard reports', async () => {
        (0,heap_settings/* collectBeforeHeapDoubles */.g4)();
        const result = await mergeShardReports(pattern, workspace, (0,context/* runInfo */.Q6)(deps.env));
        core/* info */.pq(`${result.files} report(s), ${result.accounts.length} account(s).`);
        for (const problem of result.problems)
            core/* error */.z3(problem, { title: 'Merging shard reports' });
        return result;
    });
    await (0,finish.finish)(config, {
        accounts: merged.accounts,
        rootCredentialsManagement: merged.rootCredentialsManagement,
        runProblems: merged.problems,
        controls: merged.controls,
        partOf: merged.partOf,
        deadline,
    }, new redact/* Redactor */.p(), deps, actions_log/* actionsLog */._);
}


/***/ })

};
