export const id = 649;
export const ids = [649];
export const modules = {

/***/ 9649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportInvalidInputs: () => (/* binding */ reportInvalidInputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8298);
/* harmony import */ var _finish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8533);
/* harmony import */ var _inputs_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6183);
/* harmony import */ var _inputs_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5722);
/* harmony import */ var _inputs_trigger_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9837);
/* harmony import */ var _outcome_outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8416);
/* harmony import */ var _report_writers_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4347);
/* harmony import */ var _runtime_redact_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5259);
/* harmony import */ var _runtime_version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6696);









/**
 * Invalid inputs: no AWS call, but every report is still written (the JSON report with the error,
 * the summary, the outputs), so that an `if: always()` upload step has something to upload.
 */
async function reportInvalidInputs(raw, error, deps) {
    const paths = (0,_inputs_config_js__WEBPACK_IMPORTED_MODULE_2__/* .outputPaths */ .uk)(raw, deps.env);
    const runNotes = [];
    if (paths.reportPathFellBack) {
        runNotes.push(`report-path is invalid, so the JSON report was written to the default path, ${paths.reportPath}.`);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(runNotes[0]);
    }
    const failOnInput = raw['fail-on'].trim();
    const failOn = _inputs_config_js__WEBPACK_IMPORTED_MODULE_2__/* .FAIL_ON_LEVELS */ .D.includes(failOnInput)
        ? failOnInput
        : 'critical';
    const written = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Reports', () => (0,_report_writers_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReports */ .Li)({
        version: _runtime_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x,
        now: deps.now(),
        context: (0,_inputs_context_js__WEBPACK_IMPORTED_MODULE_3__/* .runContext */ .pO)(deps.env),
        controls: [],
        failOn,
        reportPath: paths.reportPath,
        sarifPath: paths.sarifPath,
        accounts: [],
        outcome: (0,_outcome_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .setupFailure */ .AF)(error.message),
        setupError: error.message,
        setupTitle: error instanceof _inputs_trigger_js__WEBPACK_IMPORTED_MODULE_4__/* .TriggerError */ .dT
            ? 'the dispatch payload is invalid'
            : 'the inputs are invalid',
        runNotes,
        runErrors: [],
    }, new _runtime_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .Redactor */ .p()));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_finish_js__WEBPACK_IMPORTED_MODULE_1__/* .withPointer */ .U)(written.outcome.failureMessage ?? error.message, written));
}


/***/ })

};
