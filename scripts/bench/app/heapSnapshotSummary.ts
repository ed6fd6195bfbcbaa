/** A V8 heap snapshot as Chromium's `HeapProfiler.takeHeapSnapshot` streams it. */
export interface HeapSnapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** Self sizes of a snapshot grouped three ways, in bytes. */
export interface HeapSummary {
  readonly total: number;
  /** By V8's node type (code, closure, object, string, hidden, …). */
  readonly byType: Map<string, number>;
  /** By what a node is: an object's constructor, a code node's kind, a string. */
  readonly byName: Map<string, number>;
  /** Functions' code, bytecode and closures by the script they come from. */
  readonly byScript: Map<string, number>;
}

/** What a code node is, without the function's own name: `(bytecode)`, `(shared function info)`, … */
function kindOf(type: string, name: string): string {
  if (type === 'code') return `code ${name.replace(/^(\([^)]*\)|system \/ \w+).*$/, '$1')}`;
  if (type === 'closure') return 'closure';
  if (type.includes('string')) return type;
  if (type === 'hidden' || type === 'object shape') return `${type} ${name.replace(/ \/ .*$/, '')}`;
  return `${type} ${name}`;
}

/**
 * Groups a snapshot's nodes by type, by kind and (for a function's shared info, bytecode,
 * compiled code, feedback and closures) by the script that declared the function: a closure
 * counts with its script through its `shared` edge, a shared info's owned children (code,
 * bytecode, scope info, preparse data) through the `shared` info that points at them.
 */
export function summarizeHeap(heap: HeapSnapshot): HeapSummary {
  const { meta } = heap.snapshot;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const [nodeTypes] = meta.node_types;
  const [edgeTypes] = meta.edge_types;
  const fTYPE = meta.node_fields.indexOf('type');
  const fNAME = meta.node_fields.indexOf('name');
  const fSIZE = meta.node_fields.indexOf('self_size');
  const fEDGES = meta.node_fields.indexOf('edge_count');
  const eTYPE = meta.edge_fields.indexOf('type');
  const eNAME = meta.edge_fields.indexOf('name_or_index');
  const eTO = meta.edge_fields.indexOf('to_node');
  const count = heap.nodes.length / nodeWidth;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++)
    firstEdge[i + 1] = (firstEdge[i] ?? 0) + (heap.nodes[i * nodeWidth + fEDGES] ?? 0) * edgeWidth;
  const typeOf = (n: number): string => nodeTypes[heap.nodes[n * nodeWidth + fTYPE] ?? 0] ?? '?';
  const nameOf = (n: number): string => heap.strings[heap.nodes[n * nodeWidth + fNAME] ?? 0] ?? '';
  const sizeOf = (n: number): number => heap.nodes[n * nodeWidth + fSIZE] ?? 0;
  const edgesOf = function* (n: number): Generator<[string, string, number]> {
    for (let e = firstEdge[n] ?? 0; e < (firstEdge[n + 1] ?? 0); e += edgeWidth) {
      const type = edgeTypes[heap.edges[e + eTYPE] ?? 0] ?? '?';
      const raw = heap.edges[e + eNAME] ?? 0;
      const name =
        type === 'element' || type === 'hidden' ? String(raw) : (heap.strings[raw] ?? '');
      yield [type, name, (heap.edges[e + eTO] ?? 0) / nodeWidth];
    }
  };
  // Scripts by node: a Script's name edge holds its URL.
  const scriptName = new Map<number, string>();
  const owner = new Map<number, number>(); // node → the shared function info it belongs to
  const sharedOf = new Map<number, number>(); // closure → its shared function info
  for (let n = 0; n < count; n++) {
    const name = nameOf(n);
    if (typeOf(n) === 'closure') {
      for (const [, edge, to] of edgesOf(n)) if (edge === 'shared') sharedOf.set(n, to);
    } else if (
      name.startsWith('(shared function info)') ||
      name.startsWith('system / SharedFunctionInfo')
    ) {
      for (const [type, edge, to] of edgesOf(n)) {
        if (edge === 'script') continue;
        if (type === 'internal' || type === 'hidden') owner.set(to, n);
      }
    } else if (name.startsWith('system / Script')) {
      for (const [, edge, to] of edgesOf(n))
        if (edge === 'name' && typeOf(to).includes('string')) scriptName.set(n, nameOf(to));
    }
  }
  const scriptOfShared = new Map<number, string>();
  for (const shared of new Set([...owner.values(), ...sharedOf.values()])) {
    for (const [, edge, to] of edgesOf(shared))
      if (edge === 'script') scriptOfShared.set(shared, scriptName.get(to) ?? '(no name)');
  }
  const byType = new Map<string, number>();
  const byName = new Map<string, number>();
  const byScript = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, size: number): void => {
    map.set(key, (map.get(key) ?? 0) + size);
  };
  let total = 0;
  for (let n = 0; n < count; n++) {
    const size = sizeOf(n);
    total += size;
    add(byType, typeOf(n), size);
    add(byName, kindOf(typeOf(n), nameOf(n)), size);
    const shared = sharedOf.get(n) ?? owner.get(n) ?? (scriptOfShared.has(n) ? n : undefined);
    if (shared === undefined) continue;
    const url = scriptOfShared.get(shared) ?? '(unknown script)';
    add(byScript, url.replace(/^.*\//, '') || '(inline)', size);
  }
  return { total, byType, byName, byScript };
}

/** The largest entries of a grouping, one line each, in KB. */
export function topLines(map: Map<string, number>, n: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, bytes]) => `${(bytes / 1024).toFixed(1).padStart(9)} KB  ${key.slice(0, 100)}`);
}
