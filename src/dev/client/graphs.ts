/**
 * Mermaid text drawn as a picture in the page. The mermaid library is served by the dev server itself (bundled
 * with tongban, no network), loaded on first use; each drawing is kept by its text, so that a save that does not
 * change a graph does not draw it again.
 */
interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string): Promise<{ svg: string }>;
}

declare global {
  interface Window {
    mermaid?: Mermaid;
  }
}

/** Draws Mermaid texts as SVG in one page. */
export interface GraphDrawer {
  /** The SVG of a Mermaid text (drawn once per text; drawings are made one after another). */
  draw(text: string): Promise<string>;
}

/**
 * A drawer for the page: it loads mermaid on first use and keeps the latest drawings by their text. Its state
 * lives in the drawer, not in the module: the page makes one.
 */
export function createGraphDrawer(): GraphDrawer {
  let loading: Promise<Mermaid> | undefined;
  const drawn = new Map<string, Promise<string>>();
  let counter = 0;

  function loadMermaid(): Promise<Mermaid> {
    loading ??= new Promise<Mermaid>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = 'mermaid.min.js';
      script.onload = () => {
        const mermaid = window.mermaid;
        if (!mermaid) {
          reject(new Error('mermaid did not load'));
          return;
        }
        // `strict`: labels are text, never HTML; big questionnaires are allowed past the default limits.
        mermaid.initialize({
          startOnLoad: false,
          securityLevel: 'strict',
          maxTextSize: 1_000_000,
          maxEdges: 5_000,
          flowchart: { useMaxWidth: false },
        });
        resolve(mermaid);
      };
      script.onerror = () => reject(new Error('mermaid.min.js could not be loaded'));
      document.head.append(script);
    });
    return loading;
  }

  return {
    draw(text) {
      let svg = drawn.get(text);
      if (!svg) {
        const previous = [...drawn.values()].at(-1) ?? Promise.resolve('');
        svg = previous
          .catch(() => '')
          .then(async () => {
            const mermaid = await loadMermaid();
            const result = await mermaid.render(`graph-${++counter}`, text);
            return result.svg;
          });
        drawn.set(text, svg);
        // Keep the latest few: a long session of saves would otherwise keep every drawing.
        if (drawn.size > 12) drawn.delete(drawn.keys().next().value as string);
      }
      return svg;
    },
  };
}
