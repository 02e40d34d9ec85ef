/**
 * A type-level proof that a generated type is precise: `Imprecise<T>` is the union of
 * the paths (`$.parts[].etag`) whose type is `any` or `unknown`, or an object type
 * without members, at any depth; `never` when there is none.
 */
type IsAny<T> = 0 extends 1 & T ? true : false;

export type Imprecise<T, Path extends string = "$"> =
  IsAny<T> extends true
    ? Path
    : unknown extends T
      ? Path
      : T extends readonly (infer Item)[]
        ? Imprecise<Item, `${Path}[]`>
        : T extends object
          ? [keyof T] extends [never]
            ? Path
            : { [K in keyof T & string]-?: Imprecise<T[K], `${Path}.${K}`> }[keyof T & string]
          : never;

/**
 * Compiles only for a precise `T`: `precise<PartsPage>("precise")`. For any other, the
 * error names the imprecise paths.
 */
export function precise<T>(
  proof: [Imprecise<T>] extends [never] ? "precise" : { imprecise: Imprecise<T> },
): void {
  void proof;
}
