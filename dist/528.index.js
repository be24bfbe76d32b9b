export const id = 528;
export const ids = [528];
export const modules = {

/***/ 2528:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardReports: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(182);
/* harmony import */ var _report_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2794);





async function mergeShardReports(pattern, workspace) {
    const files = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(pattern, { cwd: workspace, absolute: true, onlyFiles: true })).sort();
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
    for (const file of files) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, file) || file;
        let report;
        try {
            report = JSON.parse(await reader.text(file));
        }
        catch (error) {
            merged.problems.push(`${name} is not a readable JSON report (${error.message}).`);
            continue;
        }
        const problem = reportProblem(report);
        if (problem) {
            merged.problems.push(`${name} ${problem}`);
            continue;
        }
        const shard = report.shard;
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
    if (count !== undefined) {
        const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.has(i));
        if (missing.length > 0) {
            merged.problems.push(`shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${count} ${missing.length > 1 ? 'are' : 'is'} missing: ${missing.length > 1 ? 'their' : 'its'} accounts were never audited, so the Organization is not judged. Re-run the failed matrix jobs, then the merge.`);
        }
    }
    merged.controls = controls ? JSON.parse(controls) : [..._model_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTROL_IDS */ .LG];
    merged.accounts.sort((a, b) => a.accountId.localeCompare(b.accountId));
    return merged;
}
function reportProblem(report) {
    if (report?.tool?.name !== 'iam-mfa-audit')
        return 'is not a report of iam-mfa-audit.';
    if (report.schemaVersion !== _report_json_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f)
        return `has schema version ${String(report.schemaVersion)}; this version of the action merges version ${_report_json_js__WEBPACK_IMPORTED_MODULE_4__/* .SCHEMA_VERSION */ .f} (re-run the shards with the same version).`;
    if (!report.shard ||
        !Number.isInteger(report.shard.index) ||
        !Number.isInteger(report.shard.count))
        return 'is not a shard report (it has no shard): run the audit jobs with the shard input.';
    if (!Array.isArray(report.accounts) || !Array.isArray(report.controls))
        return 'has no accounts or controls list: it is cut short or not a report.';
    const unknown = report.controls.filter((id) => !_model_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTROL_IDS */ .LG.includes(id));
    if (unknown.length > 0)
        return `names controls this version does not know: ${unknown.join(', ')}.`;
    return undefined;
}
/**
 * Reads file after file into one buffer, decoded once (reading with an encoding decodes chunk by
 * chunk). A fresh buffer of megabytes per report is freed late and leaves the process's memory
 * fragmented: a merge of a hundred reports would hold several of them at its peak.
 */
class FileReader {
    buffer = Buffer.alloc(0);
    async text(file) {
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
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


/***/ }),

/***/ 2794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ buildJsonReport),
/* harmony export */   f: () => (/* binding */ SCHEMA_VERSION)
/* harmony export */ });
/* harmony import */ var _trigger_summary_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9087);

/**
 * 2: accounts[] holds every account of the run, each with its `status` (audited, not-judged,
 * skipped); a skipped account has no findings, so readers must not take it for a clean one.
 */
const SCHEMA_VERSION = 2;
/** Findings \u2192 the JSON report (schemaVersion 2): the record a scheduled audit keeps. */
function buildJsonReport(input) {
    const byStatus = { PASSED: 0, FAILED: 0, NOT_APPLICABLE: 0, ERROR: 0 };
    for (const account of input.accounts) {
        for (const finding of account.findings)
            byStatus[finding.status] += 1;
    }
    return {
        schemaVersion: SCHEMA_VERSION,
        tool: { name: 'iam-mfa-audit', version: input.version },
        generatedAt: input.generatedAt,
        ...(input.run ? { run: input.run } : {}),
        ...(input.trigger
            ? { trigger: (0,_trigger_summary_js__WEBPACK_IMPORTED_MODULE_0__/* .triggerRecord */ .G5)(input.trigger, Date.parse(input.generatedAt)) }
            : {}),
        controls: input.controls,
        ...(input.shard ? { shard: input.shard } : {}),
        ...(input.rootCredentialsManagement !== undefined
            ? { organization: { rootCredentialsManagement: input.rootCredentialsManagement } }
            : {}),
        // By account id: a merge of shards then reads exactly as one run over every account.
        accounts: [...input.accounts].sort(byAccountId).map((account) => ({
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
        ...changesFields(input.changes),
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
function changesFields(changes) {
    if (!changes)
        return {};
    const entry = ({ position, ...rest }) => ({
        entry: position,
        ...rest,
    });
    return {
        exceptions: {
            excepted: changes.excepted,
            unused: changes.unused.map(entry),
            expired: changes.expired.map(entry),
        },
        ...(changes.diff ? { sinceBaseline: changes.diff } : {}),
    };
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Pv: () => (/* binding */ messageBlock),
/* harmony export */   UG: () => (/* binding */ codeWithTitle),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
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
function link(text, url) {
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
        blocks.push(line.startsWith('- ') ? `- ${md(line.slice(2))}` : md(line));
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


/***/ }),

/***/ 9087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ triggerRecord),
/* harmony export */   dU: () => (/* binding */ triggerSummary),
/* harmony export */   fg: () => (/* binding */ triggerAnnotations)
/* harmony export */ });
/* unused harmony export changeAge */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);

/** The change's age at the audit, in words; undefined without a valid event time. */
function changeAge(trigger, now) {
    const at = trigger.time ? Date.parse(trigger.time) : NaN;
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
function triggerSummary(trigger, now) {
    const who = trigger.user
        ? `IAM user ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.user)}`
        : isRootSignIn(trigger) || trigger.event !== 'ConsoleLogin'
            ? 'the root user'
            : 'a principal';
    const parts = [`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.event)} on ${who} in account ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.account)}`];
    if (trigger.actor)
        parts.push(`by ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.actor)}`);
    if (trigger.time) {
        const age = changeAge(trigger, now);
        parts.push(`at ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.time)}${age ? ` (${age})` : ''}`);
    }
    const lines = [`**Triggered by a change:** ${parts.join(', ')}.`];
    const details = [];
    if (trigger.eventId)
        details.push(`CloudTrail event id ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.eventId)}`);
    if (trigger.region)
        details.push(`region ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.region)}`);
    if (trigger.event === 'ConsoleLogin')
        details.push(`MFA used: ${mfaWords(trigger)}`);
    if (trigger.user)
        details.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(trigger.user)} was checked live, whatever the credential report says`);
    if (details.length > 0)
        lines.push(`${details.join('; ')}.`);
    return lines.join('\n');
}
/** The JSON report's `trigger`: the validated payload, with the change's age at the audit. */
function triggerRecord(trigger, now) {
    const at = trigger.time ? Date.parse(trigger.time) : NaN;
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
            message: `root signed in at ${trigger.time ?? 'an unknown time'}, MFA used: ${mfaWords(trigger)} (account ${trigger.account}${trigger.eventId ? `, CloudTrail event ${trigger.eventId}` : ''}).`,
        },
    ];
}


/***/ })

};
