/**
 * The `tongban dev` page: loads the state, draws it, and follows the server's saves (server-sent events).
 * Only the runtime entry of tongban runs here (and its analysis entry for the situations); no YAML parser.
 */
import { h } from '../../../examples/portal/src/dom.js';
import { fetchState, listen } from './api.js';
import { createDevApp } from './app.js';

const root = document.getElementById('app') as HTMLElement;
const overlay = document.getElementById('overlay') as HTMLElement;

async function init(): Promise<void> {
  try {
    const app = createDevApp(root, overlay, await fetchState());
    let opened = false;
    listen(
      (event) => {
        void app.refresh(event).then(() => {
          document.body.dataset.revision = String(event.revision);
        });
      },
      () => {
        app.connected(true);
        // A reconnection: saves may have been processed meanwhile.
        if (opened) void app.refresh();
        opened = true;
      },
      () => app.connected(false),
    );
    await app.refresh();
    document.body.dataset.ready = 'true';
  } catch (error) {
    root.replaceChildren(h('p', { class: 'error', role: 'alert' }, `无法加载：${String(error)}`));
  }
}

void init();
