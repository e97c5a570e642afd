// Child process for the crash test: opens the store and writes many tasks in ONE transaction through
// the services, printing "writing" when it is inside the transaction, so the parent can SIGKILL it mid-way.
import { AppHost } from '../../main/app';
import { memorySecretStore } from '../../main/secrets/store';
import { inTransaction } from '../../main/services/context';
import { createPlan } from '../../main/services/plans';
import { insertTask } from '../../main/services/tasks';

async function main() {
  const [dbFile, countArg] = process.argv.slice(2);
  const host = await AppHost.open({
    dbFile: dbFile!,
    mode: 'browser',
    version: 'crash',
    secrets: memorySecretStore(),
    create: true,
  });
  const ctx = host.ctx;
  const plan = createPlan(ctx, {
    code: 'CRASH',
    title: 'crash',
    yearFrom: 2025,
    yearTo: 2025,
    issuedOn: null,
    issuedBy: null,
    basis: '',
    state: 'dang_thuc_hien',
  });
  process.stdout.write(`plan ${plan.id}\n`);
  inTransaction(ctx, () => {
    for (let i = 0; i < Number(countArg); i++) {
      insertTask(ctx, {
        planId: plan.id,
        code: `T${i}`,
        title: `Nhiệm vụ số ${i} `.repeat(10),
        pillarId: null,
        leadAgencyId: null,
        supportingAgencyIds: [],
        output: 'x'.repeat(200),
        startDate: null,
        dueDate: '2025-12-31',
        state: 'dang_thuc_hien',
        progress: 10,
        completedOn: null,
        result: '',
        difficulties: '',
        proposals: '',
        sourceText: '',
      });
      if (i === Math.floor(Number(countArg) / 2)) process.stdout.write('writing\n'); // well past the page cache: uncommitted pages are already spilled to the WAL
    }
  });
  process.stdout.write('committed\n');
  host.close();
}
void main();
