export const id = 107;
export const ids = [107];
export const modules = {

/***/ 9107:
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
    let count;
    let controls;
    for (const file of files) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, file) || file;
        let report;
        try {
            report = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
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
 * Reports repeat each control's title and fix in every finding; parsed, each copy is an object of
 * its own. Sharing one copy keeps a merge of thousands of accounts within memory.
 */
class Interner {
    values = new Map();
    shared(value) {
        const key = JSON.stringify(value);
        const known = this.values.get(key);
        if (known !== undefined)
            return known;
        this.values.set(key, value);
        return value;
    }
    account(account) {
        const { evidenceReadAt, credentialReportGeneratedAt, findings, ...rest } = account;
        return {
            ...rest,
            readAt: evidenceReadAt,
            ...(credentialReportGeneratedAt ? { credentialReportGeneratedAt } : {}),
            findings: findings.map((finding) => ({
                ...finding,
                title: this.shared(finding.title),
                remediation: this.shared(finding.remediation),
            })),
        };
    }
}


/***/ })

};
