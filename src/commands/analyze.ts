import type { Command } from 'commander';
import { analysisJson, renderAnalysis } from '../analysis/output.js';

export function register(program: Command): void {
  program
    .command('analyze')
    .summary('Find the scaling order, steps and oddities of every curve in results files.')
    .description(
      'Analyze results files (the JSON Lines a run writes, one target each): classify every curve as O(1), O(log n), O(n), O(n log n) or O(n^2) with how sure that is, and report steps, dents, bimodal runs and outliers; summarize every figure. See docs/analysis.md for the method.',
    )
    .argument('<file...>', 'results files (.jsonl), one target each')
    .option('--json', 'print {"targets":[{"target","benchmarks":[…]}]} instead of text')
    .addHelpText('after', '\nExamples:\n  scalewatch analyze results/freebsd-14.jsonl\n  scalewatch analyze --json results/*.jsonl > analysis.json')
    .action(async (files: string[], opts: { json?: boolean }) => {
      // Loaded when a command needs them, so that --help and bad input answer at once (the analysis brings mathjs).
      const [{ analyzeResults }, { readResults }] = await Promise.all([import('../analysis/analyze.js'), import('../baseline/io.js')]);
      const targets = files.map((f) => analyzeResults(readResults(f)));
      process.stdout.write(opts.json ? `${JSON.stringify(analysisJson(targets))}\n` : renderAnalysis(targets));
    });
}
