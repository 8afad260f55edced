#!/usr/bin/env node
// Offline check that Cypher query text is valid Neo4j 5 ("CYPHER 5") Cypher.
//
// Uses Neo4j's own parser and semantic analysis (a JavaScript build of the Java front end)
// from @neo4j-cypher/language-support, synchronously, with no network and no server.
//
// stdin:  {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]},
//          "queries": [{"name": "who-met", "text": "MATCH ...", "parameters": {"actor": "STRING"}}]}
// stdout: [{"name": "who-met", "diagnostics": [{"severity": "error", "message": "...",
//           "line": 1, "column": 5}]}]            (line and column are 1-based)
// Exit 0 when it ran (whatever the diagnostics); 1 with one line on stderr when it could not.
//
// Built-in Neo4j 5 functions and procedures come from the package's bundled listing of a
// Neo4j 5 server (testData.mockSchema), keeping only Neo4j's own: APOC, GDS and any other
// plugin function or procedure is reported as "not present in the database".

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const VERSION = 'CYPHER 5';
const INSTALL_HINT = 'run: npm ci --prefix tools/cypherlint';
// vscode-languageserver DiagnosticSeverity: 1 Error, 2 Warning, 3 Information, 4 Hint.
const SEVERITY = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };
const BUILTIN_PROCEDURE = /^(db|dbms|tx|cdc)\./;

function fail(message) {
  process.stderr.write(`cypherlint: ${String(message).replace(/\s+/g, ' ').trim()}\n`);
  process.exit(1);
}

function loadPackage() {
  // The package's ESM build uses extension-less imports that Node cannot resolve;
  // its CommonJS bundle works.
  const require = createRequire(import.meta.url);
  try {
    return require('@neo4j-cypher/language-support');
  } catch (err) {
    fail(`cannot load @neo4j-cypher/language-support (${err.code ?? err.message}); ${INSTALL_HINT}`);
  }
}

function builtins(testData) {
  const listing = testData?.mockSchema;
  const functions = Object.entries(listing?.functions?.[VERSION] ?? {});
  const procedures = Object.entries(listing?.procedures?.[VERSION] ?? {});
  if (functions.length === 0) fail('the package has no Neo4j 5 function listing');
  return {
    functions: Object.fromEntries(functions.filter(([, fn]) => fn.isBuiltIn)),
    procedures: Object.fromEntries(procedures.filter(([name]) => BUILTIN_PROCEDURE.test(name))),
  };
}

function readRequest() {
  let request;
  try {
    request = JSON.parse(readFileSync(0, 'utf8'));
  } catch (err) {
    fail(`stdin is not a JSON document: ${err.message}`);
  }
  const queries = request?.queries;
  if (!Array.isArray(queries)) fail('stdin JSON needs a "queries" list');
  queries.forEach((q, i) => {
    if (typeof q?.name !== 'string' || typeof q?.text !== 'string') {
      fail(`query ${i} needs a string "name" and a string "text"`);
    }
  });
  return { schema: request.schema ?? {}, queries };
}

function toDiagnostic(d) {
  return {
    severity: SEVERITY[d.severity] ?? 'error',
    message: d.message.replace(/\s*\n\s*/g, ' ').trim(),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
  };
}

function main() {
  // stdout carries only the JSON answer: anything the package logs goes to stderr.
  console.log = console.info = console.debug = console.warn = console.error;
  const { lintCypherQuery, testData } = loadPackage();
  const { functions, procedures } = builtins(testData);
  const { schema, queries } = readRequest();
  const base = {
    labels: schema.labels ?? [],
    relationshipTypes: schema.relationshipTypes ?? [],
    propertyKeys: schema.propertyKeys ?? [],
    functions: { [VERSION]: functions },
    procedures: { [VERSION]: procedures },
    defaultLanguage: VERSION,
  };
  const results = queries.map((q) => {
    const dbSchema = { ...base, parameters: q.parameters ?? {} };
    const diagnostics = lintCypherQuery(q.text, dbSchema).map(toDiagnostic);
    return { name: q.name, diagnostics };
  });
  process.stdout.write(JSON.stringify(results) + '\n');
}

try {
  main();
} catch (err) {
  fail(err?.message ?? err);
}
