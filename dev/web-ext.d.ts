// web-ext 10 ships no type declarations; these cover the calls in dev/lint-firefox.ts.
declare module 'web-ext' {
  interface WebExtCommands {
    lint(
      options: { sourceDir: string; output?: 'text' | 'json' | 'none' },
      context?: { shouldExitProgram?: boolean },
    ): Promise<unknown>;
  }

  const webExt: { cmd: WebExtCommands };
  export default webExt;
}
