export const id = 80;
export const ids = [80];
export const modules = {

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readManagementAccount: () => (/* binding */ readManagementAccount)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2503);
/* harmony import */ var _call_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7770);


/**
 * The Organization's management account (DescribeOrganization's MasterAccountId), which no root
 * session can target; undefined, with what went wrong, where it cannot be read.
 */
async function readManagementAccount(organizations, limit) {
    try {
        const out = await limit.race(organizations.send(new _aws_sdk_client_organizations__WEBPACK_IMPORTED_MODULE_1__/* .DescribeOrganizationCommand */ .ov$({})), 'organizations:DescribeOrganization');
        return { accountId: out.Organization?.MasterAccountId };
    }
    catch (error) {
        return {
            note: `organizations:DescribeOrganization failed with ${(0,_call_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error)}; which account is the management account is not known, so a root session is tried in every member (AWS refuses the management account, whose root is then decided in-account)`,
        };
    }
}


/***/ })

};
