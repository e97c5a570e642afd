// Handlers of the spreadsheet methods (shared/api/sheetContract.ts): exports, the plan import, collection
// rounds and the returned forms. Spread into the router by main/api.ts. Files arrive and leave as base64;
// every spreadsheet someone sent is read in the reader's worker thread (main/excel/lists/read.ts).
import type { Handlers } from '../shared/api/contract';
import type { sheetContract } from '../shared/api/sheetContract';
import type { AppHost } from './app';
import { exportAgencies, exportIndicators, exportTasks, exportValues } from './services/exports';
import { applyPlanImport, planImportDryRun } from './services/imports/planImport';
import { applyFormUploads, checkFormUploads } from './services/rounds/formImport';
import { emailDrafts, formsDownload, queueEmails } from './services/rounds/formsOut';
import {
  archiveRound,
  createRound,
  dashboardLine,
  getRound,
  listRounds,
  markSent,
} from './services/rounds/rounds';

export type SheetMethod = keyof typeof sheetContract;

export function createSheetHandlers(host: AppHost): Pick<Handlers, SheetMethod> {
  const c = () => host.ctx;
  return {
    'exports.tasks': (i) => exportTasks(c(), i),
    'exports.indicators': (i) => exportIndicators(c(), i),
    'exports.values': (i) => exportValues(c(), i),
    'exports.agencies': (i) => exportAgencies(c(), i),
    'imports.planDryRun': (i) => planImportDryRun(c(), i),
    'imports.planApply': (i) => applyPlanImport(c(), i),
    'rounds.list': (i) => listRounds(c(), i),
    'rounds.get': (i) => getRound(c(), i.id),
    'rounds.create': (i) => createRound(c(), i),
    'rounds.archive': (i) => (archiveRound(c(), i.id), { ok: true }),
    'rounds.forms': (i) => formsDownload(c(), i.roundId, i.agencyIds),
    'rounds.emailDrafts': (i) => emailDrafts(c(), i.roundId, i.agencyIds, i.kind),
    'rounds.queueEmails': async (i) => {
      const result = await queueEmails(c(), i.roundId, i.agencyIds, i.kind);
      void host.sendQueuedMail(); // the line may be up right now
      return result;
    },
    'rounds.markSent': (i) => (markSent(c(), i.roundId, i.agencyIds, 'tay'), getRound(c(), i.roundId)),
    'rounds.dashboardLine': (i) => dashboardLine(c(), i.planId),
    'forms.check': (i) => checkFormUploads(c(), i),
    'forms.apply': (i) => applyFormUploads(c(), i),
  };
}
