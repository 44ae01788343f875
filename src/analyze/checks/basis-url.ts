import { own } from '../../util/own.js';
import type { ThemeCheck } from './types.js';

/** Where a URL ends in running text: whitespace, or punctuation that closes a clause or a bracket. */
const URL_END = '[^\\s，。；;、）)】」』》〉"“”]';

/** A URL with a scheme (`https://…`, `ftp://…`), or one that starts with `www.`. */
const WITH_SCHEME = new RegExp(`(?:[a-z][a-z0-9+.-]*://|www\\.)${URL_END}+`, 'iu');

/**
 * A bare host name (`zwdt.sh.gov.cn/…`, `example.com`): labels of ASCII letters, digits and hyphens ending in a
 * common top-level domain. Chinese text around it is not part of it; a number such as 1.2 is not a host.
 */
const BARE_HOST = new RegExp(
  `(?<![a-z0-9.-])(?:[a-z0-9-]+\\.)+(?:cn|com|net|org|gov|edu|int|info|biz|hk|mo|tw|io|cc|top|xyz)(?![a-z0-9-])(?:/${URL_END}*)?`,
  'iu',
);

/** The first URL in a text, if any. */
export function urlIn(text: string): string | undefined {
  return (WITH_SCHEME.exec(text) ?? BARE_HOST.exec(text))?.[0];
}

/**
 * A basis (依据) that contains a URL: citizens read the basis, so it names the law, regulation or normative
 * document by title and 文号; the pages an author checked go in the author-only `sources:`. Looks at the
 * theme's notices and at the items it carries; a library reports an item shared by several themes once.
 */
export const basisUrl: ThemeCheck = {
  code: 'basis-url',
  severity: 'warning',
  scope: 'theme',
  description: {
    zh: '依据（basis）中含有网址：依据应写法律、法规或规范性文件的名称和文号，网址写在 sources 中',
    en: 'a basis that contains a URL: cite the law or document by title and number, and put URLs in sources',
  },
  run(context, report) {
    const { theme } = context;
    for (const entry of theme.items) {
      const item = own(theme.catalog.items, entry.item);
      const url = item?.basis.map(urlIn).find((found) => found !== undefined);
      if (item && url !== undefined) report(`item:${item.id}`, { kind: 'item', id: item.id, url });
    }
    for (const notice of theme.notices) {
      const url = notice.basis === undefined ? undefined : urlIn(notice.basis);
      if (url !== undefined) report(`notice:${notice.id}`, { kind: 'notice', id: notice.id, url });
    }
  },
};
