import type { ActorMention } from '../model';

/** ACTOR mentions in one block; offsets relative to the block. (Placeholder until the actor extractor lands.) */
export function extractActors(_text: string): ActorMention[] {
  return [];
}
