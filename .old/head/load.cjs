'use strict';

var chunkBUJCVMAK_cjs = require('./chunk-BUJCVMAK.cjs');
require('./chunk-KTUSKFEZ.cjs');
var chunk7WC55WS7_cjs = require('./chunk-7WC55WS7.cjs');
require('./chunk-KXRN3XH2.cjs');



Object.defineProperty(exports, "checkSchema", {
  enumerable: true,
  get: function () { return chunkBUJCVMAK_cjs.checkSchema; }
});
Object.defineProperty(exports, "loadCatalog", {
  enumerable: true,
  get: function () { return chunkBUJCVMAK_cjs.loadCatalog; }
});
Object.defineProperty(exports, "loadProfile", {
  enumerable: true,
  get: function () { return chunkBUJCVMAK_cjs.loadProfile; }
});
Object.defineProperty(exports, "loadScenarios", {
  enumerable: true,
  get: function () { return chunkBUJCVMAK_cjs.loadScenarios; }
});
Object.defineProperty(exports, "loadTheme", {
  enumerable: true,
  get: function () { return chunkBUJCVMAK_cjs.loadTheme; }
});
Object.defineProperty(exports, "parseSource", {
  enumerable: true,
  get: function () { return chunkBUJCVMAK_cjs.parseSource; }
});
Object.defineProperty(exports, "Reporter", {
  enumerable: true,
  get: function () { return chunk7WC55WS7_cjs.Reporter; }
});
Object.defineProperty(exports, "sortDiagnostics", {
  enumerable: true,
  get: function () { return chunk7WC55WS7_cjs.sortDiagnostics; }
});
//# sourceMappingURL=load.cjs.map
//# sourceMappingURL=load.cjs.map