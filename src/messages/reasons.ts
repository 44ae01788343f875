import type { DiagnosticParams, FileReason } from '../model/diagnostic.js';

/** What a file-system failure means, in words, for reading and for writing (`FILE_REASONS`). */
const READ: Readonly<Record<'zh' | 'en', Readonly<Record<FileReason, string>>>> = {
  zh: {
    'not-found': '文件不存在',
    permission: '没有读取权限',
    'symlink-loop': '符号链接循环',
    'name-too-long': '路径过长',
    'not-a-folder': '路径中的一段不是文件夹',
    'invalid-path': '路径无效',
    'is-directory': '这是一个文件夹',
    'too-many-open-files': '同时打开的文件过多（超过系统上限）',
    'bad-name': '无法读取文件名（不是有效的 UTF-8）',
    exists: '已存在同名的文件',
    'read-only': '文件系统是只读的',
    'no-space': '磁盘空间不足',
    'has-errors': '其中有错误（见它的诊断）',
    other: '系统错误',
  },
  en: {
    'not-found': 'no such file',
    permission: 'permission denied',
    'symlink-loop': 'symbolic link loop',
    'name-too-long': 'path too long',
    'not-a-folder': 'a part of the path is not a folder',
    'invalid-path': 'invalid path',
    'is-directory': 'is a directory',
    'too-many-open-files': 'too many open files (over the system limit)',
    'bad-name': 'cannot read the file name (not valid UTF-8)',
    exists: 'a file of that name exists',
    'read-only': 'read-only file system',
    'no-space': 'no space left on the device',
    'has-errors': 'it has errors (see its diagnostics)',
    other: 'system error',
  },
};

/** Where writing differs from reading. */
const WRITE: Readonly<Record<'zh' | 'en', Partial<Record<FileReason, string>>>> = {
  zh: { permission: '没有写入权限', 'not-found': '文件夹不存在' },
  en: { 'not-found': 'no such folder' },
};

/** The words for a diagnostic's `reason` (and `errno` for `other`), for reading or for writing. */
export function reasonText(
  params: DiagnosticParams,
  lang: 'zh' | 'en',
  action: 'read' | 'write' = 'read',
): string {
  const reason = String(params.reason) as FileReason;
  const words = (action === 'write' ? WRITE[lang][reason] : undefined) ?? READ[lang][reason];
  if (words === undefined) return String(params.reason);
  return reason === 'other' && params.errno !== undefined ? `${words} ${params.errno}` : words;
}
