/**
 * The files the build writes beside the scripts (scripts/build.ts) and the
 * extension reads from its own package. No imports, so that the build and the
 * benchmark can name them too.
 */

/** The bundled glossary's whole source, in the documented import format, packed with gzip. */
export const GLOSSARY_SOURCE_FILE = 'glossary.json.gz';

/** The bundled glossary compiled for matching (automaton included): read by the background as array views. */
export const COMPILED_GLOSSARY_FILE = 'glossary.bin';
