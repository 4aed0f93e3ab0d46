/**
 * Process entry of the CLI: wires `run` to the real argv, stdout, stderr and exit code.
 * `--help` and `--version` are answered here, from usage.ts alone; every other command imports
 * main.ts (the model and the annotation), and `render` its drawing code on top (see main.ts).
 */
import { quickCommand } from './usage';

/**
 * V8 hands a function to its optimising compiler (TurboFan, on background threads) once it has run
 * its interrupt budget of bytecode, 66 KB by default. A batch of a few dozen figures spent ~30% of
 * its CPU time there, compiling functions that then ran only a few more times. Four times the budget
 * keeps a short run on the baseline tiers and still optimises what a long batch runs often (1,520
 * figures: 11.8 -> 10.2 s CPU). This process only: the library never sets V8 flags.
 */
function optimiseLater(): void {
  // Node 20–24 (V8 11–13) have the flag; a V8 without it would print "unrecognized flag" on every run.
  const major = Number(process.versions.node.split('.')[0]);
  if (!(major >= 20 && major <= 24)) return;
  const v8 = process.getBuiltinModule?.('node:v8') as typeof import('node:v8') | undefined;
  v8?.setFlagsFromString('--interrupt-budget=270336');
}

const argv = process.argv.slice(2);
const quick = quickCommand(argv);
if (quick) {
  process.stdout.write(quick.out);
  process.exitCode = quick.code;
} else {
  optimiseLater();
  const { run } = await import('./main');
  process.exitCode = await run(argv, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
}
