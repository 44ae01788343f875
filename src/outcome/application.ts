import { checkFormData } from '../forms/validate.js';
import {
  APPLICATION_FORMAT,
  type ApplicationMaterial,
  type ApplicationResult,
} from '../model/application.js';
import type { Json } from '../model/json.js';
import type { Session } from '../model/session.js';
import { walk } from '../session/walk.js';
import { own } from '../util/own.js';
import { outcome } from './index.js';

/**
 * The application package a citizen submits for a complete session's case (一表申请): theme id, version and
 * hash, the case key, every answer on the path, the form data checked against the case's merged form and
 * normalised (prefilled values included, values of fields produced in the flow dropped), and the material
 * checklist. An incomplete questionnaire, or data the form refuses, gives no package. Pure and deterministic:
 * the portal builds the package with it, and a server rebuilds it from the replayed answers to compare.
 */
export function applicationPackage(session: Session, data: unknown): ApplicationResult {
  const result = outcome(session);
  if (result.provisional || result.case === null) return { ok: false, reason: 'incomplete' };
  const checked = checkFormData(result.form, data);
  if (!checked.ok) return { ok: false, reason: 'form', errors: checked.errors };
  const states = walk(session).states;
  const answers: Record<string, Json> = {};
  const prefilled: string[] = [];
  session.theme.questions.forEach((question, index) => {
    const given = own(session.answers, question.id);
    if (!given || states[index] !== 'answered') return;
    answers[question.id] = given.value as Json;
    if (given.prefilled) prefilled.push(question.id);
  });
  const materials: ApplicationMaterial[] = result.materials.map((m) => ({
    id: m.id,
    name: m.name,
    status: m.status,
    form: m.form,
    copies: m.copies,
  }));
  return {
    ok: true,
    form: result.form,
    application: {
      format: APPLICATION_FORMAT,
      theme: result.theme,
      ...(session.today === undefined ? {} : { today: session.today }),
      case: { key: result.case.key, label: result.case.label },
      answers,
      prefilled,
      data: checked.data,
      materials,
    },
  };
}
