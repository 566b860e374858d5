declare module '*/package.json' {
  const pkg: { version: string; name: string };
  export default pkg;
}
