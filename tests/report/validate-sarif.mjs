// Helper of check-sarif.sh (run by node; modules from ../schema/node_modules).
//
//   node validate-sarif.mjs schema SCHEMA FILE
//     Validates FILE against the OASIS SARIF 2.1.0 schema (JSON Schema draft-04) with ajv-draft-04 and ajv-formats.
//     Prints one line per error (instance path and message). Exit 0 valid, 1 invalid, 2 cannot run.
//
//   node validate-sarif.mjs multitool LOG [ACCEPTED_RULE...]
//     Reads LOG, the SARIF file `Sarif.Multitool validate --output LOG` wrote, and prints one line per result of
//     level error or warning (the levels that make a file unacceptable; notes are advice) and per error
//     notification of the tool itself. Results of the ACCEPTED_RULE ids are printed as "accepted" and do not count.
//     Exit 0 when nothing counts, 1 otherwise, 2 when LOG cannot be read (the multitool did not run).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../schema/package.json', import.meta.url));

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.log(`cannot read ${file}: ${error.message}`);
    process.exit(2);
  }
}

function validateSchema(schemaFile, file) {
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  // strict: false because the OASIS schema uses draft-04 idioms (e.g. `id`) that ajv's strict mode rejects.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(readJson(schemaFile));
  if (validate(readJson(file))) return 0;
  for (const error of validate.errors) console.log(`${error.instancePath || '/'}: ${error.message}`);
  return 1;
}

// A multitool result's message: its own text, or the rule's message string with {0}, {1}... filled in.
function messageText(message, rule) {
  if (message.text) return message.text;
  const template = rule?.messageStrings?.[message.id]?.text ?? message.id ?? '';
  return template.replace(/\{(\d+)\}/g, (_, n) => message.arguments?.[Number(n)] ?? '');
}

function checkMultitoolLog(logFile, accepted) {
  const log = readJson(logFile);
  let counted = 0;
  for (const run of log.runs ?? []) {
    const rules = run.tool?.driver?.rules ?? [];
    for (const invocation of run.invocations ?? []) {
      for (const notification of invocation.toolExecutionNotifications ?? []) {
        if ((notification.level ?? 'warning') !== 'error') continue;
        console.log(`tool error: ${notification.message?.text ?? JSON.stringify(notification)}`);
        ++counted;
      }
    }
    for (const result of run.results ?? []) {
      const level = result.level ?? 'warning';  // SARIF's default level
      if (level !== 'error' && level !== 'warning') continue;
      const rule = rules.find((r) => r.id === result.ruleId) ?? rules[result.ruleIndex];
      const where = result.locations?.[0]?.physicalLocation?.region?.startLine;
      const text = messageText(result.message ?? {}, rule);
      const name = rule?.name ? ` ${rule.name}` : '';
      const line = `${level} ${result.ruleId}${name}${where ? ` (line ${where})` : ''}: ${text}`;
      // An accepted entry is a rule id, or RULE-ID:TEXT to accept only the results whose message contains TEXT.
      const isAccepted = accepted.some((entry) => {
        const colon = entry.indexOf(':');
        return colon < 0 ? entry === result.ruleId
                         : entry.slice(0, colon) === result.ruleId && text.includes(entry.slice(colon + 1));
      });
      if (isAccepted) {
        console.log(`accepted ${line}`);
      } else {
        console.log(line);
        ++counted;
      }
    }
  }
  return counted === 0 ? 0 : 1;
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'schema' && args.length === 2) process.exit(validateSchema(args[0], args[1]));
if (mode === 'multitool' && args.length >= 1) process.exit(checkMultitoolLog(args[0], args.slice(1)));
console.log('usage: validate-sarif.mjs schema SCHEMA FILE | multitool LOG [ACCEPTED_RULE[:TEXT]...]');
process.exit(2);
