#!/usr/bin/env node
// check-metadata.mjs REPO_ROOT
//
// Structural checks of what no runner here executes as GitHub or pre-commit would read it, with js-yaml (from
// tests/schema/node_modules):
//   action.yml             name, description, a composite `runs` whose steps all have `shell` and `run`, each run a
//                          script of the repository that exists; the inputs the brief names (files required, the others
//                          optional with a default and a description); every `inputs.X` used exists and every input is
//                          used; every INPUT_* variable a step sets is read by that step's script, and each output's
//                          value names a step id and an output the step's script writes;
//   .pre-commit-hooks.yaml a list of hooks with id, name, entry (orgstar SUBCOMMAND) and language: system, valid
//                          regular expressions, boolean pass_filenames/require_serial;
//   README.md              the workflow after `<!-- example: .github/workflows/orgstar.yml -->` uses the action with
//                          known inputs, uploads its sarif-file output with github/codeql-action/upload-sarif under
//                          `if: always()`, and grants security-events: write; the snippet after
//                          `<!-- example: .pre-commit-config.yaml -->` names only hooks the manifest defines.
// Prints one line per check, `ok   WHAT` or `FAIL WHAT: WHY`; exit 1 when a check failed, 2 when a file cannot be read.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(new URL('../schema/package.json', import.meta.url));
const yaml = require('js-yaml');

const root = process.argv[2];
if (!root) {
  console.error('usage: check-metadata.mjs REPO_ROOT');
  process.exit(2);
}
let failed = 0;
const check = (what, good, why) => {
  console.log(good ? `ok   ${what}` : `FAIL ${what}: ${why}`);
  if (!good) failed++;
};
const read = (file) => {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch (err) {
    console.error(`error: ${err.message}`);
    process.exit(2);
  }
};
const load = (text, file) => {
  try {
    // The core schema, as YAML 1.2 readers (GitHub's, PyYAML's for these files) agree on it.
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (err) {
    check(`${file} parses`, false, err.message);
    return undefined;
  }
};
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v) => typeof v === 'string' && v.trim() !== '';

// action.yml
const action = load(read('action.yml'), 'action.yml');
const wantInputs = { files: true, 'fail-on': false, config: false, rulesets: false, 'sarif-file': false, args: false,
  deb: false };
if (isObject(action)) {
  check('action.yml: name and description', nonEmpty(action.name) && nonEmpty(action.description), 'missing');
  const inputs = isObject(action.inputs) ? action.inputs : {};
  for (const [name, required] of Object.entries(wantInputs)) {
    const input = inputs[name];
    const good = isObject(input) && nonEmpty(input.description) && (input.required === true) === required &&
      (required || input.default !== undefined);
    check(`action.yml: input ${name} (${required ? 'required' : 'optional, with a default'})`, good,
      JSON.stringify(input));
  }
  const runs = action.runs;
  const steps = isObject(runs) && Array.isArray(runs.steps) ? runs.steps : [];
  check('action.yml: runs.using is composite, with steps', isObject(runs) && runs.using === 'composite' &&
    steps.length > 0, JSON.stringify(runs?.using));
  const used = new Set();
  const stepIds = new Map();
  for (const [i, step] of steps.entries()) {
    const label = `action.yml: step ${step?.id ?? i}`;
    const good = isObject(step) && nonEmpty(step.shell) && nonEmpty(step.run);
    check(`${label} has shell and run`, good, JSON.stringify(step));
    if (!good) continue;
    const script = step.run.match(/\$GITHUB_ACTION_PATH\/([\w./-]+)/)?.[1];
    const scriptText = script && existsSync(path.join(root, script)) ? read(script) : undefined;
    check(`${label} runs a script of the repository`, scriptText !== undefined, `${step.run}`);
    if (step.id) stepIds.set(step.id, scriptText ?? '');
    for (const [variable, value] of Object.entries(step.env ?? {})) {
      for (const m of String(value).matchAll(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g)) {
        used.add(m[1]);
        check(`${label}: ${variable} names a defined input (${m[1]})`, m[1] in inputs, 'no such input');
      }
      if (scriptText !== undefined)
        check(`${label}: ${script} reads ${variable}`, scriptText.includes(variable), 'the script never names it');
    }
  }
  for (const name of Object.keys(inputs))
    check(`action.yml: input ${name} is passed to a step`, used.has(name), 'unused');
  for (const [name, output] of Object.entries(isObject(action.outputs) ? action.outputs : {})) {
    const m = String(output?.value).match(/^\$\{\{\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*\}\}$/);
    const script = m ? stepIds.get(m[1]) : undefined;
    check(`action.yml: output ${name} comes from a step's ${m?.[2] ?? '?'}=`, script !== undefined &&
      script.includes(`${m[2]}=`) && nonEmpty(output.description), JSON.stringify(output));
  }
  check('action.yml: output sarif-file', isObject(action.outputs?.['sarif-file']), 'missing');
}

// .pre-commit-hooks.yaml
const manifest = load(read('.pre-commit-hooks.yaml'), '.pre-commit-hooks.yaml');
const hookIds = new Set();
if (Array.isArray(manifest) && manifest.length > 0) {
  for (const hook of manifest) {
    const id = hook?.id ?? '?';
    hookIds.add(id);
    const label = `.pre-commit-hooks.yaml: ${id}`;
    check(`${label} has id, name, entry and language: system`, isObject(hook) && nonEmpty(hook.id) &&
      nonEmpty(hook.name) && /^orgstar (validate|assess|test)\b/.test(hook.entry ?? '') && hook.language === 'system',
      JSON.stringify(hook));
    for (const key of ['files', 'exclude']) {
      if (hook?.[key] === undefined) continue;
      let error = '';
      try {
        new RegExp(hook[key]);
      } catch (err) {
        error = err.message;
      }
      check(`${label}: ${key} is a regular expression`, error === '', error);
    }
    for (const key of ['pass_filenames', 'require_serial'])
      check(`${label}: ${key} is a boolean`, typeof hook?.[key] === 'boolean', JSON.stringify(hook?.[key]));
  }
} else {
  check('.pre-commit-hooks.yaml is a list of hooks', false, JSON.stringify(manifest));
}
for (const id of ['orgstar-validate', 'orgstar-assess', 'orgstar-test'])
  check(`.pre-commit-hooks.yaml defines ${id}`, hookIds.has(id), 'missing');

// README.md's examples
const readme = read('README.md');
const example = (name) => {
  const marker = `<!-- example: ${name} -->`;
  const at = readme.indexOf(marker);
  const m = at < 0 ? null : readme.slice(at + marker.length).match(/^\s*```yaml\n([\s\S]*?)```/);
  check(`README.md has the ${name} example`, m !== null, `no yaml block after <!-- example: ${name} -->`);
  return m ? load(m[1], `README.md ${name}`) : undefined;
};
const workflow = example('.github/workflows/orgstar.yml');
if (isObject(workflow)) {
  const jobs = Object.values(isObject(workflow.jobs) ? workflow.jobs : {});
  const steps = jobs.flatMap((job) => (Array.isArray(job?.steps) ? job.steps : []));
  const permissions = [workflow.permissions, ...jobs.map((job) => job?.permissions)];
  check('workflow: security-events: write', permissions.some((p) => p?.['security-events'] === 'write'),
    JSON.stringify(permissions));
  const checkout = steps.findIndex((s) => /^actions\/checkout@/.test(s?.uses ?? ''));
  const assess = steps.findIndex((s) => /^orgstar\/orgstar@/.test(s?.uses ?? ''));
  const upload = steps.findIndex((s) => /^github\/codeql-action\/upload-sarif@/.test(s?.uses ?? ''));
  check('workflow: checkout, the action, upload-sarif in this order', checkout >= 0 && checkout < assess &&
    assess < upload, `${checkout} ${assess} ${upload}`);
  if (assess >= 0 && upload >= 0) {
    const step = steps[assess];
    const keys = Object.keys(step.with ?? {});
    check('workflow: the action gets its required input and no unknown one', keys.includes('files') &&
      keys.every((k) => k in wantInputs), keys.join(' '));
    const sarif = steps[upload];
    check('workflow: upload-sarif runs if: always()', /always\(\)/.test(String(sarif.if)), String(sarif.if));
    const output = String(sarif.with?.sarif_file ?? '').match(/^\$\{\{\s*steps\.([\w-]+)\.outputs\.sarif-file\s*\}\}$/);
    check('workflow: upload-sarif uploads the action\'s sarif-file output',
      nonEmpty(step.id) && output?.[1] === step.id, JSON.stringify(sarif.with));
  }
}
const config = example('.pre-commit-config.yaml');
if (isObject(config)) {
  const repos = Array.isArray(config.repos) ? config.repos : [];
  const ids = repos.flatMap((r) => (Array.isArray(r?.hooks) ? r.hooks.map((h) => h?.id) : []));
  check('.pre-commit-config.yaml example: one repo with rev and the orgstar hooks', repos.length === 1 &&
    nonEmpty(String(repos[0]?.rev ?? '')) && ids.length > 0 && ids.every((id) => hookIds.has(id)), ids.join(' '));
}

process.exit(failed === 0 ? 0 : 1);
