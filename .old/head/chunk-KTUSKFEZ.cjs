'use strict';

// src/model/theme.ts
var THEME_FORMAT = "tongban/theme@1";

exports.THEME_FORMAT = THEME_FORMAT;
//# sourceMappingURL=chunk-KTUSKFEZ.cjs.map
//# sourceMappingURL=chunk-KTUSKFEZ.cjs.map