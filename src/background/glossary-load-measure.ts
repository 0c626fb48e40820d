/**
 * The name of the background's performance measure of its glossary load
 * (src/background/glossary-matchers.ts). No imports, so that the benchmark
 * can name it too.
 */
export const GLOSSARY_LOAD_MEASURE = 'backgrounder:glossary-load';
