// src/model/theme.ts
var THEME_FORMAT = "tongban/theme@1";

export { THEME_FORMAT };
//# sourceMappingURL=chunk-D5TUDBVO.js.map
//# sourceMappingURL=chunk-D5TUDBVO.js.map