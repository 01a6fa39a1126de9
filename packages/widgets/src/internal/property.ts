import type { PropertyDeclaration, ReactiveElement } from 'lit';

// Lit's `@property` and `@state` also serve standard (TC39) decorators, accessors and setters: 0.8 KB minified
// (about 0.2 KB brotli) in every element, for cases danvan never has. Its sources compile with TypeScript's
// `experimentalDecorators` and decorate plain fields, which needs only the line below. They keep Lit's names: the
// custom-elements manifest analyser finds reactive properties by the decorator's name.

/**
 * Declares a reactive property (an attribute too, unless `attribute: false`), as Lit's `@property` does for a
 * field under `experimentalDecorators`.
 *
 * @example
 * class DvThing extends LitElement { @property({ type: Number }) limit?: number; }
 */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: ReactiveElement, name: string): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };

/**
 * Declares private reactive state (no attribute), as Lit's `@state`.
 *
 * @example
 * class DvThing extends LitElement { @state() private open = false; }
 */
export const state = (): ReturnType<typeof property> => property({ state: true, attribute: false });
