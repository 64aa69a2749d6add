/** pdf.js's parser module, which ships without type declarations; only its presence matters here. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
