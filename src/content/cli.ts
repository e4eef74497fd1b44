/** Entry point: `node --import tsx src/content/cli.ts [flags]` (see config.ts for settings). */
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), process.env, process.cwd(), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
