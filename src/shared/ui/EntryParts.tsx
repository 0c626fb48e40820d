/**
 * The parts of an entry that read the same wherever it is shown (the card on
 * a page, the entry in the options page's glossary): its facts and its
 * sources. Sources open in a new tab with no referrer, as every outside link
 * of the extension does.
 */
import type { Fact, Source } from '../../core/glossary/schema.ts';

export function FactList({ facts }: { readonly facts: readonly Fact[] | undefined }) {
  if (!facts || facts.length === 0) return null;
  return <dl>{facts.map((fact) => [<dt key={`t${fact.label}`}>{fact.label}</dt>, <dd key={`d${fact.label}`}>{fact.value}</dd>])}</dl>;
}

export function SourceList({ sources, class: className }: { readonly sources: readonly Source[]; readonly class: string }) {
  return (
    <ul class={className}>
      {sources.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.publisher}
          </a>
        </li>
      ))}
    </ul>
  );
}
