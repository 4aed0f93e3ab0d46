/** Process entry of the CLI: wires `run` to the real argv, stdout, stderr and exit code. */
import { run } from './main';

const code = await run(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
process.exitCode = code;
