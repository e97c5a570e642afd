// The `tiendo` command line. Exit codes: 0 ok, 1 failure (with a message saying what to do), 2 usage;
// a command may end with its own documented code (ExitCode: tiendo verify's 3).
import { Command, CommanderError } from 'commander';
import { registerBriefingCommands } from './cli/briefing';
import { registerDataCommands } from './cli/data';
import { registerMaintenanceCommands } from './cli/maintenance';
import { registerReportCommands } from './cli/reports';
import { registerSheetCommands } from './cli/sheets';
import { describeError, ExitCode, UsageError } from './cli/shared';
import { registerTrustCommands } from './cli/trust';
import { registerTokenCommand } from './cli/signing';
import { registerCentreCommands } from './cli/centre';
import { registerReceiptCommands } from './cli/receipts';
import { APP_VERSION } from './version';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('tiendo')
    .description('TienDo: theo dõi tiến độ chuyển đổi số cấp tỉnh, dòng lệnh')
    .version(APP_VERSION, '-v, --version', 'in phiên bản')
    .helpOption('-h, --help', 'hướng dẫn')
    .showHelpAfterError()
    .exitOverride();
  registerDataCommands(program);
  registerMaintenanceCommands(program);
  registerBriefingCommands(program);
  registerReportCommands(program);
  registerSheetCommands(program);
  registerTrustCommands(program);
  registerTokenCommand(program);
  registerCentreCommands(program);
  registerReceiptCommands(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0;
      return 2;
    }
    if (error instanceof ExitCode) return error.code;
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    console.error(`Lỗi: ${describeError(error)}`);
    return 1;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
