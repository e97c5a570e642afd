// The router: one handler per method of the contract in shared/api/contract.ts. Every input is parsed
// with the method's zod schema before any service runs; every error leaves as { code, message } in
// Vietnamese. Electron's IPC and browser mode's HTTP both call `route`.
import { z } from 'zod';
import {
  contract,
  isMethodName,
  type ApiError,
  type ApiResult,
  type Handlers,
  type MethodName,
} from '../shared/api/contract';
import type { BackupEntry } from '../shared/api/types';
import type { AppHost } from './app';
import { createMeetingDocumentHandlers } from './api-meetings';
import { createReportHandlers } from './api-reports';
import { createSheetHandlers } from './api-sheets';
import { createTrustHandlers, guardFileRole } from './api-trust';
import { centreName } from './services/centre/role';
import { backupDatabase, listBackups, rotateBackups } from './db/backup';
import { backupToFolder } from './db/backupToFolder';
import { checkDatabase } from './db/check';
import { schemaVersion } from './db/open';
import { provinceNames } from './services/province';
import { AppError, appError, fieldProblems } from './errors';
import { codeOf, keyedOf, sayVi } from '../shared/errors/wording';
import type { MessageKey, ParamsOf } from '../shared/errors/catalogue';
import { explainStorageError } from './db/storageErrors';
import * as agencies from './services/agencies';
import { buildBriefing } from './services/briefing';
import { getNotice, saveNotice } from './services/briefing/notice';
import { listAudit } from './services/audit';
import { listChanges } from './services/changes/list';
import { changeSetRunner, type ChangeSetRunner } from './services/changes/runner';
import { undoChangeSet } from './services/changes/undo';
import { getDashboard } from './services/dashboard';
import { JobRegistry } from './services/jobs';
import { listDataProblems } from './services/dataProblems';
import { createDemoProvince } from './services/demo';
import * as indicators from './services/indicators';
import * as meetings from './services/meetings';
import * as conclusionTasks from './services/conclusionTasks';
import * as pillars from './services/pillars';
import * as plans from './services/plans';
import { search, searchPending } from './services/search';
import { getSettings, updateSettings } from './services/settings';
import * as tasks from './services/tasks';
import { hasNoData as fileHasNoData, isBrandNew } from './services/fileState';

const toEntry = (b: { name: string; size: number; createdAt: string; reason: string }): BackupEntry => ({
  name: b.name,
  size: b.size,
  createdAt: b.createdAt,
  reason: b.reason,
});

/** No plans or agencies yet: the demo may still be created. */
const hasNoData = (host: AppHost): boolean => fileHasNoData(host.ctx);

/** A brand-new file: not even the pillars that "start empty" seeds, so the first-run screen is due. */
const isNew = (host: AppHost): boolean => isBrandNew(host.ctx);

export function createHandlers(host: AppHost): Handlers {
  const c = () => host.ctx;
  // One registry for every export job, so jobs.get has one handler whatever the document.
  const jobs = new JobRegistry();
  return guardFileRole(host, {
    'app.info': () => {
      const centre = centreName(c());
      return {
        version: host.options.version,
        schemaVersion: schemaVersion(c().db),
        dbFile: host.dbFile,
        mode: host.options.mode,
        isEmpty: isNew(host) && centre === null, // a centre's file has its own first page
        today: c().today(),
        readOnly: host.readOnly,
        warnings: [...host.warnings],
        centre,
      };
    },
    'app.createDemo': (i) => {
      if (!hasNoData(host)) throw appError('DA_CO_DU_LIEU', {});
      return createDemoProvince(c(), { year: i.year ?? Number(c().today().slice(0, 4)) });
    },
    'app.startEmpty': (i) => {
      // One change set (the router's): the province's names, then the pillars.
      if (i.province) updateSettings(c(), provinceNames(i.province));
      pillars.seedPillars(c());
      return { ok: true };
    },
    'settings.get': () => getSettings(c()),
    'settings.update': (i) => updateSettings(c(), i),
    'agencies.list': (i) => agencies.listAgencies(c(), i.includeArchived),
    'agencies.create': (i) => agencies.createAgency(c(), i),
    'agencies.update': (i) => agencies.updateAgency(c(), i.id, i.patch),
    'agencies.archive': (i) => (agencies.archiveAgency(c(), i.id), { ok: true }),
    'agencies.merge': (i) => agencies.mergeAgency(c(), i),
    'pillars.list': (i) => pillars.listPillars(c(), i.includeArchived),
    'pillars.create': (i) => pillars.createPillar(c(), i),
    'pillars.update': (i) => pillars.updatePillar(c(), i.id, i.patch),
    'pillars.archive': (i) => (pillars.archivePillar(c(), i.id), { ok: true }),
    'plans.list': (i) => plans.listPlans(c(), i.includeArchived),
    'plans.get': (i) => plans.getPlan(c(), i.id),
    'plans.create': (i) => plans.createPlan(c(), i),
    'plans.update': (i) => plans.updatePlan(c(), i.id, i.patch),
    'plans.archive': (i) => (plans.archivePlan(c(), i.id), { ok: true }),
    'tasks.list': (i) => tasks.listTasks(c(), i),
    'tasks.get': (i) => tasks.getTask(c(), i.id),
    'tasks.create': (i) => tasks.createTask(c(), i),
    'tasks.update': (i) => tasks.updateTask(c(), i.id, i.patch),
    'tasks.quickUpdate': (i) => tasks.quickUpdateTask(c(), i),
    'tasks.bulkUpdate': (i) => tasks.bulkUpdateTasks(c(), i),
    'tasks.bulkPreview': (i) => tasks.previewBulkUpdate(c(), i),
    'tasks.archive': (i) => (tasks.archiveTask(c(), i.id), { ok: true }),
    'tasks.history': (i) => tasks.taskHistory(c(), i.id),
    'indicators.list': (i) => indicators.listIndicators(c(), i),
    'indicators.get': (i) => indicators.getIndicator(c(), i.id, i.at),
    'indicators.create': (i) => indicators.createIndicator(c(), i),
    'indicators.update': (i) => indicators.updateIndicator(c(), i.id, i.patch),
    'indicators.archive': (i) => (indicators.archiveIndicator(c(), i.id), { ok: true }),
    'indicators.setTarget': (i) => indicators.setTarget(c(), i),
    'indicators.valueGrid': (i) => indicators.valueGrid(c(), i),
    'indicators.setValues': (i) => indicators.setValues(c(), i),
    'meetings.list': (i) => meetings.listMeetings(c(), i.includeArchived, i.at),
    'meetings.get': (i) => meetings.getMeeting(c(), i.id, i.at),
    'meetings.create': (i) => meetings.createMeeting(c(), i),
    'meetings.update': (i) => meetings.updateMeeting(c(), i.id, i.patch),
    'meetings.archive': (i) => (meetings.archiveMeeting(c(), i.id), { ok: true }),
    'conclusions.create': (i) => meetings.createConclusion(c(), i),
    'conclusions.update': (i) => meetings.updateConclusion(c(), i.id, i.patch),
    'conclusions.archive': (i) => (meetings.archiveConclusion(c(), i.id), { ok: true }),
    'conclusions.toTask': (i) => meetings.conclusionToTask(c(), i),
    'conclusions.previewTasks': (i) => conclusionTasks.previewConclusionsToTasks(c(), i),
    'conclusions.toTasks': (i) => conclusionTasks.conclusionsToTasks(c(), i),
    'meetings.briefing': (i) => buildBriefing(c(), i.meetingId),
    'meetings.notice': (i) => getNotice(c(), i.meetingId),
    'meetings.saveNotice': (i) => saveNotice(c(), i),
    'dashboard.get': (i) => getDashboard(c(), i),
    'search.query': (i) => search(c(), i.q, i.limit),
    'audit.list': (i) => listAudit(c(), i),
    'changes.list': (i) => listChanges(c(), i),
    'changes.undo': (i) => undoChangeSet(c(), i.id),
    'backups.list': () => listBackups(host.options.backupDir).map(toEntry),
    'backups.create': async () => {
      const info = await backupDatabase(c().db, host.options.backupDir, 'thu-cong', c().now());
      if (info.damaged) throw appError('SAO_LUU_MOI_HONG', { name: info.name });
      rotateBackups(host.options.backupDir, getSettings(c()).backupKeep);
      return toEntry(info);
    },
    'backups.createIn': (i) => backupToFolder(c().db, i.folder, c().now()),
    'backups.restore': async (i) => {
      await host.restore(i.name);
      return { ok: true };
    },
    'db.check': () => {
      const r = checkDatabase(c().db);
      return { ok: r.ok, problems: r.problems };
    },
    'dataProblems.list': () => listDataProblems(c()),
    ...createReportHandlers(host, jobs),
    ...createMeetingDocumentHandlers(host, jobs),
    ...createSheetHandlers(host),
    ...createTrustHandlers(host),
  });
}

function fieldPath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof z.ZodError) {
    // A schema's message is catalogued by its Vietnamese (shared/errors/wording.ts fieldMessage).
    const fields = error.issues.map((i) => ({
      path: fieldPath(i.path),
      message: i.message,
      ...keyedOf(i.message),
    }));
    const first = fields[0];
    return first
      ? { ...keyedError('DU_LIEU_CHUA_HOP_LE', { first: first.message, more: fields.length - 1 }), fields }
      : { ...keyedError('DU_LIEU_CHUA_HOP_LE_CHUNG', {}), fields };
  }
  const storage = explainStorageError(error);
  if (storage) return { code: storage.code, message: storage.message };
  if (error instanceof AppError) {
    const fields = fieldProblems(error);
    const own = { code: error.code, message: error.message, ...error.keyed };
    return fields ? { ...own, fields } : own;
  }
  console.error('[tiendo] unexpected error', error);
  return keyedError('LOI_HE_THONG', {});
}

/** An ApiError straight from the catalogue. */
function keyedError<K extends MessageKey>(key: K, params: ParamsOf<K>): ApiError {
  return { code: codeOf(key), message: sayVi(key, params), key, params };
}

export type Route = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

/**
 * Validates then dispatches one call. Unknown methods and invalid inputs never reach a service. With
 * `changes` (a running backend), each write call is one change set, and its result names it.
 */
export function createRouter(handlers: Handlers, changes?: ChangeSetRunner): Route {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: keyedError('KHONG_CO_PHUONG_THUC', { method: String(method).slice(0, 100) }),
      };
    }
    try {
      const parsed = contract[method].input.parse(input ?? {});
      const handler = handlers[method] as (i: unknown) => unknown;
      const action = changes?.(method, parsed, () => handler(parsed));
      if (action) {
        const value: unknown = await action.value;
        return action.changeSet ? { ok: true, value, changeSet: action.changeSet } : { ok: true, value };
      }
      const value = await handler(parsed);
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toApiError(error) };
    }
  };
}

/** The router of a running backend: every write call is one change set of the audit log. */
export function createAppRouter(host: AppHost): Route {
  const route = createRouter(
    createHandlers(host),
    changeSetRunner(() => host.ctx),
  );
  let flushQueued = false;
  return async (method, input) => {
    try {
      return await route(method, input);
    } finally {
      // The search rows of what this call wrote, once its answer is out (search.ts flushSearch).
      if (!flushQueued && searchPending(host.ctx.db)) {
        flushQueued = true;
        setImmediate(() => {
          flushQueued = false;
          host.flushSearch();
        });
      }
    }
  };
}

export type { MethodName };
