// The package's own typings declare the module under its old name ('domino').
declare module '@mixmark-io/domino' {
  export function createDocument(html?: string, force?: boolean): Document;
}
