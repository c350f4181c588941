/** The links to add and to remove to go from the `current` ids to the `wanted` ones (as numbers). */
export function linkChanges(
  current: readonly string[],
  wanted: readonly string[],
): { add: number[]; remove: number[] } {
  const before = new Set(current);
  const after = new Set(wanted);
  return {
    add: [...after].filter((id) => !before.has(id)).map(Number),
    remove: [...before].filter((id) => !after.has(id)).map(Number),
  };
}
