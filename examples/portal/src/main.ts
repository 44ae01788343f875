/**
 * The portal page: pick a theme, answer question by question (back, change an earlier answer, the example
 * profile on or off at any time), watch the checklist grow, and read the outcome. Every step is a page address
 * of its own (reload, Back and Forward work). Only the runtime entry of tongban is used; themes are
 * precompiled JSON.
 */
import { createApp } from './app.js';
import { h } from './dom.js';
import { loadIndex, loadProfiles } from './state.js';

const root = document.getElementById('app') as HTMLElement;

async function init(): Promise<void> {
  try {
    const [themes, profiles] = await Promise.all([loadIndex(), loadProfiles()]);
    const app = createApp(root, themes, profiles);
    window.addEventListener('popstate', () => void app.route(location.search, false));
    await app.route(location.search, true);
    document.body.dataset.ready = 'true';
  } catch (error) {
    root.replaceChildren(h('p', { class: 'error', role: 'alert' }, `无法加载主题：${String(error)}`));
  }
}

void init();
