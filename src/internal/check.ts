/**
 * The run-time checker of decks and states (issue 14): the few valibot pieces our schemas use,
 * rebuilt small. Valibot itself (26 KB) stays for the build-time content check; the `*.valibot.ts`
 * schemas are the reference, and test/validators.property.test.ts proves these give the same
 * answer on the same data: what is accepted, the output, and every problem's path and wording.
 * So the semantics below are valibot 1.x's on purpose, quirks included (e.g. `key in input`
 * sees inherited keys; a record skips `constructor`; checks run while only nested values fail).
 */
import { typeName, type Key, type PathProblem } from './validation.js';

interface Out<T> {
  /** Valibot's `typed`: the value has the right shape, even if a nested value broke a rule. */
  typed: boolean;
  value: T;
}

export interface Schema<T> {
  /** What a wrong value is told it should be, e.g. `string`, `Object`, `("a" | "b")`. */
  readonly expects: string;
  /** May be missing from an object (valibot's `optional`). */
  readonly optional?: true;
  /** The fields of an object, for a variant's discriminator. */
  readonly entries?: Record<string, Schema<unknown>>;
  run(input: unknown, path: Key[], problems: PathProblem[]): Out<T>;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Entries = Record<string, Schema<unknown>>;
type OptionalKeys<E extends Entries> = { [K in keyof E]: E[K] extends { optional: true } ? K : never }[keyof E];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<E extends Entries> = Flat<
  { [K in Exclude<keyof E, OptionalKeys<E>>]: Infer<E[K]> } & { [K in OptionalKeys<E>]?: Infer<E[K]> }
>;

/** Valibot's way of naming an expected value: `"text"`, `3`, `true`. */
function stringify(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : `${value as number}`;
}

/** `("a" | "b")` for several, the one itself for one. */
function joinExpects(list: string[]): string {
  const unique = [...new Set(list)];
  return unique.length > 1 ? `(${unique.join(' | ')})` : (unique[0] ?? 'never');
}

function fail<T>(problems: PathProblem[], path: Key[], message: string, value: T): Out<T> {
  problems.push({ path: [...path], message });
  return { typed: false, value };
}

/** A value of the wrong type: named by its type, never by itself. */
const wrong = <T>(problems: PathProblem[], path: Key[], expects: string, input: unknown, message?: string): Out<T> =>
  fail(problems, path, message ?? `expected ${expects}, not ${typeName(input)}`, input as T);

/** A schema that only tests the value's type. */
function leaf<T>(expects: string, accepts: (value: unknown) => boolean, message?: string): Schema<T> {
  return {
    expects,
    run: (input, path, problems) =>
      accepts(input) ? { typed: true, value: input as T } : wrong(problems, path, expects, input, message),
  };
}

export const string = (): Schema<string> => leaf('string', (v) => typeof v === 'string');
export const number = (): Schema<number> => leaf('number', (v) => typeof v === 'number' && !Number.isNaN(v));
export const boolean = (): Schema<boolean> => leaf('boolean', (v) => typeof v === 'boolean');

export function literal<const L extends string | number>(value: L, message?: string): Schema<L> {
  return leaf(stringify(value), (v) => v === value, message);
}

export function picklist<const O extends readonly (string | number)[]>(options: O, message?: string): Schema<O[number]> {
  return leaf(joinExpects(options.map(stringify)), (v) => options.includes(v as O[number]), message);
}

export function optional<T>(wrapped: Schema<T>): Schema<T | undefined> & { optional: true } {
  return {
    expects: `(${wrapped.expects} | undefined)`,
    optional: true,
    run: (input, path, problems) => (input === undefined ? { typed: true, value: undefined } : wrapped.run(input, path, problems)),
  };
}

export function nullable<T>(wrapped: Schema<T>): Schema<T | null> {
  return {
    expects: `(${wrapped.expects} | null)`,
    run: (input, path, problems) => (input === null ? { typed: true, value: null } : wrapped.run(input, path, problems)),
  };
}

/** A rule checked after the type (valibot's validation actions) or a change to the value (`trim`). */
export type Action<T> = { transform: (value: T) => T } | Rule<T>;
export type Rule<T> = { test: (value: T) => boolean; message: string };

/**
 * The schema, then each action in order. As in valibot, every rule is checked even when an
 * earlier one failed, but a transformation stops the pipe once there is a problem.
 */
export function pipe<S extends Schema<any>>(schema: S, ...actions: Action<Infer<S>>[]): S {
  return {
    ...schema,
    run(input, path, problems) {
      const before = problems.length;
      let out = schema.run(input, path, problems) as Out<Infer<S>>;
      for (const action of actions) {
        if ('transform' in action) {
          if (problems.length > before) return { typed: false, value: out.value };
          out = { typed: out.typed, value: action.transform(out.value) };
        } else if (out.typed && !action.test(out.value)) {
          problems.push({ path: [...path], message: action.message });
        }
      }
      return out;
    },
  };
}

type Sized = { length: number };
export const trim = (): Action<string> => ({ transform: (value) => value.trim() });
export const nonEmpty = (message = 'expected length !0'): Rule<Sized> => ({ test: (v) => v.length !== 0, message });
export const minLength = (n: number, message = `expected length >=${n}`): Rule<Sized> => ({ test: (v) => v.length >= n, message });
export const maxLength = (n: number, message = `expected length <=${n}`): Rule<Sized> => ({ test: (v) => v.length <= n, message });
export const length = (n: number, message = `expected length ${n}`): Rule<Sized> => ({ test: (v) => v.length === n, message });
export const regex = (re: RegExp, message = `expected format ${re}`): Rule<string> => ({ test: (v) => re.test(v), message });
export const integer = (message = 'expected integer another value'): Rule<number> => ({ test: Number.isInteger, message });
export const minValue = (n: number, message = `expected value >=${n}`): Rule<number> => ({ test: (v) => v >= n, message });
export const maxValue = (n: number, message = `expected value <=${n}`): Rule<number> => ({ test: (v) => v <= n, message });
export const check = <T>(test: (value: T) => boolean, message: string): Rule<T> => ({ test, message });

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';

/** An object with exactly these fields; the output holds them in this order. */
export function strictObject<const E extends Entries>(entries: E): Schema<ObjectOf<E>> {
  return {
    expects: 'Object',
    entries,
    run(input, path, problems) {
      if (!isObject(input)) return wrong(problems, path, 'Object', input);
      let typed = true;
      const value: Record<string, unknown> = {};
      for (const key in entries) {
        if (key in input) {
          path.push(key);
          const out = entries[key].run(input[key], path, problems);
          path.pop();
          if (!out.typed) typed = false;
          value[key] = out.value;
        } else if (!entries[key].optional) {
          typed = false;
          problems.push({ path: [...path, key], message: `expected key "${key}"` });
        }
      }
      // Only the first field that does not belong is named, as valibot does.
      for (const key in input) {
        if (!Object.prototype.hasOwnProperty.call(entries, key)) {
          typed = false;
          problems.push({ path: [...path, key], message: 'is a field that does not belong here' });
          break;
        }
      }
      return { typed, value: value as ObjectOf<E> };
    },
  };
}

/** As in valibot, a record keyed by a list of names need not have every name. */
type RecordOf<K extends string, V> = string extends K ? Record<K, V> : Partial<Record<K, V>>;

export function record<K extends string, V>(key: Schema<K>, item: Schema<V>): Schema<RecordOf<K, V>> {
  return {
    expects: 'Object',
    run(input, path, problems) {
      if (!isObject(input)) return wrong(problems, path, 'Object', input);
      let typed = true;
      const value = {} as Record<K, V>;
      for (const name in input) {
        // Own keys only, never ones that reach an object's prototype.
        if (!Object.prototype.hasOwnProperty.call(input, name) || name === '__proto__' || name === 'prototype' || name === 'constructor') continue;
        path.push(name);
        const k = key.run(name, path, problems);
        const v = item.run(input[name], path, problems);
        path.pop();
        if (!k.typed || !v.typed) typed = false;
        if (k.typed) value[k.value] = v.value;
      }
      return { typed, value: value as RecordOf<K, V> };
    },
  };
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return {
    expects: 'Array',
    run(input, path, problems) {
      if (!Array.isArray(input)) return wrong(problems, path, 'Array', input);
      let typed = true;
      const value: T[] = [];
      for (let i = 0; i < input.length; i++) {
        path.push(i);
        const out = item.run(input[i], path, problems);
        path.pop();
        if (!out.typed) typed = false;
        value.push(out.value);
      }
      return { typed, value };
    },
  };
}

/** Objects told apart by one field (a literal in each option). */
export function variant<const O extends readonly Schema<unknown>[]>(key: string, options: O): Schema<Infer<O[number]>> {
  const discriminators = options.map((option) => option.entries![key]);
  return {
    expects: 'Object',
    run(input, path, problems) {
      if (!isObject(input)) return wrong(problems, path, 'Object', input);
      const at = discriminators.findIndex((d) => (key in input ? d.run(input[key], [], []).typed : d.optional));
      if (at >= 0) return options[at].run(input, path, problems) as Out<Infer<O[number]>>;
      return wrong(problems, [...path, key], joinExpects(discriminators.map((d) => d.expects)), input[key]);
    },
  };
}

/** The first option that fits; otherwise the problems of the one whose type fitted, if just one did. */
export function union<const O extends readonly Schema<unknown>[]>(options: O): Schema<Infer<O[number]>> {
  const expects = joinExpects(options.map((option) => option.expects));
  return {
    expects,
    run(input, path, problems) {
      const typed: Array<[Out<unknown>, PathProblem[]]> = [];
      const untyped: Array<[Out<unknown>, PathProblem[]]> = [];
      for (const option of options) {
        const own: PathProblem[] = [];
        const out = option.run(input, path, own);
        if (out.typed && !own.length) return out as Out<Infer<O[number]>>;
        (out.typed ? typed : untyped).push([out, own]);
      }
      const only = typed.length ? (typed.length === 1 ? typed[0] : undefined) : untyped.length === 1 ? untyped[0] : undefined;
      if (only) {
        problems.push(...only[1]);
        return only[0] as Out<Infer<O[number]>>;
      }
      return { ...wrong(problems, path, expects, input), typed: typed.length > 1 };
    },
  };
}

/** Checks data against a schema: the output, or every problem with its path. */
export function parse<T>(schema: Schema<T>, input: unknown): { ok: true; value: T } | { ok: false; problems: PathProblem[] } {
  const problems: PathProblem[] = [];
  const out = schema.run(input, [], problems);
  return problems.length ? { ok: false, problems } : { ok: true, value: out.value };
}
