// Loads kg's GraphML, GEXF and JSON exports the way Gephi Lite does (graphology-graphml,
// graphology-gexf with addMissingNodes, Graph.from for the serialized JSON) and checks each against
// the JSON export and the counts `kg export --json` printed.
//
//   node graphology_check.mjs --json out.json --counts counts.json --graphml out.graphml --gexf out.gexf
//
// Prints one line per check; exits 1 if any failed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Graph from 'graphology';
import graphml from 'graphology-graphml';
import gexf from 'graphology-gexf';

const { values: args } = parseArgs({
  options: {
    json: { type: 'string' },
    counts: { type: 'string' },
    graphml: { type: 'string' },
    gexf: { type: 'string' },
  },
});
for (const name of ['json', 'counts', 'graphml', 'gexf']) {
  if (!args[name]) {
    console.error(`graphology_check: --${name} is required`);
    process.exit(2);
  }
}

let failures = 0;
function check(ok, what) {
  console.log((ok ? 'ok    ' : 'FAIL  ') + what);
  if (!ok) failures += 1;
  return ok;
}

function firstDifferences(expected, got, limit = 3) {
  const out = [];
  const keys = new Set([...Object.keys(expected), ...Object.keys(got)]);
  for (const k of [...keys].sort()) {
    if (JSON.stringify(expected[k]) !== JSON.stringify(got[k])) {
      out.push([k, expected[k], got[k]]);
      if (out.length >= limit) break;
    }
  }
  return out.length ? ' ' + JSON.stringify(out) : '';
}

function nodeMap(graph, attribute) {
  const out = {};
  graph.forEachNode((key, attrs) => { out[key] = attrs[attribute]; });
  return out;
}

function edgeMap(graph, pick) {
  const out = {};
  graph.forEachEdge((key, attrs, source, target) => { out[key] = pick(attrs, source, target); });
  return out;
}

const counts = JSON.parse(readFileSync(args.counts, 'utf8'));
const reference = JSON.parse(readFileSync(args.json, 'utf8'));
const labels = Object.fromEntries(reference.nodes.map((n) => [n.key, n.attributes.label]));
const aliases = Object.fromEntries(reference.nodes.map((n) => [n.key, n.attributes.aliases]));
const edgeFacts = Object.fromEntries(reference.edges.map((e) => [
  e.key, [e.source, e.target, e.attributes.relation, e.attributes.weight, e.attributes.evidence],
]));
const facts = (a, s, t) => [s, t, a.relation, a.weight, a.evidence];

function checkGraph(name, graph) {
  check(graph.order === counts.nodes, `${name}: ${graph.order} nodes, export said ${counts.nodes}`);
  check(graph.size === counts.edges, `${name}: ${graph.size} edges, export said ${counts.edges}`);
  check(graph.type === 'directed', `${name}: directed (${graph.type})`);
  const got = nodeMap(graph, 'label');
  check(JSON.stringify(got) === JSON.stringify(labels) || firstDifferences(labels, got) === '',
        `${name}: labels equal the JSON labels` + firstDifferences(labels, got));
  const gotEdges = edgeMap(graph, facts);
  check(firstDifferences(edgeFacts, gotEdges) === '',
        `${name}: edge ids, ends, relation, weight, evidence equal` + firstDifferences(edgeFacts, gotEdges));
  let sized = true;
  graph.forEachNode((key, a) => { sized = sized && typeof a.size === 'number' && a.size > 0 && typeof a.color === 'string'; });
  check(sized, `${name}: every node has a color and a size > 0`);
}

// JSON: graphology's own serialization.
const fromJson = Graph.from(reference);
checkGraph('graphology Graph.from(json)', fromJson);
check(fromJson.multi && fromJson.allowSelfLoops, 'graphology Graph.from(json): multi, self-loops allowed');

// GraphML, as Gephi Lite opens it.
const fromGraphml = graphml.parse(Graph, readFileSync(args.graphml, 'utf8'), { addMissingNodes: true });
checkGraph('graphology-graphml', fromGraphml);

// GEXF, as Gephi Lite opens it.
const fromGexf = gexf.parse(Graph, readFileSync(args.gexf, 'utf8'), { addMissingNodes: true });
checkGraph('graphology-gexf', fromGexf);
const gotAliases = nodeMap(fromGexf, 'aliases');
check(firstDifferences(aliases, gotAliases) === '',
      'graphology-gexf: liststring aliases equal the JSON arrays' + firstDifferences(aliases, gotAliases));
const kinds = edgeMap(fromGexf, (a) => a.kind === a.relation && a.label === a.relation);
check(Object.values(kinds).every(Boolean), 'graphology-gexf: kind and label equal the relation');

process.exit(failures ? 1 : 0);
