#!/usr/bin/env node
// action-step.mjs ACTION_YML STEP_ID [NAME=VALUE]...
//
// Prints what a GitHub runner would run for the step STEP_ID of the composite action ACTION_YML: the step's `run`
// script, then one VAR=VALUE per variable of its `env:`, each NUL-terminated (read with `mapfile -d ''`). In the env
// values, `${{ inputs.X }}` becomes the value given as X=VALUE, else the input's default ('' when it has none, as
// GitHub passes a missing optional input), and `${{ steps.ID.outputs.Y }}` the value given as steps.ID.outputs.Y=VALUE.
// Any other expression, an unknown input, or a step without `shell: bash` is an error (exit 2): the test must not
// run something other than what the runner would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../schema/package.json', import.meta.url));
const yaml = require('js-yaml');

const [file, stepId, ...assignments] = process.argv.slice(2);
const die = (message) => {
  console.error(`action-step.mjs: ${message}`);
  process.exit(2);
};
if (!file || !stepId) die('usage: action-step.mjs ACTION_YML STEP_ID [NAME=VALUE]...');
const action = yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA, filename: file });
const given = new Map(assignments.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
const inputs = action?.inputs ?? {};
for (const name of given.keys())
  if (!name.startsWith('steps.') && !(name in inputs)) die(`the action has no input '${name}'`);
const step = (action?.runs?.steps ?? []).find((s) => s?.id === stepId);
if (!step) die(`no step with id '${stepId}'`);
if (step.shell !== 'bash' || typeof step.run !== 'string') die(`step '${stepId}' is not a bash run step`);

const evaluate = (value) =>
  String(value).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression) => {
    const input = expression.match(/^inputs\.([\w-]+)$/);
    if (input) {
      if (!(input[1] in inputs)) die(`'${expression}' names no input`);
      return given.get(input[1]) ?? String(inputs[input[1]]?.default ?? '');
    }
    if (/^steps\.[\w-]+\.outputs\.[\w-]+$/.test(expression) && given.has(expression)) return given.get(expression);
    return die(`cannot evaluate '${expression}'`);
  });

const out = [step.run, ...Object.entries(step.env ?? {}).map(([name, value]) => `${name}=${evaluate(value)}`)];
process.stdout.write(out.map((s) => `${s}\0`).join(''));
