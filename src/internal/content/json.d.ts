// Content is data in content/; rollup and esbuild turn the JSON into modules. Declared
// here so TypeScript keeps src/ as its root; the schema gives the data its type.
declare module '*/deck.json' {
  const deck: unknown;
  export default deck;
}
declare module '*/messages.json' {
  const messages: Record<string, string>;
  export default messages;
}
