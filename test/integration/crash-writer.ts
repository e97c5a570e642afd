// Child process for the crash test: opens the store and writes many tasks in ONE transaction through
// the services, printing "writing" when it is inside the transaction, so the parent can SIGKILL it mid-way.
import { AppHost } from '../../main/app';
import { memorySecretStore } from '../../main/secrets/store';
import { inTransaction } from '../../main/services/context';
import { insertTask } from '../../main/services/tasks';
import { addPlan, taskFields } from '../helpers/records';

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
  const planId = addPlan(ctx, 'CRASH', 'crash');
  process.stdout.write(`plan ${planId}\n`);
  inTransaction(ctx, () => {
    for (let i = 0; i < Number(countArg); i++) {
      insertTask(
        ctx,
        taskFields(planId, `T${i}`, {
          title: `Nhiệm vụ số ${i} `.repeat(10),
          output: 'x'.repeat(200),
          dueDate: '2025-12-31',
        }),
      );
      if (i === Math.floor(Number(countArg) / 2)) process.stdout.write('writing\n'); // well past the page cache: uncommitted pages are already spilled to the WAL
    }
  });
  process.stdout.write('committed\n');
  host.close();
}
void main();
