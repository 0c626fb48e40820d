/**
 * The names of the background's performance measures of its glossary load
 * (src/background/glossary-matchers.ts). No imports, so that the benchmark
 * can name them too.
 */
export const GLOSSARY_LOAD_MEASURE = 'backgrounder:glossary-load';
/** The part of the load spent decoding the bytes read (views, widened columns, the automaton's derived tables). */
export const GLOSSARY_DECODE_MEASURE = 'backgrounder:glossary-decode';
/** A batch's scan and the gathering of its rules, once the matcher is there (the first after a start runs cold). */
export const MATCH_BATCH_MEASURE = 'backgrounder:match-batch';
