// Content is data in content/; rollup, esbuild and Vite turn the JSON into modules. Declared
// here so TypeScript keeps src/ as its root; the schema gives the data its type.
declare module '*.json' {
  const data: unknown;
  export default data;
}
declare module '*/messages.json' {
  type Area = Record<string, string>;
  export const card: Area;
  export const deck: Area;
  export const privacy: Area;
  export const problem: Area;
  export const tension: Area;
  export const fan: Area;
  export const steps: Area;
  export const plan: Area;
  export const worksheet: Area;
  export const lookBack: Area;
  export const sketch: Area;
  export const mindmap: Area;
  export const actionCard: Area;
  export const wordCloud: Area;
  export const lms: Area;
}
