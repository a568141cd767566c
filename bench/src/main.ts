/** `pnpm bench`: runs the suites, prints the markdown table and writes `bench/results.json`. */
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { USAGE, parseArgs } from './config.js';
import { renderOverheadSvg } from './overhead-svg.js';
import { renderTable } from './report.js';
import { runBench } from './run.js';

const { config, out, help } = parseArgs(process.argv.slice(2));
if (help) {
  console.log(USAGE);
} else {
  const results = await runBench(config, (line) => console.error(line));
  const file = out ? resolve(out) : join(dirname(fileURLToPath(import.meta.url)), '..', 'results.json');
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(renderTable(results));
  console.error(`\nResults written to ${file}`);
  const runtimes = results.overhead?.runtimes;
  if (runtimes) {
    // Beside the results: bench/overhead.svg by default, <out>.overhead.svg with --out.
    const svg = out ? `${file.replace(/\.json$/, '')}.overhead.svg` : join(dirname(file), 'overhead.svg');
    const { machine } = results;
    await writeFile(
      svg,
      renderOverheadSvg(runtimes, {
        date: results.date.slice(0, 10),
        machine: `${machine.cpuModel}, ${machine.cores} cores`,
      }),
    );
    console.error(`Chart written to ${svg}`);
  }
}
