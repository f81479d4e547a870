export const id = 954;
export const ids = [954];
export const modules = {

/***/ 1954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CONFIG: () => (/* binding */ DEFAULT_CONFIG),
/* harmony export */   DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   DEFAULT_MARGIN: () => (/* binding */ DEFAULT_MARGIN),
/* harmony export */   DEFAULT_MAX_FILE_SIZE: () => (/* binding */ DEFAULT_MAX_FILE_SIZE)
/* harmony export */ });
const DEFAULT_CONFIG_PATH = ".github/ml-framework-audit.yml";
const DEFAULT_MARGIN = 10;
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
const DEFAULT_CONFIG = Object.freeze({
    priorities: {},
    targets: [],
    margin: DEFAULT_MARGIN,
    policy: { forbiddenFeatures: [], forbiddenPackages: [] },
    include: [],
    exclude: [],
    ignore: [],
    overrides: [],
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
});


/***/ })

};
