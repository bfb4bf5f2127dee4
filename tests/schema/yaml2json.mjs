#!/usr/bin/env node
// yaml2json.mjs IN.yaml OUT.json
//
// Converts one org file to JSON for the ajv cross-check (check-schema.sh).
//
// It loads with js-yaml's CORE_SCHEMA, which is the YAML 1.2 core schema that orgstar reads by (docs/format.md, "Scalars"):
//   - dates stay strings, so `format: date` is what judges them (no Date objects, no silent 2025-02-30 -> March 2);
//   - `yes`/`no`/`on`/`off` stay strings, so a boolean field holding them is a type error, as in orgstar;
//   - `<<` is an ordinary key: the merge type is not part of CORE_SCHEMA, so `<<: *x` reaches the validator as an
//     unknown key "<<" (orgstar's `unknown-key`) instead of being merged away.
// js-yaml rejects a duplicate key, a syntax error and a second document; any of them exits 1 with the message.
import { readFileSync, writeFileSync } from 'node:fs';
import yaml from 'js-yaml';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: yaml2json.mjs IN.yaml OUT.json');
  process.exit(2);
}

let data;
try {
  const text = readFileSync(input, 'utf8');
  // json: false (the default) makes a duplicate key an error rather than "last one wins".
  data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: input, json: false });
} catch (err) {
  console.error(`yaml2json: ${err.message}`);
  process.exit(1);
}

try {
  // An empty file loads as undefined; write null so the validator sees a document (and rejects it).
  writeFileSync(output, JSON.stringify(data === undefined ? null : data, null, 2) + '\n');
} catch (err) {
  console.error(`yaml2json: ${err.message}`);
  process.exit(1);
}
