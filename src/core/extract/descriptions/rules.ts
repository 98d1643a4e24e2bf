/**
 * The rules a common-noun actor (`named: false`) can carry: what made the noun phrase an actor. Shown in the hover
 * ("Why marked") like every mention's rule.
 */
export const DESCRIPTION_RULES = {
  'actor.description': 'a noun phrase headed by a noun that names a party ("the city", "investors", "the Finnish government")',
  'actor.description.owned': 'a part of an organisation named with its owner ("its U.S. unit", "a subsidiary of Zenith")',
} as const;

export type DescriptionRule = keyof typeof DESCRIPTION_RULES;
