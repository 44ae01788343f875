export { checkSchema, loadCatalog, loadProfile, loadScenarios, loadTheme, parseSource } from './chunk-3GVLQSBS.js';
import './chunk-D5TUDBVO.js';
export { Reporter, sortDiagnostics } from './chunk-LQZV3HAJ.js';
import './chunk-IA5CX3MZ.js';
//# sourceMappingURL=load.js.map
//# sourceMappingURL=load.js.map