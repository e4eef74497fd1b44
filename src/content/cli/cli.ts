/** The CLI: `node src/content/cli/pipeline.mjs [flags]` runs it (see there; settings: config.ts). */
import { runCli } from './run-cli.ts';

process.exitCode = await runCli(process.argv.slice(2), process.env, process.cwd(), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
