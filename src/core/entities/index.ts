/** Document-level actors: mentions grouped into entities, and surnames recovered once a person is named in full. */
export { linkEntities, nameKey, type EntityLinks } from './link';
export { withRecoveredNames } from './recover';
