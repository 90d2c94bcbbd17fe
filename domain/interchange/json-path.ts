const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["register", "activities", 3, "name"]` → `$.register.activities[3].name`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((segment) => {
        if (typeof segment === 'number') return `[${segment}]`;
        const key = String(segment);
        return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
      })
      .join('')
  );
}

/** The value at a path inside parsed JSON, or undefined where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}
