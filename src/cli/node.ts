/**
 * Process entry of the CLI: wires `run` to the real argv, stdout, stderr and exit code.
 * `--help` and `--version` are answered here, from usage.ts alone; every other command imports
 * main.ts (the model and the annotation), and `render` its drawing code on top (see main.ts).
 */
import { quickCommand } from './usage';

const argv = process.argv.slice(2);
const quick = quickCommand(argv);
if (quick) {
  process.stdout.write(quick.out);
  process.exitCode = quick.code;
} else {
  const { run } = await import('./main');
  process.exitCode = await run(argv, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
