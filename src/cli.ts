#!/usr/bin/env node
import { main } from './commands/program.js';

process.exitCode = await main(process.argv);
