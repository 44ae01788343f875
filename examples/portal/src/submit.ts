/**
 * What 提交 does with valid form data: the library builds the application package (`applicationPackage`, the
 * same function the server example rebuilds it with); the page offers it to download and, when the portal is
 * served with the server example (`serve.mjs --api`), sends it to `api/applications` and says what came back.
 */
import {
  type ApplicationPackage,
  applicationPackage,
  type Json,
  type Profile,
  type Session,
} from '../../../src/index.js';
import type { FieldProblem, SubmitResult } from './views/application-form.js';

/** The package of a session's case with this data, sent to the server when there is one. */
export async function submitApplication(
  session: Session,
  data: Record<string, Json>,
  profile: Profile | undefined,
): Promise<SubmitResult> {
  const built = applicationPackage(session, data);
  if (!built.ok)
    return built.reason === 'form'
      ? { kind: 'refused', text: `还有 ${built.errors.length} 处需要修改。`, errors: built.errors }
      : { kind: 'refused', text: '请先回答完所有问题。' };
  const application = built.application;
  const download = {
    file: `${application.theme.title} · 申请材料.json`,
    text: `${JSON.stringify(application, null, 2)}\n`,
  };
  const sent = await send(application, profile);
  if (sent === undefined)
    return { kind: 'saved', text: '申请材料已生成，请下载后按办理指引提交。', download };
  if (sent.status === 200)
    return { kind: 'accepted', text: '受理系统已接收您的申请，并核对了办理规定、情形和表单。', download };
  if (sent.status === 422) {
    const errors: FieldProblem[] = sent.errors
      .filter((e) => e.pointer.startsWith('/data/'))
      .map((e) => ({ pointer: e.pointer.slice('/data'.length), message: e.message }));
    const changed = sent.errors.some((e) => e.code === 'theme-changed');
    const text = changed
      ? '办理规定已更新，请重新回答问题后再提交。'
      : errors.length > 0
        ? `受理系统退回了申请：还有 ${errors.length} 处需要修改。`
        : '受理系统未能核对您的回答，请重新回答问题后再提交。';
    return { kind: 'refused', text, errors };
  }
  return { kind: 'saved', text: '受理系统暂时无法接收，申请材料已生成，请下载后稍后提交。', download };
}

interface ServerReply {
  readonly status: number;
  readonly errors: readonly { pointer: string; code: string; message: string }[];
}

/** The server's reply, or undefined when the portal is served without it (no JSON comes back). */
async function send(
  application: ApplicationPackage,
  profile: Profile | undefined,
): Promise<ServerReply | undefined> {
  try {
    const response = await fetch('api/applications', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ application, ...(profile ? { profile } : {}) }),
    });
    if (!response.headers.get('content-type')?.startsWith('application/json')) return undefined;
    const body = (await response.json()) as { errors?: ServerReply['errors'] };
    return { status: response.status, errors: Array.isArray(body.errors) ? body.errors : [] };
  } catch {
    return undefined;
  }
}
